// Command benchratio reads `go test -bench` output on stdin and prints each
// performance target of Canopy beside the measured ratio. A benchmark pair
// BenchmarkX/ours and BenchmarkX/baseline gives the ratio of their ns/op;
// a benchmark that reports a metric named "ratio" gives it directly.
// It exits 1 when a ratio misses its target or a benchmark is missing.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// target is one line of the performance budget.
type target struct {
	name string  // the benchmark, without the Benchmark prefix
	max  float64 // the ratio must not exceed this
	what string  // what the ratio compares
}

var targets = []target{
	{"Open", 1, "opening a 10 000-item workspace, decoded on all cores ÷ reading its files and json.Unmarshal on one"},
	{"SaveOneItem", 1.5, "saving one edited item at 10 000 items ÷ the same at 100"},
	{"SaveMany", 1.5, "saving 500 edited items all or nothing (staged, verified, kept aside) ÷ writing them one by one by atomic replace"},
	{"Next", 3, "what next at 10 000 items ÷ a plain sort by score"},
	{"Heap", 3, "heap after opening 10 000 items ÷ the same data as compact JSON"},
	{"Evidence", 1.5, "the prioritized list's rows after an item edit, with evidence from 50 000 insights ÷ without"},
	{"PrioritizedEvidence", 1.5, "building the prioritized list window with its Demand and Insights columns, 10 000 items and 50 000 insights ÷ without them"},
	{"OpenInsights", 2, "opening 10 000 items and 50 000 insights ÷ reading their files and json.Unmarshal"},
	{"MoveOne", 1.5, "one board move, domain plus save, at 10 000 items ÷ at 100"},
	{"BoardBuild", 2, "building the board for 10 000 items ÷ for 100"},
	{"ExportXLSX", 1.5, "Excel export of 10 000 items ÷ a bare excelize stream writer, same cells"},
	{"ExportPeakMem", 2, "peak heap of that export ÷ that of the bare stream writer"},
	{"ImportXLSX", 2, "planning the import of that export ÷ a bare excelize read of its rows"},
	{"BriefPDF", 1.5, "PDF brief of 10 000 items, 2 000 initiatives ÷ the same document in fpdf's core font"},
	{"BriefPDFSize", 1, "its size ÷ (the core-font size + 150 KB per embedded face)"},
	{"RoadmapPage", 1.5, "the roadmap page (HTML) of 10 000 items, 2 000 initiatives ÷ the PDF brief of the same workspace"},
	{"TimelineView", 2, "roadmap layout while scrolling a 1200×700 window, 2 000 initiatives ÷ 20"},
	{"TimelineZoom", 2, "roadmap layout of that window through every zoom level, 2 000 initiatives ÷ 20"},
	{"RoadmapRender", 2, "the roadmap widget scrolling that window, layout and canvas objects, 2 000 initiatives ÷ 20"},
	{"FormulaRank", 2, "what next at 10 000 items ranked by a formula ÷ ranked by RICE"},
	{"MergeItem", 2, "the field-level merge of an item's three versions ÷ decoding and encoding those three files"},
	{"RoadmapZoom", 2, "the roadmap widget through every zoom level, layout and canvas objects, 2 000 initiatives ÷ 20"},
	{"RoadmapCompare", 2, "the roadmap widget scrolling that window in compare mode, one bar in ten with its ghost, 2 000 initiatives ÷ 20"},
	{"RoadmapWhiskers", 1.5, "the roadmap widget scrolling that window with the forecast whiskers of its active initiatives ÷ without them"},
	{"Diff", 2, "canopy diff of 10 000 items against a revision where 1 000 changed ÷ opening the workspace once"},
	{"Forecast", 1.5, "10 000 simulated futures for every release of a 10 000-item workspace ÷ a bare loop drawing the same random numbers"},
}

func main() {
	os.Exit(run(os.Stdin, os.Stdout))
}

func run(in io.Reader, out io.Writer) int {
	ns := map[string]float64{}    // "Open/ours" → ns/op
	ratio := map[string]float64{} // "Heap" → reported ratio
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		line := sc.Text()
		fmt.Fprintln(out, line)
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i] // the GOMAXPROCS suffix
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				ns[name] = v
			case "ratio":
				ratio[name] = v
			}
		}
	}
	fmt.Fprintf(out, "\n%-12s %8s %8s  %s\n", "TARGET", "RATIO", "LIMIT", "WHAT")
	failed := 0
	for _, t := range targets {
		r, ok := ratio[t.name]
		if !ok {
			o, b := ns[t.name+"/ours"], ns[t.name+"/baseline"]
			if o > 0 && b > 0 {
				r, ok = o/b, true
			}
		}
		switch {
		case !ok:
			fmt.Fprintf(out, "%-12s %8s %7.1f×  %s  MISSING\n", t.name, "—", t.max, t.what)
			failed++
		case r > t.max:
			fmt.Fprintf(out, "%-12s %7.2f× %7.1f×  %s  OVER\n", t.name, r, t.max, t.what)
			failed++
		default:
			fmt.Fprintf(out, "%-12s %7.2f× %7.1f×  %s  ok\n", t.name, r, t.max, t.what)
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}
