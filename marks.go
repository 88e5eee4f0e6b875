package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"storyline/data/store"
	"storyline/data/text"
	"storyline/model"
)

// corpusMarks keeps the reader's stars and notes for one corpus in the marks store.
type corpusMarks struct {
	st     *store.Store
	corpus string
}

func (c corpusMarks) Marks(ctx context.Context) (map[string]model.Mark, error) {
	return c.st.Marks(ctx, c.corpus)
}

func (c corpusMarks) PutMark(ctx context.Context, event string, m model.Mark) error {
	return c.st.PutMark(ctx, c.corpus, event, m)
}

// corpusName names a corpus by what it was opened from: the inputs' absolute paths, in
// any order. A folder that gains articles keeps its marks; events are found by their IDs,
// which come from their content.
func corpusName(s *source) string {
	switch {
	case s.sample:
		return "sample"
	case len(s.c.files) == 0:
		return "stdin"
	}
	paths := make([]string, 0, len(s.c.files))
	for _, f := range s.c.files {
		if abs, err := filepath.Abs(f); err == nil {
			f = abs
		}
		paths = append(paths, filepath.Clean(f))
	}
	slices.Sort(paths)
	return strings.Join(slices.Compact(paths), "\n")
}

// openMarks opens the marks store; without it stars and notes last the session, which the
// explorer says when one is made.
func openMarks(ctx context.Context, s *source) (*store.Store, corpusMarks, bool) {
	st, err := store.Open(ctx, store.MarksPath())
	if err != nil {
		var newer *store.NewerError
		if !errors.As(err, &newer) {
			err = fmt.Errorf("marks: %s; stars and notes will last this session only", text.Squeeze(err.Error()))
		}
		s.note(err.Error())
		return nil, corpusMarks{}, false
	}
	return st, corpusMarks{st, corpusName(s)}, true
}
