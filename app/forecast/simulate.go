package forecast

import (
	"math"
	"math/rand/v2"
	"slices"
)

// target is one release or initiative in the simulation: it is finished
// when a future has finished pos items of the queue.
type target struct {
	pos int32
	f   *Forecast
}

// streams gives each simulated future its own random numbers, from the
// seed and the future's number: what a future draws does not depend on how
// many weeks the futures before it drew, so forecasting the initiatives too
// leaves the releases' dates as they are. The benchmark's baseline draws
// from the same streams.
type streams struct {
	seed uint64
	src  *rand.PCG
	r    *rand.Rand
}

func newStreams(seed uint64) *streams {
	src := rand.NewPCG(seed, 0)
	return &streams{seed: seed, src: src, r: rand.New(src)}
}

// future returns the random numbers of future n.
func (s *streams) future(n int) *rand.Rand {
	s.src.Seed(s.seed, mix(uint64(n)))
	return s.r
}

// mix is SplitMix64's finalizer: consecutive futures get unrelated streams.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// simulate runs the futures and fills each target's dates and chance. In
// each future, week after week a past week's throughput is drawn at random
// and that many items of the queue are finished; a target finishes on the
// day within that week proportional to how far into the week's items its
// last one lies.
func simulate(targets []target, weeks []Week, o Options) {
	slices.SortStableFunc(targets, func(a, b target) int { return int(a.pos - b.pos) })
	n := len(weeks)
	draws := make([]int32, n)
	// day[first[i]+k-1] is the day of its week (1–7) on which a week that
	// finishes draws[i] items finishes its k-th: k/draws[i] of the way
	// through, rounded up. A table, so the loop below divides nothing.
	first := make([]int32, n)
	total := 0
	for _, w := range weeks {
		total += w.Done
	}
	day := make([]int8, 0, total)
	for i, w := range weeks {
		draws[i] = int32(w.Done)
		first[i] = int32(len(day))
		d := 1 // ceil(7k / Done), by additions
		for k := 1; k <= w.Done; k++ {
			for 7*k > d*w.Done {
				d++
			}
			day = append(day, int8(d))
		}
	}
	pos := make([]int32, len(targets))
	for k, t := range targets {
		pos[k] = t.pos
	}
	const horizon = 7 * HorizonWeeks
	// hist[k][d] counts the futures in which target k finishes d days from
	// today; index horizon+1 counts those beyond the horizon.
	hist := make([][]int32, len(targets))
	for k := range hist {
		hist[k] = make([]int32, 64)
	}
	st := newStreams(o.Seed)
	nt := len(pos)
	pos = append(pos, math.MaxInt32) // a sentinel: no future reaches it
	for run := range o.Runs {
		r := st.future(run)
		cum, k, w, i := int32(0), 0, 0, 0
		next := pos[0]
		for {
			// Draw weeks until the next target is reached, as tight as a
			// bare loop.
			for cum < next && w < HorizonWeeks {
				i = r.IntN(n)
				cum += draws[i]
				w++
			}
			if cum < next {
				for ; k < nt; k++ {
					hist[k] = count(hist[k], horizon+1)
				}
				break
			}
			// The last week drawn (w-1) finishes targets k…: on the day its
			// share of the week's items says.
			before := cum - draws[i]
			for { // pos[k] <= cum here
				d := 7*(w-1) + int(day[first[i]+pos[k]-before-1])
				if h := hist[k]; d < len(h) {
					h[d]++
				} else {
					hist[k] = count(h, d)
				}
				k++
				if pos[k] > cum { // mostly: targets rarely share a week
					break
				}
			}
			if k == nt {
				break
			}
			next = pos[k]
		}
	}
	for k, tg := range targets {
		finish(tg.f, hist[k], o, horizon)
	}
}

// count adds one future finishing on day d to a histogram, growing it.
func count(h []int32, d int) []int32 {
	if d >= len(h) {
		h = append(h, make([]int32, d+1-len(h)+16)...)
	}
	h[d]++
	return h
}

// finish reads the dates and the chance off a target's histogram.
func finish(f *Forecast, h []int32, o Options, horizon int) {
	if f.Planned.IsZero() {
		f.HasChance = false
	} else {
		by := o.Today.DaysUntil(f.Planned)
		ok := int32(0)
		for d := 0; d < len(h) && d <= by && d <= horizon; d++ {
			ok += h[d]
		}
		f.Chance, f.HasChance = float64(ok)/float64(o.Runs), true
	}
	p50, p85, p95 := percentile(h, o.Runs, 50), percentile(h, o.Runs, 85), percentile(h, o.Runs, 95)
	if p95 > horizon {
		f.Reason = "at the recent throughput its work would take more than ten years"
		return
	}
	f.P50, f.P85, f.P95 = o.Today.AddDays(p50), o.Today.AddDays(p85), o.Today.AddDays(p95)
	f.Spread = make([]int, (len(h)+6)/7)
	for d, c := range h {
		if c > 0 {
			f.Spread[max(d-1, 0)/7] += int(c)
		}
	}
	for len(f.Spread) > 0 && f.Spread[len(f.Spread)-1] == 0 {
		f.Spread = f.Spread[:len(f.Spread)-1]
	}
}

// percentile returns the smallest day by which at least p % of the runs
// finish.
func percentile(h []int32, runs, p int) int {
	need := int32((runs*p + 99) / 100)
	sum := int32(0)
	for d, c := range h {
		sum += c
		if sum >= need {
			return d
		}
	}
	return len(h)
}
