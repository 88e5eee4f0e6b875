package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyline/data/article"
	"storyline/data/text"
	"storyline/data/timex"
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

// readT17 reads one topic's articles, each with its publication date, or skips the test
// when the corpus is not on this machine.
func readT17(tb testing.TB, topic string) []*article.Article {
	tb.Helper()
	path := filepath.Join(t17Dir(), topic, "articles.jsonl")
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		tb.Skipf("no Timeline17 corpus at %s (set STORYLINE_T17)", path)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var arts []*article.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, article.MaxSize)
	for sc.Scan() {
		var line struct{ ID, Time, Text string }
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		published, err := time.Parse(time.DateOnly, line.Time)
		if err != nil {
			tb.Fatalf("%s: article %s: %v", path, line.ID, err)
		}
		arts = append(arts, &article.Article{Path: topic + "/" + line.ID + ".txt", Published: published, Body: line.Text})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return arts
}

// benchSet is the fixed benchmark set and its size in bytes.
func benchSet(tb testing.TB) ([]*article.Article, int) {
	var arts []*article.Article
	size := 0
	for _, topic := range benchTopics {
		for _, a := range readT17(tb, topic) {
			arts = append(arts, a)
			size += len(a.Body)
		}
	}
	return arts, size
}

// reportRate reports the rate per core: one op is a pass over the whole set.
func reportRate(b *testing.B, articles, size int) {
	perOp := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/perOp, "articles/s")
	b.ReportMetric(perOp*1e9/float64(size), "ns/byte")
}

// BenchmarkCorpusT17 is the whole extraction of each of the 672 articles of the fixed set,
// one after another on one goroutine, as a worker of Run does it. One op is the whole set.
func BenchmarkCorpusT17(b *testing.B) {
	arts, size := benchSet(b)
	ids := documentIDs(arts)
	o := Options{Workers: 1, Gazetteer: builtinGazetteer()}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			Article(a, ids[i], o)
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
