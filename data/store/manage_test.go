package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"storyline/data/article"
)

func TestInfo(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	day := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return day }
	all := extractAll(t, append(meantimeArticles(t)[:3], sampleArticle(t)))
	for i, k := range all {
		if i == 3 {
			s.Flush()                // the writer reads the clock
			day = day.Add(time.Hour) // a second build, an hour later
		}
		extractor := map[bool]string{true: "new build", false: "old build"}[i == 3]
		if err := s.Put(ctx, k.key, extractor, k.x); err != nil {
			t.Fatal(err)
		}
	}
	in, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if in.Path != s.Path() || in.Size <= 0 || in.Schema != len(migrations) || in.Documents != 4 ||
		!in.LastUsed.Equal(day) {
		t.Errorf("Info = %+v", in)
	}
	if len(in.Extractors) != 2 || in.Extractors[0].Extractor != "new build" || in.Extractors[0].Documents != 1 ||
		in.Extractors[1].Documents != 3 || !in.Extractors[1].LastUsed.Equal(day.Add(-time.Hour)) {
		t.Errorf("Info.Extractors = %+v", in.Extractors)
	}
}

// Clear drops every extraction, gives the space back, and leaves a store that works.
func TestClear(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openAt(t, path)
	ctx := context.Background()
	all := extractAll(t, meantimeArticles(t))
	for _, k := range all {
		if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
			t.Fatal(err)
		}
	}
	full, _ := s.Info(ctx)
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	in, err := s.Info(ctx)
	if err != nil || in.Documents != 0 || len(in.Extractors) != 0 || in.Size >= full.Size/2 {
		t.Errorf("after Clear: %+v, %v (before: %d bytes)", in, err, full.Size)
	}
	for _, table := range []string{"documents", "extractors", "mentions", "quotes", "events"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows, %v", table, n, err)
		}
	}
	if _, ok, err := s.Get(ctx, all[0].key, testExtractor); ok || err != nil {
		t.Errorf("Get after Clear: %v, %v", ok, err)
	}
	putSample(t, s)
}

// Extractions of other extractors go once unused for PruneAfter: at the first Get or Put
// of a run, whatever the extractor of that run.
func TestPrune(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	ctx := context.Background()
	k := extractAll(t, []*article.Article{sampleArticle(t)})[0]
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	run := func(extractor string, at time.Time, put bool) bool {
		t.Helper()
		s := openAt(t, path)
		defer s.Close()
		s.now = func() time.Time { return at }
		if put {
			if err := s.Put(ctx, k.key, extractor, k.x); err != nil {
				t.Fatal(err)
			}
		}
		_, ok, err := s.Get(ctx, k.key, extractor)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	has := func(extractor string) bool {
		t.Helper()
		s := openAt(t, path)
		defer s.Close()
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM documents WHERE extractor = ?", extractor).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n > 0
	}
	run("v1", now, true)
	run("v2", now.Add(10*24*time.Hour), true)
	// A run of v3 29 days after v1's last: both older builds stay.
	run("v3", now.Add(29*24*time.Hour), true)
	if !has("v1") || !has("v2") {
		t.Fatal("pruned too early")
	}
	// 31 days after v1's last use: v1 goes, with all its rows; v2 (21 days) stays.
	run("v3", now.Add(31*24*time.Hour), false)
	if has("v1") || !has("v2") || !has("v3") {
		t.Errorf("after 31 days: v1 %v, v2 %v, v3 %v; want only v1 gone", has("v1"), has("v2"), has("v3"))
	}
	// A store left alone for a year keeps what the build that opens it made, however old.
	if !run("v3", now.Add(365*24*time.Hour), false) {
		t.Error("the running extractor's extractions were pruned")
	}
	if has("v2") {
		t.Error("v2 outlived a year unused")
	}
	s := openAt(t, path)
	for _, table := range []string{"mentions", "quotes", "events"} {
		var orphans int
		if err := s.db.QueryRow("SELECT count(*) FROM " + table + " WHERE doc NOT IN (SELECT id FROM documents)").Scan(&orphans); err != nil || orphans != 0 {
			t.Errorf("%s: %d rows of pruned documents, %v", table, orphans, err)
		}
	}
}
