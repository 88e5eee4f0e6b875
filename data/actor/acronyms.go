package actor

import (
	"slices"

	"storyline/data/text"
)

// thingAcronyms adds to eventAbbrevs the acronyms the text defines by words in lower case:
// "its blowout preventer (BOP)", "weapons of mass destruction (WMD)". A thing's initials
// in capitals look like an organisation's, but the text has said what they stand for.
func (r *recognizer) thingAcronyms() {
	d := r.d
	// An acronym in brackets is a candidate of its own: asking the candidates spares a
	// pass over every token.
	for _, c := range r.cands {
		a := c.a
		if c.b != a+1 || a < 1 || a+1 >= len(d.Tokens) || !d.Tokens[a].Is(text.AllUpper) {
			continue
		}
		open := r.bracketBefore(a, "(", "LRB")
		if open < 0 || !r.bracketAt(a+1, ")", "RRB") {
			continue
		}
		if acr := r.tok(a); lowerDefines(d, open, acr) {
			r.eventAbbrevs = append(r.eventAbbrevs, acr)
			// Across a corpus, the articles that only write "BOP" mean the thing too.
			if !slices.Contains(r.things, acr) {
				r.things = append(r.things, acr)
			}
		}
	}
	slices.Sort(r.things)
}

// bracketBefore returns where a bracket ends just before token a, written as itself ("(")
// or spelled out as tokenized corpora do ("-LRB-"), or -1.
func (r *recognizer) bracketBefore(a int, mark, spelled string) int {
	switch {
	case r.tok(a-1) == mark:
		return a - 1
	case a >= 3 && r.tok(a-1) == "-" && r.tok(a-2) == spelled && r.tok(a-3) == "-":
		return a - 3
	}
	return -1
}

// bracketAt reports whether a bracket starts at token i.
func (r *recognizer) bracketAt(i int, mark, spelled string) bool {
	return r.tok(i) == mark || i+2 < len(r.d.Tokens) && r.tok(i) == "-" && r.tok(i+1) == spelled && r.tok(i+2) == "-"
}

// lowerDefines reports whether the words in lower case just before token i stand for
// acr: each of its letters found in them in order, right to left, the first at the start
// of a word ("blowout preventer" for BOP, "weapons of mass destruction" for WMD), as
// Schwartz and Hearst's rule for abbreviations reads a definition.
func lowerDefines(d *text.Doc, i int, acr string) bool {
	if len(acr) < 2 || len(acr) > 8 {
		return false
	}
	// The definition is at most min(|acr|+5, 2|acr|) words, all in lower case.
	first := i
	for words := 0; first > 0 && words < min(len(acr)+5, 2*len(acr)); {
		t := d.Tokens[first-1]
		if t.Kind == text.Word {
			if t.Is(text.Upper) {
				break
			}
			words++
		} else if d.Tok(first-1) != "-" {
			break
		}
		first--
	}
	if first == i {
		return false
	}
	long := d.Text[d.Tokens[first].Start:d.Tokens[i-1].End]
	l := len(long) - 1
	for s := len(acr) - 1; s >= 0; s-- {
		c := acr[s]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		// The first letter must open a word; the others may be anywhere.
		for l >= 0 && (long[l] != c || s == 0 && l > 0 && isWordByte(long[l-1])) {
			l--
		}
		if l < 0 {
			return false
		}
		l--
	}
	// "the ministry of health (MOH)": a body described in lower case is still a body.
	start := d.Tokens[first].Start + l + 1 // where the definition starts
	for k := first; k < i; k++ {
		if d.Tokens[k].End > start {
			if w := titleWords(d.Tok(k)); lexOrgHeads.one[w] || lexGroupHeads.one[w] {
				return false
			}
		}
	}
	return true
}
