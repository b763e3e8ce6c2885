package xlsx

import (
	"bytes"
	"testing"
	"time"

	"canopy/app"
)

// checkPlan asserts what any plan must hold: every row valid without
// errors, or invalid with cells that name their sheet, row and column.
func checkPlan(t *testing.T, p *ImportPlan, sheet string) {
	t.Helper()
	counts := map[RowKind]int{}
	for _, r := range p.Rows {
		counts[r.Kind]++
		if r.Kind == RowInvalid {
			if len(r.Errors) == 0 {
				t.Fatalf("row %d is invalid without an error", r.Row)
			}
		} else if len(r.Errors) > 0 {
			t.Fatalf("row %d is %s with errors %v", r.Row, r.Kind, r.Errors)
		}
		for _, e := range r.Errors {
			if e.Sheet == "" || (sheet != "" && e.Sheet != sheet) || e.Row < 2 || e.Row != r.Row || e.Col < 1 || e.Header == "" || e.Msg == "" {
				t.Fatalf("cell error without its place: %#v", e)
			}
		}
	}
	if counts[RowNew] != p.New || counts[RowUpdated] != p.Updated || counts[RowUnchanged] != p.Unchanged || counts[RowInvalid] != p.Invalid {
		t.Fatalf("counts %s do not match the rows %v", p.Summary(), counts)
	}
	_ = p.Lines()
}

// fuzzBudget bounds the time one small input may take.
const fuzzBudget = 5 * time.Second

func FuzzReadBacklogCSV(f *testing.F) {
	ws := sampleWorkspace(f)
	for _, seed := range []string{
		"Title,Type,Status,Estimate,Tags\nOne,bug,Ready,3,\"a, b\"\nTwo,,Doing,x,\n",
		jiraCSV, githubCSV,
		"\ufeffID;Title\r\nitem-hadj2jn0;Renamed\r\n",
		"Title,RICE reach,RICE impact,RICE confidence %,RICE effort\nS,1,2,,4\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		p, err := ReadBacklogCSV(bytes.NewReader(data), ws)
		if d := time.Since(start); d > fuzzBudget {
			t.Fatalf("%d bytes took %v", len(data), d)
		}
		if err == nil {
			checkPlan(t, p, SheetCSV)
		}
	})
}

func FuzzReadBacklogXLSX(f *testing.F) {
	small := app.NewWorkspace(app.Product{Name: "Fuzz"})
	for _, it := range []*app.Item{
		{Title: "=1+1", Type: app.TypeBug, Tags: []string{"a"}, Estimate: 2},
		{Title: "Second", Description: "two\nlines", Links: []string{"https://example.com"}},
	} {
		addItem(f, small, it)
	}
	var buf bytes.Buffer
	if _, err := WriteBacklog(&buf, small, exportTime); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04"))
	ws := sampleWorkspace(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		p, err := ReadBacklog(bytes.NewReader(data), int64(len(data)), ws)
		if d := time.Since(start); d > fuzzBudget {
			t.Fatalf("%d bytes took %v", len(data), d)
		}
		if err == nil {
			checkPlan(t, p, "")
		}
	})
}
