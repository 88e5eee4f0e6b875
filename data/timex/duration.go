package timex

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// durationOrAgo reads an amount of time and what is done with it: "four years", "a 90-day
// period" ("90-day"), "several months", "a year and a half", "a week ago" (a date counted
// from the DCT), "two years earlier" / "three days later" (counted from the reference
// time), "$5 a year" (a set).
func (t *tagger) durationOrAgo(i int) (match, bool) {
	n, x, j, ok := t.amount(i, true)
	if !ok {
		return t.bareUnits(i)
	}
	isA := t.is(i, "a", "an") && j == i+1 // "a week", not "a few weeks"
	k := j
	hyph := false
	if t.is(k, "-") && t.tight(k) && t.tight(k+1) {
		k++
		hyph = true
	}
	if !hyph && t.is(k, "more", "additional", "full", "long", "straight", "consecutive", "trading", "business", "working") && !t.is(k+1, "than") {
		k++
	}
	unit, ok := t.lexUnit(k)
	if !ok {
		if w := t.wd(j); w == "or" || w == "to" || w == "and" {
			return t.rangeStart(i, j, n, x)
		}
		return match{}, false
	}
	plural := t.lexPlural(k)
	// "a 93 year-old": an age written with one hyphen.
	ageHyph := !hyph && !plural && t.isNum(i) && t.is(k+1, "-") && t.tight(k+1) && t.tight(k+2) && t.is(k+2, "old")
	switch {
	case hyph && plural, x && !plural && !hyph, !hyph && n > 1 && !plural && !t.adjectivalUnit(k) && !ageHyph, isA && plural:
		return match{}, false
	case unit == "Q" && (t.is(k+1, "of") || !plural && isA),
		unit == "S" && (isA || t.wd(i) == "one"),
		unit == "WE" && !plural:
		return match{}, false
	case t.isNum(i) && !hyph && t.tight(k):
		return match{}, false // "5km", not a unit after a space
	case plural && !hyph && t.is(k+1, "old") && !t.is(k+2, "-"):
		return match{}, false // "Howes, 37 years old": an age, which TimeBank leaves unmarked
	}
	e := k + 1
	if t.is(e, "and") && t.is(e+1, "a") && t.is(e+2, "half") {
		n += 0.5
		e += 3
	}
	// "a week or so ago": the amount is approximate; the expression goes on.
	approx := false
	if t.is(e, "or") && t.is(e+1, "so") && t.is(e+2, "ago", "later", "earlier") {
		approx, e = true, e+2
	}
	if (hyph || ageHyph) && t.is(e, "-") && t.is(e+1, "old") && t.tight(e) {
		e += 2
		hyph = true
	}
	// "a year-long war", "a year-earlier profit": the unit belongs to an adjective of its
	// own (longAdj, yearEarlier).
	if isA && t.is(e, "-") && t.tight(e) && t.tight(e+1) && t.is(e+1, "long", "earlier", "ago") {
		return match{}, false
	}
	dur := duration{n: n, unit: unit, x: x}
	if isA && !plural && t.speedBefore(i) {
		return match{}, false
	}
	if isA && !plural && !t.is(e, "ago", "earlier", "later", "before", "after") {
		if t.freqBefore(i) {
			return match{i: i, j: e, typ: "SET", val: duration{n: 1, unit: unit}.value()}, true
		}
		if t.rateBefore(i) {
			return match{}, false // "$500 million a year": a rate, no time of its own
		}
	}
	if hyph {
		return match{i: i, j: e, typ: "DURATION", dur: dur, durOK: true}, true
	}
	switch t.wd(e) {
	case "ago":
		if p, ok := t.yearAgoPeriod(i, dur, -1); ok {
			return match{i: i, j: e + 1, typ: "DATE", dt: p}, true
		}
		m := t.countedDate(i, e+1, dur, t.hasDCT, -1, dayDate(t.dct))
		if approx {
			m.mod = "APPROX"
		}
		return m, true
	case "earlier", "before", "later", "after", "afterwards", "afterward", "prior":
		w := t.wd(e)
		if (w == "before" || w == "after" || w == "prior") && !t.clauseEnd(e+1) {
			break // "two days after the attack": the duration alone; "after" is a signal
		}
		sign := 1
		if w == "earlier" || w == "before" || w == "prior" {
			sign = -1
		}
		if p, ok := t.yearAgoPeriod(i, dur, sign); ok {
			return match{i: i, j: e + 1, typ: "DATE", dt: p}, true
		}
		r, ok := t.refAt(model.GranDay)
		if !ok {
			r, ok = t.refAt(unitGran(unit))
		}
		m := t.countedDate(i, e+1, dur, ok, sign, r)
		// "as a two-year-old he appeared on television and a year later ...": counted
		// past the DCT in a past-tense clause, the count ran from a time the text never
		// placed, so the year is unknown.
		if sign > 0 && t.hasDCT && m.dt.known() && m.dt.first().After(t.dct) && t.tenseAt(i, e+1) == past {
			m.dt = date{g: m.dt.g}
		}
		if approx {
			m.mod = "APPROX"
		}
		return m, true
	case "from", "hence":
		if t.wd(e) == "hence" || t.is(e+1, "now") {
			end := e + 1
			if t.wd(e) == "from" {
				end = e + 2
			}
			return t.countedDate(i, end, dur, t.hasDCT, 1, dayDate(t.dct)), true
		}
	}
	return match{i: i, j: e, typ: "DURATION", dur: dur, durOK: true}, true
}

