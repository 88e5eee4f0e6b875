package store

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"storyline/data/article"
	"storyline/data/extract"
	"storyline/data/input"
)

// The store as extract.Run uses it: the second run over the same articles, in another
// process, takes every one from the store and makes the same timeline; a changed article
// is extracted again.
func TestRunTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	arts := append(meantimeArticles(t), sampleArticle(t))
	run := func(arts []*article.Article) (extract.Summary, any) {
		t.Helper()
		s := openAt(t, path)
		defer s.Close()
		items := func(yield func(input.Item) bool) {
			for a := range slices.Values(arts) {
				if !yield(input.Item{Article: a}) {
					return
				}
			}
		}
		tl, sum, err := extract.Run(context.Background(), items, extract.RunOptions{Cache: s, Extractor: testExtractor,
			Warn: func(err error) { t.Error(err) }})
		if err != nil {
			t.Fatal(err)
		}
		return sum, tl
	}
	first, tl1 := run(arts)
	second, tl2 := run(arts)
	if first.Extracted != len(arts) || second.Cached != len(arts) || second.Extracted != 0 {
		t.Errorf("first run %+v, second %+v; want all extracted, then all cached", first.Progress, second.Progress)
	}
	if !reflect.DeepEqual(tl1, tl2) {
		t.Error("the timeline from the store differs from the one extracted")
	}
	changed := *arts[0]
	changed.Body += "\n\nThe company said on Tuesday it would appeal."
	third, _ := run(append([]*article.Article{&changed}, arts[1:]...))
	if third.Extracted != 1 || third.Cached != len(arts)-1 {
		t.Errorf("after changing one article: %+v; want 1 extracted", third.Progress)
	}
}
