package format

import "storyline/model"

// The forms the writer encodes, filled from the model into the writer's own, reused, so
// that an element costs no allocation beyond its encoding.

func (jw *jsonWriter) document(d *model.Document) any {
	jd := &jw.doc
	*jd = jsonDocument{ID: d.ID, Title: d.Title, Published: dateString(d.Published), PublishedFrom: string(d.DateOrigin),
		Source: d.Source, URL: d.URL, Path: d.Path, Body: d.Body,
		Timexes: jd.Timexes[:0], Mentions: jd.Mentions[:0], Quotes: jd.Quotes[:0]}
	for _, t := range d.Timexes {
		jd.Timexes = append(jd.Timexes, jsonTimex{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod})
	}
	for _, m := range d.Mentions {
		jd.Mentions = append(jd.Mentions, jsonMention{m.Start, m.End, m.Text, m.Actor})
	}
	for _, q := range d.Quotes {
		jd.Quotes = append(jd.Quotes, jsonQuote{q.ID, q.Start, q.End, q.Text, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Source, q.Direct})
	}
	jd.Timexes, jd.Mentions, jd.Quotes = nonNil(jd.Timexes), nonNil(jd.Mentions), nonNil(jd.Quotes)
	return jd
}

func (jw *jsonWriter) actor(a *model.Actor) any {
	jw.actorF = jsonActor{a.ID, a.Name, string(a.Kind), nonNil(a.Aliases), a.Roles}
	return &jw.actorF
}

func (jw *jsonWriter) source(s *model.Source) any {
	jw.srcF = jsonSource{s.ID, s.Name, s.Kind, s.Aliases}
	return &jw.srcF
}

func (jw *jsonWriter) place(p *model.Place) any {
	jw.placeF = jsonPlace{ID: p.ID, Name: p.Name, Kind: string(p.Kind), Country: p.Country, Aliases: p.Aliases}
	if p.Located {
		lat, lon := p.Lat, p.Lon
		jw.placeF.Lat, jw.placeF.Lon = &lat, &lon
	}
	return &jw.placeF
}

func (jw *jsonWriter) event(e *model.Event) any {
	je := &jw.ev
	fillEvent(jw, je, e)
	je.Reports, je.Salience = len(e.Documents()), e.Salience
	je.Also = je.Also[:0]
	for i := range e.Also {
		var r jsonEvent
		fillEvent(jw, &r, &e.Also[i])
		je.Also = append(je.Also, r)
	}
	return je
}

// fillEvent writes an event's own report into je, reusing its span list.
func fillEvent(jw *jsonWriter, je *jsonEvent, e *model.Event) {
	spans, also := je.Spans[:0], je.Also
	*je = jsonEvent{ID: e.ID, Granularity: e.When.Gran.String(), Mod: string(e.When.Mod), DateText: e.DateText,
		Title: e.Title, Text: e.Text, Document: e.Doc, Spans: spans, Also: also,
		Actors: nonNil(e.Actors), Sources: nonNil(e.Sources), Places: e.Places, Quotes: nonNil(e.Quotes)}
	if e.When.Dated() {
		je.Start, je.End = jw.timeString(e.When.Start, e.When.Gran), jw.timeString(e.When.End, e.When.Gran)
	}
	for _, sp := range e.Spans {
		je.Spans = append(je.Spans, [2]int{sp.Start, sp.End})
	}
	je.Spans = nonNil(je.Spans)
}

func (jw *jsonWriter) keyDate(k *model.KeyDate) any {
	return jsonKeyDate{Date: dateString(k.Day), Salience: k.Salience, Events: nonNil(k.Events)}
}

// nonNil keeps an empty list an empty array rather than null, as readers of version 1
// have always seen it.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
