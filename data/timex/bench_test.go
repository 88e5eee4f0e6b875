package timex

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"storyline/data/eval/corpus"
	"storyline/data/text"
	"storyline/model"
)

// BenchmarkSample is the whole engine on the seed article, as the pipeline runs it:
// cleanup, tokens and sentences, then tagging. One op is one article.
func BenchmarkSample(b *testing.B) {
	raw := readFixture(b, "caspian-strikes-2015.txt")
	o := Options{DCT: model.Day(2015, 10, 7)}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text.Analyze(raw), o)
	}
}

// BenchmarkTagOnly is tagging alone on the analysed seed article.
func BenchmarkTagOnly(b *testing.B) {
	d := text.Analyze(readFixture(b, "caspian-strikes-2015.txt"))
	o := Options{DCT: model.Day(2015, 10, 7)}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(d, o)
	}
}

// largeCorpus is the seed article and the MEANTIME texts (when present), repeated as
// paragraphs up to n bytes.
func largeCorpus(tb testing.TB, n int) string {
	parts := []string{readFixture(tb, "caspian-strikes-2015.txt")}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpora", "meantime-apple", "*.xml"))
	for _, f := range files {
		if doc, err := corpus.ReadMEANTIME(f); err == nil {
			parts = append(parts, doc.Text)
		}
	}
	var sb strings.Builder
	for k := 0; sb.Len() < n; k++ {
		sb.WriteString(parts[k%len(parts)])
		sb.WriteString("\n\n")
	}
	return sb.String()[:n]
}

// BenchmarkLarge tags megabytes of news text; ns/byte should stay flat from 100 KB to
// 4 MB, which shows the pass is linear.
func BenchmarkLarge(b *testing.B) {
	for _, n := range []int{100 << 10, 1 << 20, 4 << 20} {
		raw := largeCorpus(b, n)
		d := text.Analyze(raw)
		o := Options{DCT: model.Day(2015, 10, 7)}
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				Tag(d, o)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
		})
	}
}
