package actor

import (
	"strings"
	"testing"
)

// Every word of the list is found, read in place inside a longer text, and words that
// only share a prefix, a length or the first eight bytes with one are not.
func TestLowercaseSet(t *testing.T) {
	s := lowercaseWords()
	n := 0
	for line := range strings.Lines(lowercaseTxt) {
		w := strings.TrimSpace(line)
		if w == "" || w[0] == '#' {
			continue
		}
		n++
		if text := "Some " + w + " more"; !s.has(text, 5, 5+len(w)) {
			t.Fatalf("%q not found", w)
		}
	}
	if n < 15000 {
		t.Errorf("%d words: the list looks truncated", n)
	}
	for _, w := range []string{"obama", "zawiyah", "governmentt", "governmen", "internationalx", "", "nickel rose"} {
		if s.has(w, 0, len(w)) {
			t.Errorf("%q found", w)
		}
	}
}
