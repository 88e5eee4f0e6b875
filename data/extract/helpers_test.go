package extract

import (
	"context"
	"slices"
	"testing"

	"storyline/data/article"
	"storyline/data/input"
	"storyline/model"
)

// runArticles runs the corpus pipeline on the given articles.
func runArticles(tb testing.TB, o RunOptions, arts ...*article.Article) *model.Timeline {
	tb.Helper()
	tl, _, err := Run(context.Background(), itemsOf(arts...), o)
	if err != nil {
		tb.Fatal(err)
	}
	return tl
}

func itemsOf(arts ...*article.Article) func(func(input.Item) bool) {
	return func(yield func(input.Item) bool) {
		for a := range slices.Values(arts) {
			if !yield(input.Item{Article: a}) {
				return
			}
		}
	}
}
