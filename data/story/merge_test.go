package story

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/model"
)

func withActors(tl *model.Timeline, actors map[string][]string) *model.Timeline {
	events := slices.Clone(tl.Events)
	for i := range events {
		events[i].Actors = actors[events[i].Text]
	}
	return model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, tl.Places, events)
}

func TestSameHappeningInThreeArticlesMerges(t *testing.T) {
	tl := build(t, []doc{
		{"Agence", "2012-05-25", []string{
			"2012-05-25|Syrian troops shelled the town of Houla on Friday, killing 108 people, monitors said.",
			"2012-05-25|The foreign minister met his counterpart in Moscow on Friday.",
		}},
		{"Wire", "2012-05-26", []string{
			"2012-05-25|Shelling by government troops killed 108 people in Houla on Friday, UN monitors said.",
		}},
		{"Daily", "2012-05-27", []string{
			"2012-05-25|At least 108 people died when troops shelled Houla on Friday.",
			"2012-05-26|Troops shelled Houla again on Saturday, monitors said.",
		}},
	})
	tl = withActors(tl, map[string][]string{
		"Syrian troops shelled the town of Houla on Friday, killing 108 people, monitors said.": {"syria", "houla"},
		"Shelling by government troops killed 108 people in Houla on Friday, UN monitors said.": {"houla", "un"},
		"At least 108 people died when troops shelled Houla on Friday.":                         {"houla"},
		"Troops shelled Houla again on Saturday, monitors said.":                                {"houla"},
	})
	got := merge(tl, indexTerms(tl))
	var merged *model.Event
	for i := range got.Events {
		if len(got.Events[i].Also) > 0 {
			if merged != nil {
				t.Fatalf("two merged events: %q and %q", merged.Text, got.Events[i].Text)
			}
			merged = &got.Events[i]
		}
	}
	if merged == nil {
		t.Fatal("the three reports of the shelling stay apart")
	}
	if docs := merged.Documents(); len(docs) != 3 {
		t.Errorf("merged event has documents %v, want the three", docs)
	}
	for _, r := range merged.Reports() {
		if r.When.Start.Day() != 25 {
			t.Errorf("report of another day merged: %q", r.Text)
		}
	}
	if n := len(got.Events); n != 3 {
		t.Errorf("%d events, want 3 (the shelling, the meeting, Saturday's shelling)", n)
	}
	if !slices.Equal(merged.AllActors(), []string{"houla", "un", "syria"}) && !slices.Equal(merged.AllActors(), []string{"syria", "houla", "un"}) {
		t.Errorf("merged actors %v", merged.AllActors())
	}
}

func TestSimilarHappeningsOnDifferentDaysStayApart(t *testing.T) {
	tl := build(t, []doc{
		{"A", "2012-05-25", []string{"2012-05-25|Troops shelled the town of Houla on Friday, killing dozens."}},
		{"B", "2012-05-27", []string{"2012-05-26|Troops shelled the town of Houla on Saturday, killing dozens."}},
	})
	if got := merge(tl, indexTerms(tl)); len(got.Events) != 2 {
		t.Errorf("%d events, want 2", len(got.Events))
	}
}

func TestRepeatedBackgroundSentenceMergesUndated(t *testing.T) {
	tl := build(t, []doc{
		{"A", "2012-05-25", []string{"The conflict has killed more than 10,000 people, the UN says."}},
		{"A", "2012-05-28", []string{"The conflict has killed more than 10,000 people, the UN says."}},
		{"A", "2012-06-02", []string{"The conflict has killed more than 10,000 people , the UN says ."}},
		{"A", "2012-06-04", []string{"The conflict has killed more than 12,000 people, the UN says."}},
	})
	got := merge(tl, indexTerms(tl))
	if len(got.Events) != 2 || len(got.Events[0].Also)+len(got.Events[1].Also) != 2 {
		t.Errorf("events %d, want the three copies as one and the new toll apart", len(got.Events))
	}
}

func TestMergeDoesNotDependOnDocumentOrder(t *testing.T) {
	docs := []doc{
		{"A", "2012-05-25", []string{"2012-05-25|Troops shelled Houla on Friday, killing 108 people."}},
		{"B", "2012-05-26", []string{"2012-05-25|Troops shelled Houla on Friday and 108 people were killed."}},
		{"C", "2012-05-26", []string{"2012-05-25|On Friday troops shelled Houla, where 108 people were killed."}},
	}
	first := Build(build(t, docs), Options{})
	slices.Reverse(docs)
	// Document IDs follow the order in build; give the reversed corpus the same ones.
	tl := build(t, docs)
	ids := map[string]string{"d00": "d02", "d02": "d00"}
	for i := range tl.Documents {
		if id, ok := ids[tl.Documents[i].ID]; ok {
			tl.Documents[i].ID = id
		}
	}
	events := slices.Clone(tl.Events)
	for i := range events {
		if id, ok := ids[events[i].Doc]; ok {
			events[i].Doc = id
			events[i].ID = id + events[i].ID[3:]
		}
	}
	second := Build(model.NewTimeline(tl.Documents, nil, nil, nil, events), Options{})
	if a, b := groups(first), groups(second); a != b {
		t.Errorf("order changed the merges:\n%s\n%s", a, b)
	}
	if len(first.Events) != 1 {
		t.Errorf("%d events, want the three reports as one", len(first.Events))
	}
}

