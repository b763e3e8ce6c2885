package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"canopy/export/brief"
	"canopy/export/html"
)

func TestExportHTML(t *testing.T) {
	dir := sampleDir(t)
	tmp := t.TempDir()
	out := filepath.Join(tmp, "public", "index.html")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{"export", dir, "--html", out, "--today", "2026-11-27"}
	code, stdout, stderr := runCLI(t, args...)
	if code != 0 || !strings.Contains(stdout, "wrote "+out+" (roadmap page for an external audience, ") {
		t.Fatalf("export: exit %d\n%s%s", code, stdout, stderr)
	}
	first, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(first)
	if !strings.Contains(page, "As of <time>November 27, 2026</time>") || !strings.Contains(page, `id="roadmap"`) || strings.Contains(page, `id="appendix"`) {
		t.Error("the external page lacks its date or roadmap, or has the backlog")
	}
	if code, _, _ := runCLI(t, args...); code != 0 {
		t.Fatal("second export failed")
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(first, again) {
		t.Error("the same page on the same day differs")
	}

	// Internal, some sections, a range; the brief beside it takes the same.
	pdf := filepath.Join(tmp, "brief.pdf")
	code, stdout, stderr = runCLI(t, "export", dir, "--html", out, "--audience", "internal", "--sections", "roadmap,appendix",
		"--from", "2027-01-01", "--to", "2027-03-31", "--pdf", pdf, "--today", "2026-11-27")
	if code != 0 || !strings.Contains(stdout, "roadmap page for an internal audience") || !strings.Contains(stdout, "wrote "+pdf) {
		t.Fatalf("internal export: exit %d\n%s%s", code, stdout, stderr)
	}
	b, _ := os.ReadFile(out)
	page = string(b)
	for _, want := range []string{`id="roadmap"`, `id="appendix"`, "January 1, 2027 – March 31, 2027"} {
		if !strings.Contains(page, want) {
			t.Errorf("the internal page lacks %q", want)
		}
	}
	if strings.Contains(page, `id="vision"`) {
		t.Error("the page has a section it was not asked for")
	}

	code, stdout, _ = runCLI(t, "export", dir, "--html", out, "--sections", "appendix", "--today", "2026-11-27")
	if code != 0 || !strings.Contains(stdout, "the backlog is on internal pages only") {
		t.Errorf("an external page asked for the backlog: exit %d, %q", code, stdout)
	}

	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown audience", []string{"--html", out, "--audience", "everyone"}, "--audience: unknown audience"},
		{"unknown section", []string{"--html", out, "--sections", "roadmap,timeline"}, `unknown section "timeline"`},
		{"inside the workspace", []string{"--html", filepath.Join(dir, "index.html")}, "inside the workspace"},
		{"range backwards", []string{"--html", out, "--from", "2027-05-01", "--to", "2027-01-01"}, "is before --from"},
	} {
		code, _, stderr := runCLI(t, append([]string{"export", dir}, c.args...)...)
		if code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", c.name, code, stderr, c.want)
		}
	}
}

// TestSectionNamesAgree checks that one --sections list serves the brief
// and the page: both know the same names.
func TestSectionNamesAgree(t *testing.T) {
	var inBrief, onPage []string
	for _, s := range brief.Sections {
		inBrief = append(inBrief, string(s))
	}
	for _, s := range html.Sections {
		onPage = append(onPage, string(s))
	}
	slices.Sort(inBrief)
	slices.Sort(onPage)
	if !slices.Equal(inBrief, onPage) {
		t.Errorf("the brief's sections %v, the page's %v", inBrief, onPage)
	}
}
