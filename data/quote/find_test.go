package quote

import (
	"testing"

	"storyline/data/text"
)

// tokRangeFrom, galloping on from the tokens of the span before, finds the tokens a
// search of all of them finds, for spans in order of their starts whether or not they
// fall on token boundaries, overlap or nest.
func TestTokRangeFromIsSearch(t *testing.T) {
	d := text.Analyze("Defense Secretary Ashton Carter said on Wednesday, in Rome, that “the U.S.-led coalition” " +
		"has not agreed to cooperate with Russia. Moscow, he said, continues to strike other targets.")
	f := &finder{d: d}
	search := func(start, end int) (int, int) {
		a, b := len(d.Tokens), len(d.Tokens)
		for k := len(d.Tokens) - 1; k >= 0; k-- {
			if d.Tokens[k].End > start {
				a = k
			}
			if d.Tokens[k].Start >= end {
				b = k
			}
		}
		return a, b
	}
	for width := 1; width < 40; width += 3 {
		from := 0
		for start := 0; start <= len(d.Text); start += 1 + start%5 {
			end := min(start+width, len(d.Text))
			wa, wb := search(start, end)
			a, b := f.tokRangeFrom(from, start, end)
			if a != wa || b != wb {
				t.Fatalf("[%d, %d) from %d: tokens [%d, %d), want [%d, %d)", start, end, from, a, b, wa, wb)
			}
			from = a
		}
	}
}