// rangeStart reads the first amount of a range whose unit comes once, after the second:
// "five or six days", "two to six days", "between five and seven days" are two durations,
// as TimeBank marks them ("two" is P2D).
func (t *tagger) rangeStart(i, j int, n float64, x bool) (match, bool) {
	// Not "the next 12 to 18 months", whose range is one span from now.
	if x || j != i+1 || t.is(i, "a", "an") || t.is(i-1, "the", "next", "last", "past", "first", "previous", "coming") ||
		!(t.is(j, "or", "to") || t.is(j, "and") && t.is(i-1, "between")) {
		return match{}, false
	}
	n2, x2, k, ok := t.amount(j+1, false)
	if !ok || x2 || n2 <= n || k != j+2 {
		return match{}, false
	}
	unit, ok := t.lexUnit(k)
	if !ok || !t.lexPlural(k) || unit == "Q" || unit == "WE" || t.is(k+1, "ago", "earlier", "later") {
		return match{}, false
	}
	return match{i: i, j: j, typ: "DURATION", dur: duration{n: n, unit: unit}, durOK: true}, true
}

// adjectivalUnit allows "a two year period" (a singular unit after a number, no hyphen)
// only before a noun.
func (t *tagger) adjectivalUnit(k int) bool {
	w := t.wd(k + 1)
	return w != "" && t.d.Tokens[k+1].Kind == text.Word && !lex.signals[w]
}

// countedDate is the date n units before (sign -1) or after an anchor day, at the unit's
// granularity: "a week ago" is a day, "two years ago" a year.
func (t *tagger) countedDate(i, j int, dur duration, ok bool, sign int, anchor date) match {
	m := match{i: i, j: j, typ: "DATE"}
	if dur.x || dur.n != float64(int(dur.n)) {
		if sign < 0 {
			m.val = "PAST_REF"
		} else {
			m.val = "FUTURE_REF"
		}
		return m
	}
	g := unitGran(dur.unit)
	if g == model.GranNone || g == model.GranWeek {
		g = model.GranDay // "a week ago", "two hours ago" name a day
	}
	if g == model.GranDecade || g == model.GranCentury {
		g = model.GranYear
	}
	m.dt = date{g: g}
	if ok && anchor.known() {
		if d, ok := addUnit(anchor.first(), dur.unit, sign*int(dur.n)); ok {
			m.dt = d
		} else {
			m.dt = anchor // hours and minutes: the same day
			m.dt.g = model.GranDay
		}
	}
	return m
}

// clauseEnd reports whether token k ends a clause (punctuation, a conjunction or nothing),
// so that "two days before" stands alone rather than before a noun phrase.
func (t *tagger) clauseEnd(k int) bool {
	w := t.wd(k)
	switch w {
	case "", ",", ".", ";", ":", ")", "and", "but", "or", "when", "—", "–", "\"", "”", "'":
		return true
	}
	// A preposition opens another adverbial ("the year before outside a restaurant"), so
	// "before" had no object of its own.
	return clauseAdverbial[w]
}

// The lists of durations' context: clauses.txt, rates.txt, durationcues.txt.
var (
	clauseAdverbial = clauseWords.Get("adverbials")
	rates           = load("rates.txt").GroupSets()
	freqWords       = rates.Get("before")
	amountWords     = rates.Get("amounts")
	distanceUnits   = rates.Get("distance")
	durationCues    = load("durationcues.txt").GroupSets()
	overAfter       = durationCues.Get("over")
	bareUnitsAfter  = durationCues.Get("bare")
	notAfterSpan    = durationCues.Get("notafterspan")
	partAfter       = determiners.Get("part")
)

