package store

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
)

// windowsDevices are the names Windows gives to devices in every folder,
// whatever the extension after them: a file so named cannot be read as one.
var windowsDevices = map[string]bool{
	"con": true, "prn": true, "aux": true, "nul": true, "conin$": true, "conout$": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"com¹": true, "com²": true, "com³": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true,
	"lpt¹": true, "lpt²": true, "lpt³": true,
}

// ErrDeviceName is wrapped when a file is named like a device the OS
// reserves (Windows' CON, NUL, COM1…).
var ErrDeviceName = errors.New("a device name reserved by Windows (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9), not a file; rename it")

// CheckName returns an error, before anything is read or written, when the
// last element of p is a name the OS reserves for a device: on Windows
// "con.json", "NUL.xlsx" or "com1" open a device, not a file (reading one
// fails with "invalid argument", or waits on the console). p is given as
// the user typed it and named so in the error.
func (r FileRules) CheckName(p string) error {
	if r.OS != "windows" {
		return nil
	}
	base := p
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	stem := strings.ToLower(base)
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	stem = strings.TrimRight(stem, " ")
	if windowsDevices[stem] {
		return fmt.Errorf("%s: %w", r.Typed(p), ErrDeviceName)
	}
	return nil
}

// Typed returns p as the user would type it on the OS: in its own
// separator (`\` on Windows), without the `\\?\` prefix.
func (r FileRules) Typed(p string) string {
	if r.OS == "windows" {
		p = strings.ReplaceAll(p, "/", `\`)
		if rest, ok := strings.CutPrefix(p, `\\?\UNC\`); ok {
			return `\\` + rest
		}
		return strings.TrimPrefix(p, `\\?\`)
	}
	return p
}

// wordedError says a file error in words, keeping the error it came from
// for errors.Is and errors.As.
type wordedError struct {
	msg string
	err error
}

func (e *wordedError) Error() string { return e.msg }
func (e *wordedError) Unwrap() error { return e.err }

// Windows error numbers that have words of their own.
const (
	winFileNotFound = 2
	winPathNotFound = 3
	winInvalidName  = 123
	winDirectory    = 267
)

// Describe says err, an error of the OS about the file or folder the user
// typed as typed, in words and naming it once as typed, in the OS's
// separator: "C:\Plans\ws: no such file or folder", not
// "GetFileAttributesEx C:\Plans/ws: The system cannot find the file
// specified." The raw call's name is dropped; errors.Is still sees the
// cause. An error that is not about a file comes back as it was.
func (r FileRules) Describe(typed string, err error) error {
	var pe *fs.PathError
	if err == nil || !errors.As(err, &pe) {
		return err
	}
	var words string
	var errno syscall.Errno
	isErrno := errors.As(pe.Err, &errno)
	switch {
	case errors.Is(err, fs.ErrNotExist),
		r.OS == "windows" && isErrno && (errno == winFileNotFound || errno == winPathNotFound):
		words = "no such file or folder"
	case errors.Is(err, fs.ErrPermission) && r.OS != "windows",
		r.OS == "windows" && isErrno && errno == winAccessDenied:
		words = "permission denied"
	case r.OS == "windows" && isErrno && errno == winInvalidName:
		words = "not a valid file name here"
	case r.OS == "windows" && isErrno && errno == winDirectory,
		r.OS != "windows" && errors.Is(err, syscall.ENOTDIR):
		words = "not a folder"
	default:
		words = pe.Err.Error()
	}
	return &wordedError{msg: r.Typed(typed) + ": " + words, err: err}
}

// inWords is Describe under the host's rules.
func inWords(typed string, err error) error {
	if typed == "" {
		typed = "."
	}
	return HostRules.Describe(typed, err)
}
