package ui

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"storyline/model"
)

func TestGutterLabel(t *testing.T) {
	oct7 := model.Day(2015, 10, 7)
	before := model.When{Start: model.Day(2011, 10, 7), End: oct7, Gran: model.GranDay, Mod: model.ModBefore}
	cases := []struct {
		when        model.When
		wide, tight string
	}{
		{model.OnDay(oct7), "Wed 7 Oct 2015", "7 Oct 2015"},
		{model.OnDay(model.Day(2015, 9, 30)), "Wed 30 Sep 2015", "30 Sep 2015"},
		{days(9, 30, 10, 7), "30 Sep–7 Oct 2015", "30 Sep–7 Oct"},
		{days(10, 5, 10, 7), "5–7 Oct 2015", "5–7 Oct 2015"},
		{before, "before 7 Oct 2011", "<7 Oct 2011"},
		{model.When{Start: model.Day(2011, 10, 7), End: oct7, Gran: model.GranDay}, "from 7 Oct 2011", "2011–2015"},
		{model.When{Start: oct7, End: oct7, Gran: model.GranDay, Mod: model.ModApprox}, "about 7 Oct 2015", "~7 Oct 2015"},
		{model.When{Start: model.Day(2015, 10, 1), End: model.Day(2015, 10, 31), Gran: model.GranMonth, Mod: model.ModStart}, "early Oct 2015", "~Oct 2015"},
		{model.When{Start: model.Day(2015, 1, 1), End: model.Day(2015, 12, 31), Gran: model.GranYear}, "2015", "2015"},
		{model.When{Start: time.Date(2015, 10, 7, 14, 5, 0, 0, time.UTC), End: time.Date(2015, 10, 7, 14, 5, 0, 0, time.UTC), Gran: model.GranTime}, "7 Oct 2015 14:05", "7 Oct 14:05"},
		{model.When{}, "undated", "undated"},
	}
	for _, c := range cases {
		if got := gutterLabel(c.when, gutterWide); got != c.wide {
			t.Errorf("gutterLabel(%s, wide) = %q, want %q", c.when.Label(), got, c.wide)
		}
		if got := gutterLabel(c.when, gutterNarrow); got != c.tight {
			t.Errorf("gutterLabel(%s, narrow) = %q, want %q", c.when.Label(), got, c.tight)
		}
	}
}

func TestGutterLabelAlwaysFits(t *testing.T) {
	whens := []model.When{
		model.OnDay(model.Day(2015, 9, 30)),
		{Start: model.Day(1999, 12, 30), End: model.Day(2015, 9, 30), Gran: model.GranDay, Mod: model.ModAfter},
		{Start: model.Day(2015, 10, 5), End: model.Day(2015, 10, 11), Gran: model.GranWeek},
		{Start: model.Day(1900, 1, 1), End: model.Day(1999, 12, 31), Gran: model.GranCentury},
		{Start: model.Day(2015, 10, 1), End: model.Day(2015, 12, 31), Gran: model.GranQuarter, Mod: model.ModEnd},
	}
	for _, w := range whens {
		for max := 3; max <= 30; max++ {
			if got := gutterLabel(w, max); ansi.StringWidth(got) > max {
				t.Errorf("gutterLabel(%s, %d) = %q is too wide", w.Label(), max, got)
			}
		}
	}
}
