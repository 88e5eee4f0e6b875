package timex

import (
	"strconv"
	"strings"
	"time"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// season reads "summer", "the summer", "summer 2014", "the summer of 2014", "spring of
// 2016". Spring and fall are also a verb and a noun, so a season without a year needs a
// determiner or a temporal preposition before it.
func (t *tagger) season(i int) (match, bool) {
	start := i
	if t.is(i, "the") {
		i++
	}
	s, ok := t.lexSeason(i)
	if !ok {
		return match{}, false
	}
	j := i + 1
	k := j
	if t.is(k, "of") {
		k++
	}
	if y, e, ok := t.yearNum(k); ok {
		return match{i: start, j: e, typ: "DATE", dt: date{y: y, g: model.GranSeason, season: s}, abs: true}, true
	}
	if start == i && !t.isSignalIn(i-1, seasonBare) {
		return match{}, false
	}
	if start != i && !t.isSignalIn(start-1, seasonModified) {
		return match{}, false
	}
	if t.is(j, "-") || t.is(j, "'s", "’s") && !t.is(j+1, "end") {
		return match{}, false
	}
	m := match{i: start, j: j, typ: "DATE", dt: date{g: model.GranSeason, season: s}}
	if t.hasDCT {
		m.dt.y = t.yearFor(seasonStart[s]+1, 15, start, j)
		if s == "WI" && t.dct.Month() <= 2 {
			m.dt.y = t.dct.Year() - 1
		}
	}
	return m, true
}

// quarter reads "the third quarter", "the fourth quarter of 2015", "Q3", "Q3 2015", "the
// first half of 2015", "the second half", "the last quarter" (the one before the DCT's).
func (t *tagger) quarter(i int) (match, bool) {
	start := i
	w := t.wd(i)
	if len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' {
		n := int(w[1] - '0')
		if w[0] == 'h' && n > 2 {
			return match{}, false
		}
		return t.finishQuarter(start, i+1, w[0] == 'h', n)
	}
	if t.is(i, "the") {
		i++
	}
	if m, ok := t.monthsQuarter(start, i); ok {
		return m, true
	}
	// "the 2017 third quarter", "its 2016 first half": the year written before.
	year := 0
	if y, e, ok := t.yearNum(i); ok && e == i+1 && start != i {
		if _, _, ok := t.ordinal(e); ok {
			year, i = y, e
		}
	}
	// "this year's third quarter", "next year's first quarter".
	if start == i && t.hasDCT && t.is(i, "this", "next", "last") && t.is(i+1, "year") && t.is(i+2, "'s", "’s") {
		if _, _, ok := t.ordinal(i + 3); ok {
			year, i = t.dct.Year()+relDir[t.wd(i)], i+3
		}
	}
	n, j, ok := t.ordinal(i)
	if !ok {
		switch t.wd(i) {
		case "final":
			n, j, ok = 4, i+1, true
		case "last":
			// "the last quarter": the quarter before the DCT's.
			if t.is(i+1, "quarter") && !t.is(i+2, "of") && t.hasDCT && start != i {
				d := fromTime(t.dct, model.GranQuarter).shift(-1)
				return match{i: start, j: i + 2, typ: "DATE", dt: d}, true
			}
			// "the last half of 1989", "the last two quarters": the second half.
			n, j, ok = 2, i+1, start != i && (t.is(i+1, "half") && t.is(i+2, "of") || t.is(i+1, "two") && t.is(i+2, "quarters") && t.is(i+3, "of"))
		}
	}
	if !ok {
		return match{}, false
	}
	if t.is(j, "-") && t.tight(j) && t.tight(j+1) { // "third-quarter earnings"
		j++
		// "the third-quarter loss": the article is the noun's, as TimeML marks it.
		if start != i && year == 0 && t.wd(start) == "the" {
			start++
		}
	}
	if t.is(j, "fiscal", "financial") {
		j++
	}
	// "the first two quarters", "the second two quarters": a half.
	if n <= 2 && t.is(j, "two") && t.is(j+1, "quarters") && t.is(j+2, "of") {
		return t.finishQuarter(start, j+2, true, n)
	}
	half := t.is(j, "half") && n >= 1 && n <= 2
	if !half && !(t.is(j, "quarter") && n >= 1 && n <= 4) {
		return match{}, false
	}
	if year != 0 {
		dt := date{y: year, g: model.GranQuarter, q: n}
		if half {
			dt.q, dt.half = 0, n
		}
		return match{i: start, j: j + 1, typ: "DATE", dt: dt, abs: true}, true
	}
	return t.finishQuarter(start, j+1, half, n)
}

