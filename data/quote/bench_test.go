package quote

import (
	"strings"
	"testing"

	"storyline/data/actor"
	"storyline/data/sample"
	"storyline/data/text"
)

var benchGaz = actor.DefaultGazetteer()

func benchDoc(b *testing.B, times int) *text.Doc {
	return text.Analyze(strings.Repeat(sample.Text()+"\n\n", times))
}

func BenchmarkFindSample(b *testing.B) {
	d := benchDoc(b, 1)
	r := actor.Recognize(d, benchGaz)
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Find(d, r)
	}
}

// BenchmarkActorsAndQuotesSample is this package's and the actor package's share of the
// pipeline for one sample-sized article.
func BenchmarkActorsAndQuotesSample(b *testing.B) {
	d := benchDoc(b, 1)
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Find(d, actor.Recognize(d, benchGaz))
	}
}

func BenchmarkFindMegabyte(b *testing.B) {
	d := benchDoc(b, 1<<20/3200)
	r := actor.Recognize(d, benchGaz)
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Find(d, r)
	}
}

// BenchmarkFindEndlessSentence is a megabyte with no sentence end, quotations and pronouns
// all through it: the speakers and antecedents looked for stay within reach, so the time
// grows with the text, not with its square.
func BenchmarkFindEndlessSentence(b *testing.B) {
	unit := `Tom Reed was warned of "serious delays" by the panel and called it a "sinking ship" while they, who were told, `
	d := text.Analyze(strings.Repeat(unit, 1<<20/len(unit)))
	r := actor.Recognize(d, benchGaz)
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Find(d, r)
	}
}
