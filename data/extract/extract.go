// Package extract is the pipeline from articles to a timeline: cleanup, sentences, time
// expressions, actors, sources, quotes and events for each article, then one set of actors
// and sources across all of them.
package extract

import (
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
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

// Options configure a run.
type Options struct {
	Date      time.Time        // publication date for articles that give none (--date)
	Gazetteer *actor.Gazetteer // nil means the built-in one
	Workers   int              // articles processed at once; 0 means one per CPU
}

// builtinGazetteer is built once: loading the embedded name lists costs more than
// extracting an article, and recognition only reads it.
var builtinGazetteer = sync.OnceValue(actor.DefaultGazetteer)

// result is one article's extraction before actors are merged across articles.
type result struct {
	doc    model.Document
	actors *actor.Result
	events []model.Event
}

// Run extracts every article and builds the timeline.
func Run(arts []*article.Article, o Options) (*model.Timeline, error) {
	if o.Gazetteer == nil {
		o.Gazetteer = builtinGazetteer()
	}
	ids := documentIDs(arts)
	results := make([]result, len(arts))
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(arts)) {
		wg.Go(func() {
			for i := range next {
				results[i] = Article(arts[i], ids[i], o)
			}
		})
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return merge(results), nil
}

// Article extracts one article.
func Article(a *article.Article, id string, o Options) result {
	body := a.Body
	if a.Markdown {
		body = article.PlainText(body)
	}
	d := text.Analyze(body)
	dct, origin, dateline := publication(a, d, o.Date)
	doc := model.Document{ID: id, Title: a.Title, Source: a.Source, URL: a.URL, Path: a.Path,
		Published: dct, DateOrigin: origin, Body: a.Body}
	skip := headline(a, d)
	if doc.Title == "" && len(skip) > 0 {
		doc.Title = strings.Join(strings.Fields(d.Text[skip[0].Start:skip[0].End]), " ")
	}
	if doc.Title == "" {
		doc.Title = filepath.Base(a.Path)
	}

	tx := timex.Tag(d, timex.Options{DCT: dct})
	ar := actor.Recognize(d, o.Gazetteer)
	qs := quote.Find(d, ar)

	in := event.Input{Doc: d, DocID: id, DCT: dct, Skip: skip, Dateline: dateline}
	for _, t := range tx {
		// The dateline's date is when the story was filed, not when its events happened.
		if t.Start >= dateline.Start && t.End <= dateline.End {
			continue
		}
		in.Timexes = append(in.Timexes, event.Timex{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value, Signal: t.Signal, When: t.When})
		s, e := d.Span(t.Start, t.End)
		doc.Timexes = append(doc.Timexes, model.Timex{Start: s, End: e, Text: d.Text[t.Start:t.End], Type: t.Type, Value: t.Value, Mod: t.Mod})
	}
	person, names := map[string]bool{}, map[string]string{}
	for _, x := range ar.Actors {
		person[x.ID] = x.Kind == model.KindPerson
		names[x.ID] = x.Name
	}
	in.Names = func(id string) string { return names[id] }
	for _, m := range ar.Mentions {
		in.Mentions = append(in.Mentions, event.Mention{Start: m.Start, End: m.End, Actor: m.Actor, Person: person[m.Actor]})
		s, e := d.Span(m.Start, m.End)
		doc.Mentions = append(doc.Mentions, model.Mention{Start: s, End: e, Text: d.Text[m.Start:m.End], Actor: m.Actor})
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
	for i, q := range qs {
		in.Quotes = append(in.Quotes, event.Quote{Start: q.Start, End: q.End, Speaker: q.Speaker, SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, Source: q.Source, Direct: q.Direct})
		s, e := d.Span(q.Start, q.End)
		mq := model.Quote{ID: id + "-q" + strconv.Itoa(i+1), Start: s, End: e, Text: strings.Join(strings.Fields(d.Text[q.Start:q.End]), " "),
			Speaker: q.Speaker, Source: q.Source, Direct: q.Direct}
		if q.SpeakerEnd > q.SpeakerStart {
			mq.SpeakerStart, mq.SpeakerEnd = d.Span(q.SpeakerStart, q.SpeakerEnd)
		}
		doc.Quotes = append(doc.Quotes, mq)
	}
	return result{doc: doc, actors: ar, events: event.Build(in)}
}
