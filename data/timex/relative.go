package timex

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// relDir is the direction of a relative word; anaphoric words count from the reference
// time (the last date the text mentioned), deictic ones from the DCT.
var (
	relDir       = load("relative.txt").Ints()
	anaphoric    = load("anaphoric.txt").Set()
	unitNotAfter = load("unitcontext.txt").GroupSets().Get("notafter")
)

// titleWord reports whether the word at i, lower case in running text, is capitalised
// after a possessive or a name, opening the title of a show or a paper: ABC News' "This
// Week", NBC's "Today", "USA Today", "This is VOA Today".
func (t *tagger) titleWord(i int) bool {
	if !t.upper(i) || i == 0 || t.sent[i-1] != t.sent[i] {
		return false
	}
	k := i - 1
	if t.is(k, "\"", "“", "``", "'") && k > 0 && t.sent[k-1] == t.sent[i] {
		k--
	}
	if k == i-1 && t.d.Tokens[k].Is(text.AllUpper) && t.d.Tokens[k].End-t.d.Tokens[k].Start >= 2 && !t.d.Tokens[i].Is(text.AllUpper) {
		return t.d.Tokens[k].Kind == text.Word // an outlet's initials before the title
	}
	return t.is(k, "'s", "’s", "'", "’") || k < i-1 && t.upper(k) && t.d.Tokens[k].Kind == text.Word
}

// relative reads expressions built on a relative word: "last week", "this year", "next
// month", "the past decade", "the last two days", "the next six months", "the previous
// day", "that year", "earlier this month", "later that day", "this morning", "last night",
// "last summer", "recent years", "the coming weeks".
func (t *tagger) relative(i int) (match, bool) {
	start := i
	if t.titleWord(i) {
		return match{}, false // ABC's "This Week"
	}
	if t.is(i, "earlier", "later") && t.is(i+1, "this", "that", "last", "next") {
		m, ok := t.relative(i + 1)
		if !ok || m.typ != "DATE" {
			return match{}, false
		}
		m.i = start
		return m, true
	}
	the := false
	if t.is(i, "the") {
		the = true
		i++
	}
	rel := t.wd(i)
	if rel == "this" && t.is(i+1, "past") && !the { // "this past weekend" is the last one
		i++
		rel = "last"
	}
	if the && rel == "weekend" {
		return t.theWeekend(start, i+1), true
	}
	// "recent years", "the coming weeks", "in coming months"
	if rel == "recent" || rel == "coming" && (the || t.signalBefore(i) != "") && !t.singularUnit(i+1) {
		return t.vaguePlural(start, i+1, rel)
	}
	dir, ok := relDir[rel]
	if !ok {
		return match{}, false
	}
	if the && (rel == "this" || rel == "that" || rel == "last" && t.is(i+1, "time")) {
		return match{}, false
	}
	j := i + 1
	// "the strike will last 48 hours": the verb, and the amount is a duration of its own.
	if rel == "last" && !the && t.lastIsVerb(i) {
		return match{}, false
	}
	// "the last two days", "the next six months", "the past few years"
	if n, x, k, ok := t.amount(j, false); ok && dir != 0 && (!anaphoric[rel] || the) {
		u, uok := t.lexUnit(k)
		if !uok || (!t.lexPlural(k) && n != 1) || u == "WE" {
			return match{}, false
		}
		if anaphoric[rel] {
			dir = 0 // "the previous three years": before a time the text has placed, not now
		}
		return match{i: start, j: k + 1, typ: "DURATION", dur: duration{n, u, x}, durOK: true, anchor: dir}, true
	}
	w := t.wd(j)
	if u, ok := t.lexUnit(j); ok {
		if t.lexPlural(j) {
			if the && (rel == "past" || rel == "last" || rel == "coming" || rel == "next") {
				return t.vaguePlural(start, j, rel)
			}
			return match{}, false
		}
		return t.relUnit(start, j+1, rel, dir, the, u)
	}
	if s, ok := t.lexSeason(j); ok && !the {
		return t.relSeason(start, j+1, rel, dir, s)
	}
	if p, ok := t.lexDaypart(j); ok && !strings.HasSuffix(w, "s") {
		return t.relDayPart(start, j+1, rel, dir, p)
	}
	return match{}, false
}

// singularUnit reports whether a unit of time in the singular is at k ("the coming year").
func (t *tagger) singularUnit(k int) bool {
	_, ok := t.lexUnit(k)
	return ok && !t.lexPlural(k)
}

