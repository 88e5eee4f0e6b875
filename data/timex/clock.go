package timex

import (
	"strconv"
	"strings"

	"storyline/model"
)

// clockTime reads "8:30 a.m. EDT", "8 a.m.", "10pm", "noon", "midnight", "1400 GMT",
// "8 o'clock": a TIME on the DCT's day (or on the day of a date next to it, see Tag).
func (t *tagger) clockTime(i int) (match, bool) {
	hh, mm, ss, j := -1, 0, -1, i+1
	if hm, ok := t.lexClock(i); ok {
		hh, mm = hm[0], hm[1]
		// Midnight ends the day it is named with ("the deadline of midnight Friday"),
		// TimeML's T24:00; what runs from it ("since midnight") starts a day.
		if hh == 24 && t.is(i-1, "since", "after", "from", "past") {
			hh = 0
		}
	} else if t.isNum(i) {
		var ok bool
		hh, mm, ss, j, ok = t.clockDigits(i)
		if !ok {
			return match{}, false
		}
	} else {
		return match{}, false
	}
	if t.lexZone(j) {
		j++
	} else if t.is(j, "local") && t.is(j+1, "time") {
		j += 2
	}
	m := match{i: i, j: j, typ: "TIME", dt: date{g: model.GranTime, hh: hh, mm: mm, ss: max(ss, 0), sec: ss >= 0}}
	if t.hasDCT {
		d := t.dayOfTime(i, j)
		m.dt.y, m.dt.m, m.dt.d = d.y, d.m, d.d
	}
	return m, true
}

// dayOfTime is the day of a time of day with no day of its own at tokens [i, j): "was
// arrested last night. The officer was on patrol about 8:30 p.m." falls on the day the
// text has just placed, else on the DCT.
func (t *tagger) dayOfTime(i, j int) date {
	d := dayDate(t.dct)
	if r := t.ref; t.refText && r.g >= model.GranDay && r.known() && t.sent[i]-t.refSent <= 2 &&
		!(r.first().Before(d.first()) && t.tenseAt(i, j) == future) {
		return r
	}
	return d
}

// clockDigits reads the numeric forms: "8:30" [a.m./p.m.], "8 a.m.", "8pm", "8 o'clock",
// "1400 GMT" (a four-digit time needs a zone or "hours" after it), a timestamp's
// "23:03:00" (ss is -1 but there).
func (t *tagger) clockDigits(i int) (hh, mm, ss, j int, ok bool) {
	hh, mm, j, ok = t.clockHM(i)
	if ok || !t.isNum(i) {
		return hh, mm, -1, j, ok
	}
	// "Wed Jun 06 2012 23:03:00": seconds make it a time wherever it stands.
	w := t.wd(i)
	if len(w) != 8 || w[2] != ':' || w[5] != ':' || !allDigits(w[:2]) || !allDigits(w[3:5]) || !allDigits(w[6:]) {
		return 0, 0, -1, i, false
	}
	hh, mm, ss = int(w[0]-'0')*10+int(w[1]-'0'), int(w[3]-'0')*10+int(w[4]-'0'), int(w[6]-'0')*10+int(w[7]-'0')
	if hh > 24 || mm > 59 || ss > 59 {
		return 0, 0, -1, i, false
	}
	return hh, mm, ss, i + 1, true
}

