package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// runCLI runs the command line and returns its exit status and output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	var opened []GUIRequest
	env := &Env{Stdout: &out, Stderr: &errOut, GUI: func(r GUIRequest) error { opened = append(opened, r); return nil }}
	code = Run(args, env)
	return code, out.String(), errOut.String()
}

// tree returns every file under dir with its bytes.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sampleDir(t *testing.T, extra ...string) string {
	t.Helper()
	isolate(t)
	dir := filepath.Join(t.TempDir(), "ws")
	args := append([]string{"sample", dir, "--today", "2026-11-27"}, extra...)
	if code, _, stderr := runCLI(t, args...); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, stderr)
	}
	return dir
}

func TestSampleValidateNext(t *testing.T) {
	dir := sampleDir(t)
	before := tree(t, dir)
	if len(before) < 60 {
		t.Fatalf("sample wrote %d files", len(before))
	}
	code, stdout, stderr := runCLI(t, "validate", dir)
	if code != 0 || strings.Contains(stdout, "items/") {
		t.Fatalf("validate: exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "no problems") {
		t.Errorf("validate said %q", stderr)
	}
	code, stdout, stderr = runCLI(t, "next", dir, "--limit", "5")
	if code != 0 {
		t.Fatalf("next: exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[0], "#") || !strings.Contains(lines[0], "RICE") || !strings.HasPrefix(lines[1], "1 ") {
		t.Fatalf("next printed:\n%s", stdout)
	}
	code, stdout, _ = runCLI(t, "next", "--model", "wsjf", "--limit=0", dir)
	if code != 0 || !strings.Contains(stdout, "WSJF") {
		t.Fatalf("next --model wsjf: exit %d\n%s", code, stdout)
	}
	if !strings.Contains(stdout, "(In progress)") {
		t.Errorf("the sample should show an item blocked by work in progress:\n%s", stdout)
	}
	if after := tree(t, dir); !reflect.DeepEqual(before, after) {
		t.Fatal("validate or next changed the workspace")
	}
}

func TestSampleIsDeterministicPerDay(t *testing.T) {
	a, b := tree(t, sampleDir(t)), tree(t, sampleDir(t))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two samples written on the same day differ")
	}
	later := filepath.Join(t.TempDir(), "later")
	if code, _, stderr := runCLI(t, "sample", later, "--today", "2027-02-03"); code != 0 {
		t.Fatal(stderr)
	}
	c := tree(t, later)
	if reflect.DeepEqual(a, c) {
		t.Fatal("a sample written a quarter later has the same dates")
	}
	if len(a) != len(c) {
		t.Fatalf("%d files vs %d", len(a), len(c))
	}
}

func TestSampleWithGeneratedItems(t *testing.T) {
	dir := sampleDir(t, "--items", "300")
	n, _ := os.ReadDir(filepath.Join(dir, "items"))
	if len(n) < 360 {
		t.Fatalf("%d item files, want the sample's and 300 more", len(n))
	}
	if code, stdout, stderr := runCLI(t, "validate", dir); code != 0 {
		t.Fatalf("validate: %d\n%s%s", code, stdout, stderr)
	}
	// One generated initiative per five items by default, or as many as asked.
	for _, tt := range []struct {
		dir  string
		want int
	}{{dir, 14 + 60}, {sampleDir(t, "--items", "300", "--initiatives", "0"), 14}, {sampleDir(t, "--initiatives", "25"), 14 + 25}} {
		ins, _ := os.ReadDir(filepath.Join(tt.dir, "initiatives"))
		if len(ins) != tt.want {
			t.Errorf("%s: %d initiative files, want %d", tt.dir, len(ins), tt.want)
		}
		if code, stdout, stderr := runCLI(t, "validate", tt.dir); code != 0 {
			t.Fatalf("validate: %d\n%s%s", code, stdout, stderr)
		}
	}
}

func TestErrors(t *testing.T) {
	dir := sampleDir(t)
	broken := sampleDir(t)
	files, _ := filepath.Glob(filepath.Join(broken, "items", "*.json"))
	os.WriteFile(files[0], []byte("{\n  \"id\": 12\n}\n"), 0o644)
	// A file that decodes but breaks a rule: the line names the file too.
	unrated := sampleDir(t)
	risks, _ := filepath.Glob(filepath.Join(unrated, "risks", "*.json"))
	data, _ := os.ReadFile(risks[0])
	os.WriteFile(risks[0], []byte(strings.Replace(string(data), `"likelihood": "`, `"likelihood": "very `, 1)), 0o644)
	riskID := strings.TrimSuffix(filepath.Base(risks[0]), ".json")
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"next"}, 2, "", "next: want a workspace folder, got 0 arguments"},
		{[]string{"next", dir, "--model", "kano"}, 2, "", `unknown scoring model "kano"`},
		{[]string{"next", dir, "--limit", "-1"}, 2, "", "--limit must be 0 or more"},
		{[]string{"sample", dir}, 1, "", "the folder is not empty"},
		{[]string{"sample", dir + "2", "--today", "tomorrow"}, 2, "", `--today: date "tomorrow"`},
		{[]string{"next", filepath.Join(dir, "nope")}, 1, "", "no such file"},
		{[]string{"validate", t.TempDir()}, 1, "", "not a Canopy workspace"},
		{[]string{"validate", broken}, 1, "items/" + filepath.Base(files[0]) + ":2:", "1 problem(s)"},
		{[]string{"validate", unrated}, 1, "risks/" + riskID + ".json: Offline sync loses or duplicates job…: the likelihood must be low, medium or high", "1 problem(s)"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
					code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"open", "--help"}, {"sample", "--help"}, {"validate", "-h"}, {"next", "--help"}} {
		code, stdout, _ := runCLI(t, args...)
		if code != 0 || !strings.Contains(stdout, "Usage") && !strings.Contains(stdout, "usage") {
			t.Errorf("%v: exit %d, %q", args, code, stdout)
		}
	}
	if code, stdout, _ := runCLI(t, "--version"); code != 0 || stdout != "canopy "+Version+"\n" {
		t.Errorf("--version: %d %q", code, stdout)
	}
}

