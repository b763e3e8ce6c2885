package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"canopy/app/store"
	"canopy/app/team"
)

func runSync(env *Env, args []string) error {
	fs, _ := newFlags("sync", "DIR [--message M]", "commit the workspace in DIR (its files only), merge what the others pushed, and push; exit 0 when in sync, 1 when conflicts are left to settle, 2 on an error", env)
	message := fs.String("message", "", "the commit's message (default: what changed, from the plan diff)")
	author := fs.String("author", "", "the name the commit is made under (default: git's user.name)")
	timeout := fs.Duration("timeout", team.DefaultTimeout, "how long each git command may take")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	dir := pos[0]
	if fi, err := os.Stat(dir); err != nil {
		return &troubleError{fmt.Errorf("sync: %w", err)}
	} else if !fi.IsDir() {
		return &troubleError{fmt.Errorf("sync: %s is not a folder", dir)}
	}
	p, err := places()
	if err != nil {
		return &troubleError{err}
	}
	// A window with the workspace open would write while git merges.
	if s, ws, _, err := store.OpenAt(dir, p); err == nil {
		if err := s.Lock(ws); err != nil {
			return &troubleError{fmt.Errorf("sync %s: %w: press Sync in that window, or close it first", dir, err)}
		}
		defer s.Close()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := team.Sync(ctx, dir, team.SyncOptions{
		Message: *message,
		Author:  *author,
		Timeout: *timeout,
		Places:  p,
		Progress: func(step string) {
			fmt.Fprintf(env.Stderr, "%s…\n", step)
		},
	})
	if res != nil {
		for _, line := range res.Setup {
			fmt.Fprintln(env.Stdout, line)
		}
		if res.Commit != "" {
			subject, _, _ := strings.Cut(res.Message, "\n")
			fmt.Fprintf(env.Stdout, "Committed %s: %s\n", res.Commit, subject)
		}
		if res.Incoming != nil {
			if err := team.WriteIncoming(env.Stdout, res.Incoming, res.From, res.To); err != nil {
				return &troubleError{err}
			}
		}
		for _, n := range res.Notes {
			fmt.Fprintf(env.Stdout, "Note: %s\n", n)
		}
		if res.Pushed {
			retried := ""
			if res.Retried {
				retried = " (after bringing in what was pushed meanwhile)"
			}
			fmt.Fprintf(env.Stdout, "Pushed to %s%s.\n", res.Upstream, retried)
		}
	}
	if err != nil {
		return &troubleError{err}
	}
	if len(res.Conflicts) > 0 {
		fmt.Fprintf(env.Stdout, "%d conflict(s) to settle:\n", len(res.Conflicts))
		for _, fc := range res.Conflicts {
			if fc.Whole != "" {
				fmt.Fprintf(env.Stdout, "  %s (%s): %s\n", fc.Label, fc.Rel, fc.Whole)
				continue
			}
			var fields []string
			for _, c := range fc.Fields {
				fields = append(fields, c.Path)
			}
			if len(fields) == 0 {
				fields = []string{"merges cleanly"}
			}
			fmt.Fprintf(env.Stdout, "  %s (%s): %s\n", fc.Label, fc.Rel, strings.Join(fields, ", "))
		}
		fmt.Fprintf(env.Stderr, "%s: settle them in the window's Conflicts page, or with canopy resolve %s ID --take ours|theirs; then canopy sync %s again\n", dir, dir, dir)
		return errFailed
	}
	if res.Upstream != "" {
		fmt.Fprintf(env.Stdout, "In sync with %s.\n", res.Upstream)
	}
	return nil
}