// clockHM reads the clock forms without seconds (see clockDigits).
func (t *tagger) clockHM(i int) (hh, mm, j int, ok bool) {
	w := t.wd(i)
	j = i + 1
	suffix := ""
	for _, s := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			suffix, w = s, w[:len(w)-len(s)]
			break
		}
	}
	h, m, colon := strings.Cut(w, ":")
	// British style "10.30pm", "9.15 a.m.": the dot separates minutes only before am/pm,
	// or "2.5" would be a time.
	if !colon && (suffix != "" || t.is(j, "a.m.", "am", "a.m", "p.m.", "pm", "p.m") || t.lexZone(j)) {
		if h2, m2, dot := strings.Cut(w, "."); dot {
			h, m, colon = h2, m2, true
		}
	}
	// A number token has no sign: Atoi fails exactly where a part is not all digits,
	// and those are turned away first, without the error Atoi would allocate.
	if !allDigits(h) {
		return 0, 0, i, false
	}
	hh, err := strconv.Atoi(h)
	if err != nil {
		return 0, 0, i, false
	}
	if colon {
		if len(m) != 2 || !allDigits(m) {
			return 0, 0, i, false
		}
		mm, err = strconv.Atoi(m)
		if err != nil || mm > 59 || hh > 24 {
			return 0, 0, i, false
		}
	}
	if suffix == "" {
		switch {
		case t.is(j, "a.m.", "am", "a.m"):
			suffix = "am"
			j = t.pastFinalDot(j)
		case t.is(j, "p.m.", "pm", "p.m"):
			suffix = "pm"
			j = t.pastFinalDot(j)
		case t.is(j, "o'clock", "o’clock"):
			suffix = "o'clock"
			j++
		case t.is(j, "o") && t.is(j+1, "'", "’") && t.is(j+2, "clock"):
			suffix = "o'clock"
			j += 3
		}
	}
	if strings.HasPrefix(suffix, "a") || strings.HasPrefix(suffix, "p") {
		if hh < 1 || hh > 12 {
			return 0, 0, i, false
		}
		if suffix[0] == 'p' && hh != 12 {
			hh += 12
		}
		if suffix[0] == 'a' && hh == 12 {
			hh = 0
		}
		return hh, mm, j, true
	}
	if suffix == "" && !colon && len(w) <= 2 && t.isSignal(i-1, "at", "around", "about") {
		if _, _, ok := t.partOfDayAfter(j, hh); ok {
			suffix = "o'clock" // "at 5 in the afternoon"
		}
	}
	if suffix == "o'clock" {
		if hh < 1 || hh > 12 {
			return 0, 0, i, false
		}
		if pm, k, ok := t.partOfDayAfter(j, hh); ok {
			if pm && hh != 12 {
				hh += 12
			}
			j = k
		}
		return hh, mm, j, true
	}
	if colon {
		// "8:30" alone could be a score or a Bible verse; with a zone or "hours" it is a time.
		zoned := t.lexZone(j) || t.is(j, "local", "hours", "hrs")
		// "he scored at 7:14 of the first period": a game clock, in the past-tense
		// account of a game.
		if !zoned && t.gameReport(i) && t.tenseAt(i, j) == past {
			return 0, 0, i, false
		}
		if zoned || t.isSignal(i-1, "at", "until", "by", "from", "after", "before") {
			if t.is(j, "hours", "hrs") {
				j++
			}
			return hh, mm, j, true
		}
		return 0, 0, i, false
	}
	if len(w) == 4 && (t.lexZone(j) || t.is(j, "hours", "hrs") || t.twentyFourHour(i, hh)) {
		hh, mm = hh/100, hh%100
		if hh > 24 || mm > 59 {
			return 0, 0, i, false
		}
		if t.is(j, "hours", "hrs") {
			j++
		}
		return hh, mm, j, true
	}
	return 0, 0, i, false
}

// twentyFourHour reports whether the four digits n at i are a time of the 24-hour clock as
// British news writes it without a zone: after "at", "until", "between" ("an ambulance was
// not called until 1221", "calls between 1100 and 1200"), or opening an entry of a live
// page before its colon and a name ("1003: Dominic Casciani ..."). Numbers that read as recent years (1900
// to 2099: "at 1945", "until 2010") stay years, and so do round hundreds from 1500 on
// ("between 1500 and 1600").
func (t *tagger) twentyFourHour(i, n int) bool {
	if n/100 > 23 || n%100 > 59 || n >= 1900 && n <= 2099 || n >= 1500 && n%100 == 0 {
		return false
	}
	switch {
	case t.isSignal(i-1, "at", "until", "till", "between", "from", "by", "before", "after"),
		t.isSignal(i-1, "about", "around") && t.isSignal(i-2, "at", "until", "by"): // "at about 1100"
		return true
	case t.isSignal(i-1, "and", "to") && i >= 3 && t.isNum(i-2) && t.isSignal(i-3, "between", "from"):
		return len(t.lw(i-2)) == 4 // "between 1100 and 1200"
	}
	return t.is(i+1, ":") && t.upper(i+2)
}

// partOfDayAfter reads the part of the day that says which half an hour of the clock
// falls in: "5 o'clock in the afternoon", "10 at night" (but "2 at night" is morning).
func (t *tagger) partOfDayAfter(j, hh int) (pm bool, end int, ok bool) {
	switch {
	case t.is(j, "in") && t.is(j+1, "the") && t.is(j+2, "morning"):
		return false, j + 3, true
	case t.is(j, "in") && t.is(j+1, "the") && t.is(j+2, "afternoon", "evening"):
		return true, j + 3, true
	case t.is(j, "at") && t.is(j+1, "night"):
		return hh >= 6, j + 2, true
	}
	return false, j, false
}

// pastFinalDot steps over "a.m" and, at the very end of a text, the period the tokenizer
// left apart from it.
func (t *tagger) pastFinalDot(j int) int {
	if (t.lw(j) == "a.m" || t.lw(j) == "p.m") && t.is(j+1, ".") && t.tight(j+1) {
		return j + 2
	}
	return j + 1
}
