package format

import (
	"bytes"
	"testing"

	"storyline/model"
)

func fixture() *model.Timeline {
	body := "Russian warships launched missiles on Wednesday. “They continue to hit targets,” he added."
	doc := model.Document{ID: "d1", Title: "Strikes", Published: model.Day(2015, 10, 7), DateOrigin: model.DateFrontMatter, Body: body,
		Timexes:  []model.Timex{{Start: 38, End: 47, Text: "Wednesday", Type: "DATE", Value: "2015-10-07"}},
		Mentions: []model.Mention{{Start: 0, End: 16, Text: "Russian warships", Actor: "russia"}},
		Quotes:   []model.Quote{{ID: "d1-q1", Start: 50, End: 75, Text: "They continue to hit targets", Speaker: "carter", SpeakerStart: 78, SpeakerEnd: 80, Source: "ap", Direct: true}},
	}
	events := []model.Event{
		{ID: "d1-e1", When: model.OnDay(model.Day(2015, 10, 7)), DateText: "Wednesday", Title: "Russian warships launched missiles", Text: "Russian warships launched missiles on Wednesday.", Doc: "d1", Spans: []model.Span{{Start: 0, End: 48}}, Actors: []string{"russia"}, Places: []string{"caspian-sea", "latakia"}},
		{ID: "d1-e2", Title: "They continue to hit targets", Text: "…", Doc: "d1", Actors: []string{"carter"}, Sources: []string{"ap"}, Quotes: []int{0}},
		{ID: "d1-e3", When: model.When{Start: model.Day(2011, 10, 7), End: model.Day(2015, 10, 7), Gran: model.GranDay, Mod: model.ModBefore}, Title: "Civil war *fuelled*", Doc: "d1"},
	}
	actors := []model.Actor{{ID: "russia", Name: "Russia", Kind: model.KindCountry, Aliases: []string{"Russian warships"}}, {ID: "carter", Name: "Ashton Carter", Kind: model.KindPerson, Roles: []string{"Defense Secretary"}}}
	sources := []model.Source{{ID: "ap", Name: "Associated Press", Kind: "news agency", Aliases: []string{"AP"}}}
	places := []model.Place{{ID: "caspian-sea", Name: "Caspian Sea", Kind: model.PlaceOther},
		{ID: "latakia", Name: "Latakia", Kind: model.PlaceCity, Country: "Syria", Lat: 35.52, Lon: 35.78, Located: true, Aliases: []string{"Lattakia"}}}
	return model.NewTimeline([]model.Document{doc}, actors, sources, places, events)
}

func TestWriteText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	want := "<2011-10-07/2015-10-07  Civil war *fuelled*\n" +
		"2015-10-07              Russian warships launched missiles  [Russia]  @ Caspian Sea, Latakia\n" +
		"undated                 They continue to hit targets  [Ashton Carter]  (via Associated Press)\n"
	if buf.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", buf.String(), want)
	}
	var empty bytes.Buffer
	WriteText(&empty, model.NewTimeline([]model.Document{{ID: "x"}}, nil, nil, nil, nil))
	if empty.String() != "no events found in 1 article\n" {
		t.Fatalf("empty: %q", empty.String())
	}
}

func TestWriteMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	want := "# Timeline: Strikes\n\n3 events (2 dated) in 1 article.\n\n" +
		"## from before Fri 7 Oct 2011 – Wed 7 Oct 2015\n\n- **Civil war \\*fuelled\\***\n\n" +
		"## Wed 7 Oct 2015\n\n- **Russian warships launched missiles** — Russia · in Caspian Sea, Latakia · _Wednesday_\n\n" +
		"## Undated / background\n\n- **They continue to hit targets** — Ashton Carter (via Associated Press)\n" +
		"  > “They continue to hit targets” — Ashton Carter, via Associated Press\n"
	if buf.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestSummary(t *testing.T) {
	undated := model.NewTimeline([]model.Document{{ID: "a"}}, nil, nil, nil, []model.Event{{ID: "e", Doc: "a"}})
	if got := Summary(undated); got != "no dated events in 1 article (1 event, all undated)" {
		t.Fatal(got)
	}
}
