// The subject of a clause, for a quotation with no speaker phrase at its cue ("Reid called
// him a “con artist”", "..., stating: “...”"): which phrase a verb follows, and whether
// that verb is passive. It reads verbs where speakerphrase.go reads names, and only
// direct attribution asks for it.

package quote

import (
	"strings"

	"storyline/data/text"
	"storyline/data/wordlist"
)

// clauseSubject returns the subject of the clause that holds token v, read from token lo:
// past a heading ("CONGRESS ACTS — ...") and an opening adverbial ("At a rally, ..."), the
// first name, pronoun, cited source or noun phrase that a verb follows ("A few days ago in
// an interview with RT he blasted ..." is "he"). A passive verb ("Ministers have been
// accused of ...") gives no subject: the words are not theirs.
func (f *finder) clauseSubject(lo, v int, needVerb bool) who {
	d := f.d
	start := lo
	// a heading in capitals before a dash
	for k := lo; k < v && k < lo+12; k++ {
		if tw := f.tok(k); tw == "—" || tw == "–" || tw == "--" {
			upper := true
			for i := lo; i < k; i++ {
				if t := d.Tokens[i]; t.Kind == text.Word && strings.ToUpper(f.tok(i)) != f.tok(i) {
					upper = false
				}
			}
			if upper && k > lo {
				start = k + 1
			}
			break
		}
	}
	if start < v && d.Tokens[start].Kind == text.Word && openingPrep[f.d.ToLower(start)] {
		for k := start; k < v; k++ {
			if f.tok(k) == "," && !f.inQuote[k] {
				start = k + 1
				break
			}
		}
	}
	for i := start; i < v; i++ {
		if f.inQuote[i] {
			continue
		}
		var w who
		if m := f.owner[i]; m >= 0 {
			a, b := f.mentionToks(m)
			w = who{a: min(a, i), b: b, actor: f.r.Mentions[m].Actor}
		} else if lw := f.d.ToLower(i); pronouns[lw] && lw != "who" && lw != "you" {
			w = who{a: i, b: i + 1, pron: lw}
		} else if c := f.cite[i]; c >= 0 {
			a, b := f.citationToks(c)
			w = who{a: a, b: b, source: f.r.Citations[c].Source}
		}
		if w.found() {
			// a subject when a verb follows, over a parenthesis, an apposition and adverbs
			// ("Harry Reid (D-Nev.), in particular, has been pounding", "Trump openly admires")
			k := w.b
			if k < v && f.tok(k) == "(" {
				if e := f.closeParen(k, v); e > k {
					k = e + 1
				}
			}
			if k < v && f.tok(k) == "," {
				if e := f.nextComma(k, f.sent[k]); e > k && e < v {
					k = e + 1
				}
			}
			for k < v && d.Tokens[k].Kind == text.Word && (strings.HasSuffix(f.tok(k), "ly") || skipBefore[f.tok(k)] && !auxiliary(f.tok(k))) {
				k++
			}
			if k < v && f.isVerb(k) {
				if f.passiveAt(k, v) {
					return who{}
				}
				return w
			}
			if !needVerb {
				return w // the subject of a participle: "Ryan, despite admitting ..."
			}
			i = w.b - 1
			continue
		}
		if i > start && f.isVerb(i) {
			// the verb: the subject is the noun phrase before it
			if f.passiveAt(i, v) {
				return who{}
			}
			w := f.phraseEndingAt(i-1, start)
			if w.found() && w.a >= start {
				return w
			}
			return who{}
		}
		if d.Tokens[i].Kind == text.Punct && f.tok(i) != "-" && f.tok(i) != "’s" && f.tok(i) != "'s" && f.tok(i) != "." {
			return who{}
		}
	}
	return who{}
}

// isVerb guesses whether token i is a finite verb or an auxiliary: a cue, or a lower-case
// word that looks like one and is not a plural noun of a speaker ("officials").
func (f *finder) isVerb(i int) bool {
	t := f.d.Tokens[i]
	if t.Kind != text.Word || t.Is(text.Upper) {
		return false
	}
	lw := f.tok(i)
	if (lw == "’s" || lw == "'s") && i > 0 && !pronouns[f.d.ToLower(i-1)] {
		return false // "Russia’s network": a possessive
	}
	if i > 0 && determiners[f.d.ToLower(i-1)] || i > 0 && f.d.Tokens[i-1].Kind == text.Num {
		return false // "a few days", "his remarks", "two weeks": a noun
	}
	if c, _ := f.cueAt(i); c != cueNone {
		return true
	}
	return (verbishWord(lw) || auxiliary(lw)) && !npKeep[lw]
}

// determiners come before nouns, not verbs.
var determiners = wordlist.FunctionWords([]string{"articles", "possessives", "quantifiers"}, load("determiners.txt").Words()...)

// passiveAt reports whether the verb group at token i (before token v) is passive: a form
// of "be" followed by a past participle ("was called", "have been accused").
func (f *finder) passiveAt(i, v int) bool {
	for k := i; k < v && k < i+3; k++ {
		if !beForms[f.d.ToLower(k)] || k+1 >= v {
			continue
		}
		n := k + 1
		for n+1 < v && strings.HasSuffix(f.tok(n), "ly") {
			n++ // "was widely ridiculed"
		}
		nw := f.d.ToLower(n)
		if strings.HasSuffix(nw, "ed") || strings.HasSuffix(nw, "en") || strings.HasSuffix(nw, "wn") || nw == "told" || nw == "said" || nw == "called" {
			return true
		}
	}
	return false
}

// beForms make a past participle after them passive.
var beForms = verbLists.Get("be")

// openingPrep open an adverbial phrase before the subject: "At a rally, ...".
var openingPrep = load("openers.txt").Set()
