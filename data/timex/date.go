package timex

import (
	"strconv"
	"strings"
	"time"

	"storyline/model"
)

// date is a calendar reference at one granularity, possibly with unknown parts (a zero y, m
// or d renders as X in the value: "XXXX-09-30"). For GranCentury and GranDecade, y is the
// first year of the span (1900, 1990).
type date struct {
	y, m, d int
	q       int // quarter, at GranQuarter
	half    int // half year 1 or 2, at GranQuarter with q == 0
	week    int // ISO week, at GranWeek (y is then the ISO year)
	hh, mm  int // at GranTime, when part == ""
	ss      int // seconds, when sec: a timestamp's "23:03:00"
	sec     bool
	season  string // SP SU FA WI, at GranSeason
	part    string // at GranTime: MO AF EV NI DT instead of a clock time
	g       model.Granularity
	weekend bool // at GranWeek: the weekend of that week
	fy      bool // fiscal year
}

func dayDate(t time.Time) date {
	y, m, d := t.Date()
	return date{y: y, m: int(m), d: d, g: model.GranDay}
}

// known reports whether the date can be placed on the calendar.
func (x date) known() bool {
	switch {
	case x.y == 0 || x.g == model.GranNone:
		return false
	case x.g == model.GranMonth:
		return x.m != 0
	case x.g == model.GranSeason:
		return x.season != ""
	case x.g == model.GranWeek:
		return x.week != 0
	case x.g == model.GranQuarter:
		return x.q != 0 || x.half != 0
	case x.g >= model.GranDay:
		return x.m != 0 && x.d != 0
	}
	return true
}

// first is the first day of the span (for a known date).
func (x date) first() time.Time {
	switch x.g {
	case model.GranCentury, model.GranDecade, model.GranYear:
		return model.Day(x.y, 1, 1)
	case model.GranQuarter:
		if x.q == 0 {
			return model.Day(x.y, time.Month((x.half-1)*6+1), 1)
		}
		return model.Day(x.y, time.Month((x.q-1)*3+1), 1)
	case model.GranSeason:
		return model.Day(x.y, time.Month(seasonStart[x.season]), 1)
	case model.GranMonth:
		return model.Day(x.y, time.Month(x.m), 1)
	case model.GranWeek:
		return isoWeekStart(x.y, x.week)
	}
	return model.Day(x.y, time.Month(x.m), x.d)
}

var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// isoWeekStart is the Monday of ISO week w of ISO year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := model.Day(y, 1, 4)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+(w-1)*7)
}

// fromTime builds a date at granularity g around day t.
func fromTime(t time.Time, g model.Granularity) date {
	y, m, d := t.Date()
	x := date{y: y, g: g}
	switch g {
	case model.GranCentury:
		x.y = y / 100 * 100
	case model.GranDecade:
		x.y = y / 10 * 10
	case model.GranQuarter:
		x.q = (int(m)-1)/3 + 1
	case model.GranSeason:
		x.season, x.y = seasonOf(y, int(m))
	case model.GranMonth:
		x.m = int(m)
	case model.GranWeek:
		x.y, x.week = t.ISOWeek()
	case model.GranDay, model.GranTime:
		x.m, x.d, x.g = int(m), d, model.GranDay
	}
	return x
}

func seasonOf(y, m int) (string, int) {
	switch {
	case m >= 3 && m <= 5:
		return "SP", y
	case m >= 6 && m <= 8:
		return "SU", y
	case m >= 9 && m <= 11:
		return "FA", y
	case m == 12:
		return "WI", y
	}
	return "WI", y - 1
}

