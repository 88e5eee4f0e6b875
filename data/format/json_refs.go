package format

import (
	"fmt"

	"storyline/model"
)

// resolve checks, once every element is read, that IDs are unique within their kind and
// that every reference resolves. It waits for the end because the top-level keys may come
// in any order: a tool that rewrites the file may put events before documents.
func (jr *jsonReader) resolve() error {
	docs, err := index("documents", jr.docs, func(d *model.Document) string { return d.ID })
	if err != nil {
		return err
	}
	actors, err := index("actors", jr.actors, func(a *model.Actor) string { return a.ID })
	if err != nil {
		return err
	}
	sources, err := index("sources", jr.sources, func(s *model.Source) string { return s.ID })
	if err != nil {
		return err
	}
	places, err := index("places", jr.places, func(p *model.Place) string { return p.ID })
	if err != nil {
		return err
	}
	for i := range jr.docs {
		d := &jr.docs[i]
		at := func(format string, args ...any) error {
			return fmt.Errorf("documents[%d]%s: %s", i, idNote(d.ID), fmt.Sprintf(format, args...))
		}
		for k, m := range d.Mentions {
			if _, ok := actors[m.Actor]; !ok {
				return at("mentions[%d] %q names unknown actor %q", k, m.Text, m.Actor)
			}
		}
		for k, q := range d.Quotes {
			if _, ok := actors[q.Speaker]; q.Speaker != "" && !ok {
				return at("quotes[%d] speaker %q is not an actor", k, q.Speaker)
			}
			if _, ok := sources[q.Source]; q.Source != "" && !ok {
				return at("quotes[%d] source %q is not a source", k, q.Source)
			}
		}
	}
	events := map[string]bool{}  // the timeline's events, which key dates name
	reports := map[string]bool{} // every report's ID, its own or in also[]
	for i := range jr.events {
		e := &jr.events[i]
		events[e.ID] = true
		for k, r := range e.Reports() {
			if reports[r.ID] {
				return fmt.Errorf("events[%d]%s: event ID %q is used twice", i, idNote(e.ID), r.ID)
			}
			reports[r.ID] = true
			at := func(format string, args ...any) error {
				where := ""
				if k > 0 {
					where = fmt.Sprintf(" also[%d]%s", k-1, idNote(r.ID))
				}
				return fmt.Errorf("events[%d]%s%s: %s", i, idNote(e.ID), where, fmt.Sprintf(format, args...))
			}
			if err := jr.resolveReport(r, docs, actors, sources, places, at); err != nil {
				return err
			}
		}
	}
	for i, kd := range jr.keyDates {
		for _, id := range kd.Events {
			if !events[id] {
				return fmt.Errorf("key_dates[%d]: unknown event %q", i, id)
			}
		}
	}
	return nil
}

// resolveReport checks the references of one document's report of an event.
func (jr *jsonReader) resolveReport(e *model.Event, docs, actors, sources, places map[string]int, at func(string, ...any) error) error {
	d, ok := docs[e.Doc]
	if !ok {
		return at("unknown document %q", e.Doc)
	}
	for _, a := range e.Actors {
		if _, ok := actors[a]; !ok {
			return at("unknown actor %q", a)
		}
	}
	for _, s := range e.Sources {
		if _, ok := sources[s]; !ok {
			return at("unknown source %q", s)
		}
	}
	for _, p := range e.Places {
		if _, ok := places[p]; !ok {
			return at("unknown place %q", p)
		}
	}
	for _, q := range e.Quotes {
		if n := len(jr.docs[d].Quotes); q < 0 || q >= n {
			return at("quote index %d out of range: document %q has %d quotes", q, e.Doc, n)
		}
	}
	return nil
}

// index maps each element's ID to its position, refusing an ID used twice.
func index[T any](key string, list []T, id func(*T) string) (map[string]int, error) {
	at := make(map[string]int, len(list))
	for i := range list {
		k := id(&list[i])
		if j, dup := at[k]; dup {
			return nil, fmt.Errorf("%s[%d]%s: the ID of %s[%d] again", key, i, idNote(k), key, j)
		}
		at[k] = i
	}
	return at, nil
}
