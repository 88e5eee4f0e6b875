package story

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"storyline/model"
)

// corpus builds a timeline from documents given as (source, publication day, sentences);
// a sentence written "2012-05-25|text" is an event dated to that day, others are undated.
type doc struct {
	source, published string
	sentences         []string
}

func build(t *testing.T, docs []doc) *model.Timeline {
	t.Helper()
	var ds []model.Document
	var evs []model.Event
	for i, d := range docs {
		id := fmt.Sprintf("d%02d", i)
		pub, err := time.Parse(time.DateOnly, d.published)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, model.Document{ID: id, Source: d.source, Published: pub})
		at := 0
		for j, s := range d.sentences {
			e := model.Event{ID: fmt.Sprintf("%s-e%d", id, j+1), Doc: id, Text: s, Spans: []model.Span{{Start: at, End: at + 1}}}
			if len(s) > 11 && s[10] == '|' {
				day, err := time.Parse(time.DateOnly, s[:10])
				if err != nil {
					t.Fatal(err)
				}
				e.When, e.Text = model.OnDay(day), s[11:]
			}
			at += 10
			evs = append(evs, e)
		}
	}
	return model.NewTimeline(ds, nil, nil, nil, evs)
}

func TestBoilerplateIsFoundPerSite(t *testing.T) {
	var docs []doc
	for i := range 20 {
		day := fmt.Sprintf("2012-05-%02d", i+1)
		docs = append(docs, doc{"Daily Planet", day, []string{
			fmt.Sprintf("Story number %d about the harbour.", i),
			"Views expressed in the comments are those of readers.",
			[]string{"Share this page.", "Share  this page!"}[i%2],
		}})
		docs = append(docs, doc{"Evening Star", day, []string{
			fmt.Sprintf("Another report, %d, on the storm.", i),
			"The storm has killed dozens since March.", // background, in a few reports only
		}})
		if i%10 != 0 {
			docs[len(docs)-1].sentences = docs[len(docs)-1].sentences[:1]
		}
		// A page that glues its promo to a gallery's buttons.
		docs = append(docs, doc{"Gazette", day, []string{
			fmt.Sprintf("Floods reached the %d villages of the valley overnight.", i+3),
			fmt.Sprintf("BACK %d of 5 NEXT The pun - ancient artform, or the lowest form of wit?", i%5+1),
		}})
	}
	tl := build(t, docs)
	got := map[string]int{}
	for i := range boilerplate(tl) {
		got[tl.Events[i].Text]++
	}
	want := map[string]int{
		"Views expressed in the comments are those of readers.": 20,
	}
	// The share prompt is written two ways: the same boilerplate.
	want["Share this page."], want["Share  this page!"] = 10, 10
	for k := range 5 {
		want[fmt.Sprintf("BACK %d of 5 NEXT The pun - ancient artform, or the lowest form of wit?", k+1)] = 4
	}
	if !maps(got, want) {
		t.Errorf("boilerplate %v\nwant %v", got, want)
	}
}

func maps(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestKeyDatesPreferDaysReportedByManyAndRecalledLater(t *testing.T) {
	tl := build(t, []doc{
		{"A", "2012-05-25", []string{"2012-05-25|Troops shelled Houla on Friday, killing 108 people."}},
		{"B", "2012-05-26", []string{"2012-05-25|The massacre in Houla on Friday killed 108 villagers."}},
		{"C", "2012-06-10", []string{"2012-05-25|Since the Houla massacre of 25 May, observers have left."}},
		{"D", "2012-06-01", []string{"2012-06-01|A minister visited a factory.", "A second sentence."}},
		{"E", "2012-06-01", []string{"Markets were calm."}},
	})
	kd := keyDates(tl, Options{}, indexTerms(tl))
	var days []string
	for _, k := range kd {
		days = append(days, k.Day.Format(time.DateOnly))
	}
	if len(days) == 0 || days[0] != "2012-05-25" {
		t.Fatalf("key dates %v: want 2012-05-25 first", days)
	}
	if !slices.Contains(days, "2012-06-01") {
		t.Errorf("key dates %v: a day with reports is ranked too", days)
	}
	// The bounds leave the massacre out.
	for _, k := range keyDates(tl, Options{From: time.Date(2012, 5, 26, 0, 0, 0, 0, time.UTC)}, indexTerms(tl)) {
		if k.Day.Before(time.Date(2012, 5, 26, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("day %v before From", k.Day)
		}
	}
}

func TestRepresentativeEventFirst(t *testing.T) {
	tl := build(t, []doc{
		{"A", "2012-05-25", []string{"2012-05-25|Troops shelled the village of Houla, killing 108 people."}},
		{"B", "2012-05-26", []string{"2012-05-25|Shelling of Houla by troops killed 108 people, monitors said."}},
		{"C", "2012-05-26", []string{"2012-05-25|The weather was fine on Friday."}},
		{"D", "2012-05-27", []string{"2012-05-25|Troops shelled Houla, and 108 people were killed."}},
	})
	kd := keyDates(tl, Options{}, indexTerms(tl))
	if len(kd) != 1 {
		t.Fatalf("%d key dates, want 1", len(kd))
	}
	last := tl.Events[kd[0].Events[len(kd[0].Events)-1]].Text
	if last != "The weather was fine on Friday." {
		t.Errorf("events in order %v: the off-topic one should come last", kd[0].Events)
	}
}
