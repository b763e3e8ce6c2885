package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"canopy/app/merge"
	"canopy/app/store"
	"canopy/app/team"
)

func runMergeFile(env *Env, args []string) error {
	fs, _ := newFlags("merge-file", "BASE OURS THEIRS [PATH]", "merge three versions of a workspace file field by field, leaving the result in OURS: git's merge driver (%O %A %B %P); exit 0 when clean, 1 on a conflict", env)
	if len(args) == 3 {
		args = append(args, "")
	}
	pos, err := parse(fs, args, "BASE", "OURS", "THEIRS", "the file's path in the repository")
	if err != nil {
		return err
	}
	res, err := team.MergeFile(pos[0], pos[1], pos[2], pos[3])
	if err != nil {
		return err
	}
	name := pos[3]
	if name == "" {
		name = pos[1]
	}
	if res.Fallback != "" {
		fmt.Fprintf(env.Stderr, "canopy: %s: merged line by line (%s)\n", name, res.Fallback)
	}
	for _, c := range res.Conflicts {
		fmt.Fprintf(env.Stderr, "canopy: %s: conflict on %s: ours %s, theirs %s\n", name, c.Path, orNone(c.Ours), orNone(c.Theirs))
	}
	if !res.Clean {
		return errFailed
	}
	return nil
}

func runGitSetup(env *Env, args []string) error {
	fs, _ := newFlags("git-setup", "DIR", "set the git repository holding the workspace in DIR up for the field-level merge: .gitattributes (commit it) and the merge driver in this clone's configuration", env)
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if _, err := store.SchemaOf(pos[0]); err != nil {
		return fmt.Errorf("git-setup: %w", err)
	}
	exe, err := team.DriverCommand()
	if err != nil {
		return fmt.Errorf("git-setup: %w", err)
	}
	done, err := team.Setup(pos[0], exe)
	for _, line := range done {
		fmt.Fprintln(env.Stdout, line)
	}
	if err != nil {
		return err
	}
	if len(done) == 0 {
		fmt.Fprintf(env.Stderr, "%s: already set up\n", pos[0])
	}
	return nil
}

// places returns the folders outside the workspace (trash, saved bases).
func places() (store.Places, error) {
	p, err := store.DefaultPlaces()
	if err != nil {
		return store.Places{}, err
	}
	return p, nil
}

func runConflicts(env *Env, args []string) error {
	fs, _ := newFlags("conflicts", "DIR", "list each conflict of the workspace in DIR (from git, from markers, from sync clients' conflicted copies) with the field to give to resolve; exit 1 when there is any", env)
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	p, err := places()
	if err != nil {
		return err
	}
	all, err := team.Find(pos[0], p)
	if err != nil {
		return err
	}
	if len(all) == 0 {
		fmt.Fprintf(env.Stderr, "%s: no conflicts\n", pos[0])
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tWHAT\tID\tFIELD\tBASE\tOURS\tTHEIRS\tFROM")
	n := 0
	for _, fc := range all {
		id := idArg(fc)
		from := fc.From
		if fc.Copy != "" {
			from += " " + fc.Copy
		}
		if fc.Whole != "" {
			n++
			fmt.Fprintf(tw, "%s\t%s\t%s\t(the whole file)\t\t\t\t%s: %s\n", fc.Rel, oneLine(fc.Label, 50), id, from, oneLine(fc.Whole, 80))
			continue
		}
		if len(fc.Fields) == 0 {
			n++
			fmt.Fprintf(tw, "%s\t%s\t%s\t(none: merges cleanly)\t\t\t\t%s\n", fc.Rel, oneLine(fc.Label, 50), id, from)
		}
		for _, c := range fc.Fields {
			n++
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", fc.Rel, oneLine(fc.Label, 50), id, c.Path,
				oneLine(orNone(c.Base), 30), oneLine(orNone(c.Ours), 30), oneLine(orNone(c.Theirs), 30), from)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "%s: %d conflict(s); settle each with canopy resolve %s ID --take ours|theirs [--field FIELD]\n", pos[0], n, pos[0])
	return errFailed
}

// idArg is how resolve names the conflict's entity.
func idArg(fc team.FileConflict) string {
	if fc.Key.ID == "" {
		return string(fc.Key.Kind)
	}
	return fc.Key.ID
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func runResolve(env *Env, args []string) error {
	fs, _ := newFlags("resolve", "DIR ID --take ours|theirs [--field PATH]", "settle the conflict of the entity ID (product and strategy name the two singletons) by taking one side, of every field or of one; the replaced versions go to the trash, and in git the file is staged", env)
	take := fs.String("take", "", "the side to take: ours or theirs")
	field := fs.String("field", "", "the one field to settle, as canopy conflicts lists it (default: every conflicted field)")
	pos, err := parse(fs, args, "a workspace folder", "an ID")
	if err != nil {
		return err
	}
	var side merge.Side
	switch *take {
	case "ours":
		side = merge.Ours
	case "theirs":
		side = merge.Theirs
	default:
		return usageError("resolve: --take must be ours or theirs, got %q", *take)
	}
	p, err := places()
	if err != nil {
		return err
	}
	res, err := team.Resolve(pos[0], p, pos[1], side, *field, time.Now())
	if err != nil {
		return err
	}
	what := "every conflicted field"
	if *field != "" {
		what = "field " + *field
	}
	fmt.Fprintf(env.Stdout, "%s: %s: took %s of %s\n", res.Rel, res.Label, *take, what)
	for _, k := range res.Kept {
		fmt.Fprintf(env.Stdout, "kept the replaced version in %s\n", k)
	}
	if len(res.Left) > 0 {
		var left []string
		for _, c := range res.Left {
			left = append(left, c.Path)
		}
		fmt.Fprintf(env.Stdout, "still in conflict: %s\n", strings.Join(left, ", "))
	} else if res.Staged {
		fmt.Fprintf(env.Stdout, "staged %s in git\n", res.Rel)
	}
	return nil
}

// conflictLines names each conflicted entity and field of the workspace in
// dir, for validate; nil when there is none (or they cannot be looked for).
func conflictLines(dir string) []string {
	p, err := places()
	if err != nil {
		return nil
	}
	all, err := team.Find(dir, p)
	if err != nil {
		return []string{fmt.Sprintf("%s: looking for conflicts: %v", dir, err)}
	}
	var out []string
	for _, fc := range all {
		hint := fmt.Sprintf("canopy resolve %s %s --take ours|theirs", dir, idArg(fc))
		if fc.Whole != "" {
			out = append(out, fmt.Sprintf("%s: %s is in conflict as a whole: %s; settle it with %s", fc.Rel, fc.Label, fc.Whole, hint))
			continue
		}
		if len(fc.Fields) == 0 {
			out = append(out, fmt.Sprintf("%s: %s has a conflicted copy %s that merges cleanly; merge it with %s", fc.Rel, fc.Label, fc.Copy, hint))
		}
		for _, c := range fc.Fields {
			out = append(out, fmt.Sprintf("%s: %s: field %s has two values, ours %s and theirs %s; settle it with %s --field %s",
				fc.Rel, fc.Label, c.Path, orNone(c.Ours), orNone(c.Theirs), hint, c.Path))
		}
	}
	return out
}
