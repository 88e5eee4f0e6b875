package timex

import (
	"testing"
	"time"

	"storyline/data/text"
	"storyline/model"
)

func TestDateline(t *testing.T) {
	cases := []struct {
		in       string
		date     time.Time
		gran     model.Granularity
		dateline string
		ok       bool
	}{
		{"MOSCOW, Oct 7 (Reuters) - Russian warships fired missiles.", time.Date(0, 10, 7, 0, 0, 0, 0, time.UTC), model.GranDay, "MOSCOW, Oct 7 (Reuters) -", true},
		{"WASHINGTON, Oct. 7, 2015 — The Pentagon said.", model.Day(2015, 10, 7), model.GranDay, "WASHINGTON, Oct. 7, 2015 —", true},
		{"October 7, 2015 — Russian warships fired missiles.", model.Day(2015, 10, 7), model.GranDay, "October 7, 2015 —", true},
		{"NEW YORK, Sept. 30 (AP) -- Stocks fell.", time.Date(0, 9, 30, 0, 0, 0, 0, time.UTC), model.GranDay, "NEW YORK, Sept. 30 (AP) --", true},
		{"Strikes in Syria\nBEIRUT, Oct. 7, 2015 (AP) — Warplanes struck.", model.Day(2015, 10, 7), model.GranDay, "BEIRUT, Oct. 7, 2015 (AP) —", true},
		{"WASHINGTON (AP) — The Pentagon said.", time.Time{}, model.GranNone, "WASHINGTON (AP) —", false},
	}
	for _, c := range cases {
		d := text.Analyze(c.in)
		date, gran, s, e, ok := Dateline(d)
		if ok != c.ok || !date.Equal(c.date) || gran != c.gran || d.Text[s:e] != c.dateline {
			t.Errorf("%q: got %v %v %q ok=%v, want %v %v %q ok=%v", c.in, date, gran, d.Text[s:e], ok, c.date, c.gran, c.dateline, c.ok)
		}
	}
	for _, in := range []string{"Russian warships fired missiles on Wednesday.", "Apple - the company - said so.", ""} {
		if _, _, _, e, ok := Dateline(text.Analyze(in)); ok || e != 0 {
			t.Errorf("%q: found a dateline", in)
		}
	}
}

func TestInferDate(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"The accord signed on March 3, 2014 was broken. On Oct. 7, 2015, talks resumed.", model.Day(2015, 10, 7), true},
		{"Talks resumed on 7 October 2015 after the 1991 accord.", model.Day(2015, 10, 7), true},
		{"Talks resumed on Wednesday after months of delay.", time.Time{}, false},
		{"Talks resumed in 2015.", time.Time{}, false},
	}
	for _, c := range cases {
		got, ok := InferDate(text.Analyze(c.in))
		if ok != c.ok || !got.Equal(c.want) {
			t.Errorf("%q: got %v %v, want %v %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
