package quote

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// A broadcast transcript gives each turn as its speaker's name in capitals and a colon
// ("BLITZER: Wael, this is Wolf Blitzer in Washington."): what follows, to the next turn
// or the end of the paragraph, is that person's speech, quoted word for word.

// turns adds the speech of each transcript turn whose speaker the actors name as a person,
// or who is one of the programme's journalists (no actor, but speaking all the same),
// where no quotation or claim already stands.
func (f *finder) turns(items []item) []item {
	toks := f.d.Tokens
	// the speaker's name's tokens, the first token of the speech, and the actor ("" for a
	// journalist's turn)
	type turn struct {
		ma, mb, from int
		actor        string
	}
	var found []turn
	anchor := 0 // the next of f.r.Anchors, which are in text order
	for _, s := range f.d.Sentences {
		a := s.First
		if a >= s.Last || (a > 0 && !toks[a].Is(text.NewLine)) {
			continue
		}
		var ma, mb int
		actor := ""
		for anchor < len(f.r.Anchors) && f.r.Anchors[anchor][0] < toks[a].Start {
			anchor++
		}
		if m := f.owner[a]; m >= 0 && f.kind(f.mActor[m]) == model.KindPerson {
			ma, mb = f.mentionToks(m)
			actor = f.r.Mentions[m].Actor
		} else if anchor < len(f.r.Anchors) && f.r.Anchors[anchor][0] == toks[a].Start {
			ma, mb = a, a
			for mb < s.Last && toks[mb].Start < f.r.Anchors[anchor][1] {
				mb++
			}
		} else {
			continue
		}
		if ma != a || !toks[a].Is(text.AllUpper) {
			continue
		}
		k := mb
		if k < s.Last && f.tok(k) == "," { // the role: ", CNN ANCHOR"
			for k++; k < s.Last && k-mb < 8 && toks[k].Kind == text.Word; k++ {
			}
		}
		if k+1 >= len(toks) || f.tok(k) != ":" {
			continue
		}
		found = append(found, turn{ma, mb, k + 1, actor})
	}
	for n, t := range found {
		a := t.from
		end := len(toks)
		if n+1 < len(found) {
			end = found[n+1].ma
		}
		b := a
		for b < end && (b == a || !toks[b].Is(text.NewPara)) {
			b++
		}
		if b <= a || f.overlapsItem(items, a, b) {
			continue
		}
		start, stop := toks[a].Start, toks[b-1].End
		it := item{
			q: Quote{Start: start, End: stop, Text: strings.TrimSpace(f.d.Text[start:stop]), Speaker: t.actor, Direct: true},
			a: a, b: b, cue: -1, sent: f.sent[a], inClaim: -1,
		}
		if t.actor != "" {
			it.w = who{a: t.ma, b: t.mb, actor: t.actor}
		}
		items = append(items, it)
	}
	return items
}

// overlapsItem reports whether tokens [a, b) share any with a quotation or claim found.
func (f *finder) overlapsItem(items []item, a, b int) bool {
	for _, it := range items {
		if it.a < b && a < it.b {
			return true
		}
	}
	return false
}
