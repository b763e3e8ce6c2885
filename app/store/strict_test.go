package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"

	"canopy/app"
)

// nested returns an item whose "x" holds levels-1 nested arrays, so that the
// whole file nests levels deep.
func nested(levels int) string {
	return "{\n  \"id\": \"item-full\",\n  \"x\": " + strings.Repeat("[", levels-1) + strings.Repeat("]", levels-1) + "\n}\n"
}

// strictCases are hostile versions of items/item-full.json, each with the
// place and the message checkStrict must report.
var strictCases = []struct {
	name, content string
	pos           string // "line:col"
	want          string
}{
	{"empty", "", "1:1", "the file is empty"},
	{"whitespace only", " \n\t\r\n  \n", "1:1", "the file holds only whitespace"},
	{"NUL bytes only", strings.Repeat("\x00", 512), "1:1", "NUL bytes only: the file was cut short"},
	{"NUL bytes after a crash", "{\n  \"id\": \"item-full\",\n  \"ti\x00\x00\x00\x00", "3:6", "NUL byte: the file is damaged"},
	{"NUL byte in a string", "{\n  \"id\": \"item-full\",\n  \"title\": \"a\x00b\"\n}\n", "3:14", "NUL byte"},
	{"byte order mark", "\xef\xbb\xbf{\n  \"id\": \"item-full\"\n}\n", "1:1", "the file starts with a byte order mark; save it as UTF-8 without BOM"},
	{"invalid UTF-8", "{\n  \"id\": \"item-full\",\n  \"title\": \"caf\xe9\"\n}\n", "3:16", "invalid UTF-8 (byte 0xe9)"},
	{"invalid UTF-8 outside a string", "{\n  \"id\": \"item-full\"\xff\n}\n", "2:20", "invalid UTF-8 (byte 0xff)"},
	{"lone surrogate escape", "{\n  \"id\": \"item-full\",\n  \"title\": \"\\ud800 and more\"\n}\n", "3:13", `invalid surrogate pair "\\ud800 and m" in string (in /title)`},
	{"conflict markers", "{\n  \"id\": \"item-full\",\n<<<<<<< HEAD\n  \"title\": \"Ours\"\n=======\n  \"title\": \"Theirs\"\n>>>>>>> other\n}\n", "3:1", "git conflict markers: resolve the merge"},
	{"conflict markers, theirs only left", "{\n  \"id\": \"item-full\",\n  \"title\": \"Ours\"\n=======\n  \"title\": \"Theirs\"\n>>>>>>> other\n}\n", "4:1", "git conflict markers: resolve the merge"},
	{"conflict markers at the start", "<<<<<<< HEAD\n{\"id\": \"item-full\"}\n=======\n{\"id\": \"item-full\", \"title\": \"x\"}\n>>>>>>> other\n", "1:1", "git conflict markers"},
	{"duplicate key", "{\n  \"id\": \"item-full\",\n  \"title\": \"A\",\n  \"title\": \"B\"\n}\n", "4:3", `duplicate key "title" (first at 3:3)`},
	{"duplicate key, other case", "{\n  \"id\": \"item-full\",\n  \"title\": \"A\",\n  \"Title\": \"B\"\n}\n", "4:3", `duplicate key "Title": the same as "title" at 3:3 once case is ignored`},
	{"duplicate key, escaped", "{\n  \"id\": \"item-full\",\n  \"title\": \"A\",\n  \"t\\u0069tle\": \"B\"\n}\n", "4:3", `duplicate key "title" (first at 3:3)`},
	{"duplicate key, nested", "{\n  \"id\": \"item-full\",\n  \"scores\": {\n    \"rice\": {\"reach\": 1, \"impact\": 2, \"reach\": 3}\n  }\n}\n", "4:39", `duplicate key "reach" (first at 4:14)`},
	{"duplicate key in an array", "{\n  \"id\": \"item-full\",\n  \"criteria\": [\n    {\"text\": \"a\"},\n    {\"text\": \"b\", \"met\": true, \"text\": \"c\"}\n  ]\n}\n", "5:32", `duplicate key "text" (first at 5:6)`},
	{"trailing data", "{\n  \"id\": \"item-full\"\n}\n{\"id\": \"item-full\"}\n", "4:1", "data after the end of the top-level object"},
	{"trailing garbage", "{\"id\": \"item-full\"}  x", "1:22", "data after the end of the top-level object"},
	{"top-level array", "[\n  {\"id\": \"item-full\"}\n]\n", "1:1", "the top-level value is an array; want an object"},
	{"top-level string", "\n  \"item-full\"\n", "2:3", "the top-level value is a string; want an object"},
	{"top-level null", "null", "1:1", "the top-level value is null; want an object"},
	{"too deep", nested(33), "3:39", "nesting deeper than 32 levels"},
	{"too deep and broken", nested(40)[:80], "3:39", "nesting deeper than 32 levels"},
	{"truncated", "{\n  \"id\": \"item-full\",\n  \"title\": \"Exp", "3:16", "unexpected end of file: the JSON is cut short"},
	{"truncated after a value", "{\n  \"id\": \"item-full\",\n", "3:1", "unexpected end of file"},
	{"syntax", "{\n  \"id\": \"item-full\",\n  \"title\": oops\n}\n", "3:12", "invalid character 'o' at start of value (in /title)"},
	{"missing comma", "{\n  \"id\": \"item-full\"\n  \"title\": \"x\"\n}\n", "3:3", "invalid character '\"' after object value"},
}

