package html

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	stdhtml "html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/timeline"
)

// day is the fixed "today" of every test.
var day = app.MustDate("2026-12-06")

// sampleWS is the sample workspace, built once; tests must not change it.
var sampleWS = sync.OnceValues(func() (*app.Workspace, error) { return sample.New(day, app.DayClock(day)) })

func loadSample(t testing.TB) *app.Workspace {
	t.Helper()
	ws, err := sampleWS()
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// writePage writes the page of ws with opt.
func writePage(t testing.TB, ws *app.Workspace, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, ws, opt); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// hostile returns the sample with hostile text and links in an initiative,
// an item, a lane and the product, restored as the store would load files
// edited by hand (the edit rules refuse some of this).
func hostile(t testing.TB) *app.Workspace {
	t.Helper()
	sw := loadSample(t)
	var ents []app.Entity
	var gotItem, gotIn, gotLane bool
	for _, k := range app.Kinds {
		for _, e := range sw.Entities(k) {
			switch x := e.(type) {
			case *app.Item:
				if !gotItem {
					cp := *x
					cp.Title = `<img src=x onerror="window.pwned=1">Hostile item`
					cp.Links = []string{"javascript:window.pwned=1", "data:text/html,<script>window.pwned=1</script>"}
					e, gotItem = &cp, true
				}
			case *app.Initiative:
				if !gotIn && x.Dated() {
					cp := *x
					cp.Name = `<script>window.pwned=1</script>Hostile initiative`
					e, gotIn = &cp, true
				}
			case *app.Lane:
				if !gotLane {
					cp := *x
					cp.Name = `</svg><script>window.pwned=1</script>"'&`
					e, gotLane = &cp, true
				}
			}
			ents = append(ents, e)
		}
	}
	p := *sw.Product()
	p.Name = `Crewline</title><script>window.pwned=1</script>`
	st := *sw.Strategy()
	st.Vision = `<a href="javascript:window.pwned=1">click</a>`
	ws, dups := app.Restore(&p, &st, ents)
	if len(dups) > 0 || !gotItem || !gotIn || !gotLane {
		t.Fatalf("restore: %d duplicates, edited item %v, initiative %v, lane %v", len(dups), gotItem, gotIn, gotLane)
	}
	ws.SetClock(app.DayClock(day))
	return ws
}

func TestSampleSizeAndAudiences(t *testing.T) {
	ws := loadSample(t)
	// The names of people that only the internal page shows.
	var people []string
	add := func(s string) {
		if s != "" && s != ws.Product().Owner && !slices.Contains(people, s) {
			people = append(people, s)
		}
	}
	for _, in := range ws.Initiatives() {
		add(in.Owner)
	}
	for _, it := range ws.Items() {
		add(it.Assignee)
	}
	for _, r := range ws.Risks() {
		add(r.Owner)
	}
	for _, r := range ws.Releases() {
		for _, task := range r.Tasks {
			add(task.Owner)
		}
	}
	if len(people) == 0 {
		t.Fatal("the sample names no owner or assignee: the test checks nothing")
	}
	ext := writePage(t, ws, Options{})
	in := writePage(t, ws, Options{Audience: Internal})
	for name, s := range map[string]string{"external": ext, "internal": in} {
		if len(s) >= 500<<10 {
			t.Errorf("the %s sample page is %d KB, want under 500 KB", name, len(s)>>10)
		}
	}
	for _, who := range people {
		if strings.Contains(ext, who) {
			t.Errorf("the external page names %q", who)
		}
	}
	if !slices.ContainsFunc(people, func(who string) bool { return strings.Contains(in, who) }) {
		t.Error("the internal page names no owner or assignee")
	}
	if strings.Contains(ext, `id="appendix"`) || strings.Contains(ext, "t-backlog") {
		t.Error("the external page has the backlog")
	}
	if !strings.Contains(in, `id="t-backlog"`) {
		t.Error("the internal page has no backlog table")
	}
	if got, want := strings.Count(in, `<tr data-s=`), len(ws.Items()); got != want {
		t.Errorf("the backlog has %d rows, want %d", got, want)
	}
	for _, s := range []string{ws.Product().Name, "As of <time>December 6, 2026</time>", `id="roadmap"`, `id="goals"`, `id="risks"`, `id="go-to-market"`} {
		if !strings.Contains(ext, s) {
			t.Errorf("the external page lacks %q", s)
		}
	}
}

func TestDeterministic(t *testing.T) {
	ws := loadSample(t)
	for _, a := range []Audience{External, Internal} {
		if writePage(t, ws, Options{Audience: a}) != writePage(t, ws, Options{Audience: a}) {
			t.Errorf("two %s pages of the same workspace differ", a)
		}
	}
	// The date is the workspace's today unless given.
	if writePage(t, ws, Options{}) != writePage(t, ws, Options{Date: day}) {
		t.Error("the page at the workspace's today differs from the page dated that day")
	}
	if writePage(t, ws, Options{}) == writePage(t, ws, Options{Date: day.AddDays(1)}) {
		t.Error("the page does not change with its date")
	}
}

var (
	cspRe    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	styleRe  = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	scriptRe = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
)

// TestCSP checks that the policy allows the page's one style sheet and
// one script by their hashes, and loads nothing else.
func TestCSP(t *testing.T) {
	for _, ws := range []*app.Workspace{loadSample(t), hostile(t)} {
		s := writePage(t, ws, Options{Audience: Internal})
		m := cspRe.FindStringSubmatch(s)
		if m == nil {
			t.Fatal("no Content-Security-Policy meta")
		}
		csp := stdhtml.UnescapeString(m[1])
		for _, want := range []string{"default-src 'none'", "base-uri 'none'", "form-action 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("the policy %q lacks %q", csp, want)
			}
		}
		for _, c := range []struct {
			re    *regexp.Regexp
			what  string
			where string
		}{{styleRe, "style", "style-src"}, {scriptRe, "script", "script-src"}} {
			all := c.re.FindAllStringSubmatch(s, -1)
			if len(all) != 1 {
				t.Fatalf("%d %s elements, want 1", len(all), c.what)
			}
			sum := sha256.Sum256([]byte(all[0][1]))
			want := c.where + " 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
			if !strings.Contains(csp, want+";") {
				t.Errorf("the policy %q does not allow the %s by its hash (%s)", csp, c.what, want)
			}
		}
		if strings.Count(s, "<script") != 1 {
			t.Errorf("%d script tags, want 1", strings.Count(s, "<script"))
		}
		if regexp.MustCompile(`<[^>]+\sstyle=`).MatchString(s) {
			t.Error("the page has a style attribute, which the policy forbids")
		}
		if m := regexp.MustCompile(`<[^>]+\son[a-z]+=`).FindString(s); m != "" {
			t.Errorf("the page has an event handler attribute: %s", m)
		}
	}
}