// relUnit resolves "last week", "the previous day", "the past year" (a duration) ...
func (t *tagger) relUnit(i, j int, rel string, dir int, the bool, u string) (match, bool) {
	g := unitGran(u)
	if g == model.GranNone {
		return match{}, false // "this hour", "next minute": not calendar units
	}
	// "the next week", "the past month": spans starting (ending) now; but "the next day",
	// "the last quarter" name a calendar unit, and so do "the past year" and "the last
	// decade", as TimeBank and MEANTIME both have them (the year or decade before this).
	looksBack := rel == "past" || rel == "last"
	if the && (looksBack || rel == "next" || rel == "coming") && u != "D" && u != "Q" && !(looksBack && (u == "Y" || u == "DE")) {
		if t.is(j, "or", "and") {
			return match{}, false
		}
		return match{i: i, j: j, typ: "DURATION", dur: duration{n: 1, unit: u}, durOK: true, anchor: dir}, true
	}
	if !the && rel == "same" {
		return match{}, false
	}
	m := match{i: i, j: j, typ: "DATE", dt: date{g: g}}
	if u == "WE" {
		m.dt.weekend = true
	}
	if rel == "that" && t.indefiniteBefore(i) {
		// "if there ever came a day when ... Unfortunately, that day has come": the day
		// named before has no date, so this one has none either; its clause places it.
		v := [...]string{"PAST_REF", "PRESENT_REF", "FUTURE_REF"}[t.tenseAt(i, j)+1]
		return match{i: i, j: j, typ: "DATE", val: v}, true
	}
	if anaphoric[rel] || (the && g == model.GranDay) {
		if r, ok := t.refAt(g); ok {
			m.dt = r.shift(dir)
			m.dt.weekend = u == "WE"
		}
		return m, true
	}
	if rel == "that" {
		return match{}, false
	}
	if t.hasDCT {
		m.dt = fromTime(t.anchorFor(i), g).shift(dir)
		m.dt.weekend = u == "WE"
	}
	return m, true
}

// relSeason resolves "last summer", "this spring", "next winter".
func (t *tagger) relSeason(i, j int, rel string, dir int, s string) (match, bool) {
	m := match{i: i, j: j, typ: "DATE", dt: date{g: model.GranSeason, season: s}}
	if !t.hasDCT {
		return m, true
	}
	cur, y := seasonOf(t.dct.Year(), int(t.dct.Month()))
	// This season is the one of that name in the current season-year; "last summer" is
	// the most recent summer before this one.
	if seasonIndex(s) > seasonIndex(cur) {
		y--
	}
	switch {
	case dir < 0:
		if s == cur {
			y--
		}
	case dir > 0:
		y++
	case s != cur && seasonIndex(s) < seasonIndex(cur) && t.tenseAt(i, j) == future:
		y++
	case s != cur && seasonIndex(s) > seasonIndex(cur):
		// "this summer", said in spring, is the one ahead even in a past-tense clause
		// ("pledged to join protests this summer").
		y++
	}
	m.dt.y = y
	return m, true
}

// relDayPart resolves "this morning", "last night", "tomorrow evening" handled elsewhere.
func (t *tagger) relDayPart(i, j int, rel string, dir int, p string) (match, bool) {
	if rel != "this" && rel != "last" && rel != "that" && rel != "same" {
		return match{}, false
	}
	if rel == "last" && p != "NI" {
		return match{}, false
	}
	m := match{i: i, j: j, typ: "TIME", dt: date{g: model.GranTime, part: p}}
	var base date
	ok := false
	if rel == "that" || rel == "same" {
		base, ok = t.refAt(model.GranDay)
	} else if t.hasDCT {
		base, ok = dayDate(t.dct), true
	}
	if ok {
		if rel == "last" {
			base = base.shift(-1)
		}
		m.dt.y, m.dt.m, m.dt.d = base.y, base.m, base.d
	}
	return m, true
}

// vaguePlural reads "recent years", "the coming weeks", "the past months": an unspecified
// number of units.
func (t *tagger) vaguePlural(i, j int, rel string) (match, bool) {
	u, ok := t.lexUnit(j)
	if !ok || !t.lexPlural(j) {
		return match{}, false
	}
	dir := -1
	if rel == "coming" || rel == "next" {
		dir = 1
	}
	return match{i: i, j: j + 1, typ: "DURATION", dur: duration{unit: u, x: true}, durOK: true, anchor: dir}, true
}

// unitsAhead reads "the weeks ahead", "the months ahead": an unspecified number of units
// from now on.
func (t *tagger) unitsAhead(i int) (match, bool) {
	if !t.is(i, "the") || !t.is(i+2, "ahead") {
		return match{}, false
	}
	m, ok := t.vaguePlural(i, i+1, "coming")
	if !ok {
		return match{}, false
	}
	m.j = i + 3
	return m, true
}

// theWeekend resolves "the weekend" by tense: the last one in past-tense text (this one
// when the DCT falls on it), the next one otherwise.
func (t *tagger) theWeekend(i, j int) match {
	m := match{i: i, j: j, typ: "DATE", dt: date{g: model.GranWeek, weekend: true}}
	if !t.hasDCT {
		return m
	}
	wd := int(t.dct.Weekday()+6)%7 + 1
	week := fromTime(t.dct, model.GranWeek)
	if wd < 6 && t.tenseAt(i, j) != future {
		week = week.shift(-1)
	}
	week.weekend = true
	m.dt = week
	return m
}

