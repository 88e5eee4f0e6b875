package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyline/data/article"
	"storyline/data/extract"
	"storyline/data/format"
	"storyline/data/sample"
	"storyline/data/story"
	"storyline/model"
)

// storyOf is the merged, ranked timeline of MEANTIME's Apple articles and the sample: real
// documents, mentions, quotes, merged reports and key dates.
func storyOf(tb testing.TB) *model.Timeline {
	tb.Helper()
	again, err := article.Parse("again.md", append(bytes.Clone(sample.Article), "\n\nMore to follow.\n"...)) // the same story, another page
	if err != nil {
		tb.Fatal(err)
	}
	arts := append(meantimeArticles(tb), sampleArticle(tb), again)
	var xs []model.Extraction
	for _, k := range extractAll(tb, arts) {
		xs = append(xs, k.x)
	}
	return story.Build(extract.Merge(xs), story.Options{})
}

func jsonOf(tb testing.TB, tl *model.Timeline) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := format.WriteJSON(&b, tl); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func TestSnapshotRoundTrip(t *testing.T) {
	tl := storyOf(t)
	if len(tl.KeyDates) == 0 || len(tl.Events) < 100 {
		t.Fatalf("the test timeline should be ranked and large: %d events, %d key dates", len(tl.Events), len(tl.KeyDates))
	}
	merged := 0
	for _, e := range tl.Events {
		merged += len(e.Also)
	}
	if merged == 0 {
		t.Fatal("the test timeline should hold merged reports")
	}
	buf := EncodeTimeline(tl, "31 articles read")
	got, note, err := DecodeTimeline(buf)
	if err != nil {
		t.Fatal(err)
	}
	if note != "31 articles read" {
		t.Errorf("note %q", note)
	}
	if want := jsonOf(t, tl); !bytes.Equal(jsonOf(t, got), want) {
		t.Error("the timeline read back differs from the one written (as JSON)")
	}
	for i := range tl.Events {
		if a, b := tl.Events[i].When, got.Events[i].When; a != b {
			t.Fatalf("event %d: when %v, read back %v", i, a, b)
		}
	}
	keyed := tl.Key(3)
	if got, _, err := DecodeTimeline(EncodeTimeline(keyed, "")); err != nil || got.KeyDays != 3 || !bytes.Equal(jsonOf(t, got), jsonOf(t, keyed)) {
		t.Errorf("a key-events timeline should read back the same (%v)", err)
	}
}

func TestSnapshotRefusesDamage(t *testing.T) {
	buf := EncodeTimeline(storyOf(t), "")
	for _, cut := range []int{0, 10, len(buf) / 2, len(buf) - 1} {
		if _, _, err := DecodeTimeline(buf[:cut]); err == nil {
			t.Errorf("a snapshot cut at %d of %d bytes was read", cut, len(buf))
		}
	}
	if _, _, err := DecodeTimeline(append(bytes.Clone(buf), 0)); err == nil {
		t.Error("a snapshot with trailing bytes was read")
	}
}

// FuzzDecodeTimeline: whatever bytes a damaged database gives back, decoding fails
// cleanly or gives a timeline; it never panics nor allocates without bound.
func FuzzDecodeTimeline(f *testing.F) {
	small := model.NewTimeline([]model.Document{{ID: "d", Body: "Text.", Quotes: []model.Quote{{ID: "q", Text: "x"}}}},
		[]model.Actor{{ID: "a", Name: "A", Aliases: []string{"AA"}}}, []model.Source{{ID: "s"}}, nil,

		[]model.Event{{ID: "e", Doc: "d", When: model.OnDay(model.Day(2015, 10, 7)), Actors: []string{"a"}, Quotes: []int{0},
			Also: []model.Event{{ID: "e2", Doc: "d", Spans: []model.Span{{Start: 0, End: 4}}}}}})

	small.KeyDates = []model.KeyDate{{Day: model.Day(2015, 10, 7), Salience: 2, Events: []string{"e"}}}
	f.Add(EncodeTimeline(small, "note"))
	f.Add([]byte(snapshotMagic))
	f.Add([]byte(snapshotMagic + "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tl, _, err := DecodeTimeline(b)
		if err == nil && tl == nil {
			t.Fatal("no error and no timeline")
		}
	})
}

func TestSnapshotFiles(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "store.db")
	s := openAt(t, path)
	dir := filepath.Join(filepath.Dir(path), "snapshots")
	files := func() []string {
		entries, _ := os.ReadDir(dir)
		var out []string
		for _, e := range entries {
			out = append(out, e.Name())
		}
		return out
	}
	if _, _, ok, err := s.GetSnapshot(ctx, "corpus", "v1"); ok || err != nil {
		t.Fatalf("empty store: %v %v", ok, err)
	}
	for _, body := range []string{"first", "second, longer"} {
		if err := s.PutSnapshot(ctx, "corpus", "v1", "inputs "+body, []byte(body)); err != nil {
			t.Fatal(err)
		}
		data, inputs, ok, err := s.GetSnapshot(ctx, "corpus", "v1")
		if err != nil || !ok || string(data) != body || inputs != "inputs "+body {
			t.Fatalf("got %q %q %v %v", data, inputs, ok, err)
		}
	}
	if got := files(); len(got) != 1 {
		t.Errorf("a replaced snapshot's file should go: %v", got)
	}
	// A file cut short is no snapshot.
	os.WriteFile(filepath.Join(dir, files()[0]), []byte("sec"), 0o600)
	if _, _, ok, err := s.GetSnapshot(ctx, "corpus", "v1"); ok || err != nil {
		t.Errorf("a file of the wrong size was taken: %v %v", ok, err)
	}
	if _, _, ok, _ := s.GetSnapshot(ctx, "corpus", "v2"); ok {
		t.Error("another extractor's snapshot was given")
	}
	s.PutSnapshot(ctx, "other", "v1", "in", []byte("x"))
	in, err := s.Info(ctx)
	if err != nil || in.Snapshots != 2 {
		t.Errorf("info: %+v %v", in, err)
	}
	// Pruning an extractor takes its snapshots' files.
	s.PutSnapshot(ctx, "third", "v3", "in", []byte("y"))
	s.Close()
	s = openAt(t, path)
	s.now = func() time.Time { return time.Now().Add(PruneAfter + 24*time.Hour) }
	if _, _, ok, err := s.GetSnapshot(ctx, "third", "v3"); !ok || err != nil {
		t.Fatalf("v3's snapshot: %v %v", ok, err)
	}
	if got := files(); len(got) != 1 {
		t.Errorf("v1's snapshots' files should go with it: %v", got)
	}
	if err := s.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	if got := files(); len(got) != 0 {
		t.Errorf("clearing should remove the snapshots' files: %v", got)
	}
}
