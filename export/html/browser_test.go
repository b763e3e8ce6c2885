package html

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"canopy/app"
)

// The browser tests drive Debian's chromium, headless: one browser for the
// whole test binary, one tab per page.

var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserCancel = func() {}
	browserErr    error
)

func TestMain(m *testing.M) {
	code := m.Run()
	browserCancel()
	os.Exit(code)
}

// browser returns the shared browser. Without chromium the test fails
// under CI=true and is skipped elsewhere, saying what to install.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		msg := "chromium is not installed: `make test` installs it on Debian and Ubuntu (apt install chromium)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	browserOnce.Do(func() {
		opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
			chromedp.Flag("disable-gpu", true), chromedp.Flag("hide-scrollbars", true))
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		browserCancel = func() { cancelCtx(); cancelAlloc() }
		browserErr = chromedp.Do(ctx) // starts the browser, without a timeout
		browserCtx = ctx
	})
	if browserErr != nil {
		t.Fatalf("start chromium: %v", browserErr)
	}
	return browserCtx
}

// tab is a page open in the browser, with what it did.
type tab struct {
	ctx      context.Context
	url      string
	mu       sync.Mutex
	problems []string // console errors, exceptions, CSP reports
	requests []string // every URL the page asked for
}

// open writes the page of ws into a file and opens it at width × height.
func open(t *testing.T, ws *app.Workspace, opt Options, width, height int) *tab {
	t.Helper()
	root := browser(t)
	var buf bytes.Buffer
	if err := Write(&buf, ws, opt); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "roadmap.html")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(root)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	tb := &tab{ctx: ctx, url: (&url.URL{Scheme: "file", Path: file}).String()}
	err := chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					if len(a.Value) > 0 {
						args = append(args, string(a.Value))
					} else {
						args = append(args, a.Description)
					}
				}
				tb.problems = append(tb.problems, fmt.Sprintf("console %s: %s", e.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			tb.problems = append(tb.problems, (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				tb.problems = append(tb.problems, fmt.Sprintf("log %s %s: %s", e.Entry.Level, e.Entry.Source, e.Entry.Text))
			}
		case *network.EventRequestWillBeSent:
			tb.requests = append(tb.requests, e.Request.URL)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate(tb.url),
		chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
		t.Fatalf("open the page at %d px: %v", width, err)
	}
	return tb
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, tb *tab, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// do runs actions in the page.
func (tb *tab) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// check fails the test on a console error, an exception, a CSP report or
// any request other than the page itself.
func (tb *tab) check(t *testing.T) {
	t.Helper()
	// Let late events arrive.
	tb.do(t, chromedp.Sleep(100*time.Millisecond))
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, p := range tb.problems {
		t.Errorf("the page reported: %s", p)
	}
	for _, u := range tb.requests {
		if u != tb.url {
			t.Errorf("the page asked for %s", u)
		}
	}
}

// TestBrowserRenders opens both audiences' pages at a laptop's and a
// phone's width: no error, no request, nothing wider than the window, the
// timeline drawn, and a screenshot of the right width.
func TestBrowserRenders(t *testing.T) {
	ws := loadSample(t)
	for _, a := range []Audience{External, Internal} {
		for _, size := range [][2]int{{1280, 900}, {390, 844}} {
			t.Run(fmt.Sprintf("%s/%d", a, size[0]), func(t *testing.T) {
				tb := open(t, ws, Options{Audience: a}, size[0], size[1])
				wide := eval[int](t, tb, `document.documentElement.scrollWidth`)
				if wide > size[0] {
					t.Errorf("the page is %d px wide in a %d-px window", wide, size[0])
				}
				if eval[int](t, tb, `document.querySelectorAll("#tl .bar").length`) == 0 {
					t.Error("no bar on the timeline")
				}
				tlWidth := eval[float64](t, tb, `document.querySelector("#tl").getBoundingClientRect().width`)
				if tlWidth < float64(size[0])/2 || tlWidth > float64(size[0]) {
					t.Errorf("the timeline is %.0f px wide in a %d-px window", tlWidth, size[0])
				}
				// A tap on a bar shows its title below the timeline.
				tapped := eval[string](t, tb, `(() => { const b = document.querySelector("#tl .bar");
					b.querySelector("rect").dispatchEvent(new MouseEvent("click", {bubbles: true}));
					const i = document.getElementById("tl-info");
					return i.hidden ? "" : i.textContent.startsWith(b.querySelector("title").textContent.split("\n")[0]) ? "ok" : i.textContent; })()`)
				if tapped != "ok" {
					t.Errorf("tapping a bar shows %q", tapped)
				}
				shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				img, err := png.Decode(bytes.NewReader(shot))
				if err != nil || img.Bounds().Dx() != size[0] {
					t.Errorf("screenshot: %v, %v", err, img)
				}
				if dir := os.Getenv("CANOPY_SCREENSHOTS"); dir != "" {
					if full, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100)); err == nil {
						_ = os.WriteFile(filepath.Join(dir, fmt.Sprintf("roadmap-%s-%d.png", a, size[0])), full, 0o644)
					}
				}
				tb.check(t)
			})
		}
	}
}

