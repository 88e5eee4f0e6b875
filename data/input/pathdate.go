package input

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"storyline/data/article"
)

var (
	// A whole date inside one part of a path: "2012-05-25", "2012_05_25", "20120525".
	dateInPart = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])([-_.]?)(0[1-9]|[12][0-9]|3[01])(?:[^0-9]|$)`)
	yearPart   = regexp.MustCompile(`^(?:19|20)[0-9]{2}$`)
	dayPart    = regexp.MustCompile(`^[0-9]{1,2}$`)
)

// dateFromPath finds a publication date in a file's path: a folder or file named for the
// day ("2012-05-25/", "20120525-story.txt") or a year, month and day as three folders
// ("2012/05/25/", "2011/mar/19/"). The part nearest the file wins.
func dateFromPath(p string) time.Time {
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' })
	for i := len(parts) - 1; i >= 0; i-- {
		if i >= 2 {
			if t, ok := threeParts(parts[i-2], parts[i-1], parts[i]); ok {
				return t
			}
		}
		if g := dateInPart.FindStringSubmatch(parts[i]); g != nil && g[2] == g[4] {
			if t, ok := validDay(g[1], g[3], g[5]); ok {
				return t
			}
		}
	}
	return time.Time{}
}

// dateFromURL reads the same patterns in the path of an article's URL, where news sites
// often put the day ("/world/2011/mar/19/libya-...").
func dateFromURL(raw string) time.Time {
	if raw == "" {
		return time.Time{}
	}
	u, err := url.Parse(raw)
	if err != nil || u.Path == "" {
		return time.Time{}
	}
	return dateFromPath(u.Path)
}

func threeParts(y, m, d string) (time.Time, bool) {
	if !yearPart.MatchString(y) || !dayPart.MatchString(d) {
		return time.Time{}, false
	}
	if dayPart.MatchString(m) {
		return validDay(y, m, d)
	}
	if mo := article.MonthNumber(m); mo > 0 {
		return validDay(y, strconv.Itoa(mo), d)
	}
	return time.Time{}, false
}

func validDay(ys, ms, ds string) (time.Time, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
