package dialogs

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/ui/internal/uitest"
)

// TestSaveDialogTypedPaths types paths into Fyne's save dialog, opened by
// File ▸ Export ▸ Excel backlog, and checks where the workbook lands: a
// typed absolute path, "~/…" and a name relative to the folder shown all
// go where they say; a missing folder is said and nothing is written.
func TestSaveDialogTypedPaths(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	other := t.TempDir()
	for _, d := range []string{filepath.Join(other, "out"), filepath.Join(home, "plans"), filepath.Join(home, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, typed string
		want        string // the file written; "" when none is
		says        string // a dialog saying this stays on top
	}{
		{"absolute", filepath.Join(other, "out", "backlog.xlsx"), filepath.Join(other, "out", "backlog.xlsx"), ""},
		{"home", "~/plans/q3.xlsx", filepath.Join(home, "plans", "q3.xlsx"), ""},
		{"no extension", filepath.Join(other, "out", "plain"), filepath.Join(other, "out", "plain.xlsx"), ""},
		{"relative to the folder shown", "sub/rel.xlsx", filepath.Join(home, "sub", "rel.xlsx"), ""},
		{"missing folder", filepath.Join(other, "nowhere", "b.xlsx"), "", "There is no folder " + filepath.Join(other, "nowhere")},
		{"missing folder, relative", "gone/b.xlsx", "", "there is no folder " + filepath.Join(home, "gone")},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newTestHost(t, uitest.SeedWorkspace(t))
			h.onExportExcel()
			dlg := uitest.WaitForDialog(t, h.Win, "Save")
			entry := uitest.Find[*widget.Entry](t, dlg)
			if !strings.HasSuffix(entry.Text, " backlog.xlsx") {
				t.Errorf("suggested name %q", entry.Text)
			}
			entry.SetText(c.typed)
			test.Tap(uitest.Button(dlg, "Save"))
			if c.want != "" {
				top := uitest.WaitForDialog(t, h.Win, "Excel backlog exported")
				if !uitest.HasText(top, c.want) || uitest.Button(top, "Open the workbook") == nil {
					t.Errorf("the report says %q, want %s and an Open button", uitest.Texts(top), c.want)
				}
				if info, err := os.Stat(c.want); err != nil || info.Size() == 0 {
					t.Errorf("the workbook at %s: %v", c.want, err)
				}
				return
			}
			top := uitest.WaitForDialog(t, h.Win, c.says)
			if uitest.HasText(top, "Open ") {
				t.Errorf("a developer's error: %q", uitest.Texts(top))
			}
		})
	}
}

// TestSaveDialogOpensTypedFolder: a typed folder is shown in the dialog,
// with the suggested name back in the field, and nothing is written.
func TestSaveDialogOpensTypedFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	dir := t.TempDir()
	h := newTestHost(t, uitest.SeedWorkspace(t))
	var got []string
	h.saveFile("Orchard backlog.xlsx", ".xlsx", func(p string) { got = append(got, p) })
	dlg := h.Win.Canvas().Overlays().Top()
	entry := uitest.Find[*widget.Entry](t, dlg)
	entry.SetText(dir)
	entry.OnSubmitted(entry.Text) // Enter
	if len(got) != 0 || entry.Text != "Orchard backlog.xlsx" || h.Win.Canvas().Overlays().Top() != dlg {
		t.Fatalf("typing a folder: saved %q, field %q", got, entry.Text)
	}
	entry.OnSubmitted(entry.Text)
	if want := filepath.Join(dir, "Orchard backlog.xlsx"); len(got) != 1 || got[0] != want {
		t.Errorf("then Enter saved %q, want %s (in the folder typed)", got, want)
	}
}

// TestSaveDialogQuiet: opening the dialog on a machine without Videos or
// Music folders logs nothing, and other log lines still pass.
func TestSaveDialogQuiet(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	var buf bytes.Buffer
	out := log.Writer()
	log.SetOutput(&buf)
	defer log.SetOutput(out)
	h := newTestHost(t, uitest.SeedWorkspace(t))
	h.saveFile("b.xlsx", ".xlsx", func(string) {})
	if buf.Len() != 0 {
		t.Errorf("opening the dialog logged:\n%s", buf.String())
	}
	d := &dropFavorites{out: &buf}
	log.SetOutput(d)
	log.Println("Fyne error: ", "Getting favorite locations")
	log.Println("  Cause:", "this computer does not define a VIDEOS folder")
	log.Println("  At: file.go:396")
	log.Println("Fyne error: ", "Something else")
	log.Println("  Cause:", "it broke")
	log.Println("plain line")
	got := buf.String()
	if strings.Contains(got, "VIDEOS") || strings.Contains(got, "favorite") || !strings.Contains(got, "Something else") ||
		!strings.Contains(got, "it broke") || !strings.Contains(got, "plain line") {
		t.Errorf("filtered log:\n%s", got)
	}
}
