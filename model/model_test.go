package model

import (
	"slices"
	"testing"
	"time"
)

func TestWhenLabelsAndISO(t *testing.T) {
	d := func(y int, m time.Month, dd int) time.Time { return Day(y, m, dd) }
	cases := []struct {
		w          When
		iso, label string
		interval   bool
	}{
		{OnDay(d(2015, 10, 7)), "2015-10-07", "Wed 7 Oct 2015", false},
		{When{Start: d(2015, 9, 30), End: d(2015, 10, 7), Gran: GranDay}, "2015-09-30/2015-10-07", "30 Sep – 7 Oct 2015", true},
		{When{Start: d(2015, 10, 5), End: d(2015, 10, 7), Gran: GranDay}, "2015-10-05/2015-10-07", "5–7 Oct 2015", true},
		{When{Start: d(2015, 10, 1), End: d(2015, 10, 31), Gran: GranMonth}, "2015-10", "Oct 2015", false},
		{When{Start: d(2014, 1, 1), End: d(2014, 12, 31), Gran: GranYear}, "2014", "2014", false},
		{When{Start: d(2015, 7, 1), End: d(2015, 9, 30), Gran: GranQuarter}, "2015-Q3", "Q3 2015", false},
		{When{Start: d(2015, 10, 5), End: d(2015, 10, 11), Gran: GranWeek}, "2015-W41", "week 41 2015", false},
		{When{Start: d(1990, 1, 1), End: d(1999, 12, 31), Gran: GranDecade}, "199", "1990s", false},
		{When{Start: d(2011, 10, 7), End: d(2015, 10, 7), Gran: GranDay, Mod: ModBefore}, "2011-10-07/2015-10-07", "from before Fri 7 Oct 2011 – Wed 7 Oct 2015", true},
		{When{}, "", "undated", false},
	}
	for _, c := range cases {
		if got := c.w.ISO(); got != c.iso {
			t.Errorf("ISO %+v = %q, want %q", c.w, got, c.iso)
		}
		if got := c.w.Label(); got != c.label {
			t.Errorf("Label %+v = %q, want %q", c.w, got, c.label)
		}
		if c.w.IsInterval() != c.interval {
			t.Errorf("IsInterval %+v", c.w)
		}
	}
	if ParseGranularity("month") != GranMonth || ParseGranularity("") != GranNone || GranDay.String() != "day" {
		t.Error("granularity names")
	}
}

func sampleTimeline() *Timeline {
	day := func(dd int) When { return OnDay(Day(2015, 10, dd)) }
	events := []Event{
		{ID: "late", When: day(7), Doc: "a", Spans: []Span{{50, 60}}, Actors: []string{"us", "russia"}, Title: "Carter in Rome"},
		{ID: "undated", Doc: "a", Spans: []Span{{90, 99}}, Actors: []string{"us"}, Title: "Fighters routed"},
		{ID: "early", When: When{Start: Day(2015, 9, 30), End: Day(2015, 9, 30), Gran: GranDay}, Doc: "a", Spans: []Span{{70, 80}}, Actors: []string{"russia"}, Sources: []string{"tass"}, Title: "Airstrikes begin"},
		{ID: "span", When: When{Start: Day(2015, 9, 30), End: Day(2015, 10, 7), Gran: GranDay}, Doc: "a", Spans: []Span{{10, 20}}, Actors: []string{"shoigu"}, Sources: []string{"tass"}, Title: "112 targets hit"},
		{ID: "first", When: day(7), Doc: "a", Spans: []Span{{0, 9}}, Actors: []string{"russia", "shoigu"}, Sources: []string{"tass"}, Title: "Caspian missile strikes"},
	}
	actors := []Actor{{ID: "russia", Name: "Russia"}, {ID: "us", Name: "United States"}, {ID: "shoigu", Name: "Sergei Shoigu"}, {ID: "idle", Name: "Idle"}}
	return NewTimeline([]Document{{ID: "a"}}, actors, []Source{{ID: "tass", Name: "TASS"}}, nil, events)
}

func ids(tl *Timeline, idx []int) []string {
	var out []string
	for _, i := range idx {
		out = append(out, tl.Events[i].ID)
	}
	return out
}