// TestBrowserSearch types into the search boxes and checks what is shown.
func TestBrowserSearch(t *testing.T) {
	ws := loadSample(t)
	tb := open(t, ws, Options{Audience: Internal}, 1280, 900)

	// The backlog: every matching row, and only those, counting all pages.
	word := "checklist"
	titles := 0
	for _, it := range ws.Items() {
		if strings.Contains(strings.ToLower(it.Title), word) {
			titles++
		}
	}
	if titles == 0 {
		t.Fatalf("no sample item has %q in its title", word)
	}
	tb.do(t, chromedp.SendKeys(chromedp.CSS(`.tools[data-for="t-backlog"] input`), word))
	type result struct {
		Visible, Matching, Total int
		AllMatch                 bool
		Count                    string
	}
	got := eval[result](t, tb, `(() => {
		const rows = [...document.querySelectorAll("#t-backlog tbody tr")];
		const vis = rows.filter(r => !r.hidden);
		return {Visible: vis.length, Total: rows.length,
			Matching: rows.filter(r => r.textContent.toLowerCase().includes("`+word+`")).length,
			AllMatch: vis.every(r => r.textContent.toLowerCase().includes("`+word+`")),
			Count: document.querySelector('.tools[data-for="t-backlog"] .count').textContent};
	})()`)
	if got.Visible < titles || got.Visible != got.Matching || !got.AllMatch || got.Visible == got.Total {
		t.Errorf("searching %q: %+v, want the %d+ matching rows of %d", word, got, titles, len(ws.Items()))
	}
	if want := fmt.Sprintf("Showing %d of %d", got.Matching, got.Total); got.Count != want {
		t.Errorf("count %q, want %q", got.Count, want)
	}

	// An initiative found by typing its name: one row, the other bars dimmed.
	var name string
	for _, in := range ws.Initiatives() {
		if in.Dated() {
			name = in.Name
			break
		}
	}
	tb.do(t, chromedp.SendKeys(chromedp.CSS(`.tools[data-for="t-ini"] input`), name))
	type found struct {
		Rows   []string
		Bright int
		Dim    int
	}
	ini := eval[found](t, tb, `({Rows: [...document.querySelectorAll("#t-ini tbody tr:not([hidden]) b")].map(b => b.textContent),
		Bright: document.querySelectorAll("#tl .bar:not(.dim)").length, Dim: document.querySelectorAll("#tl .bar.dim").length})`)
	if len(ini.Rows) != 1 || ini.Rows[0] != name || ini.Bright != 1 || ini.Dim == 0 {
		t.Errorf("finding %q: %+v", name, ini)
	}

	// A filter by status, then sorting by estimate.
	eval[bool](t, tb, `(() => {
		const q = document.querySelector('.tools[data-for="t-backlog"] input'), s = document.querySelector('.tools[data-for="t-backlog"] select[data-key="s"]');
		q.value = ""; q.dispatchEvent(new Event("input"));
		s.value = "`+string(app.StatusReady)+`"; s.dispatchEvent(new Event("change"));
		// The header's button is clicked by the page's own event, not at a
		// pointer position: a sticky bar or a scroll still under way made the
		// mouse click miss now and then.
		document.querySelector("#t-backlog th:nth-child(6) button").click();
		return true;
	})()`)
	ready := 0
	for _, it := range ws.Items() {
		if it.Status == app.StatusReady {
			ready++
		}
	}
	type rows struct {
		Statuses  []string
		Estimates []float64
	}
	sorted := eval[rows](t, tb, `(() => { const vis = [...document.querySelectorAll("#t-backlog tbody tr:not([hidden])")];
		return {Statuses: vis.map(r => r.dataset.s), Estimates: vis.map(r => parseFloat(r.cells[5].textContent) || 0)}; })()`)
	if len(sorted.Statuses) != min(ready, 100) {
		t.Errorf("%d rows shown for Ready, want %d", len(sorted.Statuses), min(ready, 100))
	}
	for i, s := range sorted.Statuses {
		if s != string(app.StatusReady) {
			t.Errorf("row %d is %s under the Ready filter", i, s)
		}
		if i > 0 && sorted.Estimates[i] < sorted.Estimates[i-1] {
			t.Errorf("estimates not ascending after sorting: %v", sorted.Estimates)
			break
		}
	}
	tb.check(t)
}

// TestBrowserHostile opens a page whose titles, names and links hold
// markup and script: none of it runs or becomes an element.
func TestBrowserHostile(t *testing.T) {
	tb := open(t, hostile(t), Options{Audience: Internal}, 1280, 900)
	// Hover every bar: titles show, nothing runs.
	eval[int](t, tb, `document.querySelectorAll("#tl .bar").forEach(b => b.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}))) || 0`)
	type result struct {
		Pwned          bool
		Scripts, Imgs  int
		BadLinks       int
		Shown, InTitle bool
	}
	got := eval[result](t, tb, `({Pwned: window.pwned === 1, Scripts: document.scripts.length, Imgs: document.images.length,
		BadLinks: [...document.querySelectorAll("a[href]")].filter(a => !/^(https?:|mailto:|#)/.test(a.getAttribute("href"))).length,
		Shown: [...document.querySelectorAll("#t-ini tbody b")].some(b => b.textContent.startsWith("<script>")),
		InTitle: document.title.includes("</title><script>")})`)
	if got.Pwned || got.Scripts != 1 || got.Imgs != 0 || got.BadLinks != 0 || !got.Shown || !got.InTitle {
		t.Errorf("hostile page: %+v, want no script run, 1 script, no image, no bad link, the names shown as text", got)
	}
	tb.check(t)
}

// TestBrowserTenThousand opens the internal page of 10 000 items and 2 000
// initiatives: it loads without error and shows one page of the backlog.
func TestBrowserTenThousand(t *testing.T) {
	tb := open(t, loadBig(t), Options{Audience: Internal}, 1280, 900)
	rows := eval[int](t, tb, `document.querySelectorAll("#t-backlog tbody tr").length`)
	visible := eval[int](t, tb, `document.querySelectorAll("#t-backlog tbody tr:not([hidden])").length`)
	if rows != MaxBacklogRows || visible != 100 {
		t.Errorf("%d rows, %d shown; want %d and one page of 100", rows, visible, MaxBacklogRows)
	}
	tb.check(t)
}
