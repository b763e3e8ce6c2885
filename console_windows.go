package main

import (
	"os"
	"syscall"
)

// attachParentConsole lets the commands print in the terminal that started
// them. canopy.exe is a GUI program (no console window of its own), so
// Windows gives it no standard output: unless output is redirected, it
// attaches to the console of the process that started it, if any.
func attachParentConsole() {
	if syscall.Stdout != 0 && syscall.Stdout != syscall.InvalidHandle {
		return // redirected to a file or a pipe: keep it
	}
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	r, _, _ := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole").Call(attachParentProcess)
	if r == 0 {
		return // started from Explorer: no console to attach to
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
