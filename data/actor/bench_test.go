package actor

import (
	"strings"
	"testing"

	"storyline/data/sample"
	"storyline/data/text"
)

func sampleText(b *testing.B) string { return sample.Text() }

func BenchmarkRecognizeSample(b *testing.B) {
	d := text.Analyze(sampleText(b))
	g := defaultGaz()
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Recognize(d, g)
	}
}

// BenchmarkRecognizeMegabyte runs on a megabyte of news text (the sample repeated as
// paragraphs), to show the cost grows linearly with the input.
func BenchmarkRecognizeMegabyte(b *testing.B) {
	s := sampleText(b)
	big := strings.Repeat(s+"\n\n", 1<<20/len(s)+1)
	d := text.Analyze(big)
	g := defaultGaz()
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Recognize(d, g)
	}
}

func BenchmarkDefaultGazetteer(b *testing.B) {
	for b.Loop() {
		DefaultGazetteer()
	}
}
