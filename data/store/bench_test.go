package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"storyline/data/article"
	"storyline/data/extract"
	"storyline/data/input"
)

// BenchmarkPut stores the sample article's extraction (17 events, 60-odd mentions, quotes
// and time expressions: some 150 rows) under a new key each time, and waits for the
// writing: one document per op.
func BenchmarkPut(b *testing.B) {
	s := openTemp(b)
	k := extractAll(b, []*article.Article{sampleArticle(b)})[0]
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for n := range b.N {
		if err := s.Put(ctx, k.key+strconv.Itoa(n), testExtractor, k.x); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Flush(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkGet reads the sample article's extraction back: one document per op.
func BenchmarkGet(b *testing.B) {
	s := openTemp(b)
	k := putSample(b, s)
	ctx := context.Background()
	for b.Loop() {
		if _, ok, err := s.Get(ctx, k.key, testExtractor); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}

// BenchmarkOpen opens a store that exists and closes it again: what every run of
// storyline pays before its first Get.
func BenchmarkOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "store.db")
	s := openAt(b, path)
	putSample(b, s)
	s.Close()
	ctx := context.Background()
	for b.Loop() {
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkT17 compares, per article of a real corpus (377 Reuters articles on the Libyan
// war, from the Timeline17 data set), extracting it with storing and with taking its
// extraction from the store, on one goroutine. The corpus is copyrighted and not in the
// repository; STORYLINE_T17 names its folder (default ~/storyline-corpora/t17).
func BenchmarkT17(b *testing.B) {
	arts := t17Articles(b)
	ctx := context.Background()
	all := extractAll(b, arts) // also the warm-up: see t17Articles
	b.Run("Extract", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				if _, err := extract.Document(ctx, a, extract.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		perArticle(b, len(arts))
	})
	s := openTemp(b)
	b.Run("Put", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			if err := s.Clear(ctx); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			for _, k := range all {
				if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
					b.Fatal(err)
				}
			}
			if err := s.Flush(); err != nil {
				b.Fatal(err)
			}
		}
		perArticle(b, len(arts))
	})
	b.Run("Get", func(b *testing.B) {
		for _, k := range all {
			if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			for _, k := range all {
				if _, ok, err := s.Get(ctx, k.key, testExtractor); !ok || err != nil {
					b.Fatal(ok, err)
				}
			}
		}
		perArticle(b, len(arts))
	})
}

// BenchmarkT17Run opens the same corpus as storyline does, through extract.Run on one
// worker per CPU: without a store; first with an empty store, until the timeline is ready
// (FirstOpen) and until every article is stored too (FirstOpenStored); and again, every
// article from the store (SecondOpen). Merging the extractions is in all of them.
func BenchmarkT17Run(b *testing.B) {
	arts := t17Articles(b)
	extractAll(b, arts) // the warm-up: see t17Articles
	ctx := context.Background()
	run := func(b *testing.B, cache extract.Cache) {
		items := func(yield func(input.Item) bool) {
			for a := range slices.Values(arts) {
				if !yield(input.Item{Article: a}) {
					return
				}
			}
		}
		o := extract.RunOptions{Extractor: testExtractor, Warn: func(err error) { b.Fatal(err) }}
		if cache != nil {
			o.Cache = cache
		}
		if _, _, err := extract.Run(ctx, items, o); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("NoStore", func(b *testing.B) {
		for b.Loop() {
			run(b, nil)
		}
		perArticle(b, len(arts))
	})
	s := openTemp(b)
	for _, name := range []string{"FirstOpen", "FirstOpenStored"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				if err := s.Clear(ctx); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				run(b, s)
				if name == "FirstOpen" {
					b.StopTimer()
				}
				if err := s.Flush(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			perArticle(b, len(arts))
		})
	}
	b.Run("SecondOpen", func(b *testing.B) {
		run(b, s)
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			run(b, s)
		}
		perArticle(b, len(arts))
	})
}

func perArticle(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/article")
}

// t17Articles reads the Libyan war articles, or skips the benchmark when they are absent.
//
// The benchmarks extract the articles once, untimed, before they measure: the world
// gazetteer is read on a process's first article (some 20 ms, measured on its own by
// BenchmarkGeonamesLoad), and the figures are of the work on each article.
func t17Articles(tb testing.TB) []*article.Article {
	tb.Helper()
	dir := os.Getenv("STORYLINE_T17")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, "storyline-corpora", "t17")
	}
	path := filepath.Join(dir, "LibyaWar_reuters", "articles.jsonl")
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("no Timeline17 corpus at %s (set STORYLINE_T17)", dir)
	}
	var arts []*article.Article
	for it := range input.Read(context.Background(), input.Expand([]string{path}), input.Options{}) {
		if it.Article != nil { // a few lines have no text, and are skipped as storyline skips them
			arts = append(arts, it.Article)
		}
	}
	return arts
}
