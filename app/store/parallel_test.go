package store

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"

	"canopy/app"
)

// bigFS returns a workspace of n items in memory, every seventh file
// damaged in one of several ways, and the names of the damaged files in
// the order a listing gives them.
func bigFS(t *testing.T, n int) (fstest.MapFS, []string) {
	t.Helper()
	fsys := fstest.MapFS{}
	m, err := Encode(&app.Product{Name: "Big"})
	if err != nil {
		t.Fatal(err)
	}
	fsys[ManifestFile] = &fstest.MapFile{Data: m}
	var bad []string
	for i := range n {
		id := fmt.Sprintf("item-%08d", i)
		file := "items/" + id + ".json"
		data, err := Encode(&app.Item{ID: id, Title: fmt.Sprintf("Item %d", i), Type: app.TypeFeature, Status: app.StatusNew, Rank: float64(i + 1)})
		if err != nil {
			t.Fatal(err)
		}
		if i%7 == 3 {
			switch i % 3 {
			case 0:
				data = data[:len(data)/2] // cut short
			case 1:
				data = []byte(`{"id": "item-other01"}`)
			default:
				data = append([]byte(`{"id": 1, `), data[1:]...)
			}
			bad = append(bad, file)
		}
		fsys[file] = &fstest.MapFile{Data: data}
	}
	return fsys, bad
}

func TestParallelLoadIsDeterministic(t *testing.T) {
	fsys, bad := bigFS(t, 700)
	var first []string
	for _, procs := range []int{1, 2, 4, 8, 2, 8} {
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			ws, report, err := Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			var files []string
			for _, e := range report.Decode {
				de, ok := e.(*DecodeError)
				if !ok {
					t.Fatalf("got %T %v, want a *DecodeError", e, e)
				}
				files = append(files, de.File)
			}
			if !slices.Equal(files, bad) {
				t.Fatalf("damaged files reported\n got %v\nwant %v", files, bad)
			}
			if got, want := ws.Count(app.KindItem), 700-len(bad); got != want {
				t.Errorf("items loaded: got %d, want %d", got, want)
			}
			lines := report.Lines()
			if first == nil {
				first = lines
			} else if !slices.Equal(lines, first) {
				t.Errorf("the report differs with GOMAXPROCS=%d:\n got %v\nwant %v", procs, lines, first)
			}
			if ws.ReadOnly() == nil {
				t.Error("a workspace with damaged files must be read-only")
			}
		})
	}
}

func TestOpenTellsProgress(t *testing.T) {
	for _, n := range []int{0, 5, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			fsys, _ := bigFS(t, n)
			var calls [][2]int
			_, err := loadWith(fsys, "", loadOptions{progress: func(done, total int) {
				calls = append(calls, [2]int{done, total}) // one call at a time, as promised
			}})
			if err != nil {
				t.Fatal(err)
			}
			if len(calls) == 0 || calls[len(calls)-1] != [2]int{n, n} {
				t.Fatalf("the last call: got %v, want done = total = %d", calls[max(len(calls)-1, 0):], n)
			}
			if len(calls) > 102 {
				t.Errorf("%d calls for %d files: want about a hundred at most", len(calls), n)
			}
			for i := 1; i < len(calls); i++ {
				if calls[i][0] <= calls[i-1][0] || calls[i][1] != n {
					t.Fatalf("call %d: %v after %v: want done rising and total %d", i, calls[i], calls[i-1], n)
				}
			}
		})
	}
}
