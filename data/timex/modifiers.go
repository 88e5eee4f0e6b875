package timex

import (
	"sort"
	"strings"

	"storyline/model"
)

// quantMods qualify an amount ("more than four years", "about 8 a.m."); TimeML keeps them
// inside the expression and records them as mod.
var quantMods = load("quantmods.txt").Phrases()

// posMods place an expression within its span: "early October", "the end of the year".
// The longest phrase comes first, so that the first that matches is the longest: "mid -"
// before "mid".
var posMods = func() []posMod {
	var ps []posMod
	for p, mod := range load("positions.txt").Phrases() {
		ps = append(ps, posMod{strings.Fields(p), mod})
	}
	sort.Slice(ps, func(a, b int) bool {
		if len(ps[a].words) != len(ps[b].words) {
			return len(ps[a].words) > len(ps[b].words)
		}
		return strings.Join(ps[a].words, " ") < strings.Join(ps[b].words, " ")
	})
	return ps
}()

type posMod struct {
	words []string
	mod   string
}

// quantModsByFirst indexes quantMods by their first word, longest phrase first, so that a
// lookup costs one map access and allocates nothing.
var quantModsByFirst = func() map[string][]quantPhrase {
	m := map[string][]quantPhrase{}
	for phrase, mod := range quantMods {
		ws := strings.Fields(phrase)
		m[ws[0]] = append(m[ws[0]], quantPhrase{ws, mod})
	}
	for _, ps := range m {
		sort.Slice(ps, func(a, b int) bool {
			if len(ps[a].words) != len(ps[b].words) {
				return len(ps[a].words) > len(ps[b].words)
			}
			return ps[a].mod < ps[b].mod
		})
	}
	return m
}()

type quantPhrase struct {
	words []string
	mod   string
}

// quantMod reads a quantity modifier at i: its mod and the token after it.
func (t *tagger) quantMod(i int) (string, int) {
	if t.info(i).flags&startsQuantMod == 0 {
		return "", i
	}
	for _, p := range quantModsByFirst[t.wd(i)] {
		ok := true
		for k := 1; k < len(p.words); k++ {
			if t.wd(i+k) != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return p.mod, i + len(p.words)
		}
	}
	return "", i
}

func (t *tagger) posMod(i int) (string, int) {
	if t.info(i).flags&startsPosMod == 0 {
		return "", i
	}
	for _, p := range posMods {
		ok := true
		for k, w := range p.words {
			if t.wd(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return p.mod, i + len(p.words)
		}
	}
	return "", i
}

// modified reads "more than four years", "about 8 a.m.", "early October", "the end of the
// year", "late last month": a modifier and the expression it qualifies.
func (t *tagger) modified(i int) (match, bool) {
	if qm, j := t.quantMod(i); qm != "" {
		// "over the last two days" is a signal, not a modifier: the amount must follow.
		if !t.amountAt(j) || t.overMeansDuring(i) {
			return match{}, false
		}
		m, ok := t.core(j)
		if !ok || (m.typ != "DURATION" && m.typ != "TIME" && !t.agoLike(m)) {
			return match{}, false
		}
		m.i, m.mod = i, qm
		return m, true
	}
	pm, j := t.posMod(i)
	if pm == "" {
		return match{}, false
	}
	m, ok := t.core(j)
	if !ok {
		m, ok = t.thisUnit(j)
	}
	if !ok || (m.typ != "DATE" && m.typ != "TIME") || m.dt.g == model.GranDay && pm == "MID" {
		return match{}, false
	}
	// "late Wednesday" keeps its day; "early October" is October with mod START. "The
	// rest of the year" is marked whole, but TimeML has no mod for it.
	m.i = i
	if pm == "REST" {
		pm = ""
	}
	if m.mod == "" {
		m.mod = pm
	}
	return m, true
}

// agoLike reports a date counted from an amount ("about two weeks ago").
func (t *tagger) agoLike(m match) bool {
	return m.typ == "DATE" && m.val == "" && (t.amountWordAt(m.i) || t.isNum(m.i) && t.is(m.j-1, "ago", "earlier", "later"))
}

// amountAt reports whether an amount (a number, "a", "an", "half", a number word, or a
// clock word such as "noon") begins at i.
func (t *tagger) amountAt(i int) bool {
	w := t.wd(i)
	if w == "" {
		return false
	}
	if t.isNum(i) {
		return true
	}
	hm, _ := t.lexClock(i)
	return t.amountWordAt(i) || hm != [2]int{}
}

// amountWordAt reports whether token i is a word that opens an amount: a number word or
// one of amounts.txt.
func (t *tagger) amountWordAt(i int) bool {
	return t.infoOf(i).flags&(anAmount|isNumber) != 0
}

// thisUnit reads "the year", "the month", "the week" after a position modifier ("the end of
// the year"): the current one, by the reference time.
func (t *tagger) thisUnit(i int) (match, bool) {
	if !t.is(i, "the", "this") {
		return match{}, false
	}
	if t.is(i+1, "fiscal", "financial") && t.is(i+2, "year") {
		dt := date{g: model.GranYear, fy: true}
		if t.hasDCT {
			dt.y = t.dct.Year()
		}
		return match{i: i, j: i + 3, typ: "DATE", dt: dt}, true
	}
	u, ok := t.lexUnit(i + 1)
	g := unitGran(u)
	if !ok || t.lexPlural(i+1) || g == model.GranNone || g == model.GranDay {
		return match{}, false
	}
	dt := date{g: g}
	if t.hasDCT {
		dt = fromTime(t.anchorFor(i), g)
	}
	return match{i: i, j: i + 2, typ: "DATE", dt: dt}, true
}

// overMeansDuring reports whether the bare "over" at i is the preposition of a span ("$2
// billion over five years", "hours over two days") rather than "more than": "over" means
// more than only where a preposition or a verb of duration already governs the amount
// ("for over five years", "took over two hours"), or where "ago" follows.
func (t *tagger) overMeansDuring(i int) bool {
	if t.wd(i) != "over" {
		return false
	}
	for k := i + 1; k < i+6 && k < t.lim; k++ {
		if t.is(k, "ago") {
			return false
		}
	}
	if i == 0 || t.sent[i-1] != t.sent[i] {
		return true
	}
	return !overAfter[t.wd(i-1)]
}
