package event

import (
	"strings"

	"storyline/data/text"
)

type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tensePerfect
	tensePluperfect // "had resisted": before the time the narrative is at
	tensePresent
	tenseModal
)

// isFiniteVerb guesses whether token i is a past-tense verb: an irregular past form, or a
// word in -ed that is not an adjective ("Russian-backed", "the trained fighters").
func isFiniteVerb(d *text.Doc, i int) bool {
	t := d.Tokens[i]
	// A capitalised word after another word is a name, not a verb.
	if t.Kind != text.Word || t.Is(text.Upper) && i > 0 && d.Tokens[i-1].Kind == text.Word {
		return false
	}
	w := lower(d, i)
	if classOf(d, i)&verbPast != 0 {
		return true
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 {
		return false
	}
	// "X, backed by Y," is a participle phrase, not the clause's verb.
	if i+1 < len(d.Tokens) && lower(d, i+1) == "by" && i > 0 && d.Tok(i-1) == "," {
		return false
	}
	if i > 0 {
		prev := d.Tokens[i-1]
		if prev.End == t.Start && d.Tok(i-1) == "-" { // a compound adjective
			return false
		}
		if classOf(d, i-1)&determiner != 0 {
			return false
		}
	}
	return true
}

// clauseTense reads the first verb group outside quotation marks.
func (s *scope) clauseTense(c clause) tense {
	d := s.in.Doc
	for i := c.first; i < c.last; i++ {
		if s.quoted[i] || d.Tokens[i].Kind != text.Word {
			continue
		}
		w := lower(d, i)
		v := classOf(d, i)
		switch {
		case v&verbModal != 0:
			return tenseModal
		case w == "has" || w == "have":
			for j := i + 1; j < min(c.last, i+4); j++ {
				if classOf(d, j)&verbParticiple != 0 || strings.HasSuffix(lower(d, j), "ed") {
					return tensePerfect
				}
			}
			return tensePresent
		case w == "had":
			for j := i + 1; j < min(c.last, i+4); j++ {
				if classOf(d, j)&verbParticiple != 0 || strings.HasSuffix(lower(d, j), "ed") {
					return tensePluperfect
				}
			}
			return tensePast
		case isFiniteVerb(d, i):
			return tensePast
		case v&verbPresent != 0:
			return tensePresent
		}
	}
	return tenseNone
}

// quoteOnly reports whether nearly all the clause's words are inside a direct quote.
func (s *scope) quoteOnly(c clause) bool {
	d := s.in.Doc
	words, quoted := 0, 0
	for i := c.first; i < c.last; i++ {
		if d.Tokens[i].Kind == text.Punct {
			continue
		}
		words++
		if s.quoted[i] {
			quoted++
		}
	}
	return words > 0 && quoted*10 >= words*8
}
