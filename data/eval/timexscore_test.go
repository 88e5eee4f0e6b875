package eval

import (
	"math"
	"testing"
)

func tx(s, e int, typ, val string) TimexItem {
	return TimexItem{Start: s, End: e, Type: typ, Value: val}
}

func TestMatchTimexes(t *testing.T) {
	cases := []struct {
		name      string
		gold, sys []TimexItem
		want      TimexCounts
	}{
		{"exact, right", []TimexItem{tx(0, 9, "DATE", "2015-10-07")}, []TimexItem{tx(0, 9, "DATE", "2015-10-07")},
			TimexCounts{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, TypeOK: 1, ValueOK: 1}},
		{"overlap only", []TimexItem{tx(0, 17, "DURATION", "P2D")}, []TimexItem{tx(4, 17, "DURATION", "P2D")},
			TimexCounts{Gold: 1, Sys: 1, Strict: 0, Relaxed: 1, TypeOK: 1, ValueOK: 1}},
		{"wrong value", []TimexItem{tx(0, 8, "DATE", "2015-09-30")}, []TimexItem{tx(0, 8, "DATE", "2014-09-30")},
			TimexCounts{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, TypeOK: 1, ValueOK: 0}},
		{"wrong type", []TimexItem{tx(0, 12, "DATE", "2008-01-09TMO")}, []TimexItem{tx(0, 12, "TIME", "2008-01-09TMO")},
			TimexCounts{Gold: 1, Sys: 1, Strict: 1, Relaxed: 1, TypeOK: 0, ValueOK: 1}},
		// One gold expression split in two by the system: only one system part may match.
		{"split", []TimexItem{tx(0, 20, "DATE", "2015-10-07")}, []TimexItem{tx(0, 9, "DATE", "2015-10-07"), tx(10, 20, "DATE", "2015-10-07")},
			TimexCounts{Gold: 1, Sys: 2, Strict: 0, Relaxed: 1, TypeOK: 1, ValueOK: 1}},
		// Two gold expressions covered by one system span: one-to-one, so one match.
		{"merge", []TimexItem{tx(0, 9, "DATE", "2015-10-07"), tx(10, 14, "TIME", "2015-10-07TMO")}, []TimexItem{tx(0, 14, "TIME", "2015-10-07TMO")},
			TimexCounts{Gold: 2, Sys: 1, Strict: 0, Relaxed: 1, TypeOK: 0, ValueOK: 0}},
		{"miss and false positive", []TimexItem{tx(0, 4, "DATE", "2014")}, []TimexItem{tx(10, 14, "DATE", "2015")},
			TimexCounts{Gold: 1, Sys: 1}},
		// The exact match is preferred over a larger overlap taken first.
		{"exact wins", []TimexItem{tx(5, 10, "DATE", "A"), tx(0, 10, "DATE", "B")}, []TimexItem{tx(0, 10, "DATE", "B"), tx(5, 9, "DATE", "A")},
			TimexCounts{Gold: 2, Sys: 2, Strict: 1, Relaxed: 2, TypeOK: 2, ValueOK: 2}},
	}
	for _, c := range cases {
		got, _ := ScoreTimexes(c.gold, c.sys)
		if got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestTimexFigures(t *testing.T) {
	c := TimexCounts{Gold: 10, Sys: 8, Strict: 6, Relaxed: 8, TypeOK: 8, ValueOK: 6}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	r := c.RelaxedPRF()
	if !near(r.P, 1) || !near(r.R, 0.8) || !near(r.F, 2*0.8/1.8) {
		t.Errorf("relaxed %+v", r)
	}
	s := c.StrictPRF()
	if !near(s.P, 0.75) || !near(s.R, 0.6) {
		t.Errorf("strict %+v", s)
	}
	if !near(c.ValueAccuracy(), 0.75) || !near(c.ValueF1(), r.F*0.75) || !near(c.TypeF1(), r.F) {
		t.Errorf("value acc %v F1 %v type F1 %v", c.ValueAccuracy(), c.ValueF1(), c.TypeF1())
	}
	var zero TimexCounts
	if zero.ValueF1() != 0 || zero.RelaxedPRF().F != 0 {
		t.Error("empty counts must score 0 without dividing by zero")
	}
}
