package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"canopy/app"
	"canopy/app/store"
)

func runBaseline(env *Env, args []string) error {
	fs, today := newFlags("baseline", "DIR NAME | DIR --list | DIR --delete NAME",
		"save the plan as it is now as the baseline NAME (baselines/NAME.json in the workspace, to compare with later: canopy diff DIR --baseline NAME), list the baselines, or delete one", env)
	list := fs.Bool("list", false, "list the baselines, oldest first")
	del := fs.String("delete", "", "delete the baseline `NAME`")
	var want []string
	switch {
	case hasFlag(args, "list"), hasFlag(args, "delete"):
		want = []string{"a workspace folder"}
	default:
		want = []string{"a workspace folder", "a baseline name"}
	}
	pos, err := parse(fs, args, want...)
	if err != nil {
		return err
	}
	dir := pos[0]
	switch {
	case *list && *del != "":
		return usageError("baseline: give --list or --delete, not both")
	case *list:
		return listBaselines(env, dir)
	case *del != "":
		if err := store.DeleteBaseline(dir, *del); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "deleted the baseline %s\n", *del)
		return nil
	}
	name := pos[1]
	if err := store.CheckBaselineName(name); err != nil {
		return usageError("baseline: %v", err)
	}
	d, err := today()
	if err != nil {
		return err
	}
	ws, report, err := open(dir, d)
	if err != nil {
		return err
	}
	if len(report.Decode) > 0 {
		return fmt.Errorf("baseline %s: %d file(s) of the workspace could not be read, and a baseline without them would be wrong; fix them first: %w", name, len(report.Decode), report.Decode[0])
	}
	file, err := store.SaveBaseline(dir, ws, name)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "saved the baseline %s (%d items, %d initiatives, %d releases) to %s\n", name,
		ws.Count(app.KindItem), ws.Count(app.KindInitiative), ws.Count(app.KindRelease), file)
	return nil
}

// hasFlag reports whether args hold the flag -name or --name, with or
// without a value after =.
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		for _, p := range []string{"-" + name, "--" + name} {
			if a == p || len(a) > len(p) && a[:len(p)+1] == p+"=" {
				return true
			}
		}
	}
	return false
}

func listBaselines(env *Env, dir string) error {
	list, problems, err := store.ListBaselines(dir)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintf(env.Stderr, "warning: %v\n", p)
	}
	if len(list) == 0 {
		fmt.Fprintf(env.Stderr, "%s has no baselines (save one with canopy baseline %s NAME)\n", dir, dir)
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tSAVED")
	for _, b := range list {
		fmt.Fprintf(tw, "%s\t%s\n", b.Name, b.SavedAt.Local().Format(time.DateTime))
	}
	return tw.Flush()
}
