package article

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a publication date in the spellings that people, feeds and data sets
// use, and keeps its calendar day (a time after it is dropped: the timeline works in days,
// and the day is the one written, in the writer's own time zone):
//
//	2012-05-25   2012-5-25   2012/05/25   2012.05.25   20120525
//	2012-05-25T14:03:00Z   2012-05-25 14:03:00+02:00   (ISO 8601 and RFC 3339 timestamps)
//	Fri, 25 May 2012 14:03:00 GMT                      (RFC 1123, as in feeds and HTTP)
//	25 May 2012   May 25, 2012   Friday, May 25, 2012   25-May-2012
//
// All-numeric dates with the year last (05/06/2012) are refused: they read differently in
// the US and elsewhere.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	y, m, d, ok := splitDate(s)
	if !ok {
		if ambiguous.MatchString(s) {
			return time.Time{}, fmt.Errorf("date %q is ambiguous (day or month first?); write it as YYYY-MM-DD", clip(s))
		}
		return time.Time{}, fmt.Errorf("date %q is not a date; write it as YYYY-MM-DD", clip(s))
	}
	if y < 1000 || y > 9999 {
		return time.Time{}, fmt.Errorf("date %q: the year must be between 1000 and 9999", clip(s))
	}
	if m < 1 || m > 12 {
		return time.Time{}, fmt.Errorf("date %q is not a date: there is no month %d", clip(s), m)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if d < 1 || t.Day() != d {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return time.Time{}, fmt.Errorf("date %q is not a date: %s %d has %d days", clip(s), time.Month(m), y, last)
	}
	return t, nil
}

var (
	// A time of day, with seconds, fractions and a zone, may follow a date.
	clock   = `(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?`
	isoDate = regexp.MustCompile(`^(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})` + clock + `$`)
	compact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2})?Z?)?$`)
	// Day and month names: "Fri, 25 May 2012 14:03 GMT", "May 25, 2012", "25-May-2012".
	dayMonth  = regexp.MustCompile(`^(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4}),?` + clock + `$`)
	monthDay  = regexp.MustCompile(`^(?:[A-Za-z]+\.?,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?` + clock + `$`)
	ambiguous = regexp.MustCompile(`^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}`)
)

func splitDate(s string) (y, m, d int, ok bool) {
	if g := isoDate.FindStringSubmatch(s); g != nil && g[2] == g[4] {
		return atoi(g[1]), atoi(g[3]), atoi(g[5]), true
	}
	if g := compact.FindStringSubmatch(s); g != nil {
		return atoi(g[1]), atoi(g[2]), atoi(g[3]), true
	}
	if g := dayMonth.FindStringSubmatch(s); g != nil {
		if mo := MonthNumber(g[2]); mo > 0 {
			return atoi(g[3]), mo, atoi(g[1]), true
		}
	}
	if g := monthDay.FindStringSubmatch(s); g != nil {
		if mo := MonthNumber(g[1]); mo > 0 {
			return atoi(g[3]), mo, atoi(g[2]), true
		}
	}
	return 0, 0, 0, false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// MonthNumber reads an English month name, in full or abbreviated ("Sept", "Sep.").
func MonthNumber(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if len(w) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if w == name || (len(w) <= len(name) && strings.HasPrefix(name, w) && (len(w) == 3 || w == "sept")) {
			return int(m)
		}
	}
	return 0
}