// groups lists each event's documents, sorted, one event a line, sorted.
func groups(tl *model.Timeline) string {
	var out []string
	for _, e := range tl.Events {
		docs := e.Documents()
		slices.Sort(docs)
		out = append(out, fmt.Sprint(docs))
	}
	slices.Sort(out)
	return fmt.Sprint(out)
}

// 100,000 events of 10,000 documents over a year (syntheticCorpus).
func BenchmarkMerge100k(b *testing.B) {
	tl := syntheticCorpus(10000, 10)
	var merged *model.Timeline
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		merged = merge(tl, indexTerms(tl))
	}
	b.ReportMetric(float64(len(merged.Events)), "merged")
}

func BenchmarkBuild100k(b *testing.B) {
	tl := syntheticCorpus(10000, 10)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Build(tl, Options{})
	}
}

// syntheticCorpus has docs documents of perDoc events, 27 documents a day. Each day has 30
// happenings of words of their own; an event reports one of its day's or the day
// before's in words of its own document around them, or (one in three) is undated
// background.
func syntheticCorpus(docs, perDoc int) *model.Timeline {
	days := max(1, docs/27) // as many documents a day as 10,000 over a year
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	word := func(kind string, n int) string { return fmt.Sprintf("%s%x", kind, n) }
	var ds []model.Document
	var evs []model.Event
	for d := range docs {
		id := fmt.Sprintf("%012x", d)
		pub := start.AddDate(0, 0, d%days)
		ds = append(ds, model.Document{ID: id, Source: []string{"A", "B", "C"}[d%3], Published: pub})
		for k := range perDoc {
			day := d%days - (d+k)%2
			h := (d*7 + k*13) % 30
			text := fmt.Sprintf("The %s %s the %s near %s, officials said on %s, after %s %s.",
				word("who", day*30+h), word("did", h), word("what", day*30+h), word("place", (day*30+h)%500),
				word("filler", d), word("background", k), word("noise", d*perDoc+k))
			e := model.Event{ID: fmt.Sprintf("%s-e%d", id, k+1), Doc: id, Text: text, Spans: []model.Span{{Start: k * 100, End: k*100 + 60}}}
			if k%3 != 2 {
				e.When = model.OnDay(start.AddDate(0, 0, day))
			}
			evs = append(evs, e)
		}
	}
	return model.NewTimeline(ds, nil, nil, nil, evs)
}

// A plan kept from one build makes the same story again.
func TestApplyMakesWhatBuildMade(t *testing.T) {
	tl := syntheticCorpus(300, 8)
	// Boilerplate too: the same line at the end of every document of source A.
	events := slices.Clone(tl.Events)
	for _, d := range tl.Documents {
		if d.Source == "A" {
			events = append(events, model.Event{ID: d.ID + "-e99", Doc: d.ID, Text: "Share this page with your friends.", Spans: []model.Span{{Start: 5000, End: 5030}}})
		}
	}
	tl = model.NewTimeline(tl.Documents, nil, nil, nil, events)
	built, plan := BuildPlan(tl, Options{})
	if len(plan.Boilerplate) == 0 || len(plan.Merged) == 0 || len(plan.KeyDates) == 0 {
		t.Fatalf("plan with %d boilerplate, %d merged, %d key dates: the test needs all three",
			len(plan.Boilerplate), len(plan.Merged), len(plan.KeyDates))
	}
	again, err := Apply(tl, plan)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(built.Events, again.Events) || !reflect.DeepEqual(built.KeyDates, again.KeyDates) {
		t.Error("Apply made another story than BuildPlan")
	}
	plan.Merged[0] = append(plan.Merged[0], "nope-e1")
	if _, err := Apply(tl, plan); err == nil {
		t.Error("a plan naming an unknown event applied without error")
	}
}

