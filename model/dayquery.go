package model

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// maxYear bounds the years a date typed to jump to may name, either side of year 0: the
// calendar arithmetic holds well beyond it, and no story reaches it.
const maxYear = 999_999

// Period is a span of days a person named: a day, a month or a year, [Start, End).
type Period struct {
	Start, End time.Time
	Gran       Granularity
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ParsePeriod reads a date as people type it to jump to: "2012-05-25", "2012-05", "May
// 2012", "25 May", "May 25th, 2012", "2012". A day or month without a year takes the year
// of ref, the date the reader is at.
func ParsePeriod(s string, ref time.Time) (Period, error) {
	year, month, day := 0, time.Month(0), 0
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '/'
	})
	if len(fields) == 1 && strings.Count(fields[0], "-") > 0 && fields[0][0] != '-' {
		fields = strings.Split(fields[0], "-") // ISO: 2012-05-25
		if len(fields) > 1 && !allDigits(fields[1]) {
			return Period{}, errors.New("not a date: " + s)
		}
		if len(fields) > 1 {
			m, _ := strconv.Atoi(fields[1])
			fields[1] = time.Month(m).String()
			if m < 1 || m > 12 {
				return Period{}, errors.New("no month " + strconv.Itoa(m))
			}
		}
	}
	for _, f := range fields {
		f = ordinal(f)
		if m, ok := monthNames[strings.ToLower(f)]; ok && month == 0 {
			month = m
			continue
		}
		n, err := strconv.Atoi(f)
		switch {
		case err != nil:
			return Period{}, errors.New("not a date: " + s)
		case len(f) >= 3 && year == 0:
			if n > maxYear || n < -maxYear {
				return Period{}, errors.New("no year " + f + " to go to")
			}
			year = n
		case n >= 1 && n <= 31 && day == 0:
			day = n
		default:
			return Period{}, errors.New("not a date: " + s)
		}
	}
	if year == 0 && month == 0 {
		if day == 0 {
			return Period{}, errors.New("no date given")
		}
		return Period{}, errors.New("which month? try “25 May” or “2012-05-25”")
	}
	if year == 0 {
		year = ref.Year()
	}
	switch {
	case month == 0 && day != 0:
		return Period{}, errors.New("which month? try “25 May 2012”")
	case month == 0:
		start := Day(year, 1, 1)
		return Period{start, start.AddDate(1, 0, 0), GranYear}, nil
	case day == 0:
		start := Day(year, month, 1)
		return Period{start, start.AddDate(0, 1, 0), GranMonth}, nil
	}
	start := Day(year, month, day)
	if start.Month() != month {
		return Period{}, errors.New(month.String() + " has no day " + strconv.Itoa(day))
	}
	return Period{start, start.AddDate(0, 0, 1), GranDay}, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// ordinal takes the suffix off "25th", "1st" and the like.
func ordinal(f string) string {
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(f, suf); ok && allDigits(n) {
			return n
		}
	}
	return f
}