func TestTimelineOrderAndIndexes(t *testing.T) {
	tl := sampleTimeline()
	var order []string
	for _, e := range tl.Events {
		order = append(order, e.ID)
	}
	want := []string{"early", "span", "first", "late", "undated"}
	if !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	if tl.DatedCount() != 4 {
		t.Fatalf("dated %d", tl.DatedCount())
	}
	if tl.ActorCount("russia") != 3 || tl.SourceCount("tass") != 3 || tl.ActorCount("idle") != 0 {
		t.Fatal("counts")
	}
	if got := tl.ActorsByCount(); !slices.Equal(got, []string{"russia", "shoigu", "us", "idle"}) {
		t.Fatalf("actors by count %v", got)
	}
	if got := ids(tl, tl.EventsOn(Day(2015, 9, 30))); !slices.Equal(got, []string{"early", "span"}) {
		t.Fatalf("by day %v", got)
	}
	if a, ok := tl.Actor("us"); !ok || a.Name != "United States" {
		t.Fatal("actor lookup")
	}
	if tl.Document("a") == nil || tl.Document("zz") != nil {
		t.Fatal("document lookup")
	}
}

func TestFilter(t *testing.T) {
	tl := sampleTimeline()
	cases := []struct {
		f    Filter
		want []string
	}{
		{Filter{}, []string{"early", "span", "first", "late", "undated"}},
		{Filter{Actors: []string{"us"}}, []string{"late", "undated"}},
		{Filter{Actors: []string{"us", "shoigu"}}, []string{"span", "first", "late", "undated"}},
		{Filter{Actors: []string{"russia", "shoigu"}, AllActors: true}, []string{"first"}},
		{Filter{Sources: []string{"tass"}, Actors: []string{"russia"}}, []string{"early", "first"}},
		{Filter{Query: "  caspian "}, []string{"first"}},
		{Filter{Query: "CASPIAN"}, nil},
		{Filter{Actors: []string{"russia"}, Query: "begin"}, []string{"early"}},
		{Filter{Actors: []string{"nobody"}}, nil},
	}
	for _, c := range cases {
		if got := ids(tl, tl.Filter(c.f)); !slices.Equal(got, c.want) {
			t.Errorf("%+v: got %v want %v", c.f, got, c.want)
		}
	}
	if !(Filter{Query: " "}).Empty() || (Filter{Actors: []string{"x"}}).Empty() {
		t.Error("Empty")
	}
}

func BenchmarkFilter10k(b *testing.B) {
	var events []Event
	for i := range 10000 {
		events = append(events, Event{ID: "e", When: OnDay(Day(2015, 1, 1+i%365)), Doc: "a", Actors: []string{[]string{"a", "b", "c"}[i%3]}, Title: "event title", Text: "some longer event text about things"})
	}
	tl := NewTimeline([]Document{{ID: "a"}}, nil, nil, nil, events)
	f := Filter{Actors: []string{"a", "b"}, Query: "things"}
	for b.Loop() {
		tl.Filter(f)
	}
}

func TestWhenOfValue(t *testing.T) {
	cases := map[string]string{
		"2015-10-07":       "2015-10-07",
		"2015-10":          "2015-10",
		"2015":             "2015",
		"201":              "201",
		"2015-W41":         "2015-W41",
		"2015-Q3":          "2015-Q3",
		"2015-SU":          "2015-06",
		"2015-10-07T14:30": "2015-10-07T14:30",
		"2015-10-07TMO":    "2015-10-07",
	}
	for v, iso := range cases {
		w, ok := WhenOfValue(v)
		if !ok || w.ISO() != iso {
			t.Errorf("%s: got %q %v, want %q", v, w.ISO(), ok, iso)
		}
	}
	for _, v := range []string{"XXXX-09-30", "P2D", "PRESENT_REF", "2015-13", "2015-02-30", "", "-201"} {
		if _, ok := WhenOfValue(v); ok {
			t.Errorf("%s should not resolve", v)
		}
	}
	if w, _ := WhenOfValue("2015-W41"); w.Start != Day(2015, 10, 5) || w.End != Day(2015, 10, 11) {
		t.Errorf("week 41 of 2015 is 5-11 Oct, got %v", w)
	}
}

func TestLookupActor(t *testing.T) {
	tl := NewTimeline(nil, []Actor{
		{ID: "sergei-shoigu", Name: "Sergei Shoigu"},
		{ID: "united-states", Name: "United States", Aliases: []string{"U.S.", "Washington"}},
	}, nil, nil,

		nil)

	cases := map[string][]string{
		"shoigu":        {"sergei-shoigu"},
		"Sergei Shoigu": {"sergei-shoigu"},
		"washington":    {"united-states"},
		"united-states": {"united-states"},
		"u.s.":          {"united-states"},
		"nobody":        nil,
		"":              nil,
	}
	for q, want := range cases {
		if got := tl.LookupActor(q); !slices.Equal(got, want) {
			t.Errorf("%q: got %v want %v", q, got, want)
		}
	}
}
