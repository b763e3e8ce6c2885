package ui

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// Crash is what a crash report says about a crash of the window.
type Crash struct {
	// Time is when it crashed.
	Time time.Time
	// Version is Canopy's version; OS the system ("linux/amd64, go1.26").
	Version, OS string
	// Panic is the value the program panicked with; Stack the stack then.
	Panic any
	Stack []byte
	// Workspace is the folder open at the time ("" if none).
	Workspace string
}

// crashFolder is where crash reports go, in the user data folder.
const crashFolder = "crashes"

// pendingFile names the report not yet shown, and its workspace.
const pendingFile = "pending"

// WriteCrashReport writes a readable report of c into data/crashes/ and
// marks it for the next start, which offers to reopen the workspace. It
// returns the report's path.
func WriteCrashReport(data string, c Crash) (string, error) {
	dir := filepath.Join(data, crashFolder)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("write crash report: %w", err)
	}
	file := filepath.Join(dir, "crash-"+c.Time.UTC().Format("20060102-150405")+".txt")
	workspace := c.Workspace
	if workspace == "" {
		workspace = "(none)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Canopy closed unexpectedly. Please send this report with a bug report.\n\n")
	fmt.Fprintf(&b, "Time:      %s\n", c.Time.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "Version:   %s\n", c.Version)
	fmt.Fprintf(&b, "OS:        %s\n", c.OS)
	fmt.Fprintf(&b, "Workspace: %s\n", workspace)
	fmt.Fprintf(&b, "Panic:     %v\n\n", c.Panic)
	fmt.Fprintf(&b, "Stack:\n%s", c.Stack)
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		return "", fmt.Errorf("write crash report: %w", err)
	}
	mark := file + "\n" + c.Workspace + "\n"
	if err := os.WriteFile(filepath.Join(dir, pendingFile), []byte(mark), 0o644); err != nil {
		return "", fmt.Errorf("write crash report: %w", err)
	}
	return file, nil
}

// PendingCrash is a crash of the last run not yet told about.
type PendingCrash struct {
	// Report is the report's path; Workspace the folder open then ("").
	Report, Workspace string
}

// TakePendingCrash returns the crash of the last run, if one is waiting
// to be told about, and clears the mark so that it is told once.
func TakePendingCrash(data string) (*PendingCrash, error) {
	mark := filepath.Join(data, crashFolder, pendingFile)
	f, err := os.Open(mark)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the last crash: %w", err)
	}
	sc := bufio.NewScanner(f)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	f.Close()
	if err := os.Remove(mark); err != nil {
		return nil, fmt.Errorf("read the last crash: %w", err)
	}
	if len(lines) == 0 || lines[0] == "" {
		return nil, nil
	}
	p := &PendingCrash{Report: lines[0]}
	if len(lines) > 1 {
		p.Workspace = lines[1]
	}
	return p, nil
}

// RunAfterCrash is Run for a start that follows a crash: the window opens
// on sess (not the crashed workspace, in case opening it is what crashed),
// tells where the report is, and offers to reopen the workspace.
func RunAfterCrash(a fyne.App, sess *Session, opener Opener, c *PendingCrash) {
	s := newShell(a, sess, opener)
	s.offerReopen(c)
	s.win.ShowAndRun()
}

// offerReopen tells about the crash of the last run, naming its report,
// and offers to reopen the workspace that was open then.
func (s *shell) offerReopen(c *PendingCrash) {
	msg := "Canopy closed unexpectedly last time.\nA report is in " + c.Report + "."
	if c.Workspace == "" || s.opener == nil || filepath.Clean(c.Workspace) == filepath.Clean(s.sess.Dir) {
		dialog.ShowInformation("Canopy closed unexpectedly", msg, s.win)
		return
	}
	msg += "\n\nReopen " + c.Workspace + "?"
	d := dialog.NewConfirm("Canopy closed unexpectedly", msg, func(ok bool) {
		if ok {
			s.switchTo(c.Workspace, s.opening(c.Workspace))
		}
	}, s.win)
	d.SetConfirmText("Reopen")
	d.SetDismissText("Not now")
	d.Show()
}

// goReported runs f on a new goroutine (reading a workspace, writing an
// export). A panic there would end Canopy without a report, since only
// the UI goroutine's panics reach main's guard: it is handed over, with
// the goroutine's own stack, to the UI goroutine through do (fyne.Do),
// and panics there.
func goReported(do func(func()), f func()) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				err := fmt.Errorf("%v\n\nin a background task:\n%s", r, debug.Stack())
				do(func() { panic(err) })
			}
		}()
		f()
	}()
}
