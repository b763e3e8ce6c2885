package brief

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

// day is the date every brief test is made on.
var day = app.MustDate("2026-01-15")

// sampleWorkspace is the sample product on day.
func sampleWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// briefDir, when set, receives the sample's briefs for a person to look at:
// go test -run TestBriefSample ./export/brief -args -briefdir /tmp/briefs
var briefDir = flag.String("briefdir", "", "write the sample's briefs into this folder")

// briefVariants are the layouts the sample tests make.
var briefVariants = []struct {
	name string
	opt  BriefOptions
}{
	{"a4", BriefOptions{Paper: PaperA4}},
	{"letter", BriefOptions{Paper: PaperLetter}},
	{"landscape", BriefOptions{Paper: PaperA4, Landscape: true}},
	{"letter-landscape", BriefOptions{Paper: PaperLetter, Landscape: true}},
	{"summary", BriefOptions{Paper: PaperA4, Summary: true}},
	{"summary-letter-landscape", BriefOptions{Paper: PaperLetter, Landscape: true, Summary: true}},
}

// writeBrief makes the brief of ws, recording its layout.
func writeBrief(t testing.TB, ws *app.Workspace, opt BriefOptions) ([]byte, *briefLayout, []string) {
	t.Helper()
	if opt.Date.IsZero() {
		opt.Date = day
	}
	pdf, lay, warnings, err := buildBrief(ws, opt, false, true)
	if err != nil {
		t.Fatalf("buildBrief: %v", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatalf("output: %v", err)
	}
	return buf.Bytes(), lay, warnings
}

// tool returns the path of a command the tests need; they fail without it.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is missing: install qpdf and poppler-utils (scripts/deps.sh test)", name)
	}
	return p
}

// savePDF writes b into a temporary folder and returns the file's path.
func savePDF(t *testing.T, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "brief.pdf")
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// run runs a command and returns its standard output.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool(t, name), args...).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("%s %v: %v\n%s\n%s", name, args, err, out, ee.Stderr)
		}
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

// checkPDF runs qpdf --check and returns the page count qpdf reads.
func checkPDF(t *testing.T, path string) int {
	t.Helper()
	out := run(t, "qpdf", "--check", path)
	if !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	n, err := strconv.Atoi(strings.TrimSpace(run(t, "qpdf", "--show-npages", path)))
	if err != nil {
		t.Fatalf("qpdf --show-npages: %v", err)
	}
	return n
}

