package format

import (
	"encoding/json"
	"time"

	"storyline/data/text"
	"storyline/model"
)

// Each element is decoded on its own and turned into the model at once. Every string
// passes through visible, as the article reader's text does, so that a crafted file cannot
// reach the terminal raw; IDs included, which keeps references matching.
var visible = text.VisibleControls

// Each read function returns the element, its ID for messages, and an error: the
// decoder's, or a formatError for a value the format does not allow.

func readDocument(dec *json.Decoder) (model.Document, string, error) {
	var jd jsonDocument
	if err := dec.Decode(&jd); err != nil {
		return model.Document{}, "", err
	}
	d := model.Document{ID: visible(jd.ID), Title: visible(jd.Title), Source: visible(jd.Source), URL: visible(jd.URL),
		Path: visible(jd.Path), Body: visible(jd.Body), DateOrigin: model.DateOrigin(visible(jd.PublishedFrom))}
	if jd.Published != "" {
		t, ok := parseDate(jd.Published, false)
		if !ok {
			return d, d.ID, problem("published %q is not YYYY-MM-DD", jd.Published)
		}
		d.Published = t
	}
	d.Timexes = convert(jd.Timexes, func(t jsonTimex) model.Timex {
		return model.Timex{Start: t.Start, End: t.End, Text: visible(t.Text), Type: visible(t.Type), Value: visible(t.Value), Mod: visible(t.Mod)}
	})
	d.Mentions = convert(jd.Mentions, func(m jsonMention) model.Mention {
		return model.Mention{Start: m.Start, End: m.End, Text: visible(m.Text), Actor: visible(m.Actor)}
	})
	d.Quotes = convert(jd.Quotes, func(q jsonQuote) model.Quote {
		return model.Quote{ID: visible(q.ID), Start: q.Start, End: q.End, Text: visible(q.Text), Speaker: visible(q.Speaker),
			SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, Source: visible(q.Source), Direct: q.Direct}
	})
	return d, d.ID, nil
}

func readActor(dec *json.Decoder) (model.Actor, string, error) {
	var ja jsonActor
	if err := dec.Decode(&ja); err != nil {
		return model.Actor{}, "", err
	}
	a := model.Actor{ID: visible(ja.ID), Name: visible(ja.Name), Kind: model.ActorKind(visible(ja.Kind)),
		Aliases: visibleAll(ja.Aliases), Roles: visibleAll(ja.Roles)}
	return a, a.ID, nil
}

func readSource(dec *json.Decoder) (model.Source, string, error) {
	var js jsonSource
	if err := dec.Decode(&js); err != nil {
		return model.Source{}, "", err
	}
	s := model.Source{ID: visible(js.ID), Name: visible(js.Name), Kind: visible(js.Kind), Aliases: visibleAll(js.Aliases)}
	return s, s.ID, nil
}

func readPlace(dec *json.Decoder) (model.Place, string, error) {
	var jp jsonPlace
	if err := dec.Decode(&jp); err != nil {
		return model.Place{}, "", err
	}
	p := model.Place{ID: visible(jp.ID), Name: visible(jp.Name), Kind: model.PlaceKind(visible(jp.Kind)),
		Country: visible(jp.Country), Aliases: visibleAll(jp.Aliases)}
	if (jp.Lat == nil) != (jp.Lon == nil) {
		return p, p.ID, problem("place %q has only one of lat and lon", p.ID)
	}
	if jp.Lat != nil {
		if *jp.Lat < -90 || *jp.Lat > 90 || *jp.Lon < -180 || *jp.Lon > 180 {
			return p, p.ID, problem("place %q lies off the globe: lat %v, lon %v", p.ID, *jp.Lat, *jp.Lon)
		}
		p.Lat, p.Lon, p.Located = *jp.Lat, *jp.Lon, true
	}
	return p, p.ID, nil
}

func readEvent(dec *json.Decoder) (model.Event, string, error) {
	var je jsonEvent
	if err := dec.Decode(&je); err != nil {
		return model.Event{}, "", err
	}
	e, err := eventOf(&je)
	if err != nil {
		return e, e.ID, err
	}
	e.Salience = je.Salience
	for i := range je.Also {
		r, err := eventOf(&je.Also[i])
		if err != nil {
			return e, e.ID, problem("also[%d]: %s", i, err)
		}
		e.Also = append(e.Also, r)
	}
	return e, e.ID, nil
}

// eventOf is the model's form of one report; the counts a file gives are derived, and not
// read.
func eventOf(je *jsonEvent) (model.Event, error) {
	e := model.Event{ID: visible(je.ID), DateText: visible(je.DateText), Title: visible(je.Title), Text: visible(je.Text),
		Doc: visible(je.Document), Actors: visibleAll(je.Actors), Sources: visibleAll(je.Sources), Places: visibleAll(je.Places)}
	if len(je.Quotes) > 0 {
		e.Quotes = je.Quotes
	}
	e.Spans = convert(je.Spans, func(sp [2]int) model.Span { return model.Span{Start: sp[0], End: sp[1]} })
	w, err := readWhen(je)
	e.When = w
	return e, err
}

func readKeyDate(dec *json.Decoder) (model.KeyDate, string, error) {
	var jk jsonKeyDate
	if err := dec.Decode(&jk); err != nil {
		return model.KeyDate{}, "", err
	}
	day, ok := parseDate(jk.Date, false)
	if !ok || day.IsZero() {
		return model.KeyDate{}, "", problem("date %q is not an ISO date", jk.Date)
	}
	return model.KeyDate{Day: day, Salience: jk.Salience, Events: visibleAll(jk.Events)}, "", nil
}

// readWhen reads an event's time. Below time granularity the dates are days, so a time of
// day on them is dropped, as writing would drop it; at time granularity a bare date is its
// midnight. Either way what is read writes back the same.
func readWhen(je *jsonEvent) (model.When, error) {
	if je.Start == "" {
		return model.When{}, nil
	}
	g := model.ParseGranularity(je.Granularity)
	if g == model.GranNone {
		g = model.GranDay
	}
	a, ok := parseWhen(je.Start, g)
	if !ok {
		return model.When{}, problem("start %q is not an ISO date", je.Start)
	}
	b := a
	if je.End != "" {
		if b, ok = parseWhen(je.End, g); !ok {
			return model.When{}, problem("end %q is not an ISO date", je.End)
		}
	}
	if b.Before(a) {
		return model.When{}, problem("end %q is before start %q", je.End, je.Start)
	}
	return model.When{Start: a, End: b, Gran: g, Mod: model.Mod(visible(je.Mod))}, nil
}

// parseWhen reads a date, with or without a time of day, at granularity g. The first
// instant of year 1 is refused: the model keeps it for "undated".
func parseWhen(s string, g model.Granularity) (time.Time, bool) {
	t, ok := parseDate(s, true)
	if g != model.GranTime {
		t = model.Day(t.Date())
	}
	return t, ok && !t.IsZero()
}

// convert maps a decoded list onto the model's, leaving an empty one nil as the model
// has it.
func convert[A, B any](in []A, f func(A) B) []B {
	if len(in) == 0 {
		return nil
	}
	out := make([]B, len(in))
	for i, a := range in {
		out[i] = f(a)
	}
	return out
}

// visibleAll makes a decoded list of strings visible in place.
func visibleAll(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	for i, s := range ss {
		ss[i] = visible(s)
	}
	return ss
}
