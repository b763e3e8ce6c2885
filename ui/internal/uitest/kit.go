package uitest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// update is the -update flag of every package that uses AssertGolden.
var update = flag.Bool("update", false, "rewrite the golden markup under testdata/")

// AssertGolden compares the canvas with testdata/name; -update rewrites it.
// A mismatch leaves the new markup in testdata/failed/ to inspect.
func AssertGolden(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	if *update {
		p := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(test.RenderToMarkup(c)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test.AssertRendersToMarkup(t, name, c)
}

// Context is the fake window context of a page or an editor under test: a
// test window, an Env whose Do records the commands done and what the rules
// refused (shown in a dialog too, as the window does, when ShowErrors is
// set), the entities asked to open and the links to follow.
type Context struct {
	Win        fyne.Window
	Env        *page.Env
	Errs       []error
	Cmds       []string
	Opened     []app.Key
	URLs       []string
	ShowErrors bool
}

// NewContext returns the context of a page of ws in a test window (closed
// when the test ends).
func NewContext(t testing.TB, ws *app.Workspace) *Context {
	t.Helper()
	c := &Context{Win: test.NewTempWindow(t, widget.NewLabel(""))}
	c.Env = &page.Env{WS: ws, Window: c.Win,
		Do: func(cmd app.Command) error {
			err := ws.Do(cmd)
			switch {
			case err == nil:
				c.Cmds = append(c.Cmds, cmd.Describe())
			case c.ShowErrors:
				c.Errs = append(c.Errs, err)
				dialog.ShowError(err, c.Win)
			default:
				c.Errs = append(c.Errs, err)
			}
			return err
		},
		Open:      func(k app.Key) { c.Opened = append(c.Opened, k) },
		OpenURL:   func(u string) error { c.URLs = append(c.URLs, u); return nil },
		NewEditor: StubEditor,
	}
	return c
}

// Show puts o in the window at the given size.
func (c *Context) Show(o fyne.CanvasObject, w, h float32) {
	c.Win.SetContent(o)
	c.Win.Resize(fyne.NewSize(w, h))
}

// Env returns an editing environment without a window: removals happen at
// once, without asking.
func Env(ws *app.Workspace) *page.Env {
	return &page.Env{WS: ws, Do: ws.Do, Open: func(app.Key) {}, NewEditor: StubEditor}
}

// StubEditor stands in for the editors of ui/edit, which a section does
// not import: a label naming the entity's kind and its name as it is now.
func StubEditor(env *page.Env, k app.Key) page.Editor {
	e := &stubEditor{ws: env.WS, k: k, label: widget.NewLabel("")}
	e.Refresh()
	return e
}

type stubEditor struct {
	ws    *app.Workspace
	k     app.Key
	label *widget.Label
}

func (e *stubEditor) Object() fyne.CanvasObject { return e.label }
func (e *stubEditor) Key() app.Key              { return e.k }

func (e *stubEditor) Refresh() {
	if x, ok := e.ws.Get(e.k); ok {
		e.label.SetText(e.k.Kind.Title() + " · " + page.TitleOf(x))
	}
}

// Follow calls refresh after every change of ws, as a page's subscription
// does.
func Follow(ws *app.Workspace, refresh func()) {
	ws.OnChange(func(app.Change) { refresh() })
}

// ShowInWindow puts content in a headless test window of 1200×800.
func ShowInWindow(t testing.TB, content fyne.CanvasObject) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(1200, 800))
	return w
}

// Commit types text into a committing field and leaves it.
func Commit(t testing.TB, w fyne.Window, e *form.Entry, text string) {
	t.Helper()
	w.Canvas().Focus(e)
	e.SetText(text)
	w.Canvas().Unfocus()
}

// Texts returns the text of every visible label, rich text, canvas text and
// progress bar under o, in tree order.
func Texts(o fyne.CanvasObject) []string {
	var out []string
	Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.RichText:
			out = append(out, x.String())
		case *canvas.Text:
			out = append(out, x.Text)
		case *widget.ProgressBar:
			if x.TextFormatter != nil {
				out = append(out, x.TextFormatter())
			} else if x.Max > x.Min { // Fyne's own words: "30%"
				out = append(out, fmt.Sprintf("%.0f%%", (x.Value-x.Min)/(x.Max-x.Min)*100))
			}
		default:
			return true
		}
		return false
	})
	return out
}

// HasText reports whether some text under o contains sub.
func HasText(o fyne.CanvasObject, sub string) bool {
	return slices.ContainsFunc(Texts(o), func(s string) bool { return strings.Contains(s, sub) })
}

// Find returns the first visible object of type T under o.
func Find[T fyne.CanvasObject](t testing.TB, o fyne.CanvasObject) T {
	t.Helper()
	var found T
	ok := false
	Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if x, is := o.(T); is && !ok {
			found, ok = x, true
		}
		return !ok
	})
	if !ok {
		t.Fatalf("no %T in the window", found)
	}
	return found
}

// Update reports whether -update was given: a test with goldens of its own
// kind (images) rewrites them.
func Update() bool { return *update }

// WaitUntil polls ok for up to a minute (work done off the UI
// goroutine reports back through fyne.Do, late on a loaded machine) and
// fails the test otherwise.
func WaitUntil(t testing.TB, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatal("timed out")
}

// WaitForDialog waits for a top overlay of w showing text and returns it.
func WaitForDialog(t testing.TB, w fyne.Window, text string) fyne.CanvasObject {
	t.Helper()
	var top fyne.CanvasObject
	WaitUntil(t, func() bool {
		top = w.Canvas().Overlays().Top()
		return top != nil && HasText(top, text)
	})
	return top
}

// Button returns the visible button labelled label under o, or nil.
func Button(o fyne.CanvasObject, label string) *widget.Button {
	var found *widget.Button
	Visit(o, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == label && found == nil {
			found = b
		}
		return found == nil
	})
	return found
}
