package timex

import (
	"strconv"
	"strings"

	"storyline/model"
)

// weekdayAt reads a weekday name at i ("Wednesday", "Wed." but not a bare "Sun" or "Sat",
// which are also words): its ISO number and the token after it.
func (t *tagger) weekdayAt(i int) (int, int, bool) {
	in := t.info(i)
	if in.flags&isWeekday == 0 || !t.upper(i) {
		return 0, i, false
	}
	w, wd := t.wd(i), in.weekday
	if len(w) <= 5 && w != "friday" && w != "monday" && w != "sunday" {
		if t.is(i+1, ".") && t.tight(i+1) {
			return wd, i + 2, true
		}
		// A wire's dateline abbreviates without a stop: "Wed May 25 , 2011 10:00 am".
		// Not "The Sun May 20 issue": the paper.
		if _, ok := t.lexMonth(i + 1); ok && t.upper(i+1) && t.isNum(i+2) && !t.is(i-1, "the") {
			return wd, i + 1, true
		}
		return 0, i, false
	}
	return wd, i + 1, true
}

// weekday reads "Wednesday", "last Thursday", "next Monday", "this Friday", "Monday next
// week", "Wednesday, Oct. 7, 2015", "Wednesday morning".
func (t *tagger) weekday(i int) (match, bool) {
	rel := ""
	j := i
	switch t.wd(i) {
	case "last", "next", "this", "coming", "past", "previous", "following":
		rel = t.wd(i)
		j++
		if rel == "this" && t.is(j, "coming", "past") { // "this coming Sunday"
			rel = t.wd(j)
			j++
		}
	}
	wd, k, ok := t.weekdayAt(j)
	if !ok {
		return match{}, false
	}
	// "Wednesday, Oct. 7", "this coming Sunday, March eighth": the date decides.
	if rel == "" || rel == "this" || rel == "coming" || rel == "next" || rel == "last" || rel == "past" {
		c := k
		if t.is(c, ",") {
			c++
		}
		if m, ok := t.monthDate(c); ok && m.dt.g == model.GranDay {
			m.i = i
			// "this coming Sunday, March eighth": a month-day without its year is the
			// one the weekday's word points to.
			if t.hasDCT && !m.abs && m.dt.known() {
				switch day := m.dt.first(); {
				case (rel == "coming" || rel == "next") && day.Before(t.dct):
					m.dt.y++
				case (rel == "last" || rel == "past") && day.After(t.dct):
					m.dt.y--
				}
			}
			return t.withDayPart(m), true
		}
	}
	if rel == "" {
		if m, ok := t.weekdaySet(i, wd, k); ok {
			return m, true
		}
	}
	m := match{i: i, j: k, typ: "DATE", dt: date{g: model.GranDay}}
	// "Monday next week", "Friday last week"
	weekShift, hasWeek := 0, false
	if rel == "" && t.is(k+1, "week") {
		switch t.wd(k) {
		case "next":
			weekShift, hasWeek = 1, true
		case "last":
			weekShift, hasWeek = -1, true
		case "this":
			hasWeek = true
		}
		if hasWeek {
			m.j = k + 2
		}
	}
	// "the previous Friday", "the following Monday": from the day the text has placed.
	if (rel == "previous" || rel == "following") && i > 0 && t.is(i-1, "the") && t.sent[i-1] == t.sent[i] {
		m.i = i - 1
	}
	if t.hasDCT || m.i < i {
		dct := t.anchorFor(i)
		if m.i < i {
			r, ok := t.refAt(model.GranDay)
			switch {
			case ok:
				dct = r.first()
			case !t.hasDCT:
				return m, true
			}
		}
		cur := int(dct.Weekday()+6)%7 + 1
		var day = dct
		switch {
		case hasWeek || rel == "this":
			day = dct.AddDate(0, 0, wd-cur+7*weekShift)
		case rel == "last" || rel == "past" || rel == "previous":
			back := (cur - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			day = dct.AddDate(0, 0, -back)
		case rel == "next" || rel == "coming" || rel == "following":
			fwd := (wd - cur + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			day = dct.AddDate(0, 0, fwd)
		case t.weekSent == t.sent[i] && t.week.known() && t.tenseAt(i, m.j) != future && !(t.tenseAt(i, m.j) == past && t.week.first().After(dct)):
			// "robbed four stores last week, on Tuesday and Thursday": the week the
			// sentence has just named, unless that is to come and the day is past
			// ("will visit next week, the presidency said on Wednesday").
			mon := t.week.first()
			day = mon.AddDate(0, 0, wd-(int(mon.Weekday()+6)%7+1))
		default:
			tense := t.tenseAt(i, m.j)
			if tense == present && t.is(m.j, "'s", "’s") && settledFigures[t.wd(m.j+1)] {
				// "a premium over Thursday's closing price", "below Friday's close": a
				// day whose market figures are in is one gone by ("Saturday's vote is
				// key" may be ahead).
				tense = past
			}
			day = t.weekdayNear(wd, tense)
		}
		m.dt = dayDate(day)
	}
	return t.withDayPart(m), true
}

// withDayPart extends a day with a part of the day after it: "Wednesday morning",
// "Friday night" are TIME values such as 2015-10-07TMO.
func (t *tagger) withDayPart(m match) match {
	if p, ok := t.lexDaypart(m.j); ok && !strings.HasSuffix(t.wd(m.j), "s") && t.wd(m.j) != "overnight" {
		m.j++
		m.typ = "TIME"
		m.dt.g = model.GranTime
		m.dt.part = p
	}
	return m
}

// weekdaySet reads a weekday with a plural part of the day, which recurs: "Tuesday nights"
// is every Tuesday night (XXXX-WXX-2TNI). A weekday coordinated with one, "Monday and
// Tuesday nights", shares the part of the day and recurs too.
func (t *tagger) weekdaySet(i, wd, k int) (match, bool) {
	part := func(n int) (string, bool) {
		w := t.wd(n)
		p, ok := t.lexDaypart(n)
		return p, ok && strings.HasSuffix(w, "s")
	}
	if p, ok := part(k); ok {
		return match{i: i, j: k + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p}, true
	}
	if t.is(k, "and", "or") {
		if _, k2, ok := t.weekdayAt(k + 1); ok {
			if p, ok := part(k2); ok {
				return match{i: i, j: k, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd) + "T" + p}, true
			}
		}
	}
	return match{}, false
}
