package main

// invalidHandle is Windows' INVALID_HANDLE_VALUE, (HANDLE)-1.
const invalidHandle = ^uintptr(0)

// consoleNeeds says which of the standard outputs a GUI program must point
// at its parent's console: each one Windows gave no handle (0, or the
// invalid handle). One redirected alone (`canopy validate DIR 2>err.txt`)
// keeps its file while the other goes to the console.
func consoleNeeds(stdout, stderr uintptr) (out, err bool) {
	missing := func(h uintptr) bool { return h == 0 || h == invalidHandle }
	return missing(stdout), missing(stderr)
}
