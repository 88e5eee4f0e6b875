package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"storyline/data/store"
	"storyline/data/text"
	"storyline/model"
)

// A corpus opened again from unchanged files is shown from the snapshot of its timeline
// the store kept the last time, without reading, extracting or merging anything: a
// million events are on screen in about a second. The files are checked by name, size and
// modification time, so an article added, removed or edited makes the timeline afresh.

// snapshotKey names the corpus for its snapshot (its inputs as given and the options that
// shape its timeline) and fingerprints the files; ok is false for standard input, which
// cannot be checked, for the sample, which is quick to make, and with --strict, which
// asks for every input to be read and checked.
func (s *source) snapshotKey() (key, inputs string, ok bool) {
	if s.sample || s.c.strict {
		return "", "", false
	}
	h := sha256.New()
	fmt.Fprintf(h, "corpus\x00%s\x00date\x00%s\x00", corpusName(s), s.opts.Date.Format(time.RFC3339))
	key = hex.EncodeToString(h.Sum(nil))
	f := sha256.New()
	for _, file := range s.plan.Files {
		if file.Path == "-" {
			return "", "", false
		}
		errText := ""
		if file.Err != nil {
			errText = file.Err.Error()
		}
		fmt.Fprintf(f, "%s\x00%d\x00%d\x00%s\x00", file.Path, file.Size, file.Mod.UnixNano(), errText)
	}
	fmt.Fprintf(f, "ignored\x00%d\x00", len(s.plan.Ignored))
	return key, hex.EncodeToString(f.Sum(nil)), true
}

// fromSnapshot is the corpus's timeline from its snapshot, when the files have not
// changed since it was made; nil otherwise.
func (s *source) fromSnapshot(ctx context.Context) *model.Timeline {
	key, inputs, ok := s.snapshotKey()
	if !ok || s.store == nil {
		return nil
	}
	data, made, found, err := s.store.GetSnapshot(ctx, key, s.opts.Extractor)
	if err != nil || !found || made != inputs {
		return nil
	}
	tl, note, err := store.DecodeTimeline(data)
	if err != nil {
		s.note("cache: the saved timeline is damaged (" + text.Squeeze(err.Error()) + "); making it afresh")
		return nil
	}
	s.snapNote = note
	return tl
}

// saveSnapshot keeps the timeline for the next open, in the background: the explorer is
// already showing it. closeCache waits for it.
func (s *source) saveSnapshot(tl *model.Timeline) {
	key, inputs, ok := s.snapshotKey()
	s.mu.Lock()
	st := s.store
	s.mu.Unlock()
	if !ok || st == nil {
		return
	}
	note := ""
	if s.wantSummary() {
		note = s.summary()
	}
	s.saving.Add(1)
	go func() {
		defer s.saving.Done()
		if err := st.PutSnapshot(context.Background(), key, s.opts.Extractor, inputs, store.EncodeTimeline(tl, note)); err != nil {
			s.mu.Lock()
			s.saveErr = err
			s.mu.Unlock()
		}
	}()
}
