package store

import (
	"strconv"
	"strings"
	"time"
)

// Times are kept as RFC 3339 text. Years before 0 or after 9999 occur ("125,000 years
// ago" is the year -122989): Go writes them with a sign or more digits, which time.Parse
// does not read, so the year is read apart from the rest.
func parseTime(s string) (time.Time, error) {
	year, rest, ok := expandedYear(s)
	if !ok {
		return time.ParseInLocation(time.RFC3339Nano, s, time.UTC)
	}
	// 2000 is a leap year, so that 29 February parses whatever the real year.
	t, err := time.ParseInLocation(time.RFC3339Nano, "2000"+rest, time.UTC)
	if err != nil {
		return t, err
	}
	return time.Date(year, t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location()), nil
}

// expandedYear splits "-4989-01-01T..." or "14005-01-01T..." into the year and the rest;
// ok is false for an ordinary four-digit year.
func expandedYear(s string) (year int, rest string, ok bool) {
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	dash := strings.IndexByte(body, '-')
	if dash < 0 || (dash == 4 && !neg && len(body) == len(s)) {
		return 0, "", false
	}
	y, err := strconv.Atoi(body[:dash])
	if err != nil {
		return 0, "", false
	}
	if neg {
		y = -y
	}
	return y, body[dash:], true
}
