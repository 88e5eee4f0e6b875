package model

import (
	"slices"
	"strconv"
	"testing"
	"time"
)

func TestSearchRanges(t *testing.T) {
	cases := []struct {
		query, text string
		want        []Range
	}{
		{"as", "He has said, as was known, AS it was", []Range{{13, 15}, {27, 29}}},
		{"As", "He has said, as was known. As it was", []Range{{27, 29}}},          // a capital: case counts
		{"russia", "Russian warships, Russia", []Range{{18, 24}}},                  // whole words only
		{"al-Assad", "Bashar al-Assad and al-Assad's", []Range{{7, 15}, {20, 28}}}, // edges at both ends
		{"istanbul", "İstanbul and Istanbul", []Range{{14, 22}}},                   // İ folds with case
		{"ş", "Beşiktaş", nil},
		{"", "anything", nil},
		{"war.", "the war. war", []Range{{4, 8}}}, // a non-word end needs no edge
	}
	for _, c := range cases {
		if got := ParseSearch(c.query).Ranges(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q in %q: got %v want %v", c.query, c.text, got, c.want)
		}
	}
	loose := ParseSearch("as")
	loose.Loose = true
	if got := loose.Ranges("Assad has"); !slices.Equal(got, []Range{{0, 2}}) {
		t.Errorf("loose: a word's start, not its middle: %v", got)
	}
}

func TestMatches(t *testing.T) {
	tl := sampleTimeline()
	find := func(q string) ([]string, bool) {
		idx, s := tl.Matches(ParseSearch(q))
		return ids(tl, idx), s.Loose
	}
	cases := []struct {
		query string
		want  []string
		loose bool
	}{
		{"caspian", []string{"first"}, false},
		{"Caspian missile", []string{"first"}, false},
		{"missile caspian", nil, true},
		{"CASPIAN", nil, true},
		{"targ", []string{"span"}, true},             // no whole word: the start of one
		{"arget", nil, true},                         // not the middle of one
		{"Caspian miss", []string{"first"}, true},    // whole words, then the start of one
		{"shoigu", []string{"span", "first"}, false}, // an actor's name finds its events
		{"States", []string{"late", "undated"}, false},
		{"zz", nil, false}, // too short to look at word starts
	}
	for _, c := range cases {
		got, loose := find(c.query)
		if !slices.Equal(got, c.want) || loose != c.loose {
			t.Errorf("%q: got %v (loose %v), want %v (loose %v)", c.query, got, loose, c.want, c.loose)
		}
	}
}

func TestFilterBetween(t *testing.T) {
	tl := sampleTimeline()
	f := Filter{From: Day(2015, 10, 1), To: Day(2015, 10, 8)}
	if got := ids(tl, tl.Filter(f)); !slices.Equal(got, []string{"first", "late"}) {
		t.Errorf("october: %v", got)
	}
	f = Filter{From: time.Time{}, To: Day(2015, 10, 1), Actors: []string{"shoigu"}}
	if got := ids(tl, tl.Filter(f)); !slices.Equal(got, []string{"span"}) {
		t.Errorf("september, shoigu: %v", got)
	}
	if f.Empty() {
		t.Error("a time range is a filter")
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		tl := syntheticTimeline(n)
		tl.PrepareSearch()
		b.Run(itoa(n), func(b *testing.B) {
			for b.Loop() {
				tl.Matches(ParseSearch("syria"))
				tl.Matches(ParseSearch("Damascus talks"))
			}
		})
	}
}

// syntheticTimeline is n events of news-like sentences over a vocabulary of a few thousand
// words, with a few common names, on days over three years.
func syntheticTimeline(n int) *Timeline {
	common := []string{"Syria", "Damascus", "talks", "rebels", "the", "said", "government", "army", "Aleppo", "Russia"}
	r := uint64(1)
	next := func(k int) int {
		r = r*6364136223846793005 + 1442695040888963407
		return int(r>>33) % k
	}
	events := make([]Event, n)
	for i := range events {
		var text []byte
		for w := range 24 {
			if w > 0 {
				text = append(text, ' ')
			}
			if next(4) == 0 {
				text = append(text, common[next(len(common))]...)
			} else {
				text = append(text, "w"+itoa(next(5000))...)
			}
		}
		events[i] = Event{ID: itoa(i), When: OnDay(Day(2012, 1, 1).AddDate(0, 0, next(1000))), Doc: "a", Title: string(text[:40]), Text: string(text)}
	}
	return NewTimeline([]Document{{ID: "a"}}, nil, nil, nil, events)
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestParsePeriod(t *testing.T) {
	ref := Day(2015, 10, 7)
	cases := map[string]string{
		"2012-05-25":     "2012-05-25 day",
		"2012-05":        "2012-05-01 month",
		"2012":           "2012-01-01 year",
		"May 2012":       "2012-05-01 month",
		"25 May":         "2015-05-25 day",
		"May 25th, 2012": "2012-05-25 day",
		"25 august 2012": "2012-08-25 day",
		"Sept. 30":       "2015-09-30 day",
		"1st Jan 2000":   "2000-01-01 day",
		"30 February":    "error",
		"25":             "error",
		"yesterday":      "error",
		"2012-13":        "error",
		"":               "error",
		"May 2012 June":  "error",
		"-5":             "error",
		"1000000000000":  "error",
		"-1000000000000": "error",
	}
	gran := map[Granularity]string{GranDay: "day", GranMonth: "month", GranYear: "year"}
	for in, want := range cases {
		p, err := ParsePeriod(in, ref)
		got := "error"
		if err == nil {
			got = p.Start.Format("2006-01-02") + " " + gran[p.Gran]
		}
		if got != want {
			t.Errorf("%q: got %s (%v), want %s", in, got, err, want)
		}
	}
}
