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
// where no quotation or claim already stands.
func (f *finder) turns(items []item) []item {
	toks := f.d.Tokens
	type turn struct{ name, from int32 } // the speaker's mention, the first token of the speech
	var found []turn
	for _, s := range f.d.Sentences {
		a := s.First
		if a >= s.Last || (a > 0 && !toks[a].Is(text.NewLine)) {
			continue
		}
		m := f.owner[a]
		if m < 0 || f.kind(f.mActor[m]) != model.KindPerson {
			continue
		}
		ma, mb := f.mentionToks(m)
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
		found = append(found, turn{m, int32(k + 1)})
	}
	for n, t := range found {
		a := int(t.from)
		end := len(toks)
		if n+1 < len(found) {
			ma, _ := f.mentionToks(found[n+1].name)
			end = ma
		}
		b := a
		for b < end && (b == a || !toks[b].Is(text.NewPara)) {
			b++
		}
		if b <= a || f.overlapsItem(items, a, b) {
			continue
		}
		ma, mb := f.mentionToks(t.name)
		actor := f.r.Mentions[t.name].Actor
		start, stop := toks[a].Start, toks[b-1].End
		items = append(items, item{
			q: Quote{Start: start, End: stop, Text: strings.TrimSpace(f.d.Text[start:stop]), Speaker: actor, Direct: true},
			a: a, b: b, cue: -1, sent: f.sent[a], inClaim: -1,
			w: who{a: ma, b: mb, actor: actor},
		})
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
