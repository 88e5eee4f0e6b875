// Package modeltest makes timelines the shape of real news corpora, of any size, for the
// benchmarks that show how storyline scales.
package modeltest

import (
	"fmt"
	"strings"

	"storyline/model"
)

// News is n events the shape of a news corpus: articles of 25 events, each event a
// sentence of its article's body, 2,000 actors of whom a few are in most events, dates
// over four years and a tenth undated, one event in eight reported by a second article,
// and 300 places: most events name one, a few two, and one in five names the country
// the story is about.
func News(n int) *model.Timeline {
	const perDoc = 25
	words := []string{"talks", "rebels", "army", "ceasefire", "Geneva", "minister", "Aleppo", "attack", "said", "government", "convoy", "border"}
	docs := make([]model.Document, max(1, (n+perDoc-1)/perDoc))
	sentences := make([][]string, len(docs))
	for d := range docs {
		var body strings.Builder
		for k := range perDoc {
			i := d*perDoc + k
			s := fmt.Sprintf("The %s and the %s met over the %s near the %s on day %d, officials said.", words[i%12], words[(i/12)%12], words[(i/144)%12], words[(i/7)%12], i)
			sentences[d] = append(sentences[d], s)
			body.WriteString(s + " ")
		}
		docs[d] = model.Document{ID: fmt.Sprintf("d%07d", d), Title: fmt.Sprintf("Article %d", d),
			Source: []string{"Agency One", "Paper Two", "Broadcaster Three"}[d%3], Body: body.String(),
			Published: model.Day(2011, 1, 1).AddDate(0, 0, (d*37)%1460)}
	}
	actors := make([]model.Actor, 2000)
	for i := range actors {
		actors[i] = model.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i), Kind: model.KindPerson}
	}
	sources := []model.Source{{ID: "s1", Name: "Agency One"}, {ID: "s2", Name: "Paper Two"}}
	places := newsPlaces()
	events := make([]model.Event, n)
	for i := range events {
		d, k := i/perDoc, i%perDoc
		text := sentences[d][k]
		start := 0 // spans count code points; the sentences are ASCII
		for _, s := range sentences[d][:k] {
			start += len(s) + 1
		}
		e := model.Event{
			ID:      fmt.Sprintf("%s-e%d", docs[d].ID, k),
			Doc:     docs[d].ID,
			Title:   strings.TrimSuffix(text, "."),
			Text:    text,
			Spans:   []model.Span{{Start: start, End: start + len(text)}},
			Actors:  []string{fmt.Sprintf("a%d", i%7), fmt.Sprintf("a%d", (i*31)%2000)},
			Sources: []string{"s1"},
		}
		e.Places = eventPlaces(i, places)
		if i%10 != 9 {
			e.When = model.OnDay(model.Day(2011, 1, 1).AddDate(0, 0, (i*7919)%1460))
		}
		if i%8 == 0 && d+1 < len(docs) {
			r := e
			r.ID, r.Doc = e.ID+"-also", docs[d+1].ID
			e.Also = []model.Event{r}
		}
		events[i] = e
	}
	return model.NewTimeline(docs, actors, sources, places, events)
}

// newsPlaces are 30 countries, 200 cities in them and 70 other places (seas, districts).
func newsPlaces() []model.Place {
	places := make([]model.Place, 0, 300)
	for i := range 30 {
		places = append(places, model.Place{ID: fmt.Sprintf("country%d", i), Name: fmt.Sprintf("Country %d", i), Kind: model.PlaceCountry})
	}
	for i := range 200 {
		places = append(places, model.Place{ID: fmt.Sprintf("city%d", i), Name: fmt.Sprintf("City %d", i), Kind: model.PlaceCity,
			Country: fmt.Sprintf("Country %d", i%30), Lat: float64(i%90) - 45, Lon: float64(i%180) - 90, Located: true})
	}
	for i := range 70 {
		places = append(places, model.Place{ID: fmt.Sprintf("place%d", i), Name: fmt.Sprintf("Place %d", i), Kind: model.PlaceOther})
	}
	return places
}

// eventPlaces are the places event i names: none for one in four, one or two otherwise,
// and the story's country, the first, for one in five.
func eventPlaces(i int, places []model.Place) []string {
	var ids []string
	if i%5 == 0 {
		ids = append(ids, places[0].ID)
	}
	if i%4 != 3 {
		ids = append(ids, places[1+(i*37)%(len(places)-1)].ID)
	}
	if i%6 == 1 {
		ids = append(ids, places[1+(i*101)%(len(places)-1)].ID)
	}
	return ids
}
