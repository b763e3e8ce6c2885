package brief

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/sample"
)

// benchItems is the size of the generated backlog the benchmarks use.
const benchItems = 10_000

// briefBenchInitiatives is the size of the generated roadmap the brief's
// benchmarks use, with benchItems items: `canopy sample --items 10000`.
const briefBenchInitiatives = 2000

// briefBenchSetup is the sample with a generated roadmap and backlog, as the
// CLI's sample command makes it: built once for every brief benchmark.
var briefBenchSetup = sync.OnceValues(func() (*app.Workspace, error) {
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		return nil, err
	}
	if err := sample.GenerateRoadmap(ws, briefBenchInitiatives, 1); err != nil {
		return nil, err
	}
	if err := sample.Generate(ws, benchItems, 1); err != nil {
		return nil, err
	}
	return ws, nil
})

// briefBytes writes the full brief of ws into buf, in the Go fonts or in
// fpdf's core Helvetica (the baseline: the same layout without embedding).
func briefBytes(ws *app.Workspace, buf *bytes.Buffer, core bool) error {
	buf.Reset()
	pdf, _, _, err := buildBrief(ws, BriefOptions{Date: day}, core, false)
	if err != nil {
		return err
	}
	return pdf.Output(buf)
}

func loadBriefBench(b *testing.B) *app.Workspace {
	b.Helper()
	ws, err := briefBenchSetup()
	if err != nil {
		b.Fatal(err)
	}
	return ws
}

// BenchmarkBriefPDF compares the full brief of the sample with 10 000 items
// and 2 000 generated initiatives to the same document in fpdf's core font.
// Each iteration writes both, one after the other, so that both see the
// same load on the machine; "ratio" is the fastest brief over the fastest
// core-font document.
func BenchmarkBriefPDF(b *testing.B) {
	ws := loadBriefBench(b)
	var buf bytes.Buffer
	best := [2]time.Duration{}
	b.ReportAllocs()
	for b.Loop() {
		for i, core := range []bool{false, true} {
			start := time.Now()
			if err := briefBytes(ws, &buf, core); err != nil {
				b.Fatal(err)
			}
			if d := time.Since(start); best[i] == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	b.ReportMetric(float64(best[0].Milliseconds()), "ms-ours")
	b.ReportMetric(float64(best[1].Milliseconds()), "ms-core")
	b.ReportMetric(float64(best[0])/float64(best[1]), "ratio")
}

// briefFaceBudget is what each embedded face may add to the file.
const briefFaceBudget = 150 << 10

// BenchmarkBriefPDFSize reports the size of that brief over the size of the
// core-font document plus briefFaceBudget per embedded face, as "ratio".
func BenchmarkBriefPDFSize(b *testing.B) {
	ws := loadBriefBench(b)
	var ours, core bytes.Buffer
	for b.Loop() {
		if err := briefBytes(ws, &ours, false); err != nil {
			b.Fatal(err)
		}
		if err := briefBytes(ws, &core, true); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(ours.Len())/1024, "KB-ours")
	b.ReportMetric(float64(core.Len())/1024, "KB-core")
	b.ReportMetric(float64(ours.Len())/float64(core.Len()+BriefFaces*briefFaceBudget), "ratio")
}