func TestCheckStrict(t *testing.T) {
	const file = "items/item-full.json"
	for _, tt := range strictCases {
		t.Run(tt.name, func(t *testing.T) {
			err := checkStrict(file, []byte(tt.content))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("checkStrict = %v, want a *DecodeError", err)
			}
			prefix := file + ":" + tt.pos + ": "
			if got := err.Error(); !strings.HasPrefix(got, prefix) || !strings.Contains(got, tt.want) {
				t.Fatalf("checkStrict = %q\nwant %q…%q", got, prefix, tt.want)
			}
		})
	}
}

func TestCheckStrictAccepts(t *testing.T) {
	good := map[string]string{
		"32 levels":             nested(32),
		"empty object":          "{}",
		"no trailing newline":   `{"id": "item-full"}`,
		"whitespace around":     "\r\n\t {\"id\": \"item-full\"} \r\n\t",
		"brackets in strings":   `{"id": "item-full", "title": "` + strings.Repeat("[{", 40) + `\"` + `"}`,
		"escaped quotes":        `{"a": "\\", "b": "\\\"[[[[", "c": [[[]]]}`,
		"same key, other level": `{"id": "item-full", "scores": {"id": 1, "rice": {"id": 2}}, "criteria": [{"id": 3}, {"id": 4}]}`,
	}
	for name, s := range good {
		if err := checkStrict("x.json", []byte(s)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	err := filepath.WalkDir(filepath.Join("testdata", "golden"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := checkStrict(p, data); err != nil {
			t.Errorf("golden file refused: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSuspectAgreesWithWalk(t *testing.T) {
	// suspect may err on the safe side, never the other: whatever walk
	// finds in valid JSON, suspect must flag.
	many := "{"
	for i := range 40 {
		many += fmt.Sprintf("%q: %d, ", fmt.Sprintf("k%d", i), i)
	}
	for _, tt := range []struct {
		s       string
		suspect bool   // what suspect must say
		fault   string // what walk must find, "" for nothing
	}{
		{nested(32), false, ""},
		{nested(33), true, "nesting deeper than 32 levels"},
		{`{"a": "[[[[\"{{{{", "b": ` + strings.Repeat(`[{"c": "]]]\\"}, `, 31) + `[[]]` + strings.Repeat(`]`, 31) + `}`, true, "nesting deeper"},
		{`{"id": "x", "title": "a", "Title": "b"}`, true, `duplicate key "Title": the same as "title" at 1:13 once case is ignored`},
		{`{"a": {"title": "a"}, "b": {"TITLE": "b"}, "c": [{"title": 1}, {"TITLE": 2}]}`, false, ""},
		{`{"id": "x", "title": "a", "\u0054itle": "b"}`, true, `duplicate key "Title"`},
		{`{"id": "x", "t\u0069tle": "a"}`, true, ""},
		{`{"kelvin": 1, "\u212aelvin": 2}`, true, "duplicate key \"\u212aelvin\": the same as \"kelvin\""},
		{`{"ſ": 1, "S": 2}`, true, `duplicate key "S": the same as "ſ"`},
		{`{"title": "a", "TITLE": "b"}`, true, `duplicate key "TITLE"`},
		{many + `"K39": 0}`, true, `duplicate key "K39": the same as "k39"`},
		{many + `"k40": 0}`, true, ""},
	} {
		got := suspect([]byte(tt.s))
		if !jsontextValid(tt.s) {
			t.Fatalf("not valid JSON: %s", tt.s)
		}
		if got != tt.suspect {
			t.Errorf("suspect(%s) = %v", tt.s, got)
		}
		err := walk("x.json", []byte(tt.s))
		switch {
		case tt.fault == "" && err != nil:
			t.Errorf("walk(%s) = %v, want nothing", tt.s, err)
		case tt.fault != "" && (err == nil || !strings.Contains(err.Error(), tt.fault)):
			t.Errorf("walk(%s) = %v, want %q", tt.s, err, tt.fault)
		}
		if got := checkStrict("x.json", []byte(tt.s)); (got == nil) != (err == nil) {
			t.Errorf("checkStrict(%s) = %v, walk %v", tt.s, got, err)
		}
	}
}

func TestOpenRefusesHostileFile(t *testing.T) {
	const file = "items/item-full.json"
	for _, tt := range strictCases {
		t.Run(tt.name, func(t *testing.T) {
			openRefuses(t, file, tt.content, file+":"+tt.pos+": ", tt.want)
		})
	}
	t.Run("time outside the years 0 to 9999 in UTC", func(t *testing.T) {
		content := "{\"id\": \"item-full\", \"history\": [{\"at\": \"2026-01-01T00:00:00Z\"}, {\"at\": \"0000-01-01T00:30:00+01:00\"}]}"
		openRefuses(t, file, content, file+": ", "field history[1].at: 0000-01-01T00:30:00+01:00 is outside the years 0000 to 9999 in UTC")
	})
}

// openRefuses writes content over file in a new workspace, opens it, and
// checks that a line of the report starts with prefix and mentions want,
// that the workspace is read-only, and that a save leaves every file as it
// was.
func openRefuses(t *testing.T, file, content, prefix, want string) {
	t.Helper()
	dir := t.TempDir()
	if _, err := Create(dir, fullWorkspace(t)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(file)), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	s, ws, report, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range report.Lines() {
		if strings.HasPrefix(l, prefix) && strings.Contains(l, want) {
			found = true
		}
	}
	if !found {
		t.Fatalf("report:\n%s\nwant a line %q…%q", strings.Join(report.Lines(), "\n"), prefix, want)
	}
	if ws.ReadOnly() == nil {
		t.Fatal("a workspace with a hostile file must be read-only")
	}
	if err := ws.Do(app.EditItem("item-dep", "Rename", func(it *app.Item) error { it.Title = "x"; return nil })); !errors.Is(err, app.ErrReadOnly) {
		t.Fatalf("edit of a read-only workspace = %v", err)
	}
	if _, err := s.Save(ws); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, snapshot(t, dir)) {
		t.Fatal("files changed on disk")
	}
}

func TestHostileManifestIsFatal(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, fullWorkspace(t)); err != nil {
		t.Fatal(err)
	}
	content := "{\n  \"schema\": 1,\n  \"schema\": 99,\n  \"product\": {\"name\": \"x\"}\n}\n"
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	_, _, _, err := Open(dir)
	if want := `canopy.json:3:3: duplicate key "schema" (first at 2:3)`; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Open = %v, want an error mentioning %q", err, want)
	}
	if !reflect.DeepEqual(before, snapshot(t, dir)) {
		t.Fatal("files changed on disk")
	}
}

// BenchmarkCheckStrict measures the strict pass on a valid item file; it
// must not allocate.
func BenchmarkCheckStrict(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "golden", "items", "item-full.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := checkStrict("items/item-full.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func jsontextValid(s string) bool { return jsontext.Value(s).IsValid() }
