package ui

import (
	"time"

	"storyline/model"
)

// unit is a length of time the strip counts events by and the step keys move by.
type unit int

const (
	unitDay unit = iota
	unitWeek
	unitMonth
	unitYear
	unitDecade
)

var unitNames = [...]string{"day", "week", "month", "year", "decade"}

func (u unit) String() string { return unitNames[u] }

// floor is the start of the unit that holds t (weeks start on Monday).
func (u unit) floor(t time.Time) time.Time {
	y, m, d := t.Date()
	switch u {
	case unitWeek:
		day := model.Day(y, m, d)
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	case unitMonth:
		return model.Day(y, m, 1)
	case unitYear:
		return model.Day(y, 1, 1)
	case unitDecade:
		return model.Day(y-((y%10)+10)%10, 1, 1)
	}
	return model.Day(y, m, d)
}

// add moves t by n units.
func (u unit) add(t time.Time, n int) time.Time {
	switch u {
	case unitWeek:
		return t.AddDate(0, 0, 7*n)
	case unitMonth:
		return t.AddDate(0, n, 0)
	case unitYear:
		return t.AddDate(n, 0, 0)
	case unitDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t.AddDate(0, 0, n)
}

// count is how many units from the one holding from to the one holding to, both included.
func (u unit) count(from, to time.Time) int {
	a, b := u.floor(from), u.floor(to)
	switch u {
	case unitDay:
		return int(b.Sub(a).Hours()/24+0.5) + 1
	case unitWeek:
		return int(b.Sub(a).Hours()/(24*7)+0.5) + 1
	case unitMonth:
		return (b.Year()-a.Year())*12 + int(b.Month()-a.Month()) + 1
	case unitYear:
		return b.Year() - a.Year() + 1
	}
	return (b.Year()-a.Year())/10 + 1
}

// period is the unit that holds t, as a model.Period for a zoom.
func (u unit) period(t time.Time) model.Period {
	start := u.floor(t)
	gran := model.GranDay
	switch u {
	case unitMonth:
		gran = model.GranMonth
	case unitYear, unitDecade:
		gran = model.GranYear
	}
	return model.Period{Start: start, End: u.add(start, 1), Gran: gran}
}

// unitOf is the unit a period spans (as zooms make them).
func unitOf(p model.Period) unit {
	switch {
	case p.End.Sub(p.Start) > 400*24*time.Hour:
		return unitDecade
	case p.Gran == model.GranYear:
		return unitYear
	case p.Gran == model.GranMonth:
		return unitMonth
	}
	return unitDay
}

// periodLabel says a period as a reader would: "2012", "May 2012", "Fri 25 May 2012".
func periodLabel(p model.Period) string {
	switch unitOf(p) {
	case unitDecade:
		return p.Start.Format("2006") + "s"
	case unitYear:
		return p.Start.Format("2006")
	case unitMonth:
		return p.Start.Format("January 2006")
	}
	return p.Start.Format("Mon 2 Jan 2006")
}
