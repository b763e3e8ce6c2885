package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"canopy/app/store"
)

func runTrash(env *Env, args []string) error {
	fs, _ := newFlags("trash", "DIR", "list the entities deleted from the workspace in DIR, latest first; they are kept outside the workspace, in the user data folder", env)
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	s, _, _, err := store.Open(pos[0])
	if err != nil {
		return err
	}
	trashed, problems, err := s.Trash()
	if err != nil {
		return err
	}
	for _, p := range problems {
		termLine(env.Stderr, p.Error())
	}
	if len(trashed) == 0 {
		fmt.Fprintln(env.Stderr, "the trash is empty")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tDELETED\tWHAT")
	for _, t := range trashed {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", term(t.Entity.EntityID()), t.Entity.EntityKind().Singular(),
			t.DeletedAt.Local().Format(time.DateTime), term(oneLine(t.Entity.Label(), 70)))
	}
	return tw.Flush()
}

func runRestore(env *Env, args []string) error {
	fs, today := newFlags("restore", "DIR ID", "bring the entity ID back from the trash into the workspace in DIR", env)
	pos, err := parse(fs, args, "a workspace folder", "an ID")
	if err != nil {
		return err
	}
	d, err := today()
	if err != nil {
		return err
	}
	s, ws, report, err := store.Open(pos[0])
	if err != nil {
		return err
	}
	if len(report.Decode) > 0 {
		return fmt.Errorf("restore: %s cannot be edited: %w", pos[0], ws.ReadOnly())
	}
	ws.SetClock(clockFor(d))
	if err := s.Lock(ws); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer s.Close()
	e, err := s.Restore(ws, pos[1])
	if err != nil {
		return err
	}
	if _, err := s.Save(ws); err != nil {
		return err
	}
	termLine(env.Stdout, "restored "+e.Label())
	return nil
}
