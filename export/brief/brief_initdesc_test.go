package brief

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"canopy/app"
)

func TestInitiativesShowWhatTheyAre(t *testing.T) {
	ws := sampleWorkspace(t)
	long := "Firstword of a long description. " + strings.Repeat("It says what the initiative is and why it matters to the dispatchers. ", 12) + "Lastword ends it."
	const short = "Shortdesc: offline maps for the van."
	ins := ws.Initiatives()
	longID, shortID := ins[0].ID, ins[1].ID
	err := ws.Do(app.Func{Desc: "describe", Fn: func(tx *app.Tx) error {
		for id, desc := range map[string]string{longID: long, shortID: short} {
			in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, id)
			if err != nil {
				return err
			}
			in.Description = desc
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		t.Run(string(paper), func(t *testing.T) {
			pdf, lay, _ := writeBrief(t, ws, BriefOptions{Paper: paper, Sections: []Section{app.DocInitiatives, app.DocAppendix}})
			path := filepath.Join(t.TempDir(), "brief.pdf")
			if err := os.WriteFile(path, pdf, 0o600); err != nil {
				t.Fatal(err)
			}
			var tableFrom, tableTo, fullFrom int
			for _, h := range lay.headings {
				switch h.title {
				case SectionTitle(app.DocInitiatives):
					tableFrom = h.page
				case SectionTitle(app.DocAppendix):
					tableTo = h.page // the table's end can share it
				case "Initiatives in full":
					fullFrom = h.page
				}
			}
			if tableFrom == 0 || tableTo < tableFrom || fullFrom <= tableTo {
				t.Fatalf("headings %+v: want the initiatives, the appendix and its initiatives in full", lay.headings)
			}
			pages := func(from, to int) string {
				text := run(t, "pdftotext", "-f", strconv.Itoa(from), "-l", strconv.Itoa(to), path, "-")
				return strings.Join(strings.Fields(text), " ")
			}
			table, full := pages(tableFrom, tableTo), pages(fullFrom, lay.pages)
			for _, c := range []struct {
				text, what string
				want       bool
			}{
				{table, "Firstword of a long description.", true},
				{table, "…", true},
				{table, "Lastword", false},
				{table, short, true},
				{table, "given whole in the appendix", true},
				{full, "Firstword of a long description.", true},
				{full, "Lastword ends it.", true},
				{full, "Shortdesc", false},
			} {
				if strings.Contains(c.text, c.what) != c.want {
					where := "the table's pages"
					if c.text == full {
						where = "the appendix's initiatives in full"
					}
					t.Errorf("%s: finding %q is %v, want %v\n%s", where, c.what, !c.want, c.want, c.text[max(0, len(c.text)-600):])
				}
			}
		})
	}
}
