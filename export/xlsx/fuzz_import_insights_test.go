package xlsx

import (
	"bytes"
	"testing"
	"time"

	"canopy/app"
)

// FuzzReadInsightsCSV feeds hostile feedback files to the insight import:
// it never panics, every invalid row names its cells, and whatever it
// plans applies within the rules.
func FuzzReadInsightsCSV(f *testing.F) {
	ws := sampleWorkspace(f)
	want := ws.Count(app.KindInsight)
	for _, seed := range []string{
		supportCSV(),
		"Feedback,Date,Importance,Item\nx,2026-13-01,meh,Nope\n=cmd|' /C calc'!A0,,critical,item-7jq56ctg\n",
		"\ufeffID;Text;Link\r\ninsight-9g6ma1tt;a;\r\n;b;javascript:x\r\n",
		"Comment,Ticket URL,Customer name\n\"multi\nline\",https://x.example/1,Ann\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		p, err := ReadInsightsCSV(bytes.NewReader(data), ws)
		if d := time.Since(start); d > fuzzBudget {
			t.Fatalf("%d bytes took %v", len(data), d)
		}
		if err != nil {
			return
		}
		counts := map[RowKind]int{}
		for _, r := range p.Rows {
			counts[r.Kind]++
			if (r.Kind == RowInvalid) != (len(r.Errors) > 0) {
				t.Fatalf("row %d is %s with errors %v", r.Row, r.Kind, r.Errors)
			}
			for _, e := range r.Errors {
				if e.Sheet != SheetCSV || e.Row != r.Row || e.Col < 1 || e.Header == "" || e.Msg == "" {
					t.Fatalf("cell error without its place: %#v", e)
				}
			}
		}
		if counts[RowNew] != p.New || counts[RowUnchanged] != p.Unchanged || counts[RowInvalid] != p.Invalid {
			t.Fatalf("counts %s do not match the rows %v", p.Summary(), counts)
		}
		_ = p.Lines(ws)
		if p.New == 0 {
			return
		}
		p.SkipInvalid = true
		if err := ws.Do(p.Command()); err != nil {
			t.Fatalf("a plan of valid rows was refused: %v", err)
		}
		if _, err := ws.Undo(); err != nil {
			t.Fatal(err)
		}
		if n := ws.Count(app.KindInsight); n != want {
			t.Fatalf("undo left %d insights", n)
		}
	})
}
