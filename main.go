// Command canopy is Canopy: a local-first desktop app in which product
// managers and product owners plan one product together. Without arguments
// it opens the desktop window; its subcommands run headless (see cli).
package main

import (
	"os"

	"canopy/cli"
	// Before Fyne reads the locale: see the package's doc.
	_ "canopy/internal/quietlocale"
)

func main() {
	attachParentConsole()
	os.Exit(cli.Run(os.Args[1:], &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, GUI: openWindow}))
}

// openWindow hands a request of the command line to the desktop window.
func openWindow(r cli.GUIRequest) error {
	return launch(options{Dir: r.Dir, Sample: r.Sample, Today: r.Today})
}
