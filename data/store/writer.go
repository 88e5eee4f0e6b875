package store

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"storyline/model"
)

// batchSize bounds the documents written in one transaction: enough that a commit's cost
// is shared out, few enough that another storyline waiting to write waits well inside the
// busy timeout (a document takes about half a millisecond).
const batchSize = 128

// writer writes what Put hands it on a goroutine of its own, many documents to a
// transaction. Storing an article costs over half what extracting it did, and SQLite takes
// one writer at a time: written by the workers, the first open of a corpus would take half
// as long again, and on many cores several times as long. So the workers go on
// extracting, the timeline is shown when they are done, and the writing finishes behind
// it; Close waits for it.
//
// Extractions are shared, never changed (see extract.Merge), so the writer keeps the
// values it was given, and a Get of one not yet written is answered from them.
type writer struct {
	mu      sync.Mutex
	done    *sync.Cond // signalled when a batch is written
	queue   []pending
	writing int                           // documents taken from the queue and not yet written
	waiting map[cacheKey]model.Extraction // queued or being written
	err     error                         // the first failure, for the next Put and for Flush
	closed  bool
	wake    chan struct{} // has something for the goroutine to do; closed by Close
	stopped chan struct{}
}

type cacheKey struct{ key, extractor string }

type pending struct {
	cacheKey
	x model.Extraction
}

func (w *writer) start(write func([]pending) error) {
	w.done = sync.NewCond(&w.mu)
	w.waiting = map[cacheKey]model.Extraction{}
	w.wake = make(chan struct{}, 1)
	w.stopped = make(chan struct{})
	go w.loop(write)
}

func (w *writer) loop(write func([]pending) error) {
	defer close(w.stopped)
	for range w.wake {
		for {
			w.mu.Lock()
			n := min(len(w.queue), batchSize)
			batch := w.queue[:n:n]
			w.queue = w.queue[n:]
			if len(w.queue) == 0 {
				w.queue = nil // let go of the extractions written
			}
			w.writing = n
			w.mu.Unlock()
			if n == 0 {
				break
			}
			err := write(batch)
			w.mu.Lock()
			for _, p := range batch {
				delete(w.waiting, p.cacheKey)
			}
			w.writing = 0
			if err != nil && w.err == nil {
				w.err = err
			}
			w.done.Broadcast()
			w.mu.Unlock()
		}
	}
}

// add queues an extraction, or returns the failure of an earlier write.
func (w *writer) add(p pending) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return errClosed
	}
	if _, ok := w.waiting[p.cacheKey]; !ok {
		w.waiting[p.cacheKey] = p.x
		w.queue = append(w.queue, p)
	}
	select {
	case w.wake <- struct{}{}:
	default: // the goroutine is awake already
	}
	return nil
}

// find gives an extraction that waits to be written.
func (w *writer) find(k cacheKey) (model.Extraction, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	x, ok := w.waiting[k]
	return x, ok
}

// flush waits until everything queued is written, and returns the first failure.
func (w *writer) flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for len(w.queue) > 0 || w.writing > 0 {
		w.done.Wait()
	}
	return w.err
}

// stop writes what is queued and ends the goroutine.
func (w *writer) stop() error {
	err := w.flush()
	w.mu.Lock()
	if !w.closed {
		w.closed = true
		close(w.wake)
	}
	w.mu.Unlock()
	<-w.stopped
	return err
}

var errClosed = errors.New("store: closed")

// writeBatch is the writer's write: the documents of a batch in one transaction.
func (s *Store) writeBatch(batch []pending) error {
	ctx := context.Background() // the Puts' callers have moved on; the busy timeout bounds the wait
	return s.writeTx(ctx, func(tx *sql.Tx) error { return s.insert(ctx, tx, batch) })
}