// freqBefore reports a frequency before "a"/"an": "twice a week", "three times a year",
// "10 hours a day" (time spent each day).
func (t *tagger) freqBefore(i int) bool {
	if i == 0 || t.sent[i-1] != t.sent[i] {
		return false
	}
	p := t.lw(i - 1)
	if freqWords[p] {
		return true
	}
	if t.speedBefore(i) {
		return false // "100 miles an hour": a speed, and no time of its own
	}
	u, ok := lex.units[p]
	return ok && lex.plural[p] && u != ""
}

// rateBefore reports a price or a rate before "a"/"an": "$5 a month", "358,000 a month",
// "four flights a week", "700 seats a week".
func (t *tagger) rateBefore(i int) bool {
	if i == 0 || t.sent[i-1] != t.sent[i] {
		return false
	}
	p := t.lw(i - 1)
	if amountWords[p] || t.d.Tokens[i-1].Kind == text.Num {
		return true
	}
	// A counted noun makes a rate too: "four flights a week", "700 seats a week".
	if len(p) > 3 && p[len(p)-1] == 's' && t.d.Tokens[i-1].Kind == text.Word && !t.d.Tokens[i-1].Is(text.Upper) {
		for k := i - 2; k >= i-3 && k >= 0 && t.sent[k] == t.sent[i]; k-- {
			if _, ok := lex.numbers[t.lw(k)]; ok || t.d.Tokens[k].Kind == text.Num {
				return true
			}
		}
	}
	return false
}

// allUnit reads "all day", "all year long": the whole of one unit, a duration.
func (t *tagger) allUnit(i int) (match, bool) {
	if !t.is(i, "all") || !t.is(i+1, "day", "week", "month", "year") {
		return match{}, false
	}
	j := i + 2
	if t.is(j, "long") {
		j++
	}
	u, _ := t.lexUnit(i + 1)
	return match{i: i, j: j, typ: "DURATION", dur: duration{n: 1, unit: u}, durOK: true}, true
}

// overTheYears reads "over the years", "through the decades": an unspecified stretch of
// time leading up to the reference, marked without its preposition.
func (t *tagger) overTheYears(i int) (match, bool) {
	if !t.is(i, "the") || !t.isSignal(i-1, "over", "through", "throughout", "across") {
		return match{}, false
	}
	u, ok := t.lexUnit(i + 1)
	if !ok || !t.lexPlural(i+1) || (u != "Y" && u != "DE" && u != "CE" && u != "M") || notAfterSpan[t.wd(i+2)] {
		return match{}, false
	}
	return match{i: i, j: i + 2, typ: "DURATION", dur: duration{unit: u, x: true}, durOK: true}, true
}

// bareUnits reads a plural unit with no number: "for years", "within days", "decades
// ago", "months later" (an unspecified amount: PXY, PAST_REF ...).
func (t *tagger) bareUnits(i int) (match, bool) {
	w := t.wd(i)
	u, ok := t.lexUnit(i)
	if !ok || !t.lexPlural(i) || u == "S" || u == "WE" || u == "Q" {
		return match{}, false
	}
	dur := duration{unit: u, x: true}
	switch t.wd(i + 1) {
	case "ago":
		return match{i: i, j: i + 2, typ: "DATE", val: "PAST_REF"}, true
	case "later", "afterwards":
		// "He was shot at 8 p.m. Minutes later ...": in a story told in the past, a few
		// minutes or hours on is still the time it was counted from, not the future.
		if (u == "TM" || u == "TH") && t.refText && t.ref.known() && t.tenseAt(i, i+2) == past {
			// Hours on may be past the part of the day it was counted from: its day.
			dt, typ := t.ref, "DATE"
			if u == "TH" && dt.g > model.GranDay {
				dt = fromTime(dt.first(), model.GranDay)
			}
			if dt.g == model.GranTime {
				typ = "TIME"
			}
			return match{i: i, j: i + 2, typ: typ, dt: dt, mod: "APPROX"}, true
		}
		return match{i: i, j: i + 2, typ: "DATE", val: "FUTURE_REF"}, true
	case "earlier", "before":
		if t.clauseEnd(i + 2) {
			return match{i: i, j: i + 2, typ: "DATE", val: "PAST_REF"}, true
		}
	}
	// "days before leaving office", "weeks after the vote", "in a matter of weeks": an
	// unspecified amount, as "two days after the attack" is a counted one.
	if t.is(i+1, "before", "after") && !t.clauseEnd(i+2) && !t.is(i-1, "the") || t.isSignal(i-1, "of") && t.is(i-2, "matter") {
		return match{i: i, j: i + 1, typ: "DURATION", dur: dur, durOK: true}, true
	}
	// "in after hours trading": the market's closed session, not an amount of time.
	if w == "hours" && t.isSignal(i-1, "after") && t.is(i+1, "trading", "trade", "session", "deals", "market", "markets") {
		return match{}, false
	}
	// "after months of protests" measures the protests; "years of the war" or "months of
	// his term" pick out a part of something else.
	ofNoun := t.is(i+1, "of") && lowerWord(t.wd(i+2), t, i+2) && !partAfter[t.wd(i+2)]
	if t.isSignalIn(i-1, bareUnitsAfter) && (!t.is(i+1, "of") || ofNoun) {
		return match{i: i, j: i + 1, typ: "DURATION", dur: dur, durOK: true}, true
	}
	return match{}, false
}

