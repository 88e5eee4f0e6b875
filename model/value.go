package model

import (
	"strconv"
	"time"
)

// WhenOfValue reads a TIMEX3 DATE or TIME value with a known year as the span it names:
// 2015-10-07 (day), 2015-10 (month), 2015 (year), 201 (decade), 20 (century),
// 2015-W41 (week), 2015-Q3 (quarter), 2015-SU (season), 2015-10-07T14:30 (time).
// Values with unknown parts (XXXX-09-30), durations and references (PRESENT_REF) give
// false.
func WhenOfValue(v string) (When, bool) {
	if len(v) > 10 && v[10] == 'T' {
		d, ok := WhenOfValue(v[:10])
		if !ok {
			return When{}, false
		}
		if t, err := time.Parse("2006-01-02T15:04", v[:min(len(v), 16)]); err == nil {
			return When{Start: t, End: t, Gran: GranTime}, true
		}
		return d, true
	}
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && len(s) > 0 && s[0] != '-' && s[0] != '+'
	}
	point := func(start time.Time, g Granularity) (When, bool) {
		return When{Start: start, End: NaturalEnd(start, g), Gran: g}, true
	}
	switch {
	case len(v) == 2:
		if c, ok := num(v); ok {
			return point(Day(c*100, 1, 1), GranCentury)
		}
	case len(v) == 3:
		if d, ok := num(v); ok {
			return point(Day(d*10, 1, 1), GranDecade)
		}
	case len(v) == 4:
		if y, ok := num(v); ok {
			return point(Day(y, 1, 1), GranYear)
		}
	}
	if len(v) < 7 || v[4] != '-' {
		return When{}, false
	}
	y, ok := num(v[:4])
	if !ok {
		return When{}, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		if q, ok := num(rest[1:]); ok && q >= 1 && q <= 4 {
			return point(Day(y, time.Month(3*q-2), 1), GranQuarter)
		}
	case len(rest) == 3 && rest[0] == 'W':
		if w, ok := num(rest[1:]); ok && w >= 1 && w <= 53 {
			// ISO week 1 contains 4 January; weeks start on Monday.
			jan4 := Day(y, 1, 4)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
			return point(monday, GranWeek)
		}
	case len(rest) == 2 && seasonStart(rest) > 0:
		return When{Start: Day(y, seasonStart(rest), 1), End: Day(y, seasonStart(rest)+3, 0), Gran: GranSeason}, true
	case len(rest) == 2:
		if m, ok := num(rest); ok && m >= 1 && m <= 12 {
			return point(Day(y, time.Month(m), 1), GranMonth)
		}
	case len(rest) == 5 && rest[2] == '-':
		m, ok1 := num(rest[:2])
		d, ok2 := num(rest[3:])
		if ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := Day(y, time.Month(m), d)
			if t.Day() == d {
				return point(t, GranDay)
			}
		}
	}
	return When{}, false
}

// seasonStart gives the first month of a TIMEX3 season code (northern hemisphere), or 0.
func seasonStart(code string) time.Month {
	switch code {
	case "SP":
		return time.March
	case "SU":
		return time.June
	case "FA":
		return time.September
	case "WI":
		return time.December
	}
	return 0
}