// A report with no date of its own joins the happening of its publication day, or the day
// before, only when it says much the same about the same actor.
func TestUndatedReportJoinsOnStrongEvidence(t *testing.T) {
	tl := build(t, []doc{
		{"A", "2012-06-03", []string{"2012-06-03|Oil firm BP lowered a containment cap onto the leaking well in the Gulf on Thursday."}},
		{"B", "2012-06-04", []string{
			"Oil firm BP has lowered a containment cap onto its leaking well in the Gulf of Mexico.",
			"Oil has been leaking into the Gulf for weeks, officials say, and beaches are at risk.",
		}},
		{"C", "2012-06-09", []string{"BP lowered a containment cap onto the leaking well in the Gulf."}},
	})
	tl = withActors(tl, map[string][]string{
		"Oil firm BP lowered a containment cap onto the leaking well in the Gulf on Thursday.":   {"bp", "gulf"},
		"Oil firm BP has lowered a containment cap onto its leaking well in the Gulf of Mexico.": {"bp"},
		"Oil has been leaking into the Gulf for weeks, officials say, and beaches are at risk.":  {"gulf"},
		"BP lowered a containment cap onto the leaking well in the Gulf.":                        {"bp"},
	})
	got := merge(tl, indexTerms(tl))
	var merged *model.Event
	for i := range got.Events {
		if len(got.Events[i].Also) > 0 {
			merged = &got.Events[i]
		}
	}
	if merged == nil || len(merged.Also) != 1 || merged.Also[0].Doc != "d01" {
		t.Fatalf("events %v: want the next day's report of the cap joined, alone", got.Events)
	}
	if !merged.When.Dated() {
		t.Error("the merged event lost its day to the undated report")
	}
}

func TestKeyKeepsTheKeyEventsOfTheBestDays(t *testing.T) {
	tl := Build(syntheticCorpus(300, 8), Options{})
	key := tl.Key(3)
	if key.KeyDays != 3 || len(key.KeyDates) != 3 {
		t.Fatalf("KeyDays %d, %d key dates", key.KeyDays, len(key.KeyDates))
	}
	want := 0
	for _, kd := range tl.KeyDates[:3] {
		want += len(kd.Events)
	}
	if len(key.Events) != want {
		t.Errorf("%d events, want the %d key events of the three days", len(key.Events), want)
	}
	for _, e := range key.Events {
		if !e.When.Dated() {
			t.Errorf("key event %s undated", e.ID)
		}
	}
}

// The story of a corpus does not depend on the order its documents were read in: the
// same merged events, with the same reports telling them, and the same key dates; and a
// plan made from one order applies to another.
func TestStoryDoesNotDependOnDocumentOrder(t *testing.T) {
	tl := syntheticCorpus(600, 8)
	reversed := slices.Clone(tl.Documents)
	slices.Reverse(reversed)
	other := model.NewTimeline(reversed, tl.Actors, tl.Sources, nil, slices.Clone(tl.Events))
	a, plan := BuildPlan(tl, Options{})
	b := Build(other, Options{})
	if x, y := storyOf(a), storyOf(b); x != y {
		t.Errorf("reading the documents in reverse changed the story")
	}
	if !reflect.DeepEqual(a.KeyDates, b.KeyDates) {
		t.Errorf("reading the documents in reverse changed the key dates")
	}
	c, err := Apply(other, plan)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Events, c.Events) {
		t.Errorf("a plan made from one order applies differently to another")
	}
}

// storyOf lists each event with its reports, sorted, one a line.
func storyOf(tl *model.Timeline) string {
	var out []string
	for _, e := range tl.Events {
		line := e.ID
		for _, r := range e.Also {
			line += " " + r.ID
		}
		out = append(out, line)
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

// Two reports from one document never end up in one event, even when the events given
// were merged before (a saved timeline read back whole).
func TestMergeKeepsOneReportPerDocument(t *testing.T) {
	day := model.OnDay(model.Day(2012, 5, 25))
	docs := []model.Document{{ID: "a", Published: model.Day(2012, 5, 25)}, {ID: "b", Published: model.Day(2012, 5, 25)}, {ID: "c", Published: model.Day(2012, 5, 26)}}
	text := "Troops shelled the town of Houla on Friday, killing 108 people."
	ev := func(doc string, n int) model.Event {
		return model.Event{ID: fmt.Sprintf("%s-e%d", doc, n), Doc: doc, When: day, Text: text, Spans: []model.Span{{Start: n, End: n + 1}}}
	}
	first, second := ev("a", 1), ev("b", 1)
	first.Also = []model.Event{ev("c", 1)}
	second.Also = []model.Event{ev("c", 2)}
	tl := model.NewTimeline(docs, nil, nil, nil, []model.Event{first, second})
	got := merge(tl, indexTerms(tl))
	for _, e := range got.Events {
		if n := len(e.Reports()); n != len(e.Documents()) {
			t.Errorf("event %s has %d reports from %d documents", e.ID, n, len(e.Documents()))
		}
	}
}
