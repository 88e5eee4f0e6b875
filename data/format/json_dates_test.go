package format

import (
	"testing"
	"time"

	"storyline/model"
)

func TestDatesReadBackAsWritten(t *testing.T) {
	jw := newJSONWriter(nil)
	for _, year := range []int{-122989, -4989, -9, 0, 1, 999, 2015, 9999, 10000, 123456789} {
		day := model.Day(year, time.February, 28)
		minute := day.Add(23*time.Hour + 59*time.Minute)
		for _, c := range []struct {
			t time.Time
			g model.Granularity
		}{{day, model.GranDay}, {day, model.GranYear}, {minute, model.GranTime}} {
			s := jw.timeString(c.t, c.g)
			got, ok := parseDate(s, true)
			if !ok || !got.Equal(c.t) {
				t.Errorf("%v at %v: wrote %q, read %v %v", c.t, c.g, s, got, ok)
			}
		}
	}
}

func TestParseDateRefuses(t *testing.T) {
	for _, s := range []string{"", "2015", "2015-10", "15-10-07", "2015-1-07", "2015-10-7", "2015-13-01", "2015-00-10",
		"2015-02-30", "2015-10-00", "2015/10/07", "2015-10-07T", "2015-10-07T24:00", "2015-10-07T10:60", "2015-10-07 10:30",
		"2015-10-07T10:30:00", "2015-10-07Z", "--2015-10-07", "+-2015-10-07", "-+2015-10-07", "1234567890-01-01", "٢٠١٥-10-07"} {
		if got, ok := parseDate(s, true); ok {
			t.Errorf("%q read as %v", s, got)
		}
	}
	if _, ok := parseDate("2015-10-07T10:30", false); ok {
		t.Error("a time of day where only a date belongs")
	}
}
