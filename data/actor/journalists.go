package actor

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// dropJournalists drops the people who report the story rather than take part in it:
// the names of a byline ("By Daniela Deane, CNN"), a journalist named by the job ("CNN
// correspondent Ben Wedeman", "our Pentagon correspondent Chris Lawrence") or by an
// outlet's possessive ("The BBC's Jim Muir in Beirut says"). Every mention of such a
// person goes, the surname alone too, and so do the names of the transcript's turns they
// hold as anchor or correspondent ("BEN WEDEMAN, CNN SENIOR INTERNATIONAL CORRESPONDENT:",
// "CNN's Arwa Damon ... DAMON:"): those turns stay speech, with no actor for a speaker
// (Result.Anchors).
func (r *recognizer) dropJournalists() {
	cs := r.cands
	var keys map[string]bool
	for _, c := range cs {
		if c.drop || c.kind != model.KindPerson {
			continue
		}
		var journalist bool
		if c.turn == turnNone {
			journalist = r.byline(c.a) || r.journalistBefore(c.nameA) || r.outletPossessive(c.a) || r.journalistAfter(c.b)
		} else {
			journalist = r.journalistRole(c.b)
		}
		if journalist {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[c.key] = true
		}
	}
	if keys == nil {
		return
	}
	for k := range cs {
		if c := &cs[k]; keys[c.key] {
			c.drop = true
			if c.turn != turnNone {
				r.anchors = append(r.anchors, [2]int{r.d.Tokens[c.a].Start, r.d.Tokens[c.b-1].End})
			}
		}
	}
}

// journalistRole reports whether the role after a turn's name, up to its colon, names a
// job of the news: "BEN WEDEMAN, CNN SENIOR INTERNATIONAL CORRESPONDENT:", "ANDERSON
// COOPER, CNN ANCHOR:".
func (r *recognizer) journalistRole(b int) bool {
	if b >= len(r.d.Tokens) || r.tok(b) != "," {
		return false
	}
	for k := b + 1; k < len(r.d.Tokens) && k <= b+9 && r.tok(k) != ":"; k++ {
		if lexJournalists.has(r.tok(k)) {
			return true
		}
	}
	return false
}

// byline reports whether the name at token a is one of a byline's: after "By" near the
// top of the text, or after another name of it ("By Ivan Watson, Raja Razek and Jomana
// Karadsheh").
func (r *recognizer) byline(a int) bool {
	d := r.d
	for k, names := a-1, 0; k >= 0 && names < 6; k-- {
		switch w := d.Tok(k); {
		case w == "By" || w == "BY":
			s := d.SentenceAt(d.Tokens[k].Start)
			return s >= 0 && s < 3 && (k == d.Sentences[s].First || d.Tokens[k].Is(text.NewLine))
		case w == "," || w == "and" || w == "the": // "By the CNN Wire Staff"
		case d.Tokens[k].Kind == text.Word && d.Tokens[k].Is(text.Upper):
			names++
		default:
			return false
		}
	}
	return false
}

// journalistBefore reports whether a job of the news stands just before the name, past a
// few words that qualify it ("senior international correspondent"), and not as a former
// one: "former TIME correspondent Jay Carney" is named for what he does now.
func (r *recognizer) journalistBefore(a int) bool {
	k := a - 1
	if k >= 0 && lexJournalists.at(r.d, k) == 0 && k-1 >= 0 && lexJournalists.at(r.d, k-1) == 2 {
		k-- // "bureau chief"
	}
	if k < 0 || lexJournalists.at(r.d, k) == 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch r.tok(j) {
		case "former", "ex", "onetime", "Former":
			return false
		case ".", ",", ";", ":":
			return true
		}
	}
	return true
}

// journalistAfter reports whether the name ending before token b is said to be an
// outlet's journalist: "Eric Auchard is a Reuters columnist", "Jim Muir is the BBC's
// Middle East correspondent", as an opinion piece ends.
func (r *recognizer) journalistAfter(b int) bool {
	d := r.d
	if b+3 >= len(d.Tokens) || r.tok(b) != "is" && r.tok(b) != "was" {
		return false
	}
	switch r.tok(b + 1) {
	case "a", "an", "the":
	default:
		return false
	}
	outlet := false
	for k := b + 2; k < len(d.Tokens) && k <= b+7; k++ {
		if lexJournalists.at(d, k) > 0 {
			return outlet
		}
		if t := d.Tokens[k]; t.Kind != text.Word && r.tok(k) != "'s" && r.tok(k) != "’s" {
			return false
		}
		for _, c := range r.cites {
			if c.a == k {
				outlet = true
			}
		}
	}
	return false
}

// outletPossessive reports whether an outlet's possessive stands before the name: "CNN 's
// Arwa Damon", "the BBC's Jim Muir".
func (r *recognizer) outletPossessive(a int) bool {
	if a < 2 {
		return false
	}
	if w := r.tok(a - 1); w != "'s" && w != "’s" {
		return false
	}
	end := r.d.Tokens[a-2].End
	for _, c := range r.cites {
		if r.d.Tokens[c.b-1].End == end {
			return true
		}
	}
	return false
}

// dropCommenters drops the names a reader comment is signed with, and their other
// mentions: "At 4:23 pm on 18 Jan 2010, WebAliceinwonderland wrote: ...", as pages of
// comments sign each one. Their authors are readers, not actors of the story.
func (r *recognizer) dropCommenters() {
	var keys map[string]bool
	for _, c := range r.cands {
		if c.drop || c.place || !(c.kind == model.KindPerson || strings.HasPrefix(c.key, "n:")) || !r.signsComment(c.a, c.b) {
			continue
		}
		if keys == nil {
			keys = map[string]bool{}
		}
		keys[c.key] = true
	}
	if keys == nil {
		return
	}
	for k := range r.cands {
		if keys[r.cands[k].key] {
			r.cands[k].drop = true
		}
	}
}

// signsComment reports whether the name at tokens a to b signs a comment: "wrote:" after
// it, and before it, on its line, a time of day ("At 4:23 pm on 18 Jan 2010,").
func (r *recognizer) signsComment(a, b int) bool {
	d := r.d
	if b+1 >= len(d.Tokens) || r.tok(b) != "wrote" || r.tok(b+1) != ":" {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-12; k-- {
		switch w := r.tok(k); {
		case w == "am" || w == "pm" || w == "a.m." || w == "p.m.":
			return true
		case d.Tokens[k].Is(text.NewLine):
			return false
		}
	}
	return false
}