func (t *tagger) finishQuarter(i, j int, half bool, n int) (match, bool) {
	dt := date{g: model.GranQuarter}
	if half {
		dt.half = n
	} else {
		dt.q = n
	}
	k := j
	if t.is(k, "of", ",") {
		k++
	}
	// "the last half of the '80s": the end of the decade.
	if half && k > j && t.is(k, "the") {
		if d, ok := t.decade(k, k+1); ok && d.dt.g == model.GranDecade {
			d.i, d.mod = i, "START"
			if n == 2 {
				d.mod = "END"
			}
			return d, true
		}
	}
	if t.is(k, "fiscal") {
		k++
		dt.fy = true
	}
	if y, e, ok := t.yearNum(k); ok {
		dt.y = y
		return match{i: i, j: e, typ: "DATE", dt: dt, abs: true}, true
	}
	if t.is(k, "this", "last", "next") && t.is(k+1, "year") && t.hasDCT {
		dt.y = t.dct.Year() + relDir[t.wd(k)]
		return match{i: i, j: k + 2, typ: "DATE", dt: dt}, true
	}
	if t.gameReport(i) {
		return match{}, false // "scored in the second half": a period of play
	}
	if t.hasDCT {
		dt.y = t.periodYear(dt, i, j)
	}
	return match{i: i, j: j, typ: "DATE", dt: dt}, true
}

// periodYear picks the year of a quarter or half named without one. Companies report a
// period after it ends, so a period that ended in the last half year is the one meant even
// in the future tense ("expects to report a third-quarter loss" in November); a period
// that has not begun is last year's unless the clause looks ahead ("third-quarter earnings"
// published in January); and a future clause reaches into next year only for a period
// that ended long ago ("the first quarter", said in November, of a plan).
func (t *tagger) periodYear(dt date, i, j int) int {
	y := t.dct.Year()
	dt.y = y
	first, end := dt.first(), dt.when().End
	tense := t.tenseAt(i, j)
	switch {
	case first.After(t.dct) && tense != future:
		return y - 1
	case tense == future && end.Before(t.dct.AddDate(0, -6, 0)):
		return y + 1
	}
	return y
}

// century reads "the 20th century", "the nineteenth century", "the 21st century".
func (t *tagger) century(i int) (match, bool) {
	start := i
	if t.is(i, "the") {
		i++
	}
	n, j, ok := t.ordinal(i)
	if !ok || !t.is(j, "century") || n < 1 || n > 30 {
		return match{}, false
	}
	return match{i: start, j: j + 1, typ: "DATE", dt: date{y: (n - 1) * 100, g: model.GranCentury}, abs: true}, true
}

