// Speech cues: the verbs and phrases that introduce what someone says ("said", "according
// to"), and where one stands. Every stage asks for them, so they lean on nothing but the
// finder's tables.

package quote

import (
	"strings"

	"storyline/data/text"
)

// cueClass says what a speech or cognition verb can introduce (see resources/cues.txt).
type cueClass uint8

const (
	cueNone   cueClass = iota
	cueSpeech          // quotes and reported clauses, with or without "that"
	cueQuote           // direct quotes only
	cueReport          // reported clauses only after "that"
	cueThink           // cognition: reported clauses after a named subject
)

var cues = loadCues()

// cueWords flags the WordIDs of the cues, lower-cased: a token whose word is not flagged
// is no cue, and only the others are looked up by their text.
var cueWords = func() (c text.Classes[bool]) {
	for w := range cues {
		*c.Add(text.LowerASCII(w)) = true
	}
	return c
}()

// cueStarts flags the WordIDs of the cues and of the first words of the phrases cueAt
// reads ("according to", "put it"): cueAt passes over the other words in lower case.
var cueStarts = func() (c text.Classes[bool]) {
	for w := range cues {
		*c.Add(text.LowerASCII(w)) = true
	}
	for _, w := range []string{"according", "put", "puts"} {
		*c.Add(w) = true
	}
	return c
}()

// loadCues reads resources/cues.txt. A form filed under two classes takes the lesser of
// them, so that speech, the class that introduces the most, wins over the others.
func loadCues() map[string]cueClass {
	classes := map[string]cueClass{"speech": cueSpeech, "quote": cueQuote, "report": cueReport, "think": cueThink}
	m := map[string]cueClass{}
	for _, l := range load("cues.txt").Lines {
		name, forms, err := l.Cut()
		if err != nil {
			panic(err)
		}
		c, ok := classes[name]
		if !ok {
			panic(l.Errorf("no cue class %q", name))
		}
		for _, f := range strings.Fields(forms) {
			if old, ok := m[f]; !ok || c < old {
				m[f] = c
			}
		}
	}
	return m
}

// tellVerbs take the hearer as an object before the reported clause: "told Putin that".
var tellVerbs = load("tellverbs.txt").Set()

// participleCues attribute to the subject of the main clause: "..., saying that".
func isParticiple(w string) bool { return strings.HasSuffix(w, "ing") }

// cueAt returns the class of a speech cue at token i and how many tokens it takes:
// a lower-case verb from the list, or "according to".
func (f *finder) cueAt(i int) (cueClass, int) {
	if !f.mayCue(i) {
		return cueNone, 0 // most words: none of those read below
	}
	t := f.d.Tokens[i]
	w := f.tok(i)
	if (w == "according" || w == "According") && i+1 < len(f.d.Tokens) && f.tok(i+1) == "to" {
		return cueSpeech, 2
	}
	if t.Is(text.Upper) {
		// a headline in title case: "Graham Says ...", "Trump Calls Plan 'A Disaster'"
		if i > 0 && (f.owner[i-1] >= 0 || f.cite[i-1] >= 0) && cueWords.Of(f.d.Words[i]) && f.isTitleCase(f.sent[i]) {
			if c, ok := cues[f.d.ToLower(i)]; ok && (c == cueSpeech || c == cueQuote) && !isParticiple(w) {
				return c, 1
			}
		}
		return cueNone, 0
	}
	if (w == "put" || w == "puts") && i+1 < len(f.d.Tokens) && f.tok(i+1) == "it" && i > 0 && f.d.Tokens[i-1].Kind == text.Word {
		return cueQuote, 2 // "as the New Yorker put it, “the operator”"
	}
	if !cueWords.Of(f.d.Words[i]) {
		return cueNone, 0 // most words: no cue in any case
	}
	if c, ok := cues[w]; ok {
		if nounLike[w] && !f.verbContext(i) {
			return cueNone, 0
		}
		// "pointed out", "pointing out"
		if (w == "pointed" || w == "points" || w == "pointing" || w == "point") && (i+1 >= len(f.d.Tokens) || f.tok(i+1) != "out") {
			return cueNone, 0
		}
		return c, 1
	}
	return cueNone, 0
}

// mayCue is cueAt's first test, small enough to be inlined where every word of a text is
// asked: a word, in capitals or one that can open a cue.
func (f *finder) mayCue(i int) bool {
	t := f.d.Tokens[i]
	return t.Kind == text.Word && (t.Is(text.Upper) || cueStarts.Of(f.d.Words[i]))
}

// nounLike are cue forms that are more often nouns: "a conference call", "his remarks".
var nounLike = load("nounlike.txt").Set()

// verbContext reports whether a cue form that is often a noun stands as a verb: after a
// pronoun or a name, or (except "call") before "that", a colon or a quotation mark.
func (f *finder) verbContext(i int) bool {
	if i > 0 {
		p := f.d.Tokens[i-1]
		pw := f.d.ToLower(i - 1)
		if pronouns[pw] || f.owner[i-1] >= 0 || (p.Kind == text.Word && p.Is(text.Upper)) || strings.HasSuffix(pw, "ly") {
			return true
		}
	}
	w := f.tok(i)
	if w == "call" || w == "calls" || i+1 >= len(f.d.Tokens) {
		return false
	}
	switch f.tok(i + 1) {
	case "that", ":", "\"", "“":
		return true
	}
	return false
}

// pronouns are kept with the cues, which read them (a cue after a pronoun is a verb), so
// that the cues need nothing from the speaker phrase that also reads them.
var pronouns = pronounLists.Get("speaker")

// pronounLists are all the lists of resources/pronouns.txt, kept here for the same
// reason: the stages after the cues read them too.
var pronounLists = load("pronouns.txt").GroupSets()
