// Package quietlocale keeps Fyne from logging "Error parsing user locale C"
// three times on every run of a machine whose locale is C.UTF-8 or
// POSIX.UTF-8 (the default of Debian and Ubuntu containers, CI runners and
// many scripts).
//
// Fyne reads the locale while its lang package initialises, before main
// runs, and takes "C.UTF-8" for a language tag "C", which does not parse.
// Plain "C" and "POSIX" it knows to mean "no language". This package, whose
// import path sorts before fyne.io's and which imports only the standard
// library, is initialised first (Go initialises packages in import-path
// order, dependencies first) and sets LC_MESSAGES=C when the locale that
// decides the messages' language is such a C variant: the same meaning, in
// the spelling Fyne understands. The program's behaviour does not change:
// messages were in the C locale and stay so.
//
// Import it for its side effect from package main, before anything that
// imports Fyne: import _ "canopy/internal/quietlocale".
package quietlocale

import (
	"os"
	"strings"
)

func init() {
	if name, ok := Fix(os.Getenv); ok {
		os.Setenv(name, "C")
	}
}

// Fix reports which variable to set to "C", if any, given the environment:
// the first of LC_ALL, LC_MESSAGES and LANG that is set decides the language
// of messages (gettext's order). When it is a C or POSIX locale with a
// codeset or modifier ("C.UTF-8", "POSIX.utf8", "C@euro"), Fix returns
// LC_MESSAGES, or LC_ALL when LC_ALL is the one that decides (LC_ALL would
// hide LC_MESSAGES). Anything else it leaves alone.
func Fix(getenv func(string) string) (name string, ok bool) {
	for _, v := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := getenv(v)
		if val == "" {
			continue
		}
		base, _, _ := strings.Cut(val, ".")
		base, _, _ = strings.Cut(base, "@")
		if (base == "C" || base == "POSIX") && val != base {
			if v == "LC_ALL" {
				return "LC_ALL", true
			}
			return "LC_MESSAGES", true
		}
		return "", false
	}
	return "", false
}