// TestHostileText checks that titles and links holding markup stay text.
func TestHostileText(t *testing.T) {
	s := writePage(t, hostile(t), Options{Audience: Internal})
	for _, bad := range []string{"<script>window", "<img", "</svg><script", "</title><script", "<a href=\"javascript"} {
		if strings.Contains(s, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	// Every link goes to a part of the page or to http, https or mailto.
	for _, m := range regexp.MustCompile(`\s(?:href|src|xlink:href|action)="([^"]*)"`).FindAllStringSubmatch(s, -1) {
		u := stdhtml.UnescapeString(m[1])
		if !strings.HasPrefix(u, "#") && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "mailto:") && u != "data:," {
			t.Errorf("the page links to %q", u)
		}
	}
	for _, want := range []string{"&lt;script&gt;window.pwned=1&lt;/script&gt;Hostile initiative", "&lt;img src=x onerror=", "Hostile item"} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks the escaped text %q", want)
		}
	}
}

func TestLinksInBacklog(t *testing.T) {
	sw := loadSample(t)
	var ents []app.Entity
	for _, k := range app.Kinds {
		for _, e := range sw.Entities(k) {
			if it, ok := e.(*app.Item); ok && it.ID == sw.Items()[0].ID {
				cp := *it
				cp.Links = []string{"javascript:alert(1)", "https://example.com/spec?a=1&b=2"}
				e = &cp
			}
			ents = append(ents, e)
		}
	}
	ws, _ := app.Restore(sw.Product(), sw.Strategy(), ents)
	ws.SetClock(app.DayClock(day))
	s := writePage(t, ws, Options{Audience: Internal})
	if !strings.Contains(s, `<a href="https://example.com/spec?a=1&amp;b=2">`) {
		t.Error("the item's https link is missing")
	}
}