// theUnit reads "the quarter", "the year", "the month" used anaphorically, as in "profit
// for the quarter rose" or "sales fell during the year": the quarter, year or month of the
// reference time. Only after "in", "for", "during" or "throughout", or "of" after a
// duration ("the first nine months of the year"), and at the end of the phrase ("the
// year's best", "the quarter ended ..." stay out), and only once the text has placed a
// date that fine, so that a generic "the year" is not given a value by guess.
// "The year ended Sept. 30" is a duration, as TimeML marks it: the date says when.
func (t *tagger) theUnit(i int) (match, bool) {
	if !t.is(i, "the") {
		return match{}, false
	}
	// "the week's most active session": the unit of the time just reported, as it is after
	// a preposition ("for the week").
	possessive := t.is(i+2, "'s", "’s") && t.is(i+1, "day", "week", "month", "quarter", "year")
	// "the first nine months of the year": the span that holds the duration before it.
	ofSpan := t.isSignal(i-1, "of") && t.prev.j == i-1 && t.prev.typ == "DURATION"
	if !possessive && !ofSpan && !t.isSignal(i-1, "in", "for", "during", "throughout", "over") {
		return match{}, false
	}
	k := i + 1
	qualified := t.is(k, "full", "fiscal", "latest", "entire", "whole", "current", "calendar")
	if qualified {
		k++ // "for the full year", "in the fiscal year"
		if t.is(k-1, "current", "full", "latest") && t.is(k, "fiscal", "financial", "calendar") {
			k++ // "the current fiscal year"
		}
	}
	var g model.Granularity
	switch t.wd(k) {
	case "day":
		if qualified {
			return match{}, false
		}
		g = model.GranDay
	case "week":
		if qualified {
			return match{}, false
		}
		g = model.GranWeek
	case "quarter":
		g = model.GranQuarter
	case "year":
		g = model.GranYear
	case "month":
		g = model.GranMonth
	default:
		return match{}, false
	}
	// "for the year ended Sept. 30": a year's span, whose end the date after it names.
	if g == model.GranYear && t.is(k+1, "ended", "ending") {
		return match{i: i, j: k + 1, typ: "DURATION", dur: duration{n: 1, unit: "Y"}, durOK: true}, true
	}
	// "a high for the year of $42": "of" an amount, not "the year of the dragon".
	ofAmount := t.is(k+1, "of") && (t.isNum(k+2) || t.is(k+2, "$", "£", "€"))
	if unitNotAfter[t.wd(k+1)] && !ofAmount && !possessive || t.isNum(k+1) {
		return match{}, false
	}
	// A qualified unit is the report's own: "the full year" and "the fiscal year" its
	// year, "the latest quarter" the last one reported, before the current.
	if qualified && t.hasDCT {
		dt := fromTime(t.anchorFor(i), g)
		if t.is(i+1, "latest") {
			dt = dt.shift(-1)
		}
		return match{i: i, j: k + 1, typ: "DATE", dt: dt}, true
	}
	r := t.ref
	if g == model.GranWeek || g == model.GranDay {
		// "For the week, the index dropped 3.8%": the week of the day just reported;
		// "later in the day", that day.
		if !t.refText || !r.known() || r.g < model.GranDay {
			return match{}, false
		}
		return match{i: i, j: k + 1, typ: "DATE", dt: fromTime(r.first(), g)}, true
	}
	if !t.refText || !r.known() || r.g < g || g == model.GranQuarter && r.g != model.GranQuarter {
		// Before the text names a date, "the year" of a report is the year it was
		// written in; a quarter or month so early has no value to guess.
		if g != model.GranYear || !t.hasDCT {
			return match{}, false
		}
		return match{i: i, j: k + 1, typ: "DATE", dt: fromTime(t.anchorFor(i), g)}, true
	}
	return match{i: i, j: k + 1, typ: "DATE", dt: fromTime(r.first(), g)}, true
}

// indefiniteBefore reports whether the last expression before i, in its sentence or the
// one before, was an undated reference ("one day", "a day when").
func (t *tagger) indefiniteBefore(i int) bool {
	p := t.prev
	return p.j > 0 && p.j <= i && strings.HasSuffix(p.val, "_REF") && t.sent[p.i] >= t.sent[i]-1 && p.typ == "DATE"
}

// lastIsVerb reports whether "last" at i is the verb: after a modal, "to", or a negation
// ("will last", "is expected to last", "did not last").
func (t *tagger) lastIsVerb(i int) bool {
	return i > 0 && t.sent[i-1] == t.sent[i] && auxiliaries[t.wd(i-1)]
}
