package format

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"storyline/model"
)

// synthTimeline builds a timeline shaped like a corpus run: docs documents of a few KB of
// body each, with a handful of time expressions, mentions and quotes, perDoc events apiece,
// and actors and sources shared across documents. The same arguments give the same
// timeline. It carries what a round trip must keep: an actor and a source with the same
// slug, undated events, intervals, time granularity, quotes with and without sources, and
// text that JSON has to escape.
func synthTimeline(docs, perDoc int) *model.Timeline {
	r := rand.New(rand.NewPCG(uint64(docs), uint64(perDoc)))
	actors := []model.Actor{
		{ID: "al-jazeera", Name: "Al Jazeera", Kind: model.KindOrganization},
		{ID: "russia", Name: "Russia", Kind: model.KindCountry, Aliases: []string{"Moscow", "Russian"}},
		{ID: "sergei-shoigu", Name: "Sergei Shoigu", Kind: model.KindPerson, Roles: []string{"Russian Defense Minister"}},
	}
	for i := len(actors); i < max(8, docs/2); i++ {
		a := model.Actor{ID: fmt.Sprintf("person-%d", i), Name: fmt.Sprintf("Zoë “Z” O'Brien %d", i), Kind: model.KindPerson}
		if i%3 == 0 {
			a.Aliases = []string{fmt.Sprintf("O'Brien %d", i)}
		}
		if i%5 == 0 {
			a.Roles = []string{"spokeswoman", "minister of \\ things"}
		}
		actors = append(actors, a)
	}
	sources := []model.Source{
		{ID: "al-jazeera", Name: "Al Jazeera", Kind: "broadcaster"},
		{ID: "al-jazeera-2", Name: "Al-Jazeera English", Kind: "broadcaster"},
		{ID: "associated-press", Name: "Associated Press", Kind: "news agency", Aliases: []string{"AP"}},
	}
	for i := len(sources); i < 40; i++ {
		sources = append(sources, model.Source{ID: fmt.Sprintf("outlet-%d", i), Name: fmt.Sprintf("Outlet %d", i), Kind: "newspaper"})
	}
	var documents []model.Document
	var events []model.Event
	pick := func() string { return actors[r.IntN(len(actors))].ID }
	for d := range docs {
		id := fmt.Sprintf("%012x", r.Uint64()&(1<<48-1))
		body := synthBody(r)
		runes := []rune(body)
		span := func(n int) (int, int) {
			s := r.IntN(len(runes) - n)
			return s, s + n
		}
		published := model.Day(2011, time.Month(1+d%12), 1+d%28)
		doc := model.Document{ID: id, Title: fmt.Sprintf("Story %d: “strikes” continue", d), Source: "Example Daily",
			URL: fmt.Sprintf("https://example.com/%d", d), Path: fmt.Sprintf("t17/articles.jsonl:%d", d+1),
			Published: published, DateOrigin: model.DateField, Body: body}
		if d%7 == 0 {
			doc.Published, doc.DateOrigin = time.Time{}, model.DateUnknown
		}
		for range 6 {
			s, e := span(9)
			doc.Timexes = append(doc.Timexes, model.Timex{Start: s, End: e, Text: string(runes[s:e]), Type: "DATE", Value: "2011-03-0" + fmt.Sprint(1+r.IntN(9))})
		}
		doc.Timexes[0].Mod = "APPROX"
		for range 8 {
			s, e := span(12)
			doc.Mentions = append(doc.Mentions, model.Mention{Start: s, End: e, Text: string(runes[s:e]), Actor: pick()})
		}
		for q := range 4 {
			s, e := span(100)
			quote := model.Quote{ID: fmt.Sprintf("%s-q%d", id, q+1), Start: s, End: s + 80, Text: string(runes[s : s+80]), Direct: q%2 == 0}
			if q != 3 {
				quote.Speaker, quote.SpeakerStart, quote.SpeakerEnd = pick(), s+82, e
			}
			if q%2 == 1 {
				quote.Source = sources[r.IntN(len(sources))].ID
			}
			doc.Quotes = append(doc.Quotes, quote)
		}
		documents = append(documents, doc)
		for n := range perDoc {
			s, e := span(200)
			m := s + 160
			ev := model.Event{ID: fmt.Sprintf("%s-e%d", id, n+1), Doc: id, DateText: "on Wednesday",
				Title: string(runes[s : s+50]), Text: string(runes[s:m]) + " … " + string(runes[m:e]),
				Spans: []model.Span{{Start: s, End: m}, {Start: m, End: e}}, Actors: []string{pick(), pick()}}
			day := published.AddDate(0, 0, -r.IntN(400))
			if doc.Published.IsZero() {
				day = model.Day(2010, 6, 1).AddDate(0, 0, r.IntN(400))
			}
			switch n % 10 {
			case 0:
				ev.DateText = ""
			case 1:
				ev.When = model.When{Start: day.AddDate(-2, 0, 0), End: day, Gran: model.GranDay, Mod: model.ModBefore}
				ev.DateText = "for more than two years"
			case 2:
				ev.When = model.When{Start: model.Day(day.Year(), day.Month(), 1), End: model.Day(day.Year(), day.Month()+1, 0), Gran: model.GranMonth, Mod: model.ModStart}
			case 3:
				t := day.Add(time.Duration(6+r.IntN(12))*time.Hour + 30*time.Minute)
				ev.When = model.When{Start: t, End: t, Gran: model.GranTime}
			default:
				ev.When = model.OnDay(day)
			}
			if n%4 == 0 {
				q := r.IntN(len(doc.Quotes))
				ev.Quotes = []int{q}
				if src := doc.Quotes[q].Source; src != "" {
					ev.Sources = []string{src}
				}
			}
			events = append(events, ev)
		}
	}
	return model.NewTimeline(documents, actors, sources, nil, events)
}

// synthWords is the vocabulary of synthetic bodies: mostly plain words, with the curly
// quotes, accents, dashes, backslashes and line breaks that real articles carry.
var synthWords = strings.Fields(`the minister said on Wednesday that Russian warships launched missiles
	into Syria from the Caspian Sea , and “we will continue” according to officials in Moscow
	Damascus Washington — Zoë’s café reported 2015 strikes by Islamic State rebels near Aleppo
	after talks collapsed \path "plain" quotes < > & coalition forces were not consulted .`)

func synthBody(r *rand.Rand) string {
	var b strings.Builder
	for b.Len() < 2500+r.IntN(2500) {
		if b.Len() > 0 {
			if r.IntN(40) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(synthWords[r.IntN(len(synthWords))])
	}
	return b.String()
}