func TestSections(t *testing.T) {
	ws := loadSample(t)
	for _, c := range []struct {
		opt       Options
		want, not []string
	}{
		{Options{Sections: []Section{app.DocRoadmap}}, []string{`id="roadmap"`, `href="#roadmap"`}, []string{`id="vision"`, `id="goals"`, `id="initiatives"`}},
		{Options{Sections: []Section{app.DocAppendix}}, nil, []string{`id="appendix"`, `id="roadmap"`}},
		{Options{Sections: []Section{app.DocAppendix, app.DocRisks}, Audience: Internal}, []string{`id="appendix"`, `id="risks"`}, []string{`id="roadmap"`}},
		{Options{}, []string{`id="vision"`, `id="customers"`, `id="positioning"`, `id="competitors"`, `id="goals"`, `id="initiatives"`, `id="roadmap"`, `id="go-to-market"`, `id="risks"`}, []string{`id="appendix"`}},
	} {
		s := writePage(t, ws, c.opt)
		for _, w := range c.want {
			if !strings.Contains(s, w) {
				t.Errorf("%+v: the page lacks %s", c.opt, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(s, w) {
				t.Errorf("%+v: the page has %s", c.opt, w)
			}
		}
	}
}

func TestParseAudience(t *testing.T) {
	if a, err := ParseAudience("Internal"); err != nil || a != Internal {
		t.Errorf("ParseAudience(Internal) = %v, %v", a, err)
	}
	if _, err := ParseAudience("everyone"); err == nil || !strings.Contains(err.Error(), "want external or internal") {
		t.Errorf("ParseAudience(everyone) error = %v", err)
	}
	ws := loadSample(t)
	for _, opt := range []Options{
		{Audience: "everyone"},
		{Sections: []Section{"timeline"}},
		{From: day, To: day.AddDays(-1)},
	} {
		if err := Write(&bytes.Buffer{}, ws, opt); err == nil {
			t.Errorf("Write(%+v) gave no error", opt)
		}
	}
}

var errDiskFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteError(t *testing.T) {
	if err := Write(failingWriter{}, loadSample(t), Options{}); !errors.Is(err, errDiskFull) {
		t.Errorf("Write to a failing writer: %v, want %v", err, errDiskFull)
	}
}

var barRe = regexp.MustCompile(`<g class="bar [a-z-]+" data-id="([^"]+)"><title>[^<]*</title><rect x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)"`)

// TestTimelineGeometry checks that every dated initiative in range is a
// bar where the timeline's frame puts it, and that --from and --to bound
// the range.
func TestTimelineGeometry(t *testing.T) {
	ws := loadSample(t)
	for _, c := range []struct {
		name     string
		from, to app.Date
	}{
		{"all", app.Date{}, app.Date{}},
		{"range", app.MustDate("2027-01-01"), app.MustDate("2027-03-31")},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := writePage(t, ws, Options{Sections: []Section{app.DocRoadmap}, From: c.from, To: c.to})
			plan := timeline.NewPlan(ws, day)
			ch := newChart(ws, plan, Options{From: c.from, To: c.to})
			f := plan.Frame(frameOptions(plan, Options{From: c.from, To: c.to}, ws.Product().FiscalYearStart))
			from, end := f.Opt.From, f.Opt.To
			got := map[string][]string{}
			for _, m := range barRe.FindAllStringSubmatch(s, -1) {
				got[m[1]] = m[2:]
			}
			want := 0
			for i, b := range plan.Bars {
				if b.End.Before(from) || !b.Start.Before(end) {
					if _, ok := got[b.ID]; ok {
						t.Errorf("%s (%s – %s) is drawn outside the range", b.Name, b.Start, b.End)
					}
					continue
				}
				want++
				r := f.BarRect(i)
				x0, x1 := max(r.X, 0), min(r.X+r.W, f.Width)
				g, ok := got[b.ID]
				if !ok {
					t.Errorf("%s is not on the timeline", b.Name)
					continue
				}
				if w := []string{num(x0), num(r.Y), num(x1 - x0), num(r.H)}; !slices.Equal(g, w) {
					t.Errorf("%s: x, y, width, height = %v, want %v (the frame's)", b.Name, g, w)
				}
			}
			if f.Width > chartTarget+0.5 && c.from.IsZero() {
				t.Errorf("the chart of the sample is %.1f px wide, more than %d", f.Width, chartTarget)
			}
			if want == 0 || len(got) != want {
				t.Errorf("%d bars drawn, want %d", len(got), want)
			}
			if !strings.Contains(s, ch.Caption) || (!c.from.IsZero() && !strings.HasPrefix(ch.Caption, "January 1, 2027 – March 31, 2027")) {
				t.Errorf("caption %q", ch.Caption)
			}
		})
	}
}

