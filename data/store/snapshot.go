package store

import (
	"cmp"
	"math"

	"storyline/model"
)

// EncodeTimeline writes a timeline, whole, as a snapshot: what opening the same corpus
// again needs to show it at once, without reading its articles or merging them again.
// note is kept with it (the line that said what was read).
func EncodeTimeline(tl *model.Timeline, note string) []byte {
	e := newEncoder()
	e.uint(uint64(len(tl.Documents)))
	for i := range tl.Documents {
		e.document(&tl.Documents[i])
	}
	e.docs, e.body = e.body, nil
	e.str(note)
	e.uint(uint64(len(tl.Actors)))
	for _, a := range tl.Actors {
		e.str(a.ID)
		e.str(a.Name)
		e.str(string(a.Kind))
		e.strList(a.Aliases)
		e.strList(a.Roles)
	}
	e.uint(uint64(len(tl.Sources)))
	for _, s := range tl.Sources {
		e.str(s.ID)
		e.str(s.Name)
		e.str(s.Kind)
		e.strList(s.Aliases)
	}
	e.uint(uint64(len(tl.Places)))
	for _, p := range tl.Places {
		e.str(p.ID)
		e.str(p.Name)
		e.str(string(p.Kind))
		e.str(p.Country)
		e.uint(math.Float64bits(p.Lat))
		e.uint(math.Float64bits(p.Lon))
		e.bool(p.Located)
		e.strList(p.Aliases)
	}
	// The totals of the events' lists come first, so that reading makes one array of
	// each and slices it, rather than a few small allocations an event.
	var spans, refs, quotes, also int
	for i := range tl.Events {
		for _, r := range tl.Events[i].Reports() {
			spans, refs, quotes = spans+len(r.Spans), refs+len(r.Actors)+len(r.Sources)+len(r.Places), quotes+len(r.Quotes)
		}
		also += len(tl.Events[i].Also)
	}
	for _, n := range [...]int{spans, refs, quotes, also} {
		e.uint(uint64(n))
	}
	e.uint(uint64(len(tl.Events)))
	for i := range tl.Events {
		e.event(&tl.Events[i], true)
	}
	e.uint(uint64(len(tl.KeyDates)))
	for _, kd := range tl.KeyDates {
		e.time(kd.Day)
		e.uint(math.Float64bits(kd.Salience))
		e.strList(kd.Events)
	}
	e.int(tl.KeyDays)
	return e.bytes()
}

func (e *encoder) document(d *model.Document) {
	for _, s := range [...]string{d.ID, d.Title, d.Source, d.URL, d.Path, string(d.DateOrigin), d.Body} {
		e.str(s)
	}
	e.time(d.Published)
	e.uint(uint64(len(d.Timexes)))
	for _, t := range d.Timexes {
		e.int(t.Start)
		e.int(t.End)
		for _, s := range [...]string{t.Text, t.Type, t.Value, t.Mod} {
			e.str(s)
		}
	}
	e.uint(uint64(len(d.Mentions)))
	for _, m := range d.Mentions {
		e.int(m.Start)
		e.int(m.End)
		e.str(m.Text)
		e.str(m.Actor)
	}
	e.uint(uint64(len(d.Quotes)))
	for _, q := range d.Quotes {
		e.str(q.ID)
		e.int(q.Start)
		e.int(q.End)
		e.str(q.Text)
		e.str(q.Speaker)
		e.int(q.SpeakerStart)
		e.int(q.SpeakerEnd)
		e.str(q.Source)
		e.bool(q.Direct)
	}
}

// event writes an event and, at the top level, the other reports in its Also.
func (e *encoder) event(ev *model.Event, top bool) {
	e.str(ev.ID)
	e.time(ev.When.Start)
	e.time(ev.When.End)
	e.uint(uint64(ev.When.Gran))
	e.str(string(ev.When.Mod))
	e.str(ev.DateText)
	e.str(ev.Title)
	e.str(ev.Text)
	e.str(ev.Doc)
	e.uint(uint64(len(ev.Spans)))
	for _, s := range ev.Spans {
		e.int(s.Start)
		e.int(s.End)
	}
	e.strList(ev.Actors)
	e.strList(ev.Sources)
	e.strList(ev.Places)
	e.uint(uint64(len(ev.Quotes)))
	for _, q := range ev.Quotes {
		e.int(q)
	}
	e.uint(math.Float64bits(ev.Salience))
	if !top {
		return
	}
	e.uint(uint64(len(ev.Also)))
	for i := range ev.Also {
		e.event(&ev.Also[i], false)
	}
}

