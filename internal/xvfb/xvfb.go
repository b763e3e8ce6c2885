// Package xvfb starts a virtual X display for the tests that open the real
// window (the end-to-end tests and the installed package's test). Xvfb picks
// a free display number itself (-displayfd), so tests that run side by side,
// or beside another program's display, never share one.
//
// Imports: the standard library only.
package xvfb

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Start starts Xvfb with a screen of 1280×900 for the test and returns the
// display's name (":N"); the display stops when the test ends.
func Start(t testing.TB) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x900x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() {
		x.Process.Kill()
		x.Wait()
	})
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}