// set reads recurring times: "every Tuesday", "each year", "every two weeks", "every other
// day", "per year", "daily", "annually", "Mondays".
func (t *tagger) set(i int) (match, bool) {
	w := t.wd(i)
	if m, ok := t.freqSet(i); ok {
		return m, true
	}
	if t.info(i).flags&startsPrefixedSet != 0 {
		if v, ok := prefixedSets[[2]string{w, t.wd(i + 2)}]; ok && t.is(i+1, "-") && t.tight(i+1) && t.tight(i+2) {
			if !t.recurs(t.wd(i+2), i+3) {
				return match{}, false
			}
			return match{i: i, j: i + 3, typ: "SET", val: v}, true // "semi-annual", "bi-weekly"
		}
	}
	if v, ok := t.lexSet(i); ok {
		if !t.recurs(w, i+1) {
			return match{}, false
		}
		if t.is(i+1, "-") && t.tight(i+1) {
			return match{}, false
		}
		// "the daily Vietnam News", "a weekly newspaper": a publication, not a time;
		// "daily life" is ordinary life, no recurrence.
		if t.upper(i+1) && !t.upper(i) && !t.occasionAfterName(i+1) || notRecurring[t.wd(i+1)] {
			return match{}, false
		}
		return match{i: i, j: i + 1, typ: "SET", val: v}, true
	}
	if w == "per" {
		// "twice per week" recurs; "instructions per second", "visitors per week" are
		// rates, which TimeML leaves unmarked.
		if u, ok := t.lexUnit(i + 1); ok && !t.lexPlural(i+1) && i > 0 && freqWords[t.lw(i-1)] {
			return match{i: i, j: i + 2, typ: "SET", val: duration{n: 1, unit: u}.value()}, true
		}
		return match{}, false
	}
	if w == "every" || w == "each" {
		j := i + 1
		n := 1.0
		if t.is(j, "other") {
			n, j = 2, j+1
		} else if a, x, k, ok := t.amount(j, false); ok && !x {
			n, j = a, k
		}
		if wd, k, ok := t.weekdayAt(j); ok {
			m := match{i: i, j: k, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd)}
			if p, ok := t.lexDaypart(k); ok {
				m.j, m.val = k+1, m.val+"T"+p
			}
			return m, true
		}
		if p, ok := t.lexDaypart(j); ok {
			return match{i: i, j: j + 1, typ: "SET", val: "XXXX-XX-XXT" + p}, true
		}
		if s, ok := t.lexSeason(j); ok && n == 1 {
			return match{i: i, j: j + 1, typ: "SET", val: "XXXX-" + s}, true // "each spring"
		}
		if m, k, ok := t.month(j); ok && n == 1 && t.upper(j) {
			return match{i: i, j: k, typ: "SET", val: date{m: m, g: model.GranMonth}.value()}, true // "each July"
		}
		if u, ok := t.lexUnit(j); ok && (t.lexPlural(j) == (n > 1) || n == 2 && j == i+2) {
			return match{i: i, j: j + 1, typ: "SET", val: duration{n: n, unit: u}.value()}, true
		}
		return match{}, false
	}
	// "Mondays", "on Sundays"
	if len(w) > 6 && w[len(w)-1] == 's' && t.upper(i) {
		if wd, ok := lex.weekdays[w[:len(w)-1]]; ok {
			return match{i: i, j: i + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd)}, true
		}
	}
	return match{}, false
}

// longAdj reads "decades-long", "year-long", "weeks-long": a duration used as an adjective.
func (t *tagger) longAdj(i int) (match, bool) {
	u, ok := t.lexUnit(i)
	if !ok || !t.is(i+1, "-") || !t.tight(i+1) || !t.is(i+2, "long") || !t.tight(i+2) {
		return match{}, false
	}
	return match{i: i, j: i + 3, typ: "DURATION", dur: duration{n: 1, unit: u, x: t.lexPlural(i)}, durOK: true}, true
}

// monthsQuarter reads a quarter named by its months, "the April-June quarter", "the
// July-September period": the calendar quarter those months make.
func (t *tagger) monthsQuarter(start, i int) (match, bool) {
	if start == i {
		return match{}, false
	}
	m1, j, ok := t.month(i)
	if !ok || !t.is(j, "-", "–", "to") {
		return match{}, false
	}
	m2, k, ok := t.month(j + 1)
	if !ok || m1%3 != 1 || m2 != m1+2 || !t.is(k, "quarter", "period") {
		return match{}, false
	}
	return t.finishQuarter(start, k+1, false, (m1-1)/3+1)
}

// freqSet reads a frequency with its period, "twice a week", "three times a year", "once
// a month", "several times a day": TimeML marks the whole phrase as the SET, the period as
// its value.
func (t *tagger) freqSet(i int) (match, bool) {
	j := i + 1
	switch t.wd(i) {
	case "once", "twice", "thrice":
	default:
		_, _, k, ok := t.amount(i, false)
		if !ok || !t.is(k, "times") {
			return match{}, false
		}
		j = k + 1
	}
	if !t.is(j, "a", "an", "per", "each", "every") {
		return match{}, false
	}
	u, ok := t.lexUnit(j + 1)
	if !ok || t.lexPlural(j+1) || u == "WE" {
		return match{}, false
	}
	return match{i: i, j: j + 2, typ: "SET", val: duration{n: 1, unit: u}.value()}, true
}

// prefixedSets are the hyphenated frequency words whose prefix changes the period, by
// the words either side of the hyphen.
var prefixedSets = func() map[[2]string]string {
	m := map[[2]string]string{}
	for w, v := range load("prefixedsets.txt").Strings() {
		prefix, word, _ := strings.Cut(w, "-")
		m[[2]string{prefix, word}] = v
	}
	return m
}()

