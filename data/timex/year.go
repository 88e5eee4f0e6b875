package timex

import (
	"strconv"
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// year reads years, decades and fiscal years: "2014" (in a year-like context), "fiscal
// 2015", "fiscal year 2015", "FY2015", "the 1990s", "the '90s", "the nineties", "the 1800s".
func (t *tagger) year(i int) (match, bool) {
	start := i
	if t.is(i, "the") {
		i++
	}
	// "the year 2012" is marked whole.
	if start != i && t.is(i, "year") {
		if y, e, ok := t.yearNum(i + 1); ok && y >= 1000 {
			return match{i: start, j: e, typ: "DATE", dt: date{y: y, g: model.GranYear}, abs: true}, true
		}
	}
	if m, ok := t.decade(start, i); ok {
		return m, true
	}
	if start != i {
		return match{}, false
	}
	w := t.wd(i)
	if w == "fiscal" || w == "financial" {
		j := i + 1
		if t.is(j, "year") {
			j++
		}
		if y, e, ok := t.yearNum(j); ok {
			return match{i: i, j: e, typ: "DATE", dt: date{y: y, g: model.GranYear, fy: true}, abs: true}, true
		}
		return match{}, false
	}
	if strings.HasPrefix(w, "fy") && len(w) > 2 {
		n, err := strconv.Atoi(w[2:])
		if err != nil || (len(w) != 4 && len(w) != 6) {
			return match{}, false
		}
		if len(w) == 4 {
			n = t.twoDigitYear(n)
		}
		return match{i: i, j: i + 1, typ: "DATE", dt: date{y: n, g: model.GranYear, fy: true}, abs: true}, true
	}
	if y, j, ok := t.spelledYear(i, t.isSignal(i-1, "in", "since", "until", "by", "of", "from", "before", "after")); ok {
		return match{i: i, j: j, typ: "DATE", dt: date{y: y, g: model.GranYear}, abs: true}, true
	}
	y, j, ok := t.yearNum(i)
	if !ok || !t.yearContext(i, j, y) {
		return match{}, false
	}
	return match{i: i, j: j, typ: "DATE", dt: date{y: y, g: model.GranYear}, abs: true}, true
}

// yearContext decides whether the number [i, j) is a year: a bare four-digit number is
// one only between year-like words, so that "2,000 troops", "$1999" and "the 1990 model"
// stay numbers.
func (t *tagger) yearContext(i, j, y int) bool {
	prev, prev2 := "", ""
	if i > 0 && t.sent[i-1] == t.sent[i] {
		prev = t.lw(i - 1)
		if i > 1 && t.sent[i-2] == t.sent[i] {
			prev2 = t.lw(i - 2)
		}
	}
	if yearNotBefore[prev] && (prev != "around" && prev != "than" || y < 1900) {
		return false
	}
	// The second year of a span, "2008-2010": TimeML marks the two ends as two dates.
	if (prev == "-" || prev == "–") && t.tight(i) && t.tight(i-1) && i > 1 {
		if p, err := strconv.Atoi(prev2); err == nil && len(prev2) == 4 && p >= 1800 && p < y {
			return true
		}
	}
	next := ""
	if j < len(t.d.Tokens) && (j >= len(t.sent) || t.sent[j] == t.sent[i]) {
		next = t.lw(j)
	}
	if next == "%" || next == "percent" || next == "per" {
		return false
	}
	// A year-like word before "'s" or a hyphen counts as well: "mid-1996 after the defection".
	strong := lex.yearCtx["before"][prev] || (prev == "'s" || prev == "-" && t.tight(i) && t.tight(i-1)) && lex.yearCtx["before"][prev2]
	if t.is(i, "'", "’") { // '98 is a year after "in", "since", "class of"; "iLife '11" is a name
		return strong
	}
	// A year after a name, closing a title or clause: "WWDC 2005", "Euro 2016".
	if i > 0 && t.sent[i-1] == t.sent[i] && t.d.Tokens[i-1].Is(text.Upper) && t.d.Tokens[i-1].Kind == text.Word &&
		(next == "" || next == "," || next == "." || next == ")" || next == ":" || t.upperAt(j)) {
		return y >= 1900
	}
	if y < 1800 || y > 2099 {
		// Old years need a preposition that only dates take: "in 1066", "since 1776".
		switch prev {
		case "in", "since", "of", "from", "during", "until", "circa", "by":
			return y >= 1000 && !lowerWord(next, t, j)
		}
		return false
	}
	if strong {
		return !pluralNoun(next)
	}
	// "the 1987 crash", "its 2015 budget": a determiner before a recent-looking year.
	if yearDeterminer[prev] && y >= 1900 && !pluralNoun(next) {
		return true
	}
	if next == "" || lex.yearCtx["after"][next] {
		return true
	}
	if lex.yearCtx["nouns"][next] {
		return true
	}
	// "1990 BellSouth earnings": the company's figures for the year; "2005 Nobel Peace
	// Prize co-winner": the year of a named prize, race or vote.
	if t.upperAt(j) && y >= 1900 {
		for k := j + 1; k < len(t.d.Tokens) && k <= j+3 && t.sent[k] == t.sent[i]; k++ {
			if lex.yearCtx["nouns"][t.lw(k)] {
				return true
			}
			if !t.upperAt(k) {
				break
			}
		}
	}
	// Sentence-initial or after a comma: "2014 was", handled above; "the 1990 model" and
	// "1500 people" fall through to false.
	return false
}

func lowerWord(w string, t *tagger, j int) bool {
	return w != "" && j < len(t.d.Tokens) && t.d.Tokens[j].Kind == text.Word && !t.d.Tokens[j].Is(text.Upper)
}

// pluralNoun guesses that "in 2000 cases" counts things rather than naming a year.
func pluralNoun(w string) bool { return yearCounted[w] }

// The lists of yearcontext.txt besides "before", "after" and "nouns".
var (
	yearNotBefore  = lex.yearCtx.Get("notbefore")
	yearDeterminer = lex.yearCtx.Get("determiners")
	yearCounted    = lex.yearCtx.Get("counted")
	yearFunction   = lex.yearCtx.Get("function")
)

// decade reads "the 1990s", "1990s", "the '90s", "the nineties", "the 1800s" (a century).
func (t *tagger) decade(start, i int) (match, bool) {
	w := t.wd(i)
	if t.is(i, "'", "’") && t.isNum(i+1) && t.tight(i+1) {
		w2 := t.wd(i + 1)
		if len(w2) == 3 && w2[2] == 's' && w2[1] == '0' {
			n, _ := strconv.Atoi(w2[:2])
			y := t.twoDigitYear(n)
			if t.hasDCT && y > t.dct.Year() {
				y -= 100
			}
			return match{i: start, j: i + 2, typ: "DATE", dt: date{y: y, g: model.GranDecade}, abs: true}, true
		}
		return match{}, false
	}
	// "the 1980's": a decade written with an apostrophe, which the tokenizer splits off.
	if n, nd, ok := t.intToken(i); ok && nd == 4 && n%10 == 0 && t.is(i+1, "'s", "’s") && t.tight(i+1) && t.theBefore(i) {
		g := model.GranDecade
		if n%100 == 0 && n < 2000 {
			g = model.GranCentury
		}
		return match{i: start, j: i + 2, typ: "DATE", dt: date{y: n, g: g}, abs: true}, true
	}
	if t.isNum(i) && strings.HasSuffix(w, "s") {
		digits := w[:len(w)-1]
		n, err := strconv.Atoi(digits)
		if err != nil {
			return match{}, false
		}
		switch {
		case len(digits) == 4 && n%100 == 0 && n >= 1000 && n < 2000: // "the 1800s": a century
			return match{i: start, j: i + 1, typ: "DATE", dt: date{y: n, g: model.GranCentury}, abs: true}, true
		case len(digits) == 4 && n%10 == 0 && n >= 1000:
			return match{i: start, j: i + 1, typ: "DATE", dt: date{y: n, g: model.GranDecade}, abs: true}, true
		case len(digits) == 2 && n%10 == 0 && start != i:
			y := 1900 + n
			return match{i: start, j: i + 1, typ: "DATE", dt: date{y: y, g: model.GranDecade}, abs: true}, true
		}
		return match{}, false
	}
	if start != i {
		if n, ok := decadeWords[w]; ok {
			return match{i: start, j: i + 1, typ: "DATE", dt: date{y: 1900 + n, g: model.GranDecade}, abs: true}, true
		}
	}
	return match{}, false
}

// decadeWords are the decades said in words, "the nineties", by their years after 1900.
var decadeWords = load("decades.txt").Ints()

func (t *tagger) upperAt(j int) bool {
	return j < len(t.d.Tokens) && t.d.Tokens[j].Kind == text.Word && t.d.Tokens[j].Is(text.Upper)
}

// theBefore reports "the" right before token i, or before a position word ("the late").
func (t *tagger) theBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch t.lw(k) {
		case "the":
			return true
		case "early", "late", "mid", "-":
			continue
		}
		return false
	}
	return false
}

