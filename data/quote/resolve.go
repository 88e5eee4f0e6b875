// Resolution: the speaker phrases become actors, once every quotation and claim has its
// phrase, in text order. A pronoun ("he") or a nominal ("the minister", "the company")
// looks back across sentences and paragraphs, at the items attributed before it and at
// the actors named, which no earlier stage has in full.

package quote

import (
	"slices"
	"sort"
	"strings"

	"storyline/data/actor"
	"storyline/model"
)

// resolve gives every item its speaker actor, in text order: pronouns and "he added"
// point at the last fitting speaker, "the minister" at the last actor with that role.
func (f *finder) resolve(items []item) {
	for i := range items {
		it := &items[i]
		switch {
		case it.cue >= 0:
			it.position = it.cue
		default:
			it.position = it.a
		}
	}
	slices.SortStableFunc(items, func(a, b item) int { return a.position - b.position })
	last := f.attributed[:0] // attributed so far: items before i, which stay as they are
	defer func() { f.attributed = last }()
	for i := range items {
		it := &items[i]
		w := it.w
		if it.carry && !w.found() {
			// A quotation with no cue: the speaker of the quotation or claim just before it,
			// in this paragraph or the one before.
			for k := len(last) - 1; k >= 0; k-- {
				p := last[k]
				if f.para[it.a]-f.para[min(p.a, len(f.para)-1)] > 1 || len(last)-k > 64 {
					break
				}
				if p.q.Speaker != "" || p.w.found() {
					it.q.Speaker = p.q.Speaker
					w = p.w // the words that named the speaker of the quotation carried on
					if p.alt.found() {
						w = p.alt // the nearer naming: "X scolded him: “A,” she said. “B.”"
					}
					it.w = w
					it.carried = true
					break
				}
			}
		}
		if w.found() {
			it.q.SpeakerStart = f.d.Tokens[w.a].Start
			it.q.SpeakerEnd = f.d.Tokens[w.b-1].End
		}
		if it.cue >= 0 {
			it.q.CueStart = f.d.Tokens[it.cue].Start
			it.q.CueEnd = f.d.Tokens[it.cue+max(it.cueLen, 1)-1].End
		}
		if it.q.Speaker == "" {
			it.q.Speaker = f.speakerActor(w, it.position, last)
		}
		if it.q.Source == "" {
			it.q.Source = w.source
		}
		if it.q.Speaker != "" || w.found() {
			last = append(last, it)
		}
	}
}

// speakerActor resolves a speaker phrase to an actor ID.
func (f *finder) speakerActor(w who, at int, last []*item) string {
	switch {
	case w.actor != "":
		return w.actor
	case w.pron != "":
		return f.pronoun(w.pron, at, last)
	case w.head != "":
		if id := f.nominal(w, at); id != "" {
			return id
		}
		return w.inner
	}
	return ""
}

// pronoun resolves he/she to the last person who spoke (else the last person named),
// it/they to the last organisation, group or country that spoke or was named.
func (f *finder) pronoun(p string, at int, last []*item) string {
	person := p == "he" || p == "she"
	if !person && p != "it" && p != "they" {
		return ""
	}
	for k := len(last) - 1; k >= 0; k-- {
		if f.para[min(at, len(f.para)-1)]-f.para[min(last[k].a, len(f.para)-1)] > 3 || len(last)-k > 64 {
			break
		}
		sp := last[k].q.Speaker
		if sp == "" {
			continue
		}
		if a := f.actorIndex(sp); (f.kind(a) == model.KindPerson) == person && f.fitsGender(a, p) {
			return sp
		}
	}
	return f.lastMention(at, func(a int32) bool { return (f.kind(a) == model.KindPerson) == person && f.fitsGender(a, p) })
}

// lastMention returns the actor of the last mention before token at whose actor (an
// index of r.Actors, -1 for none) fits.
func (f *finder) lastMention(at int, ok func(int32) bool) string {
	if at > len(f.d.Tokens) {
		at = len(f.d.Tokens)
	}
	start := f.d.Tokens[min(at, len(f.d.Tokens)-1)].Start
	ms := f.r.Mentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	// an antecedent stands within a few paragraphs: looking further back would make long
	// texts without a fitting actor quadratic
	for k--; k >= 0 && ms[k].Start >= start-antecedentBytes; k-- {
		if ok(f.mActor[k]) {
			return ms[k].Actor
		}
	}
	return ""
}

// antecedentBytes is how far back a pronoun or "the minister" looks for its actor.
const antecedentBytes = 6000

// nominal resolves "the minister" to the last actor whose roles hold that word, and "the
// company" or "the country" to the last actor of that kind.
func (f *finder) nominal(w who, at int) string {
	head := w.head
	kind := actor.NominalHead(head)
	if id := f.lastMention(at, func(a int32) bool {
		return a >= 0 && slices.Contains(f.roleWords(a), head)
	}); id != "" {
		return id
	}
	switch kind {
	case model.KindOrganization:
		return f.subjectMention(at, func(a int32) bool {
			k := f.kind(a)
			return k == model.KindOrganization || k == model.KindGroup
		})
	case model.KindCountry:
		return f.subjectMention(at, func(a int32) bool { return f.kind(a) == model.KindCountry })
	}
	return ""
}

// roleWords are the lower-cased words of actor a's roles, made on first use: resolving "the
// minister" asks for them at every mention it walks back over.
func (f *finder) roleWords(a int32) []string {
	if f.roles == nil {
		f.roles = make([][]string, len(f.r.Actors))
	}
	if f.roles[a] == nil {
		ws := []string{} // made, if empty
		for _, r := range f.r.Actors[a].Roles {
			ws = append(ws, strings.Fields(strings.ToLower(r))...)
		}
		f.roles[a] = ws
	}
	return f.roles[a]
}

// subjectMention returns, in the last sentence before token at that names a fitting
// actor, the first such actor: the likelier subject ("Apple sued Samsung. ... the company
// said" is Apple).
func (f *finder) subjectMention(at int, ok func(int32) bool) string {
	last := f.lastMention(at, ok)
	if last == "" {
		return ""
	}
	start := f.d.Tokens[min(at, len(f.d.Tokens)-1)].Start
	ms := f.r.Mentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start }) - 1
	for k >= 0 && !ok(f.mActor[k]) {
		k--
	}
	if k < 0 {
		return last
	}
	sent := f.d.SentenceAt(ms[k].Start)
	for j := k - 1; j >= 0 && f.d.SentenceAt(ms[j].Start) == sent; j-- {
		if ok(f.mActor[j]) {
			last = ms[j].Actor
		}
	}
	return last
}
