package extract

import (
	"fmt"
	"strings"
	"testing"

	"storyline/data/article"
	"storyline/data/sample"
)

// BenchmarkPipelineSample is the whole extraction of the sample article on one core:
// cleanup, sentences, dates, actors, sources, quotes and events. Articles per second per
// core is 1e9 / ns/op.
func BenchmarkPipelineSample(b *testing.B) {
	a, err := article.Parse(sample.Name, sample.Article)
	if err != nil {
		b.Fatal(err)
	}
	warmUp([]*article.Article{a})
	o := RunOptions{Workers: 1}
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		runArticles(b, o, a)
	}
}

// BenchmarkPipelineLarge runs one long document made of the sample's paragraphs repeated:
// the time per byte should not grow with the size.
func BenchmarkPipelineLarge(b *testing.B) {
	a, err := article.Parse(sample.Name, sample.Article)
	if err != nil {
		b.Fatal(err)
	}
	warmUp([]*article.Article{a})
	for _, size := range []int{256 << 10, 1 << 20, 4 << 20} {
		body := strings.Repeat(a.Body+"\n\n", size/len(a.Body)+1)
		big := &article.Article{Path: "big.txt", Published: a.Published, Body: body}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				runArticles(b, RunOptions{Workers: 1}, big)
			}
		})
	}
}