// checkLayout checks what the brief drew where: the page count, no text
// outside the page box or the margins' columns, no two texts overlapping,
// headings in order, inside the content box, with room below them.
func checkLayout(t *testing.T, lay *briefLayout, pages int, opt BriefOptions) {
	t.Helper()
	if lay.pages != pages {
		t.Errorf("the layout counts %d pages, the PDF has %d", lay.pages, pages)
	}
	for _, x := range lay.texts {
		if x.h < 7 {
			t.Errorf("page %d: %q in %g points, below the 7 points a reader needs", x.page, x.s, x.h)
			break
		}
	}
	if opt.Landscape != (lay.pageW > lay.pageH) {
		t.Errorf("page %g × %g for landscape %v", lay.pageW, lay.pageH, opt.Landscape)
	}
	short, long := min(lay.pageW, lay.pageH), max(lay.pageW, lay.pageH)
	wantShort, wantLong := 595.28, 841.89
	if opt.Paper == PaperLetter {
		wantShort, wantLong = 612, 792
	}
	if abs(short-wantShort) > 0.5 || abs(long-wantLong) > 0.5 {
		t.Errorf("page %g × %g, want %g × %g", short, long, wantShort, wantLong)
	}
	const eps = 0.5
	byPage := map[int][]placedText{}
	bad := 0
	for _, x := range lay.texts {
		if x.x < margin-eps || x.x+x.w > lay.pageW-margin+eps || x.y < 0 || x.y+x.h > lay.pageH {
			if bad++; bad <= 5 {
				t.Errorf("page %d: text %q at (%.1f, %.1f) %.1f wide is outside the page's columns", x.page, x.s, x.x, x.y, x.w)
			}
		}
		if x.page < 1 || x.page > pages {
			t.Errorf("text %q on page %d of %d", x.s, x.page, pages)
		}
		byPage[x.page] = append(byPage[x.page], x)
	}
	overlaps := 0
	for p, xs := range byPage {
		for i := range xs {
			for j := i + 1; j < len(xs); j++ {
				a, b := xs[i], xs[j]
				if a.x+eps < b.x+b.w && b.x+eps < a.x+a.w && a.y+eps < b.y+b.h && b.y+eps < a.y+a.h {
					if overlaps++; overlaps <= 5 {
						t.Errorf("page %d: %q at (%.1f, %.1f) overlaps %q at (%.1f, %.1f)", p, a.s, a.x, a.y, b.s, b.x, b.y)
					}
				}
			}
		}
	}
	if opt.Summary {
		if pages != 1 {
			t.Errorf("the executive summary has %d pages, want 1", pages)
		}
		return
	}
	var got []string
	last := 0
	for _, h := range lay.headings {
		if h.page < last {
			t.Errorf("heading %q on page %d after one on page %d", h.title, h.page, last)
		}
		last = h.page
		if h.page < 2+lay.tocPages {
			t.Errorf("heading %q on page %d, before the %d pages of contents end", h.title, h.page, lay.tocPages)
		}
		if h.y < marginTop-eps || h.y+sizeH1*leading+20 > lay.pageH-marginBot {
			t.Errorf("heading %q at y %.1f on page %d: outside the content box or without room below", h.title, h.y, h.page)
		}
		if h.level == 0 {
			got = append(got, h.title)
		}
	}
	var want []string
	for _, s := range Sections {
		if opt.wants(s) {
			want = append(want, SectionTitle(s))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("section headings %q, want %q", got, want)
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// outline is a bookmark as qpdf --json reads it.
type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}

// checkBookmarks checks that the PDF's outline lists each heading of the
// layout at its page, sections at the top level and sub-sections below.
func checkBookmarks(t *testing.T, path string, lay *briefLayout) {
	t.Helper()
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json=2", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var got []string
	for _, o := range doc.Outlines {
		got = append(got, fmt.Sprintf("0 %s %d", o.Title, o.Page))
		for _, k := range o.Kids {
			got = append(got, fmt.Sprintf("1 %s %d", k.Title, k.Page))
		}
	}
	want := []string{"0 Cover 1", "0 Contents 2"}
	for _, h := range lay.headings {
		want = append(want, fmt.Sprintf("%d %s %d", h.level, h.title, h.page))
	}
	if !slices.Equal(got, want) {
		t.Errorf("bookmarks\n%q\nwant\n%q", got, want)
	}
}

// checkText checks that pdftotext finds each wanted string.
func checkText(t *testing.T, path string, want ...string) string {
	t.Helper()
	text := run(t, "pdftotext", "-layout", path, "-")
	flat := strings.Join(strings.Fields(text), " ")
	for _, w := range want {
		if !strings.Contains(flat, w) {
			t.Errorf("pdftotext does not find %q", w)
		}
	}
	return text
}

// checkFonts checks that pdffonts lists the three Go faces, embedded, and
// no other font.
func checkFonts(t *testing.T, path string) {
	t.Helper()
	out := run(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", out)
	}
	var faces []string
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 8 {
			t.Fatalf("pdffonts line %q", l)
		}
		// name, type (two words), encoding, emb, sub, uni, object, ID
		if typ, emb := f[1]+" "+f[2], f[len(f)-5]; typ != "CID TrueType" || emb != "yes" {
			t.Errorf("font %s: type %s, embedded %s; want an embedded CID TrueType font", f[0], typ, emb)
		}
		faces = append(faces, f[0])
	}
	slices.Sort(faces)
	if want := []string{"utf8go", "utf8goB", "utf8goI"}; !slices.Equal(faces, want) {
		t.Errorf("pdffonts lists %q, want the Go fonts %q:\n%s", faces, want, out)
	}
}

func TestBriefSample(t *testing.T) {
	ws := sampleWorkspace(t)
	for _, v := range briefVariants {
		t.Run(v.name, func(t *testing.T) {
			b, lay, warnings := writeBrief(t, ws, v.opt)
			if len(warnings) > 0 {
				t.Errorf("warnings on the sample: %q", warnings)
			}
			if *briefDir != "" {
				if err := os.WriteFile(filepath.Join(*briefDir, "brief-"+v.name+".pdf"), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path := savePDF(t, b)
			pages := checkPDF(t, path)
			checkLayout(t, lay, pages, v.opt)
			checkFonts(t, path)
			if v.opt.Summary {
				checkText(t, path, "EXECUTIVE SUMMARY", "Crewline", "GOALS", "North star: Jobs completed", "now 21 900 jobs/week",
					"ROADMAP", "Now (5)", "Next (3)", "Later (6)", "COMING RELEASES", "TOP RISKS")
				return
			}
			want := []string{"STRATEGY BRIEF", "Crewline", "Contents", "Maya Okafor", "15 January 2026"}
			for _, s := range Sections {
				want = append(want, SectionTitle(s))
			}
			want = append(want, "ServiceForge", "Dana Whitaker, the dispatcher", "NORTH-STAR METRIC", "Real-time re-planning",
				"Now, Next, Later", "Milestones", "Releases", "Crewline 4.2 — Job completion", "Risk register", "What next",
				"Backlog excerpt", "Today 15 Jan", fmt.Sprintf("3 / %d", pages))
			checkText(t, path, want...)
			checkBookmarks(t, path, lay)
			checkContents(t, path, lay)
		})
	}
}

// checkContents checks the contents' pages as pdftotext reads them: a line
// for each section and each of its parts, in the order of the headings,
// each ending with the page where its heading is drawn, the parts indented
// under their section; and nothing else on those pages but the title.
func checkContents(t *testing.T, path string, lay *briefLayout) {
	t.Helper()
	if lay.tocPages < 1 {
		t.Fatalf("%d pages of contents", lay.tocPages)
	}
	text := run(t, "pdftotext", "-layout", "-f", "2", "-l", strconv.Itoa(1+lay.tocPages), path, "-")
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if f := strings.Fields(l); len(f) > 1 && f[len(f)-1][0] >= '0' && f[len(f)-1][0] <= '9' && !strings.Contains(l, "Strategy brief") && !strings.Contains(l, " / ") {
			lines = append(lines, l)
		}
	}
	var want []placedHeading
	for _, h := range lay.headings {
		if h.level <= 1 {
			want = append(want, h)
		}
	}
	if len(lines) != len(want) {
		t.Errorf("the contents have %d lines with a page, want %d, one per heading of level 0 or 1:\n%s", len(lines), len(want), text)
	}
	secIndent := -1
	for i, h := range want[:min(len(want), len(lines))] {
		l := lines[i]
		f := strings.Fields(l)
		title := []rune(h.title)
		if len(title) > 24 { // a long title is cut with "…"
			title = title[:24]
		}
		if !strings.Contains(strings.Join(strings.Fields(l), " "), strings.Join(strings.Fields(string(title)), " ")) || f[len(f)-1] != strconv.Itoa(h.page) {
			t.Errorf("contents line %d is %q, want %q on page %d", i+1, strings.TrimSpace(l), h.title, h.page)
			continue
		}
		indent := strings.Index(l, f[0])
		if h.level == 0 {
			secIndent = indent
		} else if indent <= secIndent {
			t.Errorf("contents line %q is not indented under its section", strings.TrimSpace(l))
		}
	}
}

func TestBriefDeterministic(t *testing.T) {
	ws := sampleWorkspace(t)
	for _, opt := range []BriefOptions{{Date: day}, {Date: day, Summary: true}} {
		var a, b bytes.Buffer
		if _, err := WriteBrief(&a, ws, opt); err != nil {
			t.Fatal(err)
		}
		if _, err := WriteBrief(&b, ws, opt); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("summary %v: two briefs of the same workspace and date differ", opt.Summary)
		}
		checkPDF(t, savePDF(t, a.Bytes()))
		if !bytes.Contains(a.Bytes(), []byte("/CreationDate (D:20260115")) {
			t.Errorf("summary %v: the creation date is not the brief's date", opt.Summary)
		}
	}
}

func TestBriefGlyphCoverage(t *testing.T) {
	ws := sampleWorkspace(t)
	var initID string
	err := ws.Do(app.Func{Desc: "foreign text", Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, ws.Initiatives()[0].ID)
		if err != nil {
			return err
		}
		in.Name = "路线图 roadmap"
		initID = in.ID
		s := tx.EditStrategy()
		s.Trends = append(s.Trends, "Crews love ✓ and 🚚", "Plain Latin: café, Łódź, €")
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	b, lay, warnings := writeBrief(t, ws, BriefOptions{})
	in, _ := ws.Initiative(initID)
	wantWarnings := []string{ // in the order the brief prints them
		"strategy: trends has characters the PDF fonts lack, printed as \uFFFD: ✓ (U+2713), 🚚 (U+1F69A)",
		in.Label() + ": name has characters the PDF fonts lack, printed as \uFFFD: 路 (U+8DEF), 线 (U+7EBF), 图 (U+56FE)",
	}
	if !slices.Equal(warnings, wantWarnings) {
		t.Errorf("warnings\n%q\nwant\n%q", warnings, wantWarnings)
	}
	drawn := map[string]bool{}
	for _, x := range lay.texts {
		drawn[x.s] = true
		if strings.ContainsAny(x.s, "路线图✓🚚") {
			t.Errorf("drew %q with characters the fonts lack", x.s)
		}
	}
	for _, want := range []string{"\uFFFD\uFFFD\uFFFD roadmap", "Plain Latin: café, Łódź, €"} {
		found := false
		for s := range drawn {
			found = found || strings.Contains(s, want)
		}
		if !found {
			t.Errorf("no text holds %q", want)
		}
	}
	path := savePDF(t, b)
	checkPDF(t, path)
	checkText(t, path, "\uFFFD\uFFFD\uFFFD roadmap", "Crews love \uFFFD and \uFFFD", "café, Łódź, €")
}

// bigWorkspace is the sample with 200 initiatives, 2 000 items and very
// long texts: a vision of a few pages, a word longer than a line, a
// competitor row taller than a page, long names.
func bigWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws := sampleWorkspace(t)
	if err := sample.GenerateRoadmap(ws, 200-ws.Count(app.KindInitiative), 1); err != nil {
		t.Fatal(err)
	}
	if err := sample.Generate(ws, 2000, 1); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("A long sentence about the plan, which goes on for a while. ", 300)
	word := strings.Repeat("Unbreakable", 60)
	err := ws.Do(app.Func{Desc: "long texts", Fn: func(tx *app.Tx) error {
		p := tx.EditProduct()
		p.Name = "Crewline " + strings.Repeat("with a very long product name ", 6)
		s := tx.EditStrategy()
		s.Vision = long
		s.MarketNotes = word + "\n\n" + long
		c, err := app.Edit[*app.Competitor](tx, app.KindCompetitor, ws.Competitors()[0].ID)
		if err != nil {
			return err
		}
		c.HowWeDiffer = long + long
		c.Name = word
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, ws.Initiatives()[0].ID)
		if err != nil {
			return err
		}
		in.Name = strings.Repeat("Long initiative name ", 12)
		l, err := app.Edit[*app.Lane](tx, app.KindLane, ws.Lanes()[0].ID)
		if err != nil {
			return err
		}
		l.Name = strings.Repeat("Lane ", 40)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestBriefLargeWorkspace(t *testing.T) {
	ws := bigWorkspace(t)
	if n := ws.Count(app.KindInitiative); n != 200 {
		t.Fatalf("%d initiatives, want 200", n)
	}
	for _, v := range []struct {
		name string
		opt  BriefOptions
	}{
		{"a4", BriefOptions{}},
		{"letter-landscape", BriefOptions{Paper: PaperLetter, Landscape: true}},
		{"summary", BriefOptions{Summary: true}},
	} {
		t.Run(v.name, func(t *testing.T) {
			b, lay, warnings := writeBrief(t, ws, v.opt)
			if len(warnings) > 0 {
				t.Errorf("warnings: %q", warnings)
			}
			if *briefDir != "" {
				if err := os.WriteFile(filepath.Join(*briefDir, "big-"+v.name+".pdf"), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path := savePDF(t, b)
			pages := checkPDF(t, path)
			checkLayout(t, lay, pages, v.opt)
			if v.opt.Summary {
				return
			}
			if lay.continuedMarks == 0 {
				t.Error("the competitor row taller than a page is not marked as continued")
			}
			checkText(t, path, continuedMarker, continuedHead, "200 initiatives.", "part 2 of", "Unbreakable")
			// The initiatives' table runs over pages, its header on each.
			heads := map[int]bool{}
			for _, x := range lay.texts {
				if x.s == "Own score" || x.s == "Own" { // the header, wrapped or not
					heads[x.page] = true
				}
			}
			if len(heads) < 3 {
				t.Errorf("the header of the initiatives' table is on %d pages, want it repeated on each of at least 3", len(heads))
			}
			// The roadmap's parts: every page of the chart is a page of the section.
			var roadmap, next int
			for i, h := range lay.headings {
				if h.title == SectionTitle(app.DocRoadmap) {
					roadmap = h.page
					for _, n := range lay.headings[i+1:] {
						if n.level == 0 {
							next = n.page
							break
						}
					}
				}
			}
			if next-roadmap < 3 {
				t.Errorf("the roadmap of 200 initiatives takes pages %d to %d: too few to be readable", roadmap, next)
			}
		})
	}
}

func TestBriefOptions(t *testing.T) {
	ws := sampleWorkspace(t)
	t.Run("sections", func(t *testing.T) {
		opt := BriefOptions{Sections: []Section{app.DocGoals, app.DocRoadmap}}
		b, lay, _ := writeBrief(t, ws, opt)
		path := savePDF(t, b)
		checkLayout(t, lay, checkPDF(t, path), opt)
		text := checkText(t, path, "Goals and key results", "Roadmap")
		if strings.Contains(text, "Competitive landscape") {
			t.Error("a section left out is in the brief")
		}
	})
	t.Run("range", func(t *testing.T) {
		opt := BriefOptions{From: app.MustDate("2026-03-01"), To: app.MustDate("2026-05-31"), Sections: []Section{app.DocRoadmap}}
		b, lay, _ := writeBrief(t, ws, opt)
		path := savePDF(t, b)
		checkLayout(t, lay, checkPDF(t, path), opt)
		text := checkText(t, path, "Mar 2026 – May 2026", "Mar", "Apr", "May")
		for _, month := range []string{" Jan ", " Feb ", " Jun ", " Jul "} {
			if strings.Contains(strings.Split(text, "Now, Next, Later")[0], month) {
				t.Errorf("the timeline of March to May shows %q", month)
			}
		}
	})
	t.Run("range past the work", func(t *testing.T) {
		opt := BriefOptions{From: app.MustDate("2031-01-01"), Sections: []Section{app.DocRoadmap}}
		b, lay, _ := writeBrief(t, ws, opt)
		path := savePDF(t, b)
		checkLayout(t, lay, checkPDF(t, path), opt)
		checkText(t, path, "Jan 2031 – Jan 2031")
	})
	for _, c := range []struct {
		name string
		opt  BriefOptions
		want string
	}{
		{"bad paper", BriefOptions{Paper: "a3"}, `brief: unknown paper "a3": want a4 or letter`},
		{"range backwards", BriefOptions{From: app.MustDate("2026-05-01"), To: app.MustDate("2026-03-01")},
			"brief: the roadmap's range ends (2026-03-01) before it starts (2026-05-01)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := WriteBrief(&bytes.Buffer{}, ws, c.opt)
			if err == nil || err.Error() != c.want {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
	t.Run("failing writer", func(t *testing.T) {
		_, err := WriteBrief(failingWriter{}, ws, BriefOptions{Summary: true})
		if !errors.Is(err, errDiskFull) {
			t.Errorf("error %v, want one wrapping %v", err, errDiskFull)
		}
	})
}

var errDiskFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestParsePaper(t *testing.T) {
	for in, want := range map[string]Paper{"A4": PaperA4, "letter": PaperLetter, "Letter": PaperLetter} {
		if p, err := ParsePaper(in); err != nil || p != want {
			t.Errorf("ParsePaper(%q) = %q, %v", in, p, err)
		}
	}
}

// firstOpen returns the first item by rank that is not accepted: the
// backlog excerpt's first row.
func firstOpen(ws *app.Workspace) *app.Item {
	for _, it := range ws.Items() {
		if it.Status != app.StatusAccepted {
			return it
		}
	}
	return nil
}

// TestBriefLinks checks that only http, https and mailto links reach the
// PDF and that nothing becomes script.
func TestBriefLinks(t *testing.T) {
	// The rules refuse such links in edits; a file edited by hand can
	// still hold one, so the workspace is restored as the store would.
	sw := sampleWorkspace(t)
	var ents []app.Entity
	done := false
	for _, k := range app.Kinds {
		for _, e := range sw.Entities(k) {
			if it, ok := e.(*app.Item); ok && !done && it.ID == firstOpen(sw).ID {
				cp := *it
				cp.Links = []string{"javascript:app.alert('x')", "https://example.com/spec"}
				cp.Title = "/JavaScript (app.alert(1)) /OpenAction"
				e, done = &cp, true
			}
			ents = append(ents, e)
		}
	}
	ws, dups := app.Restore(sw.Product(), sw.Strategy(), ents)
	if len(dups) > 0 || !done {
		t.Fatalf("restore: %d duplicates, item edited %v", len(dups), done)
	}
	ws.SetClock(app.DayClock(day))
	b, _, _ := writeBrief(t, ws, BriefOptions{Sections: []Section{app.DocAppendix}, Date: day})
	path := savePDF(t, b)
	checkPDF(t, path)
	out := run(t, "qpdf", "--qdf", "--object-streams=disable", path, "-")
	if !strings.Contains(out, "/URI (https://example.com/spec)") {
		t.Error("the https link is missing")
	}
	for _, bad := range []string{"javascript:", "/JavaScript", "/JS ", "/OpenAction", "/Launch"} {
		if strings.Contains(out, bad) {
			t.Errorf("the PDF holds %q", bad)
		}
	}
	checkText(t, path, "/JavaScript (app.alert(1)) /OpenAction")
}

// TestBriefMarkersWithoutLanes checks a roadmap of milestones and releases
// with no lane or dated initiative: the axis and the markers alone.
func TestBriefMarkersWithoutLanes(t *testing.T) {
	ws := app.NewWorkspace(app.Product{Name: "Markers"})
	ws.SetClock(app.DayClock(day))
	err := ws.Do(app.Func{Desc: "markers", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Milestone{Name: "Beta opens", Date: app.MustDate("2026-03-10")}); err != nil {
			return err
		}
		return tx.Put(&app.Release{Name: "1.0", Date: app.MustDate("2026-05-20")})
	}})
	if err != nil {
		t.Fatal(err)
	}
	opt := BriefOptions{Sections: []Section{app.DocRoadmap}}
	b, lay, _ := writeBrief(t, ws, opt)
	path := savePDF(t, b)
	checkLayout(t, lay, checkPDF(t, path), opt)
	// Only the months that hold work: today (15 January) is before them.
	text := checkText(t, path, "Mar 2026 – May 2026", "Beta opens · 10 Mar", "1.0 · 20 May")
	if strings.Contains(text, "Today") || strings.Contains(text, "Feb") {
		t.Error("the timeline shows months without work")
	}
}

// TestBriefEmptyWorkspace checks that a workspace with nothing but a
// product still makes a valid brief that says what is missing.
func TestBriefEmptyWorkspace(t *testing.T) {
	ws := app.NewWorkspace(app.Product{Name: "Blank"})
	ws.SetClock(app.DayClock(day))
	for _, opt := range []BriefOptions{{}, {Summary: true}, {Landscape: true, Paper: PaperLetter}} {
		b, lay, warnings := writeBrief(t, ws, opt)
		if len(warnings) > 0 {
			t.Errorf("warnings: %q", warnings)
		}
		path := savePDF(t, b)
		checkLayout(t, lay, checkPDF(t, path), opt)
		if !opt.Summary {
			checkText(t, path, "Blank", "No vision or market notes yet.", "No competitors recorded.", "No goals yet.",
				"No initiatives yet.", "No dated initiatives, milestones or releases", "No releases yet.", "The backlog is empty.")
		}
	}
}

// TestBriefContentsManyGoals checks the contents of a brief whose parts do
// not fit one page: 40 goals, one with a title longer than a line. The
// contents take the pages reserved for them, each line giving the page of
// its heading, and the content starts after them.
func TestBriefContentsManyGoals(t *testing.T) {
	ws := sampleWorkspace(t)
	err := ws.Do(app.Func{Desc: "goals", Fn: func(tx *app.Tx) error {
		for i := range 40 {
			title := fmt.Sprintf("Goal %02d: win the segment", i+1)
			if i == 7 {
				title += strings.Repeat(" and keep winning it", 12)
			}
			g := &app.Goal{ID: fmt.Sprintf("goal-many%04d", i), Title: title, Order: float64(100 + i),
				KeyResults: []app.Metric{{Name: "Customers", Target: 10}}}
			if err := tx.Put(g); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range []BriefOptions{{}, {Paper: PaperLetter, Landscape: true}} {
		t.Run(fmt.Sprintf("%s landscape %v", opt.Paper, opt.Landscape), func(t *testing.T) {
			b, lay, _ := writeBrief(t, ws, opt)
			path := savePDF(t, b)
			checkLayout(t, lay, checkPDF(t, path), opt)
			if lay.tocPages < 2 {
				t.Errorf("%d pages of contents for %d headings, want 2 or more", lay.tocPages, len(lay.headings))
			}
			checkContents(t, path, lay)
			checkBookmarks(t, path, lay)
			checkText(t, path, "Contents, continued", "Goal 40: win the segment")
		})
	}
}

// TestBriefContentsWrongGuess lays the sample's brief out with more pages
// reserved for the contents than they need: the brief is laid out again
// with one, so no blank page is left.
func TestBriefContentsWrongGuess(t *testing.T) {
	ws := sampleWorkspace(t)
	cov, err := fontCoverage()
	if err != nil {
		t.Fatal(err)
	}
	_, b, err := layoutBrief(ws, BriefOptions{Paper: PaperA4, Date: day}, false, true, cov, 3)
	if err != nil {
		t.Fatal(err)
	}
	if b.tocReserved != 3 || b.tocNeeded != 1 {
		t.Errorf("reserved %d, needed %d; want 3 and 1", b.tocReserved, b.tocNeeded)
	}
	_, lay, _ := writeBrief(t, ws, BriefOptions{})
	if lay.tocPages != 1 {
		t.Errorf("the brief reserves %d pages for contents that fit one", lay.tocPages)
	}
}

// TestBriefRisksByExposure: the register and the summary's top risks go
// from the highest exposure down, each with its band; the sample rates
// "Dispatchers do not trust…" high × high, "Carriers filter…" low × high.
func TestBriefRisksByExposure(t *testing.T) {
	ws := sampleWorkspace(t)
	order := func(text string, names ...string) {
		t.Helper()
		flat := strings.Join(strings.Fields(text), " ")
		last := -1
		for _, n := range names {
			i := strings.Index(flat, n)
			if i < 0 || i < last {
				t.Errorf("%q is missing or out of order (at %d, after %d)", n, i, last)
			}
			last = i
		}
	}
	b, _, _ := writeBrief(t, ws, BriefOptions{Sections: []Section{app.DocRisks}})
	// The columns interleave in pdftotext's layout: the ratings are found
	// as words, the order by the risks' descriptions.
	text := checkText(t, savePDF(t, b), "Exposure is likelihood × impact", "high × high", "medium × high", "low × high")
	order(text, "Dispatchers do not trust", "Offline sync loses", "QuickBooks rate limits", "Carriers filter")

	b, _, _ = writeBrief(t, ws, BriefOptions{Summary: true})
	text = checkText(t, savePDF(t, b), "High exposure: Dispatchers do not trust")
	order(text, "TOP RISKS", "High exposure: Dispatchers", "High exposure: Offline sync", "Medium exposure: QuickBooks")
}
