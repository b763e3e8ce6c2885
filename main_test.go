package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets a test run this binary as the canopy command: with
// CANOPY_TEST_MAIN=1 the test binary is canopy, arguments and all.
func TestMain(m *testing.M) {
	if os.Getenv("CANOPY_TEST_MAIN") == "1" {
		os.Args = append([]string{"canopy"}, strings.Fields(os.Getenv("CANOPY_TEST_ARGS"))...)
		main()
		return
	}
	os.Exit(m.Run())
}

// TestHeadlessRunIsQuietInTheCLocale runs headless commands the way a CI
// script does, in the C.UTF-8 locale of Debian containers, and finds nothing
// but their own output: no "Fyne error: Error parsing user locale C".
func TestHeadlessRunIsQuietInTheCLocale(t *testing.T) {
	for _, locale := range []string{"C.UTF-8", "POSIX.UTF-8"} {
		dir := t.TempDir()
		for _, args := range []string{"sample " + dir, "validate " + dir, "next " + dir + " --limit 3"} {
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), "CANOPY_TEST_MAIN=1", "CANOPY_TEST_ARGS="+args,
				"LANG="+locale, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("canopy %s (LANG=%s): %v\n%s", args, locale, err, stderr.String())
			}
			if strings.Contains(stderr.String(), "locale") || strings.Contains(stderr.String(), "Fyne error") {
				t.Errorf("canopy %s (LANG=%s) wrote to stderr:\n%s", args, locale, stderr.String())
			}
		}
	}
}
