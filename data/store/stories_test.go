package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

func TestStories(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	ctx := context.Background()
	s := openAt(t, path)
	if _, ok, err := s.GetStory(ctx, "corpus", "v1"); ok || err != nil {
		t.Fatalf("empty store: ok %v, err %v", ok, err)
	}
	for _, plan := range []string{`{"merged":[["a-e1","b-e2"]]}`, `{"merged":[]}`} {
		if err := s.PutStory(ctx, "corpus", "v1", []byte(plan)); err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.GetStory(ctx, "corpus", "v1")
		if err != nil || !ok || string(got) != plan {
			t.Fatalf("got %q, %v, %v; want %q", got, ok, err, plan)
		}
	}
	if _, ok, _ := s.GetStory(ctx, "corpus", "v2"); ok {
		t.Error("another extractor's story was given")
	}
	s.Close()

	// A story goes with its extractor when that is pruned.
	s = openAt(t, path)
	s.now = func() time.Time { return time.Now().Add(PruneAfter + 24*time.Hour) }
	if _, ok, err := s.GetStory(ctx, "other corpus", "v2"); ok || err != nil {
		t.Fatal(ok, err)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM stories").Scan(&n); err != nil || n != 0 {
		t.Errorf("%d stories after pruning v1 (%v)", n, err)
	}
	if err := s.PutStory(ctx, "corpus", "v2", []byte("{}")); err != nil {
		t.Fatal(err)
	}
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.GetStory(ctx, "corpus", "v2"); ok {
		t.Error("a story survived Clear")
	}
	s.Close()
	if _, _, err := s.GetStory(ctx, "corpus", "v2"); err == nil {
		t.Error("GetStory after Close: no error")
	}
}
