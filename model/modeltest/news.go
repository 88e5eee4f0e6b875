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
// over four years and a tenth undated, one event in eight reported by a second article.
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
	return model.NewTimeline(docs, actors, sources, events)
}
