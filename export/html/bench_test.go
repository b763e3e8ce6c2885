package html

import (
	"bytes"
	"testing"
	"time"

	"canopy/export/brief"
)

// BenchmarkRoadmapPage compares the internal roadmap page of the sample
// with 10 000 items and 2 000 generated initiatives to the full PDF brief
// of the same workspace. Each iteration writes both, one after the other,
// so that both see the same load on the machine; "ratio" is the fastest
// page over the fastest brief.
func BenchmarkRoadmapPage(b *testing.B) {
	ws := loadBig(b)
	var buf bytes.Buffer
	best := [2]time.Duration{}
	size := 0
	b.ReportAllocs()
	for b.Loop() {
		for i := range best {
			buf.Reset()
			start := time.Now()
			var err error
			if i == 0 {
				err = Write(&buf, ws, Options{Audience: Internal, Date: day})
				size = buf.Len()
			} else {
				_, err = brief.WriteBrief(&buf, ws, brief.BriefOptions{Date: day})
			}
			if err != nil {
				b.Fatal(err)
			}
			if d := time.Since(start); best[i] == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	b.ReportMetric(float64(best[0].Milliseconds()), "ms-page")
	b.ReportMetric(float64(best[1].Milliseconds()), "ms-brief")
	b.ReportMetric(float64(size)/(1<<20), "MB-page")
	b.ReportMetric(float64(best[0])/float64(best[1]), "ratio")
}
