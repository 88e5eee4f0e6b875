package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"storyline/data/store"
	"storyline/data/text"
)

// openCache connects the run to the store of extractions. A store that cannot be opened
// costs only the speed-up: the run goes on without it and says why.
func (s *source) openCache(ctx context.Context) {
	path, err := store.DefaultPath()
	if err != nil {
		s.note("cache: no cache folder (" + err.Error() + "); going on without it")
		return
	}
	st, err := store.Open(ctx, path)
	var newer *store.NewerError
	switch {
	case errors.As(err, &newer):
		s.note(err.Error())
		return
	case err != nil:
		s.note(fmt.Sprintf("cache: %s; going on without it", text.Squeeze(err.Error())))
		return
	}
	if n := st.Notice(); n != "" {
		s.note(n)
	}
	s.mu.Lock()
	s.store = st
	s.mu.Unlock()
	s.opts.Cache = st
}

// closeCache waits for the store's queued writes and closes it; a failure to write is
// worth a line, not the run.
func (s *source) closeCache() {
	s.mu.Lock()
	running, st := s.running, s.store
	s.store = nil
	s.mu.Unlock()
	if st == nil {
		return
	}
	// A cancelled load winds down before its store closes, unless it is stuck reading a
	// pipe that sends nothing; the store survives being left mid-write.
	select {
	case <-running:
	case <-time.After(2 * time.Second):
	}
	if err := st.Close(); err != nil {
		s.note(fmt.Sprintf("cache: %s; some articles will be extracted again next time", text.Squeeze(err.Error())))
	}
}
