package store

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"canopy/app"
)

func TestCheckNameRefusesWindowsDevices(t *testing.T) {
	win, linux := RulesFor("windows"), RulesFor("linux")
	tests := []struct {
		path string
		want string // "" for a plain file
	}{
		{`C:\Plans\con.xlsx`, `C:\Plans\con.xlsx: a device name reserved by Windows`},
		{`C:/Plans/NUL`, `C:\Plans\NUL: a device name reserved by Windows`},
		{`items\com1.json`, `items\com1.json: a device name`},
		{`lpt¹.txt.csv`, `lpt¹.txt.csv: a device name`},
		{`aux .json`, `aux .json: a device name`},
		{`C:\Plans\console.json`, ""},
		{`C:\Plans\backlog.xlsx`, ""},
	}
	for _, tt := range tests {
		err := win.CheckName(tt.path)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckName(%s) = %v, want nil", tt.path, err)
		case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want) || !errors.Is(err, ErrDeviceName)):
			t.Errorf("CheckName(%s) = %v, want %q…", tt.path, err, tt.want)
		}
		if err := linux.CheckName(tt.path); err != nil {
			t.Errorf("Linux CheckName(%s) = %v: only Windows reserves device names", tt.path, err)
		}
	}
}

func TestDescribeSaysItInWords(t *testing.T) {
	tests := []struct {
		goos, typed string
		err         error
		want        string
		is          error
	}{
		{"windows", "C:/Plans/ws", &fs.PathError{Op: "GetFileAttributesEx", Path: `C:\Plans/ws`, Err: syscall.Errno(winFileNotFound)},
			`C:\Plans\ws: no such file or folder`, nil},
		{"windows", `\\?\C:\Plans\ws`, &fs.PathError{Op: "CreateFile", Path: `\\?\C:\Plans\ws`, Err: syscall.Errno(winAccessDenied)},
			`C:\Plans\ws: permission denied`, nil},
		{"windows", `\\?\UNC\srv\share\ws`, &fs.PathError{Op: "FindFirstFile", Path: `x`, Err: syscall.Errno(winPathNotFound)},
			`\\srv\share\ws: no such file or folder`, nil},
		{"linux", "plans/ws", &fs.PathError{Op: "stat", Path: "/home/ada/plans/ws", Err: syscall.ENOENT},
			"plans/ws: no such file or folder", fs.ErrNotExist},
		{"linux", "plans/ws", &fs.PathError{Op: "open", Path: "/home/ada/plans/ws", Err: syscall.EACCES},
			"plans/ws: permission denied", fs.ErrPermission},
		{"linux", "plans/ws/x", &fs.PathError{Op: "stat", Path: "/x", Err: syscall.ENOTDIR},
			"plans/ws/x: not a folder", nil},
	}
	for _, tt := range tests {
		got := RulesFor(tt.goos).Describe(tt.typed, tt.err)
		if got.Error() != tt.want {
			t.Errorf("%s Describe(%s) = %q, want %q", tt.goos, tt.typed, got, tt.want)
		}
		if !errors.Is(got, tt.err) || tt.is != nil && !errors.Is(got, tt.is) {
			t.Errorf("%s Describe(%s) lost its cause", tt.goos, tt.typed)
		}
	}
	plain := errors.New("not about a file")
	if got := RulesFor("windows").Describe("x", plain); got != plain {
		t.Errorf("Describe of a non-file error = %v", got)
	}
}

func TestDeviceNamedFileIsRefusedBeforeReading(t *testing.T) {
	// The file is not there: an error about reading it would mean the
	// name was not checked first.
	_, _, err := readEntity(fstest.MapFS{}, app.KindItem, "items/con.json", "con")
	if err == nil || !strings.Contains(err.Error(), "a device name reserved by Windows") {
		t.Fatalf("readEntity(con.json) = %v, want the device name named before reading", err)
	}
}

func TestOpenMissingFolderSaysSoInWords(t *testing.T) {
	p := testPlaces(t)
	typed := filepath.Join(t.TempDir(), "nope")
	_, _, _, err := OpenAt(typed, p)
	want := "open workspace: " + typed + ": no such file or folder"
	if err == nil || err.Error() != want || !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("OpenAt = %v, want %q", err, want)
	}
}
