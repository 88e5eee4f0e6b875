package extract

import (
	"context"
	"iter"
	"runtime"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"storyline/data/input"
	"storyline/model"
)

// Cache keeps extractions between runs; the store implements it. key is an article's Key,
// extractor the fingerprint of the code and gazetteers that made the extraction.
type Cache interface {
	Get(ctx context.Context, key, extractor string) (model.Extraction, bool, error)
	Put(ctx context.Context, key, extractor string, x model.Extraction) error
}

// RunOptions configure a run over a corpus.
type RunOptions struct {
	Options
	Workers   int    // articles extracted at once; 0 means one per CPU
	Cache     Cache  // nil: extract everything afresh
	Extractor string // the fingerprint under which the cache keeps results (see Extractor)
	Total     int64  // input bytes in all, for progress; -1 when unknown
	// Progress and Warn are called from the goroutine that called Run, in input order,
	// whatever the number of workers.
	Progress func(Progress)
	Warn     func(error) // an input skipped, or the cache failing
}

// Progress is how far a run has got.
type Progress struct {
	Extracted, Cached, Saved, Skipped int
	Bytes, Total                      int64 // input bytes done and in all; Total is -1 when unknown
}

// Done is the number of inputs dealt with.
func (p Progress) Done() int { return p.Extracted + p.Cached + p.Saved + p.Skipped }

// Summary says what a run did.
type Summary struct {
	Progress
	Documents  int // in the timeline
	Duplicates int // articles met again (the same content in another file or line), kept once
}

type job struct {
	n  int
	it input.Item
}

type outcome struct {
	n      int
	x      *model.Extraction
	err    error
	bytes  int64
	cached bool
	saved  bool
}

// Run extracts every article the items give, on several workers, taking what it can from
// the cache and storing what it extracts, and merges the lot into one timeline. Skipped
// inputs are reported through Warn and cost only themselves. The timeline is the same
// whatever the number of workers: results are merged in input order.
func Run(ctx context.Context, items iter.Seq[input.Item], o RunOptions) (*model.Timeline, Summary, error) {
	if o.Gazetteer == nil {
		o.Gazetteer = builtinGazetteer()
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan job, workers)
	outs := make(chan outcome, workers)
	g.Go(func() error {
		defer close(jobs)
		n := 0
		for it := range items {
			select {
			case jobs <- job{n, it}:
				n++
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		return gctx.Err()
	})
	var cacheOff atomic.Bool
	warnCache := make(chan error, 1)
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				out := work(gctx, j, o, &cacheOff, warnCache)
				select {
				case outs <- out:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
	}
	go func() {
		g.Wait()
		close(outs)
	}()

	var exts []model.Extraction
	var sum Summary
	sum.Total = o.Total
	pending := map[int]outcome{}
	next := 0
	for {
		// A cancelled run returns at once, even while the reader is stuck on a pipe that
		// sends nothing: its goroutines end when their reads do.
		var out outcome
		var open bool
		select {
		case out, open = <-outs:
		case <-ctx.Done():
			return nil, sum, ctx.Err()
		}
		if !open {
			break
		}
		pending[out.n] = out
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			select {
			case err := <-warnCache:
				o.warn(err)
			default:
			}
			switch {
			case r.err != nil:
				sum.Skipped++
				o.warn(r.err)
			case r.saved:
				sum.Saved++
			case r.cached:
				sum.Cached++
			default:
				sum.Extracted++
			}
			if r.x != nil {
				exts = append(exts, *r.x)
			}
			sum.Bytes += r.bytes
			if o.Progress != nil {
				o.Progress(sum.Progress)
			}
		}
	}
	if err := g.Wait(); err != nil {
		return nil, sum, err
	}
	if err := ctx.Err(); err != nil {
		return nil, sum, err
	}
	tl := Merge(exts)
	sum.Documents = len(tl.Documents)
	sum.Duplicates = len(exts) - sum.Documents
	return tl, sum, nil
}

func (o RunOptions) warn(err error) {
	if o.Warn != nil {
		o.Warn(err)
	}
}

// work deals with one item: a skip, a saved document, or an article to extract or to take
// from the cache. A failing cache is reported once and then left alone for the run.
func work(ctx context.Context, j job, o RunOptions, cacheOff *atomic.Bool, warnCache chan<- error) outcome {
	out := outcome{n: j.n, bytes: j.it.Bytes}
	switch {
	case j.it.Err != nil:
		out.err = j.it.Err
		return out
	case j.it.Extraction != nil:
		out.x, out.saved = j.it.Extraction, true
		return out
	case j.it.Article == nil:
		return out
	}
	a := j.it.Article
	useCache := o.Cache != nil && !cacheOff.Load()
	key := Key(a, o.Options)
	if useCache {
		x, ok, err := o.Cache.Get(ctx, key, o.Extractor)
		if err != nil {
			useCache = !cacheFailed(err, cacheOff, warnCache)
		} else if ok {
			x.Document.Path = a.Path
			out.x, out.cached = &x, true
			return out
		}
	}
	x, err := document(ctx, a, o.Options, key)
	if err != nil {
		if ctx.Err() == nil { // a cancelled run reports the cancellation once, not per article
			out.err = err
		}
		return out
	}
	if useCache {
		if err := o.Cache.Put(ctx, key, o.Extractor, x); err != nil {
			cacheFailed(err, cacheOff, warnCache)
		}
	}
	out.x = &x
	return out
}

func cacheFailed(err error, off *atomic.Bool, warn chan<- error) bool {
	if off.CompareAndSwap(false, true) {
		warn <- &CacheError{err}
	}
	return true
}

// CacheError is a failure of the cache; the run goes on without it.
type CacheError struct{ Err error }

func (e *CacheError) Error() string { return "cache: " + e.Err.Error() + "; going on without it" }
func (e *CacheError) Unwrap() error { return e.Err }
