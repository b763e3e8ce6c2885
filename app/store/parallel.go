package store

import (
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"

	"canopy/app"
)

// Progress is told, while a workspace opens, how many of its entity files
// are read and decoded (done) out of how many there are (total). It is
// called from the goroutines that read, one call at a time, with done
// rising; about a hundred times for a big workspace, and last with done ==
// total. A window shows it as a progress bar (through fyne.Do).
type Progress func(done, total int)

// listed is one entry of a workspace's listing, in the listing's order: an
// error found from the name alone, an entity reused, or a file to read.
// decodeFiles fills in ent, sum and err of the files to read.
type listed struct {
	kind   app.Kind
	file   string // the file to read, or "" when the entry is settled
	id     string // the ID its name gives
	ent    app.Entity
	sum    hash
	err    error
	reused bool
}

// parallelFrom is the number of files from which decodeFiles uses more
// than one goroutine: below it, starting them costs more than it saves.
const parallelFrom = 64

// decodeFiles reads and decodes the files of steps on all cores, each
// result stored in its own entry so that the order of the steps, not the
// timing of the goroutines, decides the order of what comes out.
func decodeFiles(fsys fs.FS, steps []listed, progress Progress) {
	var todo []int
	for i := range steps {
		if steps[i].file != "" && steps[i].err == nil && steps[i].ent == nil {
			todo = append(todo, i)
		}
	}
	total := len(todo)
	report := reporter(total, progress)
	workers := min(runtime.GOMAXPROCS(0), total/parallelFrom+1)
	if workers <= 1 {
		for n, i := range todo {
			steps[i].read(fsys)
			report(n + 1)
		}
		report(total)
		return
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				n := int(next.Add(1)) - 1
				if n >= total {
					return
				}
				steps[todo[n]].read(fsys)
				report(int(done.Add(1)))
			}
		})
	}
	wg.Wait()
	report(total)
}

// read reads and decodes the file of s.
func (s *listed) read(fsys fs.FS) {
	s.ent, s.sum, s.err = readEntity(fsys, s.kind, s.file, s.id)
}

// reporter returns a function to call with the count of files done; it
// calls progress, one call at a time, each time about 1% more is done and
// once at total, never with a smaller count than before.
func reporter(total int, progress Progress) func(done int) {
	if progress == nil {
		return func(int) {}
	}
	every := max(total/100, 1)
	var mu sync.Mutex
	last := -1
	return func(done int) {
		if done != total && done%every != 0 {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if done > last {
			last = done
			progress(done, total)
		}
	}
}