func TestGUIRequests(t *testing.T) {
	var got []GUIRequest
	env := &Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, GUI: func(r GUIRequest) error { got = append(got, r); return nil }}
	dir := t.TempDir()
	for _, args := range [][]string{{}, {"--sample"}, {"open", "some/dir", "--today", "2026-01-02"}, {dir}, {"not/there"}} {
		if code := Run(args, env); code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
	}
	if len(got) != 5 || got[0] != (GUIRequest{}) || !got[1].Sample || got[2].Dir != "some/dir" || got[2].Today.String() != "2026-01-02" ||
		got[3] != (GUIRequest{Dir: dir}) || got[4] != (GUIRequest{Dir: "not/there"}) {
		t.Fatalf("GUI requests = %+v", got)
	}
	// A word that is neither a command nor a folder stays an error.
	if code := Run([]string{"opne"}, env); code != 2 || len(got) != 5 {
		t.Fatalf("canopy opne: exit %d, %d requests", code, len(got))
	}
}

func TestExportExcel(t *testing.T) {
	dir := sampleDir(t)
	before := tree(t, dir)
	out := filepath.Join(t.TempDir(), "backlog.xlsx")
	code, stdout, stderr := runCLI(t, "export", dir, "--xlsx", out, "--today", "2026-11-27")
	if code != 0 || !strings.Contains(stdout, "wrote "+out+" (62 items)") {
		t.Fatalf("export: exit %d\n%s%s", code, stdout, stderr)
	}
	first, err := os.ReadFile(out)
	if err != nil || len(first) < 10000 || string(first[:2]) != "PK" {
		t.Fatalf("export wrote %d bytes, %v", len(first), err)
	}
	if code, _, _ := runCLI(t, "export", dir, "--xlsx", out, "--today", "2026-11-27"); code != 0 {
		t.Fatal("second export failed")
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(first, again) {
		t.Fatal("the same export on the same day differs")
	}
	if !reflect.DeepEqual(before, tree(t, dir)) {
		t.Fatal("export changed the workspace")
	}
	if code, _, stderr := runCLI(t, "export", dir, "--xlsx", filepath.Join(dir, "x.xlsx")); code != 2 || !strings.Contains(stderr, "inside the workspace") {
		t.Fatalf("export into the workspace: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "export", dir); code != 2 || !strings.Contains(stderr, "want --xlsx FILE") {
		t.Fatalf("export without --xlsx: %d %s", code, stderr)
	}
}
