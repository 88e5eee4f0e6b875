package ui

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"storyline/model"
)

// The fixture is a small version of the sample story: an AP article of Wednesday
// 7 October 2015 on Russia's missile strikes on Syria from the Caspian Sea.
const fixtureBody = `MOSCOW (AP) — Russian warships in the Caspian Sea launched cruise missiles at targets in Syria on Wednesday, and Syrian government troops launched a ground offensive backed by Russian airstrikes.

Russian warplanes began airstrikes in Syria on Sept. 30. Defense Minister Sergei Shoigu told President Vladimir Putin that 112 Islamic State targets had been hit since Sept. 30.

"Intensive work of different intelligence services over the last two days has made it possible to detect a large number of various (Islamic State) facilities — command posts, ammunition depots, military equipment depots, training camps of militants," Shoigu said, according to the TASS news agency.

U.S. Defense Secretary Ashton Carter ruled out cooperation with Russia in Syria: "that’s it." He called Moscow's strategy "tragically flawed." "They continue to hit targets that are not ISIL. We believe that is a fundamental mistake," Carter said. He said the U.S. will conduct basic, technical talks with Russia on the safety of pilots.

Assad's regime has fueled a civil war for more than four years. Earlier, U.S.-trained fighters were routed by al-Qaeda linked forces.
`

const fixtureDoc = "ap-2015-10-07-caspian"

// span finds text in the fixture body and gives its offsets in code points.
func span(t testing.TB, text string) model.Span {
	t.Helper()
	i := strings.Index(fixtureBody, text)
	if i < 0 {
		t.Fatalf("fixture body lacks %q", text)
	}
	start := utf8.RuneCountInString(fixtureBody[:i])
	return model.Span{Start: start, End: start + utf8.RuneCountInString(text)}
}

func quote(t testing.TB, text, speaker, source string, direct bool) model.Quote {
	s := span(t, text)
	return model.Quote{ID: "q-" + speaker, Start: s.Start, End: s.End, Text: text, Speaker: speaker, Source: source, Direct: direct}
}

func fixtureActors() []model.Actor {
	return []model.Actor{
		{ID: "russia", Name: "Russia", Kind: model.KindCountry},
		{ID: "united-states", Name: "United States", Kind: model.KindCountry, Aliases: []string{"U.S.", "Washington"}},
		{ID: "bashar-assad", Name: "Bashar Assad", Kind: model.KindPerson},
		{ID: "sergei-shoigu", Name: "Sergei Shoigu", Kind: model.KindPerson, Roles: []string{"Russian Defense Minister"}},
		{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: model.KindPerson},
		{ID: "ashton-carter", Name: "Ashton Carter", Kind: model.KindPerson},
		{ID: "islamic-state", Name: "Islamic State", Kind: model.KindGroup, Aliases: []string{"ISIL"}},
		{ID: "al-qaeda", Name: "al-Qaeda", Kind: model.KindGroup},
		{ID: "syrian-government", Name: "Syrian government", Kind: model.KindOrganization},
	}
}

func fixtureSources() []model.Source {
	return []model.Source{
		{ID: "tass", Name: "TASS", Kind: "news agency"},
		{ID: "ap", Name: "Associated Press", Kind: "news agency", Aliases: []string{"AP"}},
	}
}

func fixturePlaces() []model.Place {
	return []model.Place{
		{ID: "syria", Name: "Syria", Kind: model.PlaceCountry},
		{ID: "caspian-sea", Name: "Caspian Sea", Kind: model.PlaceOther, Aliases: []string{"the Caspian"}},
		{ID: "homs", Name: "Homs", Kind: model.PlaceCity, Country: "Syria", Lat: 34.73, Lon: 36.72, Located: true, Aliases: []string{"Hims"}},
	}
}

func day(m, d int) model.When { return model.OnDay(model.Day(2015, time.Month(m), d)) }

func days(m1, d1, m2, d2 int) model.When {
	return model.When{Start: model.Day(2015, time.Month(m1), d1), End: model.Day(2015, time.Month(m2), d2), Gran: model.GranDay}
}

