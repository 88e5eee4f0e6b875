package timex

import (
	"strconv"
	"strings"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// month reads a month name at i ("October", "Oct", "Oct.", "Sept."): its number and the
// token after it (past an abbreviation's period).
func (t *tagger) month(i int) (int, int, bool) {
	w := t.wd(i)
	m, ok := t.lexMonth(i)
	if !ok || !t.upper(i) {
		return 0, i, false
	}
	j := i + 1
	abbr := len(w) < len(wordlist.MonthNames[m-1])
	if abbr && t.is(j, ".") && t.tight(j) {
		j++
	} else if abbr && !t.isNum(j) && !t.isNum(j+1) {
		// A bare abbreviation needs its period or a number after it: "Jan" is also a name.
		return 0, i, false
	}
	return m, j, true
}

// dayNum reads a day of the month: "30", "30th", "thirtieth".
func (t *tagger) dayNum(i int) (int, int, bool) {
	if n, nd, ok := t.intToken(i); ok && nd <= 2 && n >= 1 && n <= 31 {
		return n, i + 1, true
	}
	if n, j, ok := t.ordinal(i); ok && n >= 1 && n <= 31 {
		return n, j, true
	}
	return 0, i, false
}

// yearNum reads a year written out: "2015", or "'15" / "’98" with an apostrophe.
func (t *tagger) yearNum(i int) (int, int, bool) {
	if n, nd, ok := t.intToken(i); ok && nd == 4 && n >= 1000 && n <= 2999 {
		return n, i + 1, true
	}
	if y, e, ok := t.spelledYear(i, true); ok { // "January nineteen ninety-seven"
		return y, e, true
	}
	if t.is(i, "'", "’") && !t.tight(i+1) || !t.is(i, "'", "’") {
		return 0, i, false
	}
	if n, nd, ok := t.intToken(i + 1); ok && nd == 2 {
		return t.twoDigitYear(n), i + 2, true
	}
	return 0, i, false
}

// twoDigitYear places '98 in the century that puts it nearest the DCT (or 1930-2029).
func (t *tagger) twoDigitYear(n int) int {
	base := 2000
	if t.hasDCT {
		base = t.dct.Year() / 100 * 100
		if base+n > t.dct.Year()+20 {
			base -= 100
		}
	} else if n >= 30 {
		base = 1900
	}
	return base + n
}

// monthDate reads dates built on a month name: "Sept. 30", "Oct 7th, 2015", "30 September
// 2015", "the 30th of September", "October 2015", "October of 2015", "October".
func (t *tagger) monthDate(i int) (match, bool) {
	if t.is(i, "last", "next", "this") {
		return t.relMonth(i)
	}
	start := i
	if t.is(i, "the") {
		if _, _, ok := t.ordinal(i + 1); !ok {
			return match{}, false
		}
		i++
		if m, ok := t.ordinalDay(start); ok {
			return m, true
		}
	}
	// Day first: "30 September 2015", "the 30th of September".
	if d, j, ok := t.dayNum(i); ok {
		if t.is(j, "of") {
			j++
		}
		m, k, ok := t.month(j)
		if !ok {
			return match{}, false
		}
		return t.finishMonthDay(start, k, m, d)
	}
	if start != i {
		return match{}, false
	}
	m, j, ok := t.month(i)
	if !ok {
		return match{}, false
	}
	// "May 10:30" is a clock, not the tenth of May; "April 25: The court ..." is a day.
	// A day in words after "in" is an adverb: "the explosion in April first triggered"
	// (a day takes "on April first").
	inWords := !t.isNum(j) && i > 0 && t.sent[i-1] == t.sent[i] && t.is(i-1, "in")
	if d, k, ok := t.dayNum(j); ok && !inWords && !(t.is(k, ":") && t.tight(k+1) && t.isNum(k+1)) {
		return t.finishMonthDay(i, k, m, d)
	}
	k := j
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, e, ok := t.yearNum(k); ok {
		return match{i: i, j: e, typ: "DATE", dt: date{y: y, m: m, g: model.GranMonth}, abs: true}, true
	}
	if y, e, ok := t.yearPhrase(j); ok {
		return match{i: i, j: e, typ: "DATE", dt: date{y: y, m: m, g: model.GranMonth}}, true
	}
	if !t.bareMonthOK(i, m) {
		return match{}, false
	}
	return match{i: i, j: j, typ: "DATE", dt: date{y: t.yearFor(m, 0, i, j), m: m, g: model.GranMonth}}, true
}

// yearPhrase reads a deictic year after a month or a day, "July last year", "March next
// year", "May 14 this year": the year it names and the token after it.
func (t *tagger) yearPhrase(k int) (int, int, bool) {
	if !t.hasDCT || !t.is(k, "last", "next", "this") || !t.is(k+1, "year") {
		return 0, k, false
	}
	return t.dct.Year() + relDir[t.wd(k)], k + 2, true
}

// relMonth reads "last November", "next March", "this May": the most recent such month
// before the DCT's month, the first one after it, or the one of the DCT's year.
func (t *tagger) relMonth(i int) (match, bool) {
	m, j, ok := t.month(i + 1)
	if !ok || t.isNum(j) {
		return match{}, false
	}
	dt := date{m: m, g: model.GranMonth}
	if t.hasDCT {
		y, cur := t.dct.Year(), int(t.dct.Month())
		switch t.wd(i) {
		case "last":
			if m >= cur {
				y--
			}
		case "next":
			if m <= cur {
				y++
			}
		}
		dt.y = y
	}
	return match{i: i, j: j, typ: "DATE", dt: dt}, true
}

// finishMonthDay adds an optional year ("Sept. 30, 2015", "30 September 2015").
func (t *tagger) finishMonthDay(i, j, m, d int) (match, bool) {
	if y, e, ok := t.yearPhrase(j); ok {
		return match{i: i, j: e, typ: "DATE", dt: date{y: y, m: m, d: d, g: model.GranDay}}, true
	}
	k := j
	if t.is(k, ",") {
		k++
	}
	if y, e, ok := t.yearNum(k); ok {
		return match{i: i, j: e, typ: "DATE", dt: date{y: y, m: m, d: d, g: model.GranDay}, abs: true}, true
	}
	// "Dec. 15-16, 2015": the year after the range is the first day's too.
	if d2, e, ok := t.rangeDay(j, d); ok && d2 > 0 {
		if y, _, ok := t.rangeYear(e); ok {
			return match{i: i, j: j, typ: "DATE", dt: date{y: y, m: m, d: d, g: model.GranDay}, abs: true}, true
		}
	}
	return match{i: i, j: j, typ: "DATE", dt: date{y: t.yearFor(m, d, i, j), m: m, d: d, g: model.GranDay}}, true
}

// rangeDay reads "-16" after a day d at k: the second day of a range and the token after it.
func (t *tagger) rangeDay(k, d int) (int, int, bool) {
	if !t.is(k, "-", "–") || !t.tight(k) || !t.tight(k+1) {
		return 0, k, false
	}
	d2, nd, ok := t.intToken(k + 1)
	if !ok || nd > 2 || d2 <= d || d2 > 31 {
		return 0, k, false
	}
	return d2, k + 2, true
}

// rangeYear reads the year that closes a range, ", 2015" or " 2015", at k.
func (t *tagger) rangeYear(k int) (int, int, bool) {
	if t.is(k, ",") {
		k++
	}
	return t.yearNum(k)
}

// bareMonthOK decides whether a month name standing alone is a date. "May" and "March"
// are also a verb and a modal, and any month can be a name, so a bare month needs a
// temporal word before it.
func (t *tagger) bareMonthOK(i, m int) bool {
	prev := ""
	if i > 0 && t.sent[i-1] == t.sent[i] {
		prev = t.lw(i - 1)
	}
	if monthBefore[prev] {
		return true
	}
	next := ""
	if i+1 < len(t.d.Tokens) {
		next = t.lw(i + 1)
	}
	// "a June agreement", "a May deadline": after an article, any month before a
	// lower-case noun qualifies it; after "the", May is as often a prime minister's
	// ("the May government").
	if (prev == "a" || prev == "an" || prev == "the" && m != 5) && lowerWord(next, t, i+1) && !lex.signals[next] && !t.is(i+1, "of", "and", "or") {
		return true
	}
	if m == 5 || m == 3 {
		return false
	}
	// "December sales rose": a month that is no one's name, before a lower-case noun,
	// qualifies it. April, June and August are also given names.
	if m != 4 && m != 6 && m != 8 && lowerWord(next, t, i+1) && !lex.signals[next] && !t.is(i+1, "the", "a", "an") {
		return true
	}
	if monthAfter[next] {
		return prev != "" || next == "'s" || next == "was" || next == "saw"
	}
	return false
}

// The words around a month name alone that make it a date, from monthcontext.txt.
var (
	monthContext = load("monthcontext.txt").GroupSets()
	monthBefore  = monthContext.Get("before")
	monthAfter   = monthContext.Get("after")
)

// numericDate reads "9/30/2015", "30/9/2015", "2015-10-07", "30.09.2015".
func (t *tagger) numericDate(i int) (match, bool) {
	a, na, ok := t.intToken(i)
	if !ok {
		return t.dottedDate(i)
	}
	sepOK := func(k int, sep string) bool { return t.is(k, sep) && t.tight(k) && t.tight(k+1) }
	if na == 4 && sepOK(i+1, "-") {
		m, nm, ok1 := t.intToken(i + 2)
		if ok1 && nm == 2 && m >= 1 && m <= 12 && sepOK(i+3, "-") {
			d, nd, ok2 := t.intToken(i + 4)
			if ok2 && nd == 2 && d >= 1 && d <= 31 {
				return match{i: i, j: i + 5, typ: "DATE", dt: date{y: a, m: m, d: d, g: model.GranDay}, abs: true}, true
			}
		}
		return match{}, false
	}
	if na > 2 || !sepOK(i+1, "/") {
		return match{}, false
	}
	b, nb, ok := t.intToken(i + 2)
	if !ok || nb > 2 || !sepOK(i+3, "/") {
		return match{}, false
	}
	y, ny, ok := t.intToken(i + 4)
	if !ok || (ny != 2 && ny != 4) {
		return match{}, false
	}
	if ny == 2 {
		y = t.twoDigitYear(y)
	}
	m, d := a, b
	if m > 12 { // day first: 30/9/2015
		m, d = b, a
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return match{}, false
	}
	return match{i: i, j: i + 5, typ: "DATE", dt: date{y: y, m: m, d: d, g: model.GranDay}, abs: true}, true
}

// dottedDate reads "30.09.2015", which the tokenizer keeps as one number.
func (t *tagger) dottedDate(i int) (match, bool) {
	w := t.wd(i)
	if !t.isNum(i) || strings.Count(w, ".") != 2 {
		return match{}, false
	}
	p := strings.Split(w, ".")
	d, e1 := strconv.Atoi(p[0])
	m, e2 := strconv.Atoi(p[1])
	y, e3 := strconv.Atoi(p[2])
	if e1 != nil || e2 != nil || e3 != nil || len(p[2]) != 4 || m < 1 || m > 12 || d < 1 || d > 31 {
		return match{}, false
	}
	return match{i: i, j: i + 1, typ: "DATE", dt: date{y: y, m: m, d: d, g: model.GranDay}, abs: true}, true
}

// ordinalDay reads a day of the month named by its ordinal alone, "on the 7th": a day of
// the month of the reference time. Only after a preposition that takes dates and before
// the end of the phrase, so that "the 7th inning" and "the third time" stay out.
func (t *tagger) ordinalDay(i int) (match, bool) {
	if !t.isSignal(i-1, "on", "since", "until", "by", "before", "after", "from", "till") {
		return match{}, false
	}
	d, j, ok := t.ordinal(i + 1)
	if !ok || !t.isNum(i+1) || d < 1 || d > 31 {
		return match{}, false
	}
	if j < t.lim && t.d.Tokens[j].Kind == text.Word && !t.is(j, "and", "or", "when", "at") {
		return match{}, false
	}
	dt := date{d: d, g: model.GranDay}
	if r := t.ref; r.known() && r.g >= model.GranMonth && r.m != 0 {
		dt.y, dt.m = r.y, r.m
	}
	return match{i: i, j: j, typ: "DATE", dt: dt}, true
}

// rangeEnd reads the second day of a range written with a dash, "Dec. 15-16": TimeML
// marks the two ends as two dates, and the second takes the month and year of the first.
func (t *tagger) rangeEnd(i int) (match, bool) {
	p := t.prev
	if p.j != i-1 || !t.is(i-1, "-", "–") || !t.tight(i-1) || !t.tight(i) {
		return match{}, false
	}
	if p.typ != "DATE" || p.val != "" || p.durOK || p.dt.g != model.GranDay || p.dt.d == 0 {
		return match{}, false
	}
	d, j, ok := t.rangeDay(i-1, p.dt.d)
	if !ok {
		return match{}, false
	}
	dt := p.dt
	dt.d = d
	if y, e, ok := t.rangeYear(j); ok {
		dt.y = y
		return match{i: i, j: e, typ: "DATE", dt: dt, abs: true}, true
	}
	return match{i: i, j: j, typ: "DATE", dt: dt}, true
}
