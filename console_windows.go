package main

import (
	"os"
	"syscall"
)

// attachParentConsole lets the commands print in the terminal that started
// them. canopy.exe is a GUI program (no console window of its own), so
// Windows gives it no standard output: each of stdout and stderr that is
// not redirected goes to the console of the process that started it, if
// any; one that is redirected keeps its file or pipe.
func attachParentConsole() {
	needOut, needErr := consoleNeeds(uintptr(syscall.Stdout), uintptr(syscall.Stderr))
	if !needOut && !needErr {
		return // both redirected: keep them
	}
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	r, _, _ := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole").Call(attachParentProcess)
	if r == 0 {
		return // started from Explorer: no console to attach to
	}
	out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	if needOut {
		os.Stdout = out
	}
	if needErr {
		os.Stderr = out
	}
}