// fixture is the sample story as a timeline: 8 events, 7 of them dated; 4 name places.
// The offensive's place, Homs, is not in the text: news put it there.
func fixture(t testing.TB) *model.Timeline {
	t.Helper()
	doc := model.Document{
		ID:         fixtureDoc,
		Title:      "Russia fires cruise missiles at Syria from the Caspian Sea",
		Source:     "Associated Press",
		Published:  model.Day(2015, 10, 7),
		DateOrigin: model.DateFrontMatter,
		Body:       fixtureBody,
		Quotes: []model.Quote{
			quote(t, "Intensive work of different intelligence services over the last two days has made it possible to detect a large number of various (Islamic State) facilities — command posts, ammunition depots, military equipment depots, training camps of militants", "sergei-shoigu", "tass", true),
			quote(t, "that’s it", "ashton-carter", "ap", true),
			quote(t, "tragically flawed", "ashton-carter", "ap", true),
			quote(t, "They continue to hit targets that are not ISIL. We believe that is a fundamental mistake", "ashton-carter", "ap", true),
			quote(t, "the U.S. will conduct basic, technical talks with Russia", "ashton-carter", "ap", false),
		},
	}
	ev := func(id string, w model.When, dateText, title, text string, actors, sources []string, quotes ...int) model.Event {
		return model.Event{ID: id, When: w, DateText: dateText, Title: title, Text: text, Doc: fixtureDoc,
			Spans: []model.Span{span(t, text)}, Actors: actors, Sources: sources, Quotes: quotes}
	}
	events := []model.Event{
		ev("e1", day(9, 30), "Sept. 30", "Russian warplanes begin airstrikes in Syria",
			"Russian warplanes began airstrikes in Syria on Sept. 30.", []string{"russia", "bashar-assad"}, nil),
		ev("e2", days(9, 30, 10, 7), "since Sept. 30", "112 Islamic State targets hit since Sept. 30",
			"Defense Minister Sergei Shoigu told President Vladimir Putin that 112 Islamic State targets had been hit since Sept. 30.",
			[]string{"islamic-state", "sergei-shoigu"}, []string{"tass"}),
		ev("e3", days(10, 5, 10, 7), "over the last two days", "intelligence services detect Islamic State facilities",
			"Intensive work of different intelligence services over the last two days",
			[]string{"sergei-shoigu", "islamic-state"}, []string{"tass"}, 0),
		ev("e4", day(10, 7), "Wednesday", "Russian warships launch missiles into Syria from the Caspian Sea",
			"Russian warships in the Caspian Sea launched cruise missiles at targets in Syria on Wednesday",
			[]string{"russia", "sergei-shoigu", "vladimir-putin"}, []string{"tass"}),
		ev("e5", day(10, 7), "Wednesday", "Syrian government troops launch a ground offensive",
			"Syrian government troops launched a ground offensive backed by Russian airstrikes.",
			[]string{"syrian-government", "russia"}, nil),
		ev("e6", day(10, 7), "", "Carter rules out cooperation with Russia",
			"U.S. Defense Secretary Ashton Carter ruled out cooperation with Russia in Syria",
			[]string{"ashton-carter", "united-states", "russia"}, []string{"ap"}, 1, 2, 3, 4),
		ev("e7", model.When{Start: model.Day(2011, 10, 7), End: model.Day(2015, 10, 7), Gran: model.GranDay, Mod: model.ModBefore},
			"for more than four years", "Assad's regime has fueled a civil war for more than four years",
			"Assad's regime has fueled a civil war for more than four years.", []string{"bashar-assad"}, nil),
		ev("e8", model.When{}, "", "U.S.-trained fighters routed by al-Qaeda linked forces",
			"Earlier, U.S.-trained fighters were routed by al-Qaeda linked forces.", []string{"united-states", "al-qaeda"}, nil),
	}
	at := func(id string, places ...string) {
		for i := range events {
			if events[i].ID == id {
				events[i].Places = places
			}
		}
	}
	at("e1", "syria")
	at("e4", "caspian-sea", "syria")
	at("e5", "homs")
	at("e6", "syria")
	return model.NewTimeline([]model.Document{doc}, fixtureActors(), fixtureSources(), fixturePlaces(), events)
}

func TestFixtureQuotesPointIntoBody(t *testing.T) {
	tl := fixture(t)
	doc := tl.Document(fixtureDoc)
	for _, q := range doc.Quotes {
		if got := runeSlice(doc.Body, q.Start, q.End); got != q.Text {
			t.Errorf("quote %q: body[%d:%d] = %q", q.Text, q.Start, q.End, got)
		}
	}
	if tl.DatedCount() != 7 || len(tl.Events) != 8 {
		t.Fatalf("dated %d of %d events, want 7 of 8", tl.DatedCount(), len(tl.Events))
	}
}
