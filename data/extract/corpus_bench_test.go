package extract

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"storyline/data/article"
	"storyline/data/input"
	"storyline/data/text"
	"storyline/data/timex"
	"storyline/model"
)

// benchTopics are the Timeline17 topics of the fixed benchmark set: 672 Reuters and BBC
// articles, the set scripts/bench-chrono.sh gives chrono-node too.
var benchTopics = []string{"LibyaWar_reuters", "bpoil_bbc"}

// t17Dir is where the Timeline17 corpus is laid out as <topic>/articles.jsonl: the
// directory named by STORYLINE_T17, or ~/storyline-corpora/t17. The articles are
// copyrighted news, so they are never in the repository.
func t17Dir() string {
	if d := os.Getenv("STORYLINE_T17"); d != "" {
		return d
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, "storyline-corpora", "t17")
}

// benchSet reads the fixed benchmark set as the command line does, each article with its
// publication date, and its size in bytes; it skips when the corpus is not here.
func benchSet(tb testing.TB) ([]*article.Article, int) {
	tb.Helper()
	var paths []string
	for _, topic := range benchTopics {
		p := filepath.Join(t17Dir(), topic, "articles.jsonl")
		if _, err := os.Stat(p); err != nil {
			tb.Skipf("no Timeline17 corpus at %s (set STORYLINE_T17)", p)
		}
		paths = append(paths, p)
	}
	var arts []*article.Article
	size := 0
	for it := range input.Read(context.Background(), input.Expand(paths), input.Options{}) {
		if it.Article != nil {
			arts = append(arts, it.Article)
			size += len(it.Article.Body)
		}
	}
	return arts, size
}

// warmUp extracts the set once, untimed, as a run's first articles would: the gazetteers
// that are read on first use (GeoNames' towns, some 20 ms, measured on its own by
// BenchmarkGeonamesLoad) are then read, and the figures are of the work on each article.
func warmUp(arts []*article.Article) {
	for _, a := range arts {
		Document(context.Background(), a, Options{Gazetteer: builtinGazetteer()})
	}
}

// reportRate reports the rate: one op is a pass over the whole set.
func reportRate(b *testing.B, articles, size int) {
	perOp := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/perOp, "articles/s")
	b.ReportMetric(perOp*1e9/float64(size), "ns/byte")
}

// BenchmarkCorpusT17 is the whole extraction of each of the 672 articles of the fixed set,
// one after another on one goroutine, as a worker of Run does it. One op is the whole set.
func BenchmarkCorpusT17(b *testing.B) {
	arts, size := benchSet(b)
	warmUp(arts)
	o := Options{Gazetteer: builtinGazetteer()}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Document(ctx, a, o)
		}
	}
	reportRate(b, len(arts), size)
}

// BenchmarkCorpusT17Timex is the time-expression engine alone on the same set: cleanup,
// tokens, sentences, tagging and normalisation against each article's own date, which is
// what chrono-node's parse() does.
func BenchmarkCorpusT17Timex(b *testing.B) {
	arts, size := benchSet(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			timex.Tag(text.Analyze(a.Body), timex.Options{DCT: a.Published})
		}
	}
	reportRate(b, len(arts), size)
}

// BenchmarkRunCorpus is the whole pipeline over the set (extraction on the workers, then
// the merge into one timeline) with one worker and with all cores, from memory so that the
// disk does not count.
func BenchmarkRunCorpus(b *testing.B) {
	arts, size := benchSet(b)
	warmUp(arts)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Run(context.Background(), itemsOf(arts...), RunOptions{Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			reportRate(b, len(arts), size)
		})
	}
}

// BenchmarkMerge is the merge alone: the extractions of the set into one timeline, the
// part of a run that is not spread over the workers.
func BenchmarkMerge(b *testing.B) {
	arts, _ := benchSet(b)
	exts := make([]model.Extraction, len(arts))
	for i, a := range arts {
		exts[i], _ = Document(context.Background(), a, Options{})
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(exts)
	}
}
