// Package extract turns articles into a timeline: Document extracts one article on its own
// (cleanup, sentences, time expressions, actors, sources, quotes and events), and Merge
// joins any number of such extractions, fresh or stored, into one timeline with one set of
// actors and sources.
package extract

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"storyline/data/actor"
	"storyline/data/article"
	"storyline/data/event"
	"storyline/data/quote"
	"storyline/data/text"
	"storyline/data/timex"
	"storyline/model"
)

// Options configure extraction. Everything in them that changes what is found is part of
// an article's Key or of the Extractor fingerprint.
type Options struct {
	Date      time.Time        // publication date for articles that give none (--date)
	Gazetteer *actor.Gazetteer // nil means the built-in one
}

// builtinGazetteer is built once: loading the embedded name lists costs more than
// extracting an article, and recognition only reads it.
var builtinGazetteer = sync.OnceValue(actor.DefaultGazetteer)

// Document extracts one article. Its document ID comes from the article's content (Key),
// so the result does not depend on which other articles are read, or in what order.
func Document(ctx context.Context, a *article.Article, o Options) (model.Extraction, error) {
	return document(ctx, a, o, Key(a, o))
}

// document extracts an article whose Key is known already: a run hashes each article once,
// for the cache and the ID alike.
func document(ctx context.Context, a *article.Article, o Options, key string) (model.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return model.Extraction{}, err
	}
	if o.Gazetteer == nil {
		o.Gazetteer = builtinGazetteer()
	}
	id := DocumentID(key)
	body := a.Body
	if a.Markdown {
		body = article.PlainText(body)
	}
	d := text.Analyze(body)
	defer d.Release() // nothing returned holds its arrays, only strings of its text
	if lang, ok := foreign(d); ok {
		name := cmp.Or(a.Path, a.Title, "an article")
		return model.Extraction{}, &ForeignError{Name: name, Language: lang}
	}
	g := glues.Get().(*glue)
	defer g.release()
	dct, origin, dateline := publication(a, d, o.Date)
	doc := model.Document{ID: id, Title: a.Title, Source: a.Source, URL: a.URL, Path: a.Path,
		Published: dct, DateOrigin: origin, Body: a.Body}
	skip := headline(a, d)
	if doc.Title == "" && len(skip) > 0 {
		doc.Title = text.Squeeze(d.Text[skip[0].Start:skip[0].End])
	}
	tx := timex.AppendTag(g.tx[:0], d, timex.Options{DCT: dct})
	g.tx = tx
	ar := actor.Recognize(d, o.Gazetteer)
	for _, c := range ar.Credits {
		skip = append(skip, event.Range{Start: c[0], End: c[1]}) // "(Reporting by ...)" holds no event
	}
	qs := quote.Find(d, ar)
	in := event.Input{Doc: d, DocID: id, DCT: dct, Skip: skip, Dateline: dateline,
		Timexes: g.timexes[:0], Mentions: g.mentions[:0], Places: g.places[:0], Citations: g.citations[:0], Quotes: g.quotes[:0]}
	if len(tx) > 0 {
		doc.Timexes = make([]model.Timex, 0, len(tx))
	}
	for _, t := range tx {
		// The dateline's date is when the story was filed, not when its events happened.
		if t.Start >= dateline.Start && t.End <= dateline.End {
			continue
		}
		in.Timexes = append(in.Timexes, event.Timex{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value, Signal: t.Signal, When: t.When})
		s, e := d.Span(t.Start, t.End)
		doc.Timexes = append(doc.Timexes, model.Timex{Start: s, End: e, Text: d.Text[t.Start:t.End], Type: t.Type, Value: t.Value, Mod: t.Mod})
	}
	for k, x := range ar.Actors {
		g.actor[x.ID] = k
	}
	in.Names = func(id string) string {
		if k, ok := g.actor[id]; ok {
			return ar.Actors[k].Name
		}
		return ""
	}
	if len(ar.Mentions) > 0 {
		doc.Mentions = make([]model.Mention, 0, len(ar.Mentions))
	}
	for _, m := range ar.Mentions {
		k, ok := g.actor[m.Actor]
		in.Mentions = append(in.Mentions, event.Mention{Start: m.Start, End: m.End, Actor: m.Actor, Person: ok && ar.Actors[k].Kind == model.KindPerson})
		s, e := d.Span(m.Start, m.End)
		doc.Mentions = append(doc.Mentions, model.Mention{Start: s, End: e, Text: d.Text[m.Start:m.End], Actor: m.Actor})
	}
	for _, m := range ar.PlaceMentions {
		in.Places = append(in.Places, event.Mention{Start: m.Start, End: m.End, Actor: m.Actor})
	}
	for _, c := range ar.Citations {
		in.Citations = append(in.Citations, event.Citation{Start: c.Start, End: c.End, Source: c.Source})
		// The agency in the dateline filed the story: it is the document's source.
		if doc.Source == "" && c.Start >= dateline.Start && c.End <= dateline.End {
			for _, s := range ar.Sources {
				if s.ID == c.Source {
					doc.Source = s.Name
				}
			}
		}
	}
	if len(qs) > 0 {
		doc.Quotes = make([]model.Quote, 0, len(qs))
	}
	for i, q := range qs {
		in.Quotes = append(in.Quotes, event.Quote{Start: q.Start, End: q.End, Speaker: q.Speaker, SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, Source: q.Source, Direct: q.Direct})
		s, e := d.Span(q.Start, q.End)
		mq := model.Quote{ID: id + "-q" + strconv.Itoa(i+1), Start: s, End: e, Text: text.Squeeze(d.Text[q.Start:q.End]),
			Speaker: q.Speaker, Source: q.Source, Direct: q.Direct}
		if q.SpeakerEnd > q.SpeakerStart {
			mq.SpeakerStart, mq.SpeakerEnd = d.Span(q.SpeakerStart, q.SpeakerEnd)
		}
		doc.Quotes = append(doc.Quotes, mq)
	}
	g.timexes, g.mentions, g.places, g.citations, g.quotes = in.Timexes, in.Mentions, in.Places, in.Citations, in.Quotes
	events := event.Build(in)
	return model.Extraction{Document: doc, Actors: ar.Actors, Sources: ar.Sources, Places: placesOf(events, ar.Places), Events: events, Things: ar.Things}, nil
}

// placesOf keeps the places some event happens at: a document keeps no mention of the
// others, so a saved timeline could not give them back.
func placesOf(events []model.Event, places []model.Place) []model.Place {
	if len(places) == 0 {
		return nil
	}
	used := make(map[string]bool, len(places))
	for _, e := range events {
		for _, id := range e.Places {
			used[id] = true
		}
	}
	// The list is the document's own: it is cut down in place.
	kept := slices.DeleteFunc(places, func(p model.Place) bool { return !used[p.ID] })
	if len(kept) == 0 {
		return nil
	}
	return slices.Clip(kept)
}

// glue holds the lists Document hands from the other steps to event.Build, which reads
// them only while it runs: a worker reuses them from one article to the next.
type glue struct {
	tx        []timex.Timex
	timexes   []event.Timex
	mentions  []event.Mention
	places    []event.Mention
	citations []event.Citation
	quotes    []event.Quote
	actor     map[string]int // an actor's index by ID
}

var glues = sync.Pool{New: func() any { return &glue{actor: map[string]int{}} }}

// release returns g to the pool, without the strings that would keep the article alive.
func (g *glue) release() {
	clear(g.tx)
	clear(g.timexes)
	clear(g.mentions)
	clear(g.places)
	clear(g.citations)
	clear(g.quotes)
	clear(g.actor)
	glues.Put(g)
}
