package actor

import (
	"strings"
	"unicode"

	"storyline/data/text"
	"storyline/data/wordlist"
)

// Wire stories open with the place they were filed from, in capitals, at the start of a
// line and before the date or the agency: "LONDON 1996-08-30", "BEIRUT (AFP) - ...",
// "WASHINGTON, Aug 30 (Reuters) - ...". The place is where the story happens, not an actor,
// and the capitals are the convention, not an acronym.

// datelineWithin is how far into a document a dateline can stand (in tokens): after the
// headline, before the story. Lines of capitals and figures further on are tables (a
// league's standings, a market's prices), not datelines.
const datelineWithin = 48

// dateline finds a dateline's place at the start of sentence s: one to three words in
// capitals at the start of a line near the top of the document, then (after an optional
// comma) a date or an agency in brackets. It gives the place's tokens [a, b).
func (r *recognizer) dateline(s text.Sentence) (a, b int, ok bool) {
	a = s.First
	if a >= s.Last || a > datelineWithin || (a > 0 && !r.d.Tokens[a].Is(text.NewLine)) {
		return 0, 0, false
	}
	b, ok = r.datelineAt(a, s.Last, false)
	return a, b, ok
}

// runInDateline finds a dateline run into the line before it, whose stop a page lost:
// "... not to leave Libya BENGHAZI, Libya, March 8 (Reuters) - A Muammar Gaddafi envoy".
// It needs the region after the comma as well as the date or agency, and the place's
// first word after one in lower case or a figure; it gives the end of the place.
func (r *recognizer) runInDateline(a, last int) (int, bool) {
	toks := r.d.Tokens
	if a == 0 || a > datelineWithin || toks[a].End-toks[a].Start < 3 || toks[a-1].Is(text.AllUpper) {
		return 0, false
	}
	return r.datelineAt(a, last, true)
}

// datelineAt reads a dateline's place from token a: one to three words in capitals, then
// the comma, region and date or agency (the region required when strict).
func (r *recognizer) datelineAt(a, last int, strict bool) (b int, ok bool) {
	toks := r.d.Tokens
	b = a
	for b < last && b-a < 3 && toks[b].Kind == text.Word && toks[b].Is(text.AllUpper) && (b == a || toks[b].Is(text.Space)) {
		b++
	}
	if b == a {
		return 0, false
	}
	k := b
	if k < last && r.tok(k) == "," {
		k++
		if !strict && r.datelineEnd(k, last) {
			return b, true
		}
		// The region after the comma: "TRIPOLI, Libya (CNN)", "AUSTIN, Texas (AP)".
		for n := 0; n < 2 && k < last && toks[k].Kind == text.Word && toks[k].Is(text.Upper); n++ {
			k++
			if k < last && r.tok(k) == "." {
				k++
			}
			if k < last && r.tok(k) == "," {
				k++ // "BENGHAZI, Libya, March 8"
			}
			if r.datelineEnd(k, last) {
				return b, true
			}
		}
		return 0, false
	}
	return b, !strict && r.datelineEnd(k, last)
}

// datelineEnd reports whether token k begins what follows a dateline's place: a date
// ("1996-08-30", "Aug 30") or an agency in brackets ("(Reuters)").
func (r *recognizer) datelineEnd(k, last int) bool {
	toks := r.d.Tokens
	if k >= last {
		return false
	}
	switch next := toks[k]; {
	case next.Kind == text.Num:
		return len(r.tok(k)) >= 4 // a year or a date, not "RADIO 4" or a share price
	case next.Kind == text.Word && isMonth(strings.ToLower(r.tok(k))):
		return true
	case (r.tok(k) == "(" || r.tok(k) == "-LRB-") && k+2 < last && toks[k+1].Kind == text.Word && (r.tok(k+2) == ")" || r.tok(k+2) == "-RRB-"):
		return true // "-LRB-" as Penn Treebank tokenised text writes it
	}
	return false
}

// titleWords writes words in capitals as a name is written: "NEW YORK" → "New York".
func titleWords(s string) string {
	var out strings.Builder
	out.Grow(len(s))
	start := true
	for _, c := range s {
		switch {
		case unicode.IsLetter(c) && start:
			out.WriteRune(unicode.ToUpper(c))
			start = false
		case unicode.IsLetter(c):
			out.WriteRune(unicode.ToLower(c))
		default:
			out.WriteRune(c)
			start = c == ' ' || c == '-'
		}
	}
	return out.String()
}

// isMonth reports whether a lower-case word names a month, in full or cut short.
func isMonth(w string) bool {
	_, ok := wordlist.Months[w]
	return ok
}
