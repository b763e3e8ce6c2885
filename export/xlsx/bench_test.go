package xlsx

import (
	"bytes"
	"runtime"
	"runtime/metrics"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/app/sample"
)

// benchItems is the size of the generated backlog the benchmarks use.
const benchItems = 10_000

// benchSetup is the sample with benchItems generated items, its Backlog rows
// as bare cell values, and its export: built once for every benchmark.
var benchSetup = sync.OnceValues(func() (*benchData, error) {
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		return nil, err
	}
	if err := sample.Generate(ws, benchItems, 1); err != nil {
		return nil, err
	}
	d := &benchData{ws: ws, header: make([]any, len(backlogColumns))}
	for i, c := range backlogColumns {
		d.header[i] = c.Header
	}
	fields := itemFields(ws) // the custom fields' columns follow
	for _, fd := range fields {
		d.header = append(d.header, FieldHeader(fd))
	}
	// The rows as WriteBacklog's row builder makes them, reduced to their
	// values: what a bare stream writer would be handed.
	f := excelize.NewFile()
	defer f.Close()
	b := &workbook{f: f, ws: ws, now: exportTime}
	if b.st, err = newStyles(f); err != nil {
		return nil, err
	}
	r := newRowMaker(b)
	row := make([]any, len(backlogColumns))
	for _, it := range ws.Items() {
		r.fill(row, it)
		cells := b.fieldCells(slices.Clone(row), fields, it)
		vals := make([]any, len(cells))
		for i, v := range cells {
			if c, ok := v.(*excelize.Cell); ok {
				v = c.Value
			} else if c, ok := v.(excelize.Cell); ok {
				v = c.Value
			}
			vals[i] = v
		}
		d.rows = append(d.rows, vals)
	}
	var buf bytes.Buffer
	if _, err := WriteBacklog(&buf, ws, exportTime); err != nil {
		return nil, err
	}
	d.export = buf.Bytes()
	return d, nil
})

type benchData struct {
	ws     *app.Workspace
	header []any
	rows   [][]any
	export []byte
}

func loadBench(b *testing.B) *benchData {
	b.Helper()
	d, err := benchSetup()
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// exportOurs is WriteBacklog of the workspace.
func exportOurs(d *benchData, buf *bytes.Buffer) error {
	buf.Reset()
	_, err := WriteBacklog(buf, d.ws, exportTime)
	return err
}

// exportBaseline writes the same cell values with a bare excelize stream
// writer: no styles, widths, table, validation or other sheets.
func exportBaseline(d *benchData, buf *bytes.Buffer) error {
	buf.Reset()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", d.header); err != nil {
		return err
	}
	for i, row := range d.rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(buf)
}

// BenchmarkExportXLSX compares the export of the sample with 10 000 items to
// a bare stream writer writing the same cells.
func BenchmarkExportXLSX(b *testing.B) {
	d := loadBench(b)
	for _, c := range []struct {
		name string
		fn   func(*benchData, *bytes.Buffer) error
	}{{"ours", exportOurs}, {"baseline", exportBaseline}} {
		b.Run(c.name, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				if err := c.fn(d, &buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len())/1024, "KB/file")
		})
	}
}

// BenchmarkImportXLSX compares planning the import of that export to a bare
// excelize read of every row of its Backlog sheet.
func BenchmarkImportXLSX(b *testing.B) {
	d := loadBench(b)
	b.Run("ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p, err := ReadBacklog(bytes.NewReader(d.export), int64(len(d.export)), d.ws)
			if err != nil {
				b.Fatal(err)
			}
			if p.Unchanged != len(d.rows) {
				b.Fatalf("%d unchanged rows, want %d", p.Unchanged, len(d.rows))
			}
		}
	})
	b.Run("baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if n, err := readBare(d.export); err != nil || n != len(d.rows)+1 {
				b.Fatalf("%d rows, %v", n, err)
			}
		}
	})
}

func readBare(data []byte) (int, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	rows, err := f.Rows(SheetBacklog)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Error()
}

// peakHeap runs fn and returns the peak of the live heap objects above what
// they were before it started, sampled every 100 µs from runtime/metrics
// ("/memory/classes/heap/objects:bytes": live and not yet swept objects).
func peakHeap(fn func() error) (uint64, error) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func(s []metrics.Sample) uint64 {
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC()
	base := read(sample)
	peak := base
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: sample[0].Name}}
		t := time.NewTicker(100 * time.Microsecond)
		defer t.Stop()
		for {
			if v := read(s); v > peak {
				peak = v
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	err := fn()
	close(done)
	wg.Wait()
	if v := read(sample); v > peak {
		peak = v
	}
	return peak - base, err
}

// BenchmarkExportPeakMem reports the peak heap of the export over that of
// the bare stream writer, both writing into a buffer, as "ratio" (the
// larger peak of each over the iterations).
func BenchmarkExportPeakMem(b *testing.B) {
	d := loadBench(b)
	var ours, base uint64
	var buf bytes.Buffer
	for b.Loop() {
		for _, c := range []struct {
			fn   func(*benchData, *bytes.Buffer) error
			peak *uint64
		}{{exportOurs, &ours}, {exportBaseline, &base}} {
			buf = bytes.Buffer{}
			p, err := peakHeap(func() error { return c.fn(d, &buf) })
			if err != nil {
				b.Fatal(err)
			}
			*c.peak = max(*c.peak, p)
		}
	}
	b.ReportMetric(float64(ours)/(1<<20), "MB-ours")
	b.ReportMetric(float64(base)/(1<<20), "MB-baseline")
	b.ReportMetric(float64(ours)/float64(base), "ratio")
}
