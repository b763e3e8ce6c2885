// Package cli is Canopy's command line: the headless subcommands (sample,
// validate, next) that serve scripts and CI, and the hand-off to the desktop
// window for the others. Run never touches a display itself.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"canopy/app"
)

// Version is Canopy's version, printed by --version; the build may set it
// with -ldflags "-X canopy/cli.Version=…".
var Version = "0.1.0-dev"

// GUIRequest says what the desktop window should open.
type GUIRequest struct {
	// Dir is the workspace folder to open; empty means the last workspace,
	// or the sample when there is none (or when Sample is set).
	Dir string
	// Sample asks for the user's copy of the sample workspace.
	Sample bool
	// Today fixes the clock when set (from --today).
	Today app.Date
}

// GUI opens the desktop window and returns when it closes.
type GUI func(GUIRequest) error

// Env is what a command reads and writes besides its arguments.
type Env struct {
	Stdout, Stderr io.Writer
	GUI            GUI
}

// errUsage marks an error in the arguments: exit status 2.
var errUsage = errors.New("usage")

// usageError returns an error in the arguments with its message.
func usageError(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// errFailed marks a command that ran and found problems; it has already
// said what they are.
var errFailed = errors.New("failed")

type command struct {
	name, args, summary string
	run                 func(env *Env, args []string) error
}

func commands() []command {
	return []command{
		{"open", "DIR", "open the workspace in DIR in the desktop window", runOpen},
		{"sample", "DIR [--items N] [--today YYYY-MM-DD]", "write the sample workspace into DIR (missing or empty)", runSample},
		{"validate", "DIR", "list every problem of the workspace in DIR, one a line; exit 0 only when there is none", runValidate},
		{"next", "DIR [--model rice|wsjf|ice|value-effort|formula] [--limit N]", "list what to work on next, dependencies first", runNext},
		{"forecast", forecastArgs, "forecast when each release and active initiative will be done, from the past weeks' throughput", runForecast},
		{"export", "DIR [--xlsx FILE] [--pdf FILE [--paper a4|letter] [--landscape] [--summary]]", "write the backlog to an Excel file, the strategy brief to a PDF, or both", runExport},
		{"import", "DIR FILE [--insights] [--apply [--skip-invalid]]", "preview importing an Excel backlog (or, with --insights, customer feedback) into the workspace; --apply applies it", runImport},
		{"diff", "DIR [--rev REV | --since YYYY-MM-DD | --baseline NAME] [--json]", "list what changed in the plan since a git revision (default HEAD), a day or a baseline; exit 1 when something did", runDiff},
		{"baseline", "DIR NAME | DIR --list | DIR --delete NAME", "save the plan as the baseline NAME to compare with later; list or delete baselines", runBaseline},
		{"trash", "DIR", "list the entities deleted from the workspace in DIR, latest first", runTrash},
		{"restore", "DIR ID", "bring the entity ID back from the trash", runRestore},
		{"merge-file", "BASE OURS THEIRS [PATH]", "merge three versions of a workspace file field by field into OURS (git's merge driver); exit 1 on a conflict", runMergeFile},
		{"git-setup", "DIR", "set up the git repository holding the workspace for the field-level merge", runGitSetup},
		{"conflicts", "DIR", "list each conflict of the workspace in DIR; exit 1 when there is any", runConflicts},
		{"resolve", "DIR ID --take ours|theirs [--field PATH]", "settle a conflict by taking one side, of one field or all", runResolve},
		{"sync", "DIR [--message M]", "commit the workspace, merge what the others pushed and push, through git; exit 1 when conflicts are left", runSync},
	}
}

const intro = `Canopy plans one product: strategy, roadmap and backlog in a folder of JSON files.

Usage:
  canopy                 open the last workspace (or the sample) in the desktop window
  canopy --sample        open your copy of the sample workspace in the desktop window
  canopy DIR             open the workspace in DIR in the desktop window (as canopy open DIR)
`

func usage(w io.Writer) {
	fmt.Fprint(w, intro)
	for _, c := range commands() {
		fmt.Fprintf(w, "  canopy %s %s\n      %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprint(w, `  canopy --version       print the version

Every command takes --help. Errors go to stderr with a non-zero exit status:
1 when the command failed or found problems, 2 when the arguments are wrong.
`)
}

// Run runs Canopy with the arguments after the program name and returns the
// process exit status.
func Run(args []string, env *Env) int {
	err := run(args, env)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errFailed):
		return 1
	case errors.As(err, new(*troubleError)):
		fmt.Fprintf(env.Stderr, "canopy: %v\n", err)
		return 2
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "canopy: %s\nRun 'canopy --help' for usage.\n", term(strings.TrimPrefix(err.Error(), "usage: ")))
		return 2
	}
	termLines(env.Stderr, "canopy: "+err.Error())
	return 1
}

func run(args []string, env *Env) error {
	if len(args) == 0 {
		return gui(env, GUIRequest{})
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(env.Stdout)
		return nil
	case "-version", "--version", "version":
		fmt.Fprintf(env.Stdout, "canopy %s\n", Version)
		return nil
	case "-sample", "--sample":
		fs, today := newFlags("--sample", "", "open your copy of the sample workspace (made on first use)", env)
		if _, err := parse(fs, args[1:]); err != nil {
			return err
		}
		d, err := today()
		if err != nil {
			return err
		}
		return gui(env, GUIRequest{Sample: true, Today: d})
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(env, args[1:])
		}
	}
	if isFolderArg(args[0]) {
		// `canopy DIR`, as a desktop entry or a file manager runs it.
		return runOpen(env, args)
	}
	return usageError("unknown command %q", args[0])
}

// isFolderArg reports whether arg, which names no command, is a folder to
// open: an existing folder, or a path (with a separator) that the open
// then reports on.
func isFolderArg(arg string) bool {
	if fi, err := os.Stat(arg); err == nil {
		return fi.IsDir()
	}
	return strings.ContainsRune(arg, '/') || strings.ContainsRune(arg, filepath.Separator)
}

func gui(env *Env, req GUIRequest) error {
	if env.GUI == nil {
		return errors.New("this build of Canopy has no desktop window")
	}
	return env.GUI(req)
}

// newFlags returns a flag set for a subcommand, with --today, writing its
// help to stdout. today parses the --today value (zero when not given).
func newFlags(name, args, summary string, env *Env) (*flag.FlagSet, func() (app.Date, error)) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	todayFlag := fs.String("today", "", "fix the current day (YYYY-MM-DD), for scripts and tests")
	fs.Usage = func() {
		fmt.Fprintf(env.Stdout, "Usage: canopy %s %s\n\n%s.\n\nFlags:\n", name, args, summary)
		fs.SetOutput(env.Stdout)
		fs.PrintDefaults()
		fs.SetOutput(env.Stderr)
	}
	return fs, func() (app.Date, error) {
		if *todayFlag == "" {
			return app.Date{}, nil
		}
		d, err := app.ParseDate(*todayFlag)
		if err != nil {
			return app.Date{}, usageError("--today: %v", err)
		}
		return d, nil
	}
}

// parse parses flags placed anywhere among the positional arguments, which
// must be exactly those named by want ("a workspace folder", "an ID").
func parse(fs *flag.FlagSet, args []string, want ...string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %s: %v", errUsage, fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if len(pos) != len(want) {
		if len(want) == 0 {
			return nil, usageError("%s: want no arguments, got %d", fs.Name(), len(pos))
		}
		return nil, usageError("%s: want %s, got %d arguments", fs.Name(), strings.Join(want, " and "), len(pos))
	}
	return pos, nil
}

// clockFor returns a clock fixed at day d, or the system clock when d is zero.
func clockFor(d app.Date) app.Clock {
	if d.IsZero() {
		return app.SystemClock{}
	}
	return app.DayClock(d)
}
