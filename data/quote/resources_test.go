package quote

import (
	"strings"
	"testing"

	"storyline/data/sample"
	"storyline/data/text"
)

// TestWordSet: a wordSet turns a word away on its signature alone, so it must never turn
// away one of its own words, nor take one that only shares a signature with one of them.
func TestWordSet(t *testing.T) {
	sets := map[string]*wordSet{"auxiliaries": auxiliaries, "verbishWords": verbishWords,
		"invertedOpeners": invertedOpeners, "complementWhen": complementWhen,
		"complementAmounts": complementAmounts, "complementObjects": complementObjects,
		"complementContrast": complementContrast, "unreported": unreported}
	probes := []string{"", "'s", "’s", "IS", "Is"}
	d := text.Analyze(sample.Text())
	for i := range d.Tokens {
		probes = append(probes, d.Tok(i), d.ToLower(i))
	}
	for _, s := range sets {
		for _, w := range s.words {
			probes = append(probes, w, strings.ToUpper(w), w+"s", w[:len(w)-1], w[1:])
		}
	}
	for name, s := range sets {
		if len(s.words) == 0 {
			t.Errorf("%s: no words", name)
		}
		words := s.set()
		for _, p := range probes {
			if got := s.has(p); got != words[p] {
				t.Errorf("%s.has(%q) = %v, want %v", name, p, got, words[p])
			}
		}
	}
}
