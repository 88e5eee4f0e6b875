package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
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

// BenchmarkRecognizeT17 recognises the names of the Libyan-war Reuters and BP-oil-spill
// BBC Timeline17 topics, the set of data/extract's BenchmarkCorpusT17, their texts
// analysed beforehand: recognition alone, for comparing builds (its instruction count
// under valgrind's callgrind is steadier than its time on a shared machine). It skips
// without the corpus; STORYLINE_T17 names its folder (default ~/storyline-corpora/t17).
func BenchmarkRecognizeT17(b *testing.B) {
	dir := os.Getenv("STORYLINE_T17")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, "storyline-corpora", "t17")
	}
	var docs []*text.Doc
	size := 0
	for _, topic := range []string{"LibyaWar_reuters", "bpoil_bbc"} {
		f, err := os.Open(filepath.Join(dir, topic, "articles.jsonl"))
		if err != nil {
			b.Skipf("no Timeline17 corpus at %s (set STORYLINE_T17)", dir)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != "" {
				docs = append(docs, text.Analyze(r.Text))
				size += len(r.Text)
			}
		}
		f.Close()
	}
	g := defaultGaz()
	for _, d := range docs {
		Recognize(d, g) // the world gazetteer and the word lists are read on first use
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Recognize(d, g)
		}
	}
}