// DecodeTimeline reads a snapshot back. Its strings share the snapshot's bytes, which
// must not change afterwards.
// The documents are read beside the rest, on another core.
func DecodeTimeline(buf []byte) (*model.Timeline, string, error) {
	d := newDecoder(buf)
	dd := d.split(d.uint())
	var docs []model.Document
	read := make(chan struct{})
	go func() {
		defer close(read)
		docs = make([]model.Document, dd.count())
		for i := range docs {
			dd.document(&docs[i])
		}
	}()
	note := d.str()
	actors := make([]model.Actor, d.count())
	for i := range actors {
		a := &actors[i]
		a.ID, a.Name, a.Kind = d.str(), d.str(), model.ActorKind(d.str())
		a.Aliases, a.Roles = d.strList(), d.strList()
	}
	sources := make([]model.Source, d.count())
	for i := range sources {
		s := &sources[i]
		s.ID, s.Name, s.Kind, s.Aliases = d.str(), d.str(), d.str(), d.strList()
	}
	places := make([]model.Place, d.count())
	for i := range places {
		p := &places[i]
		p.ID, p.Name, p.Kind, p.Country = d.str(), d.str(), model.PlaceKind(d.str()), d.str()
		p.Lat, p.Lon = math.Float64frombits(d.uint()), math.Float64frombits(d.uint())
		p.Located, p.Aliases = d.bool(), d.strList()
	}
	d.spans, d.refs, d.quotes, d.also = make([]model.Span, 0, d.count()), make([]string, 0, d.count()), make([]int, 0, d.count()), make([]model.Event, 0, d.count())
	events := make([]model.Event, d.count())
	for i := range events {
		d.event(&events[i], true)
	}
	keyDates := make([]model.KeyDate, d.count())
	for i := range keyDates {
		kd := &keyDates[i]
		kd.Day = d.time()
		kd.Salience = math.Float64frombits(d.uint())
		kd.Events = d.strList()
	}
	keyDays := d.int()
	<-read
	if err := cmp.Or(dd.done(), d.done()); err != nil {
		return nil, "", err
	}
	tl := model.NewTimeline(docs, actors, sources, places, events)
	if len(keyDates) > 0 {
		tl.KeyDates = keyDates
	}
	tl.KeyDays = keyDays
	return tl, note, nil
}

func (d *decoder) document(doc *model.Document) {
	doc.ID, doc.Title, doc.Source, doc.URL, doc.Path = d.str(), d.str(), d.str(), d.str(), d.str()
	doc.DateOrigin, doc.Body = model.DateOrigin(d.str()), d.str()
	doc.Published = d.time()
	if n := d.count(); n > 0 {
		doc.Timexes = make([]model.Timex, n)
		for i := range doc.Timexes {
			t := &doc.Timexes[i]
			t.Start, t.End = d.int(), d.int()
			t.Text, t.Type, t.Value, t.Mod = d.str(), d.str(), d.str(), d.str()
		}
	}
	if n := d.count(); n > 0 {
		doc.Mentions = make([]model.Mention, n)
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			m.Start, m.End, m.Text, m.Actor = d.int(), d.int(), d.str(), d.str()
		}
	}
	if n := d.count(); n > 0 {
		doc.Quotes = make([]model.Quote, n)
		for i := range doc.Quotes {
			q := &doc.Quotes[i]
			q.ID, q.Start, q.End, q.Text, q.Speaker = d.str(), d.int(), d.int(), d.str(), d.str()
			q.SpeakerStart, q.SpeakerEnd, q.Source, q.Direct = d.int(), d.int(), d.str(), d.bool()
		}
	}
}

func (d *decoder) event(ev *model.Event, top bool) {
	ev.ID = d.str()
	ev.When.Start, ev.When.End = d.time(), d.time()
	gran := d.uint()
	if gran > math.MaxUint8 {
		d.err = errDamaged
	}
	ev.When.Gran, ev.When.Mod = model.Granularity(gran), model.Mod(d.str())
	ev.DateText, ev.Title, ev.Text, ev.Doc = d.str(), d.str(), d.str(), d.str()
	if n := d.count(); n > 0 {
		ev.Spans = take(d, &d.spans, n, func() model.Span { return model.Span{Start: d.int(), End: d.int()} })
	}
	if n := d.count(); n > 0 {
		ev.Actors = take(d, &d.refs, n, d.str)
	}
	if n := d.count(); n > 0 {
		ev.Sources = take(d, &d.refs, n, d.str)
	}
	if n := d.count(); n > 0 {
		ev.Places = take(d, &d.refs, n, d.str)
	}
	if n := d.count(); n > 0 {
		ev.Quotes = take(d, &d.quotes, n, d.int)
	}
	ev.Salience = math.Float64frombits(d.uint())
	if !top {
		return
	}
	if n := d.count(); n > 0 {
		// Reports are large: each is read in its place in the arena, never copied.
		a := d.also
		if len(a)+n > cap(a) {
			d.err = errDamaged
			return
		}
		at := len(a)
		d.also = a[:at+n]
		for i := at; i < at+n; i++ {
			d.event(&d.also[i], false)
		}
		ev.Also = d.also[at : at+n : at+n]
	}
}

// take reads n items into the next n places of an arena made to the totals the snapshot
// gave, and gives the slice of them (with no room beyond, so that appending to it copies).
// Totals that prove short are a damaged snapshot.
func take[T any](d *decoder, arena *[]T, n int, read func() T) []T {
	a := *arena
	if len(a)+n > cap(a) {
		d.err = errDamaged
		return nil
	}
	at := len(a)
	for range n {
		a = append(a, read())
	}
	*arena = a
	return a[at:len(a):len(a)]
}