// yearAgoPeriod resolves the comparison of business news, "profit rose to $314m from $250m
// a year earlier": the same quarter (or half) a year before the one being reported, which
// is the one named in the sentence, else the story's first. Only whole years qualify, in a
// comparison ("from", "compared with", "versus", "than", "against"), after an amount, or
// opening a sentence.
func (t *tagger) yearAgoPeriod(i int, dur duration, sign int) (date, bool) {
	if sign > 0 || dur.unit != "Y" || dur.x || dur.n < 1 || dur.n != float64(int(dur.n)) || !t.period.known() {
		return date{}, false
	}
	s := t.sent[i]
	if s < 0 {
		return date{}, false
	}
	cmp := false
	for k := i - 1; k >= t.d.Sentences[s].First && k >= i-12; k-- {
		if t.is(k, "from", "compared", "versus", "vs", "vs.", "than", "against") {
			cmp = true
			break
		}
	}
	// "A year earlier, it earned $2 million", "$1.9 million, or 29 cents a share, a year
	// earlier": the opening of a sentence, or an amount just before, compares as well.
	opens := i == int(t.d.Sentences[s].First)
	amount := i > 0 && (t.isNum(i-1) || t.is(i-1, "share", ",")) && t.sent[i-1] == s
	if !cmp && !opens && !amount {
		return date{}, false
	}
	p, _ := t.reported(i)
	p.y -= int(dur.n)
	return p, true
}

// reported is the period a results story is reporting at token i: the quarter or half its
// sentence names, else the story's first.
func (t *tagger) reported(i int) (date, bool) {
	if !t.period.known() {
		return date{}, false
	}
	p := t.period
	if t.lastPeriodSent == t.sent[i] {
		p = t.lastPeriod
	}
	// After "the nine months" in this sentence or the one before, the months reported
	// are the year's to date: the year is the period.
	if t.spanBefore(i) {
		return date{y: p.y, g: model.GranYear}, true
	}
	return p, true
}

// spanBefore reports whether a span of months a results story reports ("for the nine
// months") is the last period named before i, in its sentence or the one before.
func (t *tagger) spanBefore(i int) bool {
	return t.spanAt >= 0 && t.spanAt > t.lastPeriodAt && t.spanAt < i && t.sent[t.spanAt] >= t.sent[i]-1
}

// theDuration reads a duration with its article and the word that places it within a
// longer span, as the TimeML guidelines mark its extent: "the six months", "the first
// nine months" (of a fiscal year), "the four days" of talks. A duration that qualifies a
// noun ("the five-year plan") keeps to its own words.
func (t *tagger) theDuration(i int) (match, bool) {
	if !t.is(i, "the") {
		return match{}, false
	}
	k := i + 1
	if t.is(k, "first", "final", "initial", "entire", "whole", "full") {
		k++
	}
	m, ok := t.durationOrAgo(k)
	if !ok || m.typ != "DURATION" || m.i != k || t.qualifiesNoun(m.j) || t.is(m.j-2, "-") {
		return match{}, false
	}
	m.i = i
	return m, true
}

// qualifiesNoun reports whether token j is a noun the words before it qualify: a
// lower-case word that is no preposition, conjunction or verb in -ed.
func (t *tagger) qualifiesNoun(j int) bool {
	if j >= len(t.d.Tokens) || t.d.Tokens[j].Kind != text.Word || t.d.Tokens[j].Is(text.Upper) {
		return false
	}
	w := t.wd(j)
	return !lex.signals[w] && !t.is(j, "and", "or", "but") && !strings.HasSuffix(w, "ed")
}
