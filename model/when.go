// Package model is storyline's domain: documents, the actors, sources, quotes and time
// expressions found in them, and the events of a timeline. It does no I/O.
package model

import (
	"fmt"
	"time"
)

// Granularity is how precisely a date is known, coarsest first.
type Granularity uint8

const (
	GranNone Granularity = iota
	GranCentury
	GranDecade
	GranYear
	GranQuarter
	GranSeason
	GranMonth
	GranWeek
	GranDay
	GranTime
)

var granNames = [...]string{"", "century", "decade", "year", "quarter", "season", "month", "week", "day", "time"}

func (g Granularity) String() string {
	if int(g) < len(granNames) {
		return granNames[g]
	}
	return ""
}

// ParseGranularity is the inverse of String; unknown names give GranNone.
func ParseGranularity(s string) Granularity {
	for i, n := range granNames {
		if n == s && s != "" {
			return Granularity(i)
		}
	}
	return GranNone
}

// Mod qualifies a When the way TimeML's mod attribute qualifies a value.
type Mod string

const (
	ModNone   Mod = ""
	ModBefore Mod = "before" // began at or before Start: "for more than four years"
	ModAfter  Mod = "after"
	ModApprox Mod = "approx"
	ModStart  Mod = "start" // "early October"
	ModMid    Mod = "mid"
	ModEnd    Mod = "end"
)

// When is the time of an event: a closed interval of days (or instants, at GranTime) at a
// granularity. A zero Start means undated. A point in time at month granularity spans the
// whole month; an interval such as "since Sept. 30" has Start and End at day granularity.
type When struct {
	Start time.Time
	End   time.Time
	Gran  Granularity
	Mod   Mod
}

// Day returns midnight UTC of the given civil date.
func Day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// OnDay is a When covering one day.
func OnDay(t time.Time) When {
	d := Day(t.Date())
	return When{Start: d, End: d, Gran: GranDay}
}

// Dated reports whether the event has any date.
func (w When) Dated() bool { return !w.Start.IsZero() }

// IsInterval reports whether the When spans more than its granularity's natural unit,
// e.g. 2015-09-30 to 2015-10-07 at day granularity.
func (w When) IsInterval() bool {
	if !w.Dated() {
		return false
	}
	return !w.End.Equal(NaturalEnd(w.Start, w.Gran))
}

// NaturalEnd is the last day of the unit at granularity g that begins at start.
func NaturalEnd(start time.Time, g Granularity) time.Time {
	y, m, d := start.Date()
	switch g {
	case GranCentury:
		return Day(y+99, 12, 31)
	case GranDecade:
		return Day(y+9, 12, 31)
	case GranYear:
		return Day(y, 12, 31)
	case GranQuarter, GranSeason:
		return Day(y, m+3, 0)
	case GranMonth:
		return Day(y, m+1, 0)
	case GranWeek:
		return Day(y, m, d+6)
	case GranTime:
		return start
	}
	return Day(y, m, d)
}

// Compare orders Whens for a timeline: dated before undated, then by start, then shorter
// spans first, so that a day's own events precede intervals that merely begin on it.
func (w When) Compare(o When) int {
	switch {
	case w.Dated() != o.Dated():
		if w.Dated() {
			return -1
		}
		return 1
	case !w.Dated():
		return 0
	}
	if c := w.Start.Compare(o.Start); c != 0 {
		return c
	}
	return w.End.Compare(o.End)
}

// ISO renders the When as ISO 8601: a date, a date/date interval, or "" when undated.
func (w When) ISO() string {
	if !w.Dated() {
		return ""
	}
	s := isoAt(w.Start, w.Gran)
	if w.IsInterval() {
		s += "/" + isoAt(w.End, w.Gran)
	}
	return s
}

func isoAt(t time.Time, g Granularity) string {
	switch g {
	case GranCentury:
		return fmt.Sprintf("%02d", t.Year()/100)
	case GranDecade:
		return fmt.Sprintf("%03d", t.Year()/10)
	case GranYear:
		return fmt.Sprintf("%04d", t.Year())
	case GranQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case GranMonth, GranSeason:
		return t.Format("2006-01")
	case GranWeek:
		y, wk := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, wk)
	case GranTime:
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02")
}

// Label is a short human form for gutters and plain text: "Wed 7 Oct 2015",
// "Oct 2015", "30 Sep – 7 Oct 2015", "before 7 Oct 2011", "undated".
func (w When) Label() string {
	if !w.Dated() {
		return "undated"
	}
	var s string
	if w.IsInterval() {
		s = rangeLabel(w.Start, w.End, w.Gran)
	} else {
		s = pointLabel(w.Start, w.Gran)
	}
	switch w.Mod {
	case ModBefore:
		if w.IsInterval() {
			return "from before " + pointLabel(w.Start, w.Gran) + " – " + pointLabel(w.End, w.Gran)
		}
		return "before " + s
	case ModAfter:
		return "after " + s
	case ModApprox:
		return "about " + s
	case ModStart:
		return "early " + s
	case ModMid:
		return "mid " + s
	case ModEnd:
		return "late " + s
	}
	return s
}

func pointLabel(t time.Time, g Granularity) string {
	switch g {
	case GranCentury:
		return fmt.Sprintf("%ds", t.Year()/100*100)
	case GranDecade:
		return fmt.Sprintf("%ds", t.Year()/10*10)
	case GranYear:
		return fmt.Sprintf("%d", t.Year())
	case GranQuarter:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case GranSeason, GranMonth:
		return t.Format("Jan 2006")
	case GranWeek:
		y, wk := t.ISOWeek()
		return fmt.Sprintf("week %d %d", wk, y)
	case GranTime:
		return t.Format("Mon 2 Jan 2006 15:04")
	}
	return t.Format("Mon 2 Jan 2006")
}

func rangeLabel(a, b time.Time, g Granularity) string {
	if g >= GranDay {
		switch {
		case a.Year() != b.Year():
			return a.Format("2 Jan 2006") + " – " + b.Format("2 Jan 2006")
		case a.Month() != b.Month():
			return a.Format("2 Jan") + " – " + b.Format("2 Jan 2006")
		}
		return a.Format("2") + "–" + b.Format("2 Jan 2006")
	}
	return pointLabel(a, g) + " – " + pointLabel(b, g)
}
