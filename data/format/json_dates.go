package format

import (
	"strings"
	"time"

	"storyline/model"
)

// Dates are ISO 8601: YYYY-MM-DD, and YYYY-MM-DDTHH:MM at time granularity. Years before 0
// or after 9999 occur ("125,000 years ago" is the year -122989): they are written as Go
// writes them, with more digits or a minus sign (-122989-01-01), as ISO 8601's expanded
// years are, and read back.
const (
	isoDay    = "2006-01-02"
	isoMinute = "2006-01-02T15:04"
)

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(isoDay)
}

// timeString is a cache in front of formatting: events come in time order, so most start
// when the one before did, and most end when they start.
func (jw *jsonWriter) timeString(t time.Time, g model.Granularity) string {
	if g == jw.lastGran && t.Equal(jw.lastTime) {
		return jw.lastText
	}
	jw.lastTime, jw.lastGran, jw.lastText = t, g, dateString(t)
	if g == model.GranTime {
		jw.lastText = t.Format(isoMinute)
	}
	return jw.lastText
}

// parseDate reads what dateString and timeString write, the time of day when withTime
// allows it, in UTC as the model keeps dates.
func parseDate(s string, withTime bool) (time.Time, bool) {
	sign := 1
	if strings.HasPrefix(s, "-") {
		sign, s = -1, s[1:]
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	dash := strings.IndexByte(s, '-')
	if dash < 4 || dash > 9 { // four digits, or up to nine for an expanded year
		return time.Time{}, false
	}
	year, ok := digits(s[:dash])
	rest := s[dash:] // -MM-DD or -MM-DDTHH:MM
	if !ok || (len(rest) != 6 && (!withTime || len(rest) != 12)) || rest[3] != '-' {
		return time.Time{}, false
	}
	month, ok1 := digits(rest[1:3])
	day, ok2 := digits(rest[4:6])
	hour, minute, ok3 := 0, 0, true
	if len(rest) == 12 {
		var ok4 bool
		hour, ok3 = digits(rest[7:9])
		minute, ok4 = digits(rest[10:12])
		ok3 = ok3 && ok4 && rest[6] == 'T' && rest[9] == ':' && hour < 24 && minute < 60
	}
	if !ok1 || !ok2 || !ok3 || month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(sign*year, time.Month(month), day, hour, minute, 0, 0, time.UTC)
	return t, t.Day() == day // not 30 February
}

// digits reads a run of ASCII digits, nothing else.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}
