package article

import (
	"strings"
	"testing"
)

func TestParseDateSpellings(t *testing.T) {
	for _, s := range []string{
		"2012-05-25", "2012-5-25", "2012/05/25", "2012/5/25", "2012.05.25", "20120525",
		"2012-05-25T14:03:00Z", "2012-05-25T14:03:00.123+02:00", "2012-05-25 14:03:00", "2012-05-25 14:03",
		"2012-05-25T23:30:00-05:00", "Fri, 25 May 2012 14:03:00 GMT", "Fri, 25 May 2012 14:03:00 +0000",
		"25 May 2012", "25th May 2012", "May 25, 2012", "May 25 2012", "Friday, May 25, 2012", "25-May-2012",
		"Sept. 25, 2012", " 2012-05-25 ",
	} {
		d, err := ParseDate(s)
		want := "2012-05-25"
		if strings.HasPrefix(s, "Sept") {
			want = "2012-09-25"
		}
		if err != nil || d.Format("2006-01-02") != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", s, d, err, want)
		}
	}
}

func TestParseDateRefusals(t *testing.T) {
	for s, msg := range map[string]string{
		"2012-02-30":     "not a date: February 2012 has 29 days",
		"2011-02-29":     "not a date: February 2011 has 28 days",
		"2012-13-01":     "there is no month 13",
		"2012-00-10":     "there is no month 0",
		"2012-05-00":     "not a date: May 2012 has 31 days",
		"0000-01-01":     "the year must be between 1000 and 9999",
		"05/06/2012":     "ambiguous",
		"25/05/2012":     "ambiguous",
		"2012-05/25":     "not a date",
		"yesterday":      "not a date",
		"May 2012":       "not a date",
		"":               "not a date",
		"Smarch 3, 2012": "not a date",
	} {
		_, err := ParseDate(s)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ParseDate(%q) = %v, want an error saying %q", s, err, msg)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2012-05-25", "Fri, 25 May 2012 14:03:00 GMT", "May 25, 2012", "20120525", "0000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err == nil && (d.Year() < 1000 || d.Year() > 9999 || d.Hour() != 0) {
			t.Fatalf("ParseDate(%q) = %v", s, d)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Fatalf("multi-line error %q", err)
		}
	})
}
