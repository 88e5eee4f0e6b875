package timex

import (
	"strconv"
	"strings"
	"time"

	"storyline/model"
)

// holiday reads a holiday name from holidays.txt ("Christmas", "Thanksgiving", "Easter
// Monday", "the Fourth of July"), with an optional year ("Christmas 2014", "Easter of
// 2016"); without one, the year comes from the DCT and the tense like a bare date's.
func (t *tagger) holiday(i int) (match, bool) {
	best, bestJ := holiday{}, i
	if t.info(i).flags&startsHoliday == 0 {
		return match{}, false
	}
	for _, h := range lex.holidays[t.wd(i)] {
		ok := true
		for k, w := range h.words {
			if t.wd(i+k) != w {
				ok = false
				break
			}
		}
		if ok && i+len(h.words) > bestJ {
			best, bestJ = h, i+len(h.words)
		}
	}
	if bestJ == i || !t.upper(i) && !t.upper(i+1) {
		return match{}, false
	}
	if best.rule == "name" {
		return match{i: i, j: bestJ}, true // "Sheffield Wednesday": no date at all
	}
	j := bestJ
	y := 0
	k := j
	if t.is(k, "of", ",") {
		k++
	}
	if yy, e, ok := t.yearNum(k); ok {
		y, j = yy, e
	}
	m := match{i: i, j: j, typ: "DATE", dt: date{g: model.GranDay}, abs: y != 0}
	if y == 0 {
		if !t.hasDCT {
			if mo, d, ok := fixedDay(best.rule); ok {
				m.dt.m, m.dt.d = mo, d
			}
			return m, true
		}
		d, ok := holidayIn(best.rule, t.dct.Year())
		if !ok {
			return match{}, false
		}
		y = t.yearFor(int(d.Month()), d.Day(), i, j)
	}
	d, ok := holidayIn(best.rule, y)
	if !ok {
		return match{}, false
	}
	m.dt = dayDate(d)
	// "the August Bank Holiday Monday": the weekday the holiday falls on is part of it.
	if wd, k, ok := t.weekdayAt(m.j); ok && wd == int(d.Weekday()+6)%7+1 {
		m.j = k
	}
	return m, true
}

func fixedDay(rule string) (int, int, bool) {
	a, b, ok := strings.Cut(rule, "-")
	if !ok || len(rule) != 5 {
		return 0, 0, false
	}
	m, e1 := strconv.Atoi(a)
	d, e2 := strconv.Atoi(b)
	return m, d, e1 == nil && e2 == nil
}

// holidayIn computes a holiday's date in year y from its rule.
func holidayIn(rule string, y int) (time.Time, bool) {
	if m, d, ok := fixedDay(rule); ok {
		return model.Day(y, time.Month(m), d), true
	}
	f := strings.Fields(rule)
	switch {
	case len(f) == 2 && f[0] == "easter":
		off, err := strconv.Atoi(f[1])
		if err != nil {
			return time.Time{}, false
		}
		return easter(y).AddDate(0, 0, off), true
	case (len(f) == 4 || len(f) == 5) && f[0] == "nth":
		n, e1 := strconv.Atoi(f[1])
		wd, e2 := strconv.Atoi(f[2])
		m, e3 := strconv.Atoi(f[3])
		off := 0
		var e4 error
		if len(f) == 5 {
			off, e4 = strconv.Atoi(f[4])
		}
		if e1 != nil || e2 != nil || e3 != nil || e4 != nil {
			return time.Time{}, false
		}
		return nthWeekday(y, time.Month(m), wd, n).AddDate(0, 0, off), true
	case len(f) == 1 && f[0] == "election":
		return nthWeekday(y, time.November, 1, 1).AddDate(0, 0, 1), true
	}
	return time.Time{}, false
}

// nthWeekday is the n-th weekday wd (1 = Monday) of a month; n = -1 is the last.
func nthWeekday(y int, m time.Month, wd, n int) time.Time {
	if n < 0 {
		last := model.Day(y, m+1, 0)
		back := (int(last.Weekday()+6)%7 + 1 - wd + 7) % 7
		return last.AddDate(0, 0, -back)
	}
	first := model.Day(y, m, 1)
	fwd := (wd - (int(first.Weekday()+6)%7 + 1) + 7) % 7
	return first.AddDate(0, 0, fwd+7*(n-1))
}

// easter is Western Easter Sunday (the anonymous Gregorian computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return model.Day(y, time.Month(month), day)
}