// value renders the date as a TIMEX3 value.
func (x date) value() string {
	var buf [48]byte // one string for the whole value: tagging makes one per expression
	b := buf[:0]
	switch x.g {
	case model.GranCentury:
		if x.y == 0 {
			return "XX"
		}
		return string(appendPadded(b, x.y/100, 2))
	case model.GranDecade:
		if x.y == 0 {
			return "XXX"
		}
		return string(appendPadded(b, x.y/10, 3))
	case model.GranYear:
		if x.fy {
			b = append(b, "FY"...)
		}
		return string(x.appendYear(b))
	case model.GranQuarter:
		if x.q == 0 {
			b = append(x.appendYear(b), "-H"...)
			return string(strconv.AppendInt(b, int64(x.half), 10))
		}
		if x.fy {
			b = append(b, "FY"...)
		}
		b = append(x.appendYear(b), "-Q"...)
		return string(strconv.AppendInt(b, int64(x.q), 10))
	case model.GranSeason:
		return string(append(append(x.appendYear(b), '-'), x.season...))
	case model.GranMonth:
		return string(appendTwo(append(x.appendYear(b), '-'), x.m))
	case model.GranWeek:
		b = appendTwo(append(x.appendYear(b), "-W"...), x.week)
		if x.weekend {
			b = append(b, "-WE"...)
		}
		return string(b)
	case model.GranTime:
		b = appendTwo(append(appendTwo(append(x.appendYear(b), '-'), x.m), '-'), x.d)
		if x.part != "" {
			return string(append(append(b, 'T'), x.part...))
		}
		b = appendPadded(append(b, 'T'), x.hh, 2)
		b = appendPadded(append(b, ':'), x.mm, 2)
		if x.sec {
			b = appendPadded(append(b, ':'), x.ss, 2)
		}
		return string(b)
	}
	return string(appendTwo(append(appendTwo(append(x.appendYear(b), '-'), x.m), '-'), x.d))
}

// appendYear appends the year, four digits, or XXXX when unknown.
func (x date) appendYear(b []byte) []byte {
	if x.y == 0 {
		return append(b, "XXXX"...)
	}
	return appendPadded(b, x.y, 4)
}

// appendTwo appends a month, day or week in two digits, or XX when unknown.
func appendTwo(b []byte, n int) []byte {
	if n == 0 {
		return append(b, "XX"...)
	}
	return appendPadded(b, n, 2)
}

// appendPadded appends n as fmt's %0<width>d does: zeros after any sign, to width.
func appendPadded(b []byte, n, width int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		width--
		u = -u
	}
	var digits [20]byte
	d := strconv.AppendUint(digits[:0], u, 10)
	for range width - len(d) {
		b = append(b, '0')
	}
	return append(b, d...)
}

// when is the calendar span of a known date.
func (x date) when() model.When {
	if !x.known() {
		return model.When{}
	}
	s := x.first()
	switch x.g {
	case model.GranTime:
		if x.part != "" || x.hh == 24 {
			return model.OnDay(s) // midnight at the end of the day: on the day it ends
		}
		t := time.Date(x.y, time.Month(x.m), x.d, x.hh, x.mm, 0, 0, time.UTC)
		return model.When{Start: t, End: t, Gran: model.GranTime}
	case model.GranQuarter:
		if x.q == 0 {
			return model.When{Start: s, End: s.AddDate(0, 6, -1), Gran: model.GranMonth}
		}
	case model.GranWeek:
		if x.weekend {
			sat := s.AddDate(0, 0, 5)
			return model.When{Start: sat, End: sat.AddDate(0, 0, 1), Gran: model.GranDay}
		}
	}
	return model.When{Start: s, End: model.NaturalEnd(s, x.g), Gran: x.g}
}

// shift moves a known date by n units of its own granularity.
func (x date) shift(n int) date {
	if !x.known() {
		return x
	}
	switch x.g {
	case model.GranCentury:
		x.y += 100 * n
	case model.GranDecade:
		x.y += 10 * n
	case model.GranYear:
		x.y += n
	case model.GranQuarter:
		if x.q == 0 {
			k := x.y*2 + x.half - 1 + n
			x.y, x.half = k/2, k%2+1
		} else {
			k := x.y*4 + x.q - 1 + n
			x.y, x.q = k/4, k%4+1
		}
	case model.GranSeason:
		k := x.y*4 + seasonIndex(x.season) + n
		x.y, x.season = k/4, seasonCodes[k%4]
	case model.GranMonth:
		t := model.Day(x.y, time.Month(x.m)+time.Month(n), 1)
		x.y, x.m = t.Year(), int(t.Month())
	case model.GranWeek:
		we := x.weekend
		x = fromTime(x.first().AddDate(0, 0, 7*n), model.GranWeek)
		x.weekend = we
	case model.GranDay, model.GranTime:
		t := x.first().AddDate(0, 0, n)
		x.y, x.m, x.d = t.Year(), int(t.Month()), t.Day()
	}
	return x
}

var seasonCodes = [4]string{"SP", "SU", "FA", "WI"}

func seasonIndex(s string) int {
	for i, c := range seasonCodes {
		if c == s {
			return i
		}
	}
	return 0
}