// The lists of seasoncontext.txt and notrecurring.txt.
var (
	seasonContext  = load("seasoncontext.txt").GroupSets()
	seasonBare     = seasonContext.Get("bare")
	seasonModified = seasonContext.Get("modified")
	notRecurring   = load("notrecurring.txt").Set()
	// notNouns: the words after a modifier that show it is no adjective of a noun.
	notNouns = wordlist.FunctionWords([]string{"articles", "possessives", "demonstratives", "be", "have", "do", "modals", "relatives", "subordinators", "coordinators"}, clauseWords.Get("notnouns").Words()...)
)

// recurs reports whether the frequency word w, followed by token k, names a recurrence. A
// frequency adjective ("annual", and "daily" or "quarterly" before a noun) names one only
// right before an occasion ("the annual conference", "daily briefings"); before anything
// else it describes the thing ("annual revenue", "its quarterly dividend", "average daily
// volume"), which TimeBank leaves unmarked. A word in -ly used as an adverb ("meets
// weekly", "rose 8% annually through 1992") does name one.
func (t *tagger) recurs(w string, k int) bool {
	if lex.occasion[t.wd(k)] {
		return true
	}
	return strings.HasSuffix(w, "ly") && !t.nounAfter(k)
}

// nounAfter reports whether token k, right after a modifier, can be the noun it modifies:
// a lower-case word of the same sentence that is no preposition, determiner, auxiliary or
// conjunction.
func (t *tagger) nounAfter(k int) bool {
	if k <= 0 || k >= t.lim || t.sent[k] != t.sent[k-1] {
		return false
	}
	tok := t.d.Tokens[k]
	if tok.Kind != text.Word || tok.Is(text.Upper) {
		return false
	}
	w := t.wd(k)
	return t.info(k).flags&isSignal == 0 && !notNouns[w] && !strings.HasSuffix(w, "ly")
}

// occasionAfterName reports whether the capitalised name at k is followed by a recurring
// occasion: "yearly COP meetings", unlike the publication in "the daily Vietnam News".
func (t *tagger) occasionAfterName(k int) bool {
	e := k
	for e < k+4 && t.upper(e) {
		e++
	}
	return lex.occasion[t.wd(e)]
}

// speedBefore reports a distance unit before the "per"/"a" at i: "160 kilometres per hour",
// "100 miles an hour" is a speed, which TimeML does not mark.
func (t *tagger) speedBefore(i int) bool {
	return i > 0 && t.sent[i-1] == t.sent[i] && distanceUnits[t.wd(i-1)]
}

// gameReport reports whether the sentence of token i tells of a game.
func (t *tagger) gameReport(i int) bool {
	s := t.sent[i]
	if s < 0 {
		return false
	}
	sen := t.d.Sentences[s]
	for k := sen.First; k < sen.Last && k < len(t.d.Tokens); k++ {
		if lex.sports[t.lw(k)] {
			return true
		}
	}
	return false
}

// yearEnd reads "year-end", "yearend", "year's end" and, after a preposition, "year end":
// the end of the DCT's year, or of the year before in a past-tense clause early in the
// year ("profit at year-end was ...", written in February).
func (t *tagger) yearEnd(i int) (match, bool) {
	j := 0
	switch {
	case t.is(i, "yearend"):
		j = i + 1
	case t.is(i, "year") && t.is(i+1, "-") && t.tight(i+1) && t.tight(i+2) && t.is(i+2, "end"):
		j = i + 3
	case t.is(i, "year") && t.is(i+1, "'s", "’s") && t.is(i+2, "end"):
		j = i + 3
	case t.is(i, "year") && t.is(i+1, "end") && t.isSignal(i-1, "by", "at", "around", "before", "until", "after", "since", "toward", "towards", "near"):
		j = i + 2
	default:
		return match{}, false
	}
	m := match{i: i, j: j, typ: "DATE", mod: "END", dt: date{g: model.GranYear}}
	if t.hasDCT {
		m.dt.y = t.dct.Year()
		if t.dct.Month() <= time.March && t.tenseAt(i, j) == past {
			m.dt.y--
		}
	}
	return m, true
}
