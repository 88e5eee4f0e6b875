package model

import (
	"testing"
	"unicode/utf8"
)

// FuzzParsePeriod: whatever is typed at the date prompt, the parser answers without
// panicking, and a period it accepts is a day, a month or a year that starts where it says.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2012-05-25", "May 2012", "25 May", "2012", "May 25th, 2012", "-", "2012--", "31 feb 9999", "0000-00-00"} {
		f.Add(s)
	}
	ref := Day(2015, 10, 7)
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s, ref)
		if err != nil {
			if !utf8.ValidString(err.Error()) && utf8.ValidString(s) {
				t.Fatalf("%q: error %q is not text", s, err)
			}
			return
		}
		if !p.Start.Before(p.End) {
			t.Fatalf("%q: empty period %v", s, p)
		}
		if y, m, d := p.Start.Date(); p.Start != Day(y, m, d) {
			t.Fatalf("%q: period starts mid-day", s)
		}
	})
}
