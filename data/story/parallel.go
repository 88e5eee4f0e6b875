package story

import (
	"runtime"

	"golang.org/x/sync/errgroup"
)

// each runs f(i) for i in [0, n) on all cores, in chunks: the steps of Build over a
// corpus's events or days are independent of one another, and each writes only its own
// results, so the outcome does not depend on the number of cores.
func each(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 64 || workers == 1 {
		for i := range n {
			f(i)
		}
		return
	}
	chunk := max(16, n/(workers*8))
	var g errgroup.Group
	g.SetLimit(workers)
	for start := 0; start < n; start += chunk {
		g.Go(func() error {
			for i := start; i < min(start+chunk, n); i++ {
				f(i)
			}
			return nil
		})
	}
	g.Wait()
}
