package store

import (
	"context"
	"maps"
	"path/filepath"
	"testing"

	"storyline/model"
)

func TestMarks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marks.db")
	ctx := context.Background()
	s := openAt(t, path)
	if got, err := s.Marks(ctx, "/news/syria"); err != nil || len(got) != 0 {
		t.Fatalf("empty store: %v, %v", got, err)
	}
	puts := []struct {
		corpus, event string
		m             model.Mark
	}{
		{"/news/syria", "e1", model.Mark{Starred: true}},
		{"/news/syria", "e2", model.Mark{Note: "check the date — “Houla”, 25 May"}},
		{"/news/syria", "e1", model.Mark{Starred: true, Note: "key"}},
		{"/news/egypt", "e1", model.Mark{Starred: true}},
		{"/news/syria", "e3", model.Mark{Starred: true}},
		{"/news/syria", "e3", model.Mark{}}, // unstarred, no note: gone
	}
	for _, p := range puts {
		if err := s.PutMark(ctx, p.corpus, p.event, p.m); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]model.Mark{"e1": {Starred: true, Note: "key"}, "e2": {Note: "check the date — “Houla”, 25 May"}}
	check := func(when string) {
		t.Helper()
		got, err := s.Marks(ctx, "/news/syria")
		if err != nil || !maps.Equal(got, want) {
			t.Errorf("%s: got %v (%v), want %v", when, got, err, want)
		}
	}
	check("after the puts")
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	check("clearing the extractions keeps the marks")
	s.Close()
	s = openAt(t, path)
	check("reopened")
	s.Close()
	if _, err := s.Marks(ctx, "/news/syria"); err == nil {
		t.Error("a closed store should refuse")
	}
}