func TestEmptyWorkspace(t *testing.T) {
	ws := app.NewWorkspace(app.Product{})
	ws.SetClock(app.DayClock(day))
	s := writePage(t, ws, Options{Audience: Internal})
	for _, want := range []string{"Untitled product", "No dated initiatives, milestones or releases yet", "No initiatives yet.", "The backlog is empty."} {
		if !strings.Contains(s, want) {
			t.Errorf("the empty page lacks %q", want)
		}
	}
}

// bigWorkspace is the sample with a generated roadmap of 2 000 initiatives
// and a backlog of 10 000 items, as `canopy sample --items 10000` makes it.
var bigWS = sync.OnceValues(func() (*app.Workspace, error) {
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		return nil, err
	}
	if err := sample.GenerateRoadmap(ws, benchInitiatives, 1); err != nil {
		return nil, err
	}
	if err := sample.Generate(ws, benchItems, 1); err != nil {
		return nil, err
	}
	return ws, nil
})

// The sizes of the benchmark's workspace.
const (
	benchItems       = 10_000
	benchInitiatives = 2_000
)

func loadBig(t testing.TB) *app.Workspace {
	t.Helper()
	ws, err := bigWS()
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// TestTenThousandItems checks that the internal page of 10 000 items and
// 2 000 initiatives stays under 5 MB and lists at most MaxBacklogRows
// items, with a note when it cuts.
func TestTenThousandItems(t *testing.T) {
	ws := loadBig(t)
	s := writePage(t, ws, Options{Audience: Internal})
	if len(s) >= 5<<20 {
		t.Errorf("the page is %.2f MB, want under 5 MB", float64(len(s))/(1<<20))
	}
	t.Logf("%d items, %d initiatives: %.2f MB", len(ws.Items()), len(ws.Initiatives()), float64(len(s))/(1<<20))
	rows := strings.Count(s, `<tr data-s=`)
	if n := len(ws.Items()); n > MaxBacklogRows {
		if rows != MaxBacklogRows || !strings.Contains(s, "The first 10000 are listed here") {
			t.Errorf("%d rows of %d items, want %d and a note", rows, n, MaxBacklogRows)
		}
	} else if rows != n {
		t.Errorf("%d rows, want %d", rows, n)
	}
	if bars := strings.Count(s, `<g class="bar `); bars < benchInitiatives/2 {
		t.Errorf("%d bars on the timeline of %d initiatives", bars, len(ws.Initiatives()))
	}
}

// TestSectionOrder checks that the page shows its sections in the order of
// Sections, as its navigation lists them.
func TestSectionOrder(t *testing.T) {
	s := writePage(t, loadSample(t), Options{Audience: Internal})
	last := -1
	for _, sec := range Sections {
		i := strings.Index(s, `<section id="`+string(sec)+`"`)
		if i < 0 || i < last {
			t.Errorf("section %s at %d, after %d", sec, i, last)
		}
		last = i
	}
}

// TestCenturies checks that a plan spanning centuries (a typo in a year)
// gives a chart of bounded width and a page of bounded size.
func TestCenturies(t *testing.T) {
	sw := loadSample(t)
	var ents []app.Entity
	done := false
	for _, k := range app.Kinds {
		for _, e := range sw.Entities(k) {
			if in, ok := e.(*app.Initiative); ok && !done && in.Dated() {
				cp := *in
				cp.Start, cp.End = app.MustDate("1900-01-01"), app.MustDate("2199-12-31")
				e, done = &cp, true
			}
			ents = append(ents, e)
		}
	}
	ws, _ := app.Restore(sw.Product(), sw.Strategy(), ents)
	ws.SetClock(app.DayClock(day))
	s := writePage(t, ws, Options{})
	m := regexp.MustCompile(`<svg class="tl-chart" width="([0-9.]+)"`).FindStringSubmatch(s)
	if m == nil {
		t.Fatal("no chart")
	}
	if w, _ := strconv.ParseFloat(m[1], 64); w > maxChartW+1 || w < chartTarget {
		t.Errorf("the chart is %v px wide, want %d to %d", w, chartTarget, maxChartW)
	}
	if len(s) > 500<<10 {
		t.Errorf("the page is %d KB", len(s)>>10)
	}
}
