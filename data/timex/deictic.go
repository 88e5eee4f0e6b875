package timex

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// deicticDays are the day words counted from the DCT.
var deicticDays = load("deictic.txt").Ints()

// deictic reads "today", "yesterday", "tomorrow", "tonight", "the day before yesterday",
// "yesterday morning", "now", "right now", "currently", "recently", "more recently", "the
// future", "the past", "at present", "these days".
func (t *tagger) deictic(i int) (match, bool) {
	w := t.wd(i)
	if t.titleWord(i) {
		return match{}, false // NBC's "Today"
	}
	if t.is(i, "the") && t.is(i+1, "day") && t.is(i+2, "before", "after") {
		k := i + 3
		off := -2
		if t.wd(i+2) == "after" {
			off = 2
		}
		if (off < 0 && t.is(k, "yesterday")) || (off > 0 && t.is(k, "tomorrow")) {
			return t.dayOffset(i, k+1, off, ""), true
		}
	}
	if m, ok := t.unitBefore(i); ok {
		return m, true
	}
	if off, ok := deicticDays[w]; ok {
		if t.is(i+1, "-") && t.tight(i+1) {
			return match{}, false // "today-style"
		}
		if w == "tonight" {
			return t.dayOffset(i, i+1, 0, "NI"), true
		}
		if p, ok := t.lexDaypart(i + 1); ok && !strings.HasSuffix(t.wd(i+1), "s") {
			return t.dayOffset(i, i+2, off, p), true
		}
		return t.dayOffset(i, i+1, off, ""), true
	}
	if v, ok := t.lexVague(i); ok {
		if t.is(i+1, "-") && t.tight(i+1) {
			return match{}, false // "now-defunct"
		}
		return match{i: i, j: i + 1, typ: "DATE", val: v}, true
	}
	switch w {
	case "current":
		// "the current four flights", "its current format": the adjective places its noun
		// in the present, as TimeBank marks it. Accounting's "current account" and
		// "current assets" are kinds, not times.
		n := t.wd(i + 1)
		if i+1 < t.lim && (t.d.Tokens[i+1].Kind == text.Word || t.isNum(i+1)) && !nonTemporalCurrent[n] && lex.units[n] == "" {
			return match{i: i, j: i + 1, typ: "DATE", val: "PRESENT_REF"}, true
		}
	case "right":
		if t.is(i+1, "now") {
			return match{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
		}
	case "more", "most":
		if v, _ := t.lexVague(i + 1); v == "PAST_REF" {
			return match{i: i, j: i + 2, typ: "DATE", val: v}, true
		}
	case "the":
		switch t.wd(i + 1) {
		case "future":
			// Not "the Future Combat System": a name's first word.
			if !t.is(i+2, "of", "tense") && !(t.upper(i+1) && !t.d.Tokens[i+1].Is(text.AllUpper) && t.upper(i+2) && t.d.Tokens[i+2].Kind == text.Word) {
				return match{i: i, j: i + 2, typ: "DATE", val: "FUTURE_REF"}, true
			}
		case "near", "short":
			// "in the near future", "over the short term", "the challenges of the near
			// term"; not "the near-term outlook".
			if t.is(i+2, "future", "term") && !t.is(i+3, "-") && t.isSignal(i-1, "in", "for", "over", "into", "of") {
				return match{i: i, j: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
			}
		case "past":
			if t.isSignal(i-1, "in") && !t.is(i+2, "of") {
				return match{i: i, j: i + 2, typ: "DATE", val: "PAST_REF"}, true
			}
		case "present":
			if t.isSignal(i-1, "at", "until", "to") {
				return match{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
			}
		case "moment":
			if t.isSignal(i-1, "at", "for") {
				return match{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
			}
		default:
			// "It's the second day of an offensive", "today is the eighth day of the
			// operation": the day of the report, counted in the story's own days.
			if _, e, ok := t.ordinal(i + 1); ok && t.is(e, "day") && t.is(e+1, "of", "since") && t.hasDCT && t.todayIs(i) {
				return t.dayOffset(i, e+1, 0, ""), true
			}
		}
	case "present":
		if t.isSignal(i-1, "at") {
			return match{i: i, j: i + 1, typ: "DATE", val: "PRESENT_REF"}, true
		}
	case "these":
		if t.is(i+1, "days") {
			return match{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
		}
	case "once":
		return match{}, false
	}
	return match{}, false
}

// isSignal reports whether token k (in the same sentence as k+1) is one of the words.
func (t *tagger) isSignal(k int, words ...string) bool {
	if k < 0 || k+1 >= len(t.d.Tokens) || t.sent[k] != t.sent[k+1] {
		return false
	}
	for _, w := range words {
		if t.lw(k) == w {
			return true
		}
	}
	return false
}

// isSignalIn is isSignal of the words of a set.
func (t *tagger) isSignalIn(k int, words map[string]bool) bool {
	return k >= 0 && k+1 < len(t.d.Tokens) && t.sent[k] == t.sent[k+1] && words[t.lw(k)]
}

// dayOffset is the DCT moved by off days, with a part of the day when p is set.
func (t *tagger) dayOffset(i, j, off int, p string) match {
	m := match{i: i, j: j, typ: "DATE", dt: date{g: model.GranDay}}
	if t.hasDCT {
		m.dt = dayDate(t.anchorFor(i).AddDate(0, 0, off))
	}
	if p != "" {
		m.typ = "TIME"
		m.dt.g = model.GranTime
		m.dt.part = p
	}
	return m
}

// unitBefore reads "the day before", "the year after", "the week earlier" standing alone
// at the end of a clause: one unit before or after the reference time.
func (t *tagger) unitBefore(i int) (match, bool) {
	if !t.is(i, "the") {
		return match{}, false
	}
	u, ok := t.lexUnit(i + 1)
	g := unitGran(u)
	if !ok || t.lexPlural(i+1) || g == model.GranNone || u == "WE" {
		return match{}, false
	}
	dir := 0
	switch t.wd(i + 2) {
	case "before", "earlier", "prior":
		dir = -1
	case "after", "later":
		dir = 1
	default:
		return match{}, false
	}
	if !t.clauseEnd(i + 3) {
		return match{}, false
	}
	m := match{i: i, j: i + 3, typ: "DATE", dt: date{g: g}}
	if r, ok := t.refAt(g); ok {
		m.dt = r.shift(dir)
	}
	return m, true
}

// todayIs reports whether the words before i say what today is: "it is", "it's", "today
// is", "this is".
func (t *tagger) todayIs(i int) bool {
	if i < 2 || t.sent[i-2] != t.sent[i] || !t.is(i-1, "is", "'s", "’s") {
		return false
	}
	return t.is(i-2, "it", "today", "this")
}

// beforeSomeday reports whether word k is a subject pronoun or a modal, after which "one
// day" is some day to come: "he will one day return", "the hope he one day follow".
func (t *tagger) beforeSomeday(k int) bool {
	switch t.wd(k) {
	case "he", "she", "they", "we", "i", "you", "it", "will", "would", "could", "might", "may", "can", "shall", "should", "must":
		return true
	}
	return false
}

// someDay reads "someday", "some day" and an adverbial "one day" ("One day he will
// return"): an unspecified day, FUTURE_REF, or PAST_REF in a past-tense clause. "One day"
// as an amount ("for one day", "one day after", "a one-day strike") stays a duration. So
// is "at a later date" some day ahead, and "for a while" a time of no stated length.
func (t *tagger) someDay(i int) (match, bool) {
	j := i + 1
	switch t.wd(i) {
	case "someday":
	case "a":
		// "at a later date", "until a future date": some day ahead, not yet set.
		if t.is(i+1, "later", "future") && t.is(i+2, "date") && t.isSignal(i-1, "at", "to", "until", "till", "on", "for") {
			return match{i: i, j: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
		}
		// "live without it for a while": a time of no stated length.
		if t.is(i+1, "while") && t.isSignal(i-1, "for") && t.clauseEnd(i+2) {
			return match{i: i, j: i + 2, typ: "DURATION", val: "PXX"}, true
		}
		// "if there ever came a day when ...", "a day will come when ...": a day no calendar
		// names, not an amount of time.
		if !t.is(i+1, "day") || !t.comingDay(i) {
			return match{}, false
		}
		v := "FUTURE_REF"
		if !t.hypothetical(i) && t.tenseAt(i, i+2) == past && !t.is(i+2, "will", "would") {
			v = "PAST_REF"
		}
		return match{i: i, j: i + 2, typ: "DATE", val: v}, true
	case "some", "one":
		if !t.is(i+1, "day") {
			return match{}, false
		}
		j = i + 2
		if t.wd(i) == "one" && i > 0 && t.sent[i-1] == t.sent[i] && t.d.Tokens[i-1].Kind == text.Word && !t.beforeSomeday(i-1) {
			return match{}, false // "for one day", "only one day", "lasted one day"
		}
	default:
		return match{}, false
	}
	if t.is(j, "of", "after", "before", "later", "earlier", "ago", "-", "and", "or", "to") {
		return match{}, false
	}
	v := "FUTURE_REF"
	if t.tenseAt(i, j) == past {
		v = "PAST_REF"
	}
	return match{i: i, j: j, typ: "DATE", val: v}, true
}

// comingDay reports whether the "a day" at i is the one that comes in "there came a day
// when" or "a day will come when".
func (t *tagger) comingDay(i int) bool {
	if i > 0 && t.sent[i-1] == t.sent[i] && t.is(i-1, "come", "comes", "came", "coming") {
		return t.is(i+2, "when", "that")
	}
	return t.is(i+2, "comes", "came") || t.is(i+2, "will", "would", "may", "might") && t.is(i+3, "come")
}

// hypothetical reports whether the clause before i is a condition ("if there ever came a day").
func (t *tagger) hypothetical(i int) bool {
	sen := t.d.Sentences[t.sent[i]]
	for k := i - 1; k >= sen.First && k >= i-6; k-- {
		if t.is(k, "if", "ever", "unless", "should") {
			return true
		}
	}
	return false
}

// nonTemporalCurrent are the nouns after which "current" names a kind rather than a time.
var nonTemporalCurrent = load("currentkinds.txt").Set()
