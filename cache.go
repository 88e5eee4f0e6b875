package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"storyline/data/store"
	"storyline/data/story"
	"storyline/data/text"
	"storyline/model"
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
	s.saving.Wait()
	if s.saveErr != nil {
		s.note(fmt.Sprintf("cache: %s; the timeline will be made afresh next time", text.Squeeze(s.saveErr.Error())))
	}
	if err := st.Close(); err != nil {
		s.note(fmt.Sprintf("cache: %s; some articles will be extracted again next time", text.Squeeze(err.Error())))
	}
}

// story makes the corpus's story (story.Build), or remakes it from the plan the store
// kept when the same documents were opened before: merging and ranking a large corpus
// costs more than reading its extractions back.
func (s *source) story(ctx context.Context, tl *model.Timeline) *model.Timeline {
	s.mu.Lock()
	st := s.store
	s.mu.Unlock()
	if st == nil {
		out, p := story.BuildPlan(tl, story.Options{})
		s.storyPlan = p
		return out
	}
	key := storyKey(tl)
	if raw, ok, err := st.GetStory(ctx, key, s.opts.Extractor); err == nil && ok {
		var p story.Plan
		if json.Unmarshal(raw, &p) == nil {
			if out, err := story.Apply(tl, p); err == nil {
				s.storyPlan = p
				return out
			}
		}
	}
	out, p := story.BuildPlan(tl, story.Options{})
	s.storyPlan = p
	raw, err := json.Marshal(p)
	if err == nil {
		err = st.PutStory(ctx, key, s.opts.Extractor, raw)
	}
	if err != nil {
		s.note(fmt.Sprintf("cache: %s; the story will be made again next time", text.Squeeze(err.Error())))
	}
	return out
}

// storyKey names a corpus by its documents and their events, whatever their order:
// document IDs are hashes of the articles' content, and event IDs follow from them. The
// events count as well as the documents, for a saved timeline of the same articles may
// hold fewer of them (boilerplate left out, a --key or --actor view), and its story is
// another.
func storyKey(tl *model.Timeline) string {
	var ids []string
	for _, d := range tl.Documents {
		ids = append(ids, d.ID)
	}
	for i := range tl.Events {
		for _, r := range tl.Events[i].Reports() {
			ids = append(ids, r.ID)
		}
	}
	slices.Sort(ids)
	h := sha256.New()
	for _, id := range ids {
		h.Write([]byte(id))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
