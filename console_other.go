//go:build !windows

package main

// attachParentConsole is needed on Windows only, where canopy.exe is a GUI
// program without standard output of its own.
func attachParentConsole() {}
