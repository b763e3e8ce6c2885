package team

import (
	"canopy/internal/gittest"
	"errors"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
)

func TestAuthor(t *testing.T) {
	acct := func(name, login string) func() (*user.User, error) {
		return func() (*user.User, error) { return &user.User{Name: name, Username: login}, nil }
	}
	for _, c := range []struct {
		name, pref, git string
		current         func() (*user.User, error)
		want            string
	}{
		{"the machine's preference first", " Ada ", "Git Name", acct("Full", "root"), "Ada"},
		{"else git's user.name", "", "Grace Hopper\n", acct("Full", "root"), "Grace Hopper"},
		{"else the account's full name", "", "", acct("Alan Turing,,,", "root"), "Alan Turing"},
		{"else its login", "", "", acct("", "root"), "root"},
		{"else nothing", "", "", func() (*user.User, error) { return nil, errors.New("no user") }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := author(c.pref, func() string { return c.git }, c.current); got != c.want {
				t.Fatalf("author = %q, want %q", got, c.want)
			}
		})
	}
}

func TestDriverCommand(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "it's canopy")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other")
	if err := os.WriteFile(other, []byte("x"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, goos, exe string
		look            func(string) (string, error)
		want            string
	}{
		{"canopy on the PATH is this program", "linux", exe, func(string) (string, error) { return exe, nil }, "canopy"},
		{"another canopy on the PATH", "linux", exe, func(string) (string, error) { return other, nil }, "'" + strings.ReplaceAll(exe, "'", `'\''`) + "'"},
		{"none on the PATH", "linux", exe, func(string) (string, error) { return "", exec.ErrNotFound }, "'" + strings.ReplaceAll(exe, "'", `'\''`) + "'"},
		{"Windows paths get forward slashes", "windows", `C:\Program Files\Canopy\canopy.exe`, func(string) (string, error) { return "", exec.ErrNotFound }, "'C:/Program Files/Canopy/canopy.exe'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := driverCommand(c.exe, c.look, c.goos)
			if err != nil || got != c.want {
				t.Fatalf("driverCommand = %q, %v; want %q", got, err, c.want)
			}
		})
	}
}

func TestSplitMarkers(t *testing.T) {
	in := "{\n  \"id\": \"x\",\n<<<<<<< ours\n  \"title\": \"O\",\n||||||| base\n  \"title\": \"B\",\n=======\n  \"title\": \"T\",\n>>>>>>> theirs\n  \"n\": 1,\n<<<<<<< ours\n  \"p\": 2\n||||||| base\n=======\n>>>>>>> theirs\n}\n"
	o, b, th := splitMarkers([]byte(in))
	for _, c := range []struct{ name, got, want string }{
		{"ours", string(o), "{\n  \"id\": \"x\",\n  \"title\": \"O\",\n  \"n\": 1,\n  \"p\": 2\n}\n"},
		{"base", string(b), "{\n  \"id\": \"x\",\n  \"title\": \"B\",\n  \"n\": 1\n}\n"},
		{"theirs", string(th), "{\n  \"id\": \"x\",\n  \"title\": \"T\",\n  \"n\": 1\n}\n"},
	} {
		if c.got != c.want {
			t.Errorf("%s:\n%s\nwant\n%s", c.name, c.got, c.want)
		}
	}
	if _, b, _ := splitMarkers([]byte("<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n")); b != nil {
		t.Errorf("merge-style markers gave a base: %q", b)
	}
}

// TestSetupInASubFolder: the attributes go beside the workspace, the
// driver into the repository's own config; a second run changes nothing.
func TestSetupInASubFolder(t *testing.T) {
	gittest.Isolate(t)
	repo := t.TempDir()
	gittest.Run(t, repo, "init", "-q")
	ws := filepath.Join(repo, "plans", "one")
	if err := os.MkdirAll(ws, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, ".gitattributes"), []byte("*.png binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !NeedsSetup(ws) {
		t.Fatal("NeedsSetup = false before the setup")
	}
	done, err := Setup(ws, "canopy")
	if err != nil || len(done) != 3 {
		t.Fatalf("Setup = %v, %v", done, err)
	}
	attrs, _ := os.ReadFile(filepath.Join(ws, ".gitattributes"))
	if string(attrs) != "*.png binary\n"+AttributesLine+"\n" {
		t.Fatalf(".gitattributes = %q", attrs)
	}
	if _, err := os.Stat(filepath.Join(repo, ".gitattributes")); !os.IsNotExist(err) {
		t.Fatal("the setup wrote the repository's own .gitattributes")
	}
	out, _ := git(repo, nil, "check-attr", "merge", "plans/one/items/item-x.json", "README.json")
	if !strings.Contains(string(out), "plans/one/items/item-x.json: merge: canopy") || !strings.Contains(string(out), "README.json: merge: unspecified") {
		t.Fatalf("attributes apply to:\n%s", out)
	}
	if done, err := Setup(ws, "canopy"); err != nil || len(done) != 0 || NeedsSetup(ws) {
		t.Fatalf("second Setup = %v, %v", done, err)
	}
	if _, err := Setup(t.TempDir(), "canopy"); err == nil || !strings.Contains(err.Error(), "not inside a git repository") {
		t.Fatalf("Setup outside a repository = %v", err)
	}
}