// addUnit moves a day-level anchor by n of a duration unit and expresses the result at the
// unit's granularity: "two years ago" is a year, "a week ago" a day, "three months ago" a month.
func addUnit(anchor time.Time, unit string, n int) (date, bool) {
	switch unit {
	case "D":
		return dayDate(anchor.AddDate(0, 0, n)), true
	case "W":
		return dayDate(anchor.AddDate(0, 0, 7*n)), true
	case "F":
		return dayDate(anchor.AddDate(0, 0, 14*n)), true
	case "M":
		return fromTime(anchor.AddDate(0, n, 0), model.GranMonth), true
	case "Q":
		return fromTime(anchor.AddDate(0, 3*n, 0), model.GranQuarter), true
	case "Y":
		return fromTime(anchor.AddDate(n, 0, 0), model.GranYear), true
	case "DE":
		return fromTime(anchor.AddDate(10*n, 0, 0), model.GranYear), true
	case "CE":
		return fromTime(anchor.AddDate(100*n, 0, 0), model.GranYear), true
	}
	return date{}, false
}

// unitGran is the granularity of the calendar unit a duration unit names ("next week").
func unitGran(unit string) model.Granularity {
	switch unit {
	case "D":
		return model.GranDay
	case "W", "WE":
		return model.GranWeek
	case "M":
		return model.GranMonth
	case "Q":
		return model.GranQuarter
	case "Y":
		return model.GranYear
	case "DE":
		return model.GranDecade
	case "CE":
		return model.GranCentury
	}
	return model.GranNone
}

// duration is an amount of time: n units, or an unspecified number ("several years").
type duration struct {
	n    float64
	unit string
	x    bool
}

func (u duration) value() string {
	n, unit := u.n, u.unit
	// A fraction goes to the next smaller unit, as TimeML writes it: "half a year" is P6M,
	// "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S.
	if whole := float64(int(n)); n != whole && !u.x {
		if small, per, ok := smallerUnit(unit); ok && float64(int((n-whole)*per)) == (n-whole)*per {
			rest := strconv.Itoa(int((n - whole) * per))
			if whole == 0 {
				return duration{n: (n - whole) * per, unit: small}.value()
			}
			head := duration{n: whole, unit: unit}.value()
			switch {
			case strings.HasPrefix(small, "T") && !strings.HasPrefix(unit, "T"):
				return head + "T" + rest + small[1:]
			}
			return head + rest + strings.TrimPrefix(small, "T")
		}
	}
	switch unit {
	case "DE":
		n, unit = n*10, "Y"
	case "CE":
		n, unit = n*100, "Y"
	case "F":
		n, unit = n*2, "W"
	case "Q":
		n, unit = n*3, "M"
	}
	num := "X"
	if !u.x {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	if strings.HasPrefix(unit, "T") {
		return "PT" + num + unit[1:]
	}
	return "P" + num + unit
}

// smallerUnit is the unit a fraction of unit is written in, and how many of it make one.
func smallerUnit(unit string) (string, float64, bool) {
	switch unit {
	case "Y":
		return "M", 12, true
	case "M":
		return "D", 30, true
	case "W":
		return "D", 7, true
	case "D":
		return "TH", 24, true
	case "TH":
		return "TM", 60, true
	case "TM":
		return "TS", 60, true
	}
	return "", 0, false
}

// span is the length of a duration as calendar arithmetic on t (backwards for sign < 0).
func (u duration) from(t time.Time, sign int) (time.Time, bool) {
	if u.x || u.n != float64(int(u.n)) {
		return time.Time{}, false
	}
	n := int(u.n) * sign
	switch u.unit {
	case "TH", "TM", "S":
		// Events are placed by day: "the last 24 hours" is the day before and the DCT.
		secs := map[string]int{"TH": 3600, "TM": 60, "S": 1}[u.unit] * int(u.n)
		days := (secs + 86399) / 86400
		return t.AddDate(0, 0, days*sign), true
	case "D":
		return t.AddDate(0, 0, n), true
	case "W":
		return t.AddDate(0, 0, 7*n), true
	case "F":
		return t.AddDate(0, 0, 14*n), true
	case "M":
		return t.AddDate(0, n, 0), true
	case "Q":
		return t.AddDate(0, 3*n, 0), true
	case "Y":
		return t.AddDate(n, 0, 0), true
	case "DE":
		return t.AddDate(10*n, 0, 0), true
	case "CE":
		return t.AddDate(100*n, 0, 0), true
	}
	return time.Time{}, false
}
