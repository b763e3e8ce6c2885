package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"canopy/app"
)

func TestTermEscapesControlCharacters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain — ünïcode", "plain — ünïcode"},
		{"Pay\x1b]0;pwned\x07", `Pay\x1b]0;pwned\x07`},
		{"item-a\nitem-b  Ready  forged", `item-a\nitem-b  Ready  forged`},
		{"a\tb\rc", `a\tb\rc`},
		{"csi\u009b2J", `csi\u009b2J`},
	}
	for _, tt := range tests {
		if got := term(tt.in); got != tt.want {
			t.Errorf("term(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCLIPrintsNoRawControlCharacters edits a sample item by hand to hold an
// escape sequence and a line break in its ID's file title, then checks that
// validate and next print them escaped.
func TestCLIPrintsNoRawControlCharacters(t *testing.T) {
	dir := sampleDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "items", "*.json"))
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	hostile := strings.Replace(string(data), `"title": "`, `"title": "\u001b]0;pwned\u0007\nitem-x  forged `, 1)
	if hostile == string(data) {
		t.Fatal("the sample item has no title to change")
	}
	if err := os.WriteFile(files[0], []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"validate", dir}, {"next", dir, "--limit", "0"}} {
		_, stdout, stderr := runCLI(t, args...)
		for _, out := range []string{stdout, stderr} {
			if strings.ContainsAny(out, "\x1b\x07") || strings.Contains(out, "\nitem-x  forged") {
				t.Errorf("%v printed raw control characters:\n%q", args, out)
			}
		}
		if args[0] == "validate" && !strings.Contains(stdout, `holds the control character U+001B`) {
			t.Errorf("validate does not report the control character:\n%s", stdout)
		}
	}
}

func TestTermLinesKeepsOnlyItsOwnLines(t *testing.T) {
	ps := app.Problems{
		{Label: "item item-a (One\nitem item-b (Forged)", Name: "One\nitem item-b (Forged)", Field: "title", Msg: "holds a control character"},
		{Label: "item item-c (Two)", Name: "Two", Field: "estimate", Msg: "must be between 0 and 1000000, got -1"},
	}
	var b strings.Builder
	termLines(&b, "canopy: "+ps.Error())
	want := "canopy: One\\nitem item-b (Forged): the title holds a control character\n" +
		"Two: the estimate must be between 0 and 1000000, got -1\n"
	if b.String() != want {
		t.Fatalf("printed\n%q\nwant\n%q", b.String(), want)
	}
}
