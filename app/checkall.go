package app

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// checkAllFrom is the number of entities from which checkAll uses every
// core: below it, starting goroutines costs more than it saves.
const checkAllFrom = 512

// checkAll applies the rules of each entity to ents, on all cores for many,
// and returns the problems in the order of ents whatever the timing. The
// rules only read the workspace, so the entities can be checked side by
// side.
func checkAll(ws *Workspace, ents []Entity) Problems {
	workers := min(runtime.GOMAXPROCS(0), len(ents)/checkAllFrom+1)
	if workers <= 1 {
		var out Problems
		for _, e := range ents {
			out = append(out, checkEntity(ws, e)...)
		}
		return out
	}
	const chunk = 256
	found := make([]Problems, (len(ents)+chunk-1)/chunk)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				c := int(next.Add(1)) - 1
				if c >= len(found) {
					return
				}
				for _, e := range ents[c*chunk : min((c+1)*chunk, len(ents))] {
					found[c] = append(found[c], checkEntity(ws, e)...)
				}
			}
		})
	}
	wg.Wait()
	var out Problems
	for _, ps := range found {
		out = append(out, ps...)
	}
	return out
}
