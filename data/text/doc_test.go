package text

import (
	"slices"
	"strings"
	"testing"
)

// A released Doc serves the next text as a fresh one would, whatever the sizes of the
// texts before it, and is told apart from the document it served before.
func TestReleasedDocIsLikeNew(t *testing.T) {
	texts := []string{
		strings.Repeat("Russian warships fired “26 missiles” on Oct. 7, the U.S. said.\n\n", 30),
		"Short. Text",
		"",
		"Ünïcode “quotes” — and   spaces\u00a0here.\nNext line. " + strings.Repeat("é", 64),
		strings.Repeat("x", 64*3),
	}
	seen := map[uint64]bool{}
	for round := range 3 {
		for _, s := range texts {
			clean := Clean(s)
			toks := Tokenize(clean)
			d := Analyze(s)
			if seen[d.Serial()] {
				t.Fatalf("round %d: serial %d given twice", round, d.Serial())
			}
			seen[d.Serial()] = true
			if d.Text != clean || d.Lower != LowerASCII(clean) || !slices.Equal(d.Tokens, toks) {
				t.Fatalf("round %d, %.20q: text or tokens differ", round, s)
			}
			if want := Sentences(clean, toks); !slices.Equal(d.Sentences, want) {
				t.Fatalf("round %d, %.20q: sentences %v, want %v", round, s, d.Sentences, want)
			}
			if len(d.Words) != len(d.Tokens) {
				t.Fatalf("round %d, %.20q: %d words for %d tokens", round, s, len(d.Words), len(d.Tokens))
			}
			for i := range d.Tokens {
				if d.Words[i] != vocabulary.ids[d.LowerTok(i)] {
					t.Fatalf("round %d, %.20q: word %d", round, s, i)
				}
			}
			runes := NewRuneIndex(clean)
			for b := 0; b <= len(d.Text); b++ {
				if d.Runes.Runes(b) != runes.Runes(b) {
					t.Fatalf("round %d, %.20q: Runes(%d)", round, s, b)
				}
			}
			d.Release()
		}
	}
}

// Releasing a Doc whose arrays are too large to keep leaves it out of the pool, and a
// Doc never released is simply collected.
func TestReleaseLargeDoc(t *testing.T) {
	d := Analyze(strings.Repeat("a ", maxPooledTokens+1))
	n := len(d.Tokens)
	d.Release()
	if len(d.Tokens) != n {
		t.Fatal("a Doc too large for the pool must be left as it is")
	}
}

func BenchmarkAnalyzeRelease(b *testing.B) {
	s := strings.Repeat("Russian Defense Minister Sergei Shoigu told President Vladimir Putin that four warships carried out 26 missile strikes, Russia's TASS news agency reported. “They continue to hit targets,” he added on Oct. 7.\n", 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(s).Release()
	}
}
