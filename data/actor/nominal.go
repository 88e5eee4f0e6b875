package actor

import (
	"slices"
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// Nominal actors are common noun phrases that stand for a government or an armed
// opposition: "Assad's regime", "the regime", "government troops", "moderate opposition
// forces", "forces opposing the regime". They are found after the names, because most of
// them point at an actor named elsewhere.

var (
	govHeads     = lex.list("govheads").one
	forceNouns   = lex.list("forcenouns").one
	oppositionAd = lex.list("oppositionadjectives").one
	// nominalHeads are the words the scan stops at, by WordID: every other word is passed
	// over without a string comparison.
	nominalHeads = func() (c text.Classes[bool]) {
		for _, w := range []string{"government", "regime", "administration", "opposition", "opposing"} {
			*c.Add(w) = true
		}
		return c
	}()
)

func (r *recognizer) nominals() {
	d := r.d
	n := len(d.Tokens)
	// Index candidates by the token after them, for "<person>'s regime".
	endAt := slices.Grow(r.endAt[:0], n+1)[:n+1]
	for k := range endAt {
		endAt[k] = -1
	}
	for k, c := range r.cands {
		if !c.place {
			endAt[c.b] = int32(k)
		}
	}
	cover := slices.Grow(r.cover[:0], n)[:n]
	clear(cover)
	r.endAt, r.cover = endAt, cover
	mark := func(a, b int) {
		for k := a; k < b && k < n; k++ {
			cover[k] = true
		}
	}
	for _, c := range r.cands {
		mark(c.a, c.b)
	}
	covered := func(i int) bool { return cover[i] }
	added := len(r.cands)
	markNew := func() {
		for ; added < len(r.cands); added++ {
			mark(r.cands[added].a, r.cands[added].b)
		}
	}
	for i := 0; i < n; i++ {
		if added < len(r.cands) {
			markNew()
		}
		if !nominalHeads.Of(d.Words[i]) { // first: nearly every word is none
			continue
		}
		if t := d.Tokens[i]; t.Kind != text.Word || t.Is(text.Upper) {
			continue
		}
		w := r.tok(i)
		switch {
		case govHeads[w]:
			if covered(i) {
				continue
			}
			// "<person>'s regime"
			if i >= 2 && isPossessive(r.tok(i-1)) {
				if k := endAt[i-1]; k >= 0 && (r.cands[k].kind == model.KindPerson || r.cands[k].single) {
					r.cands = append(r.cands, cand{a: r.cands[k].a, b: i + 1, nameA: r.cands[k].a,
						name: r.span(r.cands[k].nameA, i+1), kind: model.KindOrganization, mk: Nominal,
						ref: refGovPerson, refTo: r.cands[k].a})
				}
				continue
			}
			// "the Obama administration"
			if k := endAt[i]; k >= 0 && (r.cands[k].kind == model.KindPerson || r.cands[k].single) && w == "administration" {
				r.cands = append(r.cands, cand{a: r.cands[k].nameA, b: i + 1, nameA: r.cands[k].nameA,
					name: r.span(r.cands[k].nameA, i+1), kind: model.KindOrganization, mk: Nominal,
					ref: refGovPerson, refTo: r.cands[k].a})
				continue
			}
			if i >= 2 && r.tok(i-1) == "-" && strings.EqualFold(r.tok(i-2), "pro") {
				continue // "pro-government forces" are allies, not the government
			}
			if i+1 < n && forceNouns[r.tok(i+1)] {
				r.cands = append(r.cands, cand{a: i, b: i + 2, nameA: i, name: r.span(i, i+2),
					kind: model.KindOrganization, mk: Nominal, ref: refGov})
				i++
				continue
			}
			if i >= 1 && (strings.EqualFold(r.tok(i-1), "the") || possessivePronoun[r.d.ToLower(i-1)]) && w != "administration" {
				r.cands = append(r.cands, cand{a: i - 1, b: i + 1, nameA: i - 1, name: r.span(i-1, i+1),
					kind: model.KindOrganization, mk: Nominal, ref: refGov})
			}
		case w == "opposition":
			if covered(i) {
				continue
			}
			a, b := i, i+1
			name := ""
			if i >= 1 && oppositionAd[r.d.ToLower(i-1)] {
				a = i - 1
				name = r.d.ToLower(i-1) + " opposition"
			} else if i >= 3 && r.tok(i-1) == "backed" && r.tok(i-2) == "-" {
				a = i - 3
				name = r.span(i-3, i+1)
			}
			if b < n && (forceNouns[r.tok(b)] || r.tok(b) == "groups" || r.tok(b) == "rebels") {
				b++
			} else if name == "" && !(i >= 1 && strings.EqualFold(r.tok(i-1), "the") && !nounAfter(d, b)) {
				continue // "opposition leader", "opposition to the plan"
			}
			if name == "" && i >= 1 && strings.EqualFold(r.tok(i-1), "the") {
				a = i - 1
			}
			c := cand{a: a, b: b, nameA: a, name: r.span(a, b), kind: model.KindGroup, mk: Nominal}
			if name != "" {
				c.key = "opp:" + name
				c.name = name
			} else {
				c.ref = refOpposition
			}
			r.cands = append(r.cands, c)
			i = b - 1
		case w == "opposing" && i >= 1 && forceNouns[r.tok(i-1)]:
			b := i + 1
			if b+1 < n && strings.EqualFold(r.tok(b), "the") && govHeads[r.tok(b+1)] {
				b += 2
			}
			r.cands = append(r.cands, cand{a: i - 1, b: b, nameA: i - 1, name: r.span(i-1, b),
				kind: model.KindGroup, mk: Nominal, ref: refOpposition})
		}
	}
}

var possessivePronoun = lex.list("possessivepronouns").one

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// nounAfter reports whether token b is a lower-case word that may continue a noun
// phrase ("the opposition leader"), as opposed to a verb or punctuation.
func nounAfter(d *text.Doc, b int) bool {
	if b >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[b]
	if t.Kind != text.Word || t.Is(text.Upper) {
		return false
	}
	return !verbish(d.Tok(b))
}