// spelledYear reads a year said in words, as broadcast transcripts write it: "nineteen
// ninety-six", "nineteen oh five", "twenty twelve", and, where a preposition or "the year"
// says a year comes (yearly), "two thousand" and "two thousand and one". A century word
// needs a second part of ten or more: "nineteen five" and "twelve fifteen" are no years.
func (t *tagger) spelledYear(i int, yearly bool) (y, j int, ok bool) {
	in := t.info(i)
	if t.isNum(i) || in.flags&isNumber == 0 {
		return 0, i, false
	}
	c := in.number
	if c == 2 && t.is(i+1, "thousand") {
		if !yearly {
			return 0, i, false
		}
		j = i + 2
		k := j
		if t.is(k, "and") {
			k++
		}
		if n, _, e, ok := t.amount(k, false); ok && !t.isNum(k) && n >= 1 && n < 100 && n == float64(int(n)) {
			return 2000 + int(n), e, true
		}
		if t.info(j).flags&isNumber == 0 && !t.isNum(j) && t.tokenIsWordNoun(j) && !t.is(i-1, "year") {
			return 0, i, false // "two thousand troops"
		}
		return 2000, j, true
	}
	if c < 17 || c > 20 || t.isNum(i+1) {
		return 0, i, false
	}
	k := i + 1
	if t.is(k, "oh") {
		if u := t.info(k + 1); u.flags&isNumber != 0 && !t.isNum(k+1) && u.number >= 1 && u.number <= 9 {
			return c*100 + u.number, k + 2, true
		}
		return 0, i, false
	}
	n, _, e, ok := t.amount(k, false)
	if !ok || n < 10 || n >= 100 || n != float64(int(n)) {
		return 0, i, false
	}
	return c*100 + int(n), e, true
}

// tokenIsWordNoun reports whether token j is a lower-case word other than a function word:
// what a number before it counts.
func (t *tagger) tokenIsWordNoun(j int) bool {
	w := t.wd(j)
	if w == "" || t.isNum(j) {
		return false
	}
	if yearFunction[w] {
		return false
	}
	c := w[0]
	return c >= 'a' && c <= 'z'
}
