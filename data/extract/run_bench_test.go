package extract

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"storyline/data/input"
)

// benchCorpus is the fixed set of real articles the corpus benchmarks run on: the
// Timeline17 topics LibyaWar_reuters and bpoil_bbc (672 articles), laid out as
// ../shared/corpora/README.md says, or wherever STORYLINE_T17 points. It is copyrighted
// news, never in the repository: without it the benchmarks skip.
func benchCorpus(b *testing.B) (input.Plan, []input.Item) {
	dir := os.Getenv("STORYLINE_T17")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, "storyline-corpora", "t17")
	}
	var paths []string
	for _, topic := range []string{"LibyaWar_reuters", "bpoil_bbc"} {
		p := filepath.Join(dir, topic, "articles.jsonl")
		if _, err := os.Stat(p); err != nil {
			b.Skip("no Timeline17 corpus at", dir)
		}
		paths = append(paths, p)
	}
	plan := input.Expand(paths)
	var items []input.Item
	for it := range input.Read(context.Background(), plan, input.Options{}) {
		if it.Article != nil {
			items = append(items, it)
		}
	}
	return plan, items
}

// BenchmarkRunCorpus reads, extracts and merges the real articles with one worker and with
// all cores, from memory so that the disk does not count: articles/s and MB/s of the
// whole pipeline.
func BenchmarkRunCorpus(b *testing.B) {
	_, items := benchCorpus(b)
	var bytes int64
	for _, it := range items {
		bytes += int64(len(it.Article.Body))
	}
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Run(context.Background(), func(yield func(input.Item) bool) {
					for _, it := range items {
						if !yield(it) {
							return
						}
					}
				}, RunOptions{Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(items))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
