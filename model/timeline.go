package model

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
)

// Timeline holds events in chronological order (undated ones last) with indexes by actor,
// source and day. Build it with NewTimeline; treat it as read-only afterwards.
type Timeline struct {
	Documents []Document
	Actors    []Actor
	Sources   []Source
	Places    []Place
	Events    []Event
	KeyDates  []KeyDate // every day with events, most salient first; empty until ranked (see story)
	KeyDays   int       // when not 0, only the key events of this many of the best days are here

	actorIdx  map[string]int
	sourceIdx map[string]int
	placeIdx  map[string]int
	docIdx    map[string]int
	byActor   [][]int // by index in Actors: the events it takes part in, ascending
	bySource  [][]int
	byPlace   [][]int
	dated     int // events before this index are dated

	// The actors of event i, as indexes into Actors, are actorOf[actorAt[i]:actorAt[i+1]],
	// and its sources likewise: kept compact, so that counting them over a million events
	// is a pass over integers.
	actorAt, sourceAt, placeAt []int32
	actorOf, sourceOf, placeOf []int32

	all     []int // every event's index, made once: the result of an empty filter
	allOnce sync.Once

	// The search index is built on the first search (or PrepareSearch): printing a
	// timeline never needs it.
	indexOnce sync.Once
	ix        *searchIndex
}

// KeyDate is a day the corpus reports on: how much it matters, and the IDs of the events
// that tell it best, best first.
type KeyDate struct {
	Day      time.Time
	Salience float64
	Events   []string
}

// NewTimeline sorts the events and builds the indexes. Events with equal times keep
// their document order. The timeline keeps the events slice and sorts it where it is.
func NewTimeline(docs []Document, actors []Actor, sources []Source, places []Place, events []Event) *Timeline {
	t := &Timeline{Documents: docs, Actors: actors, Sources: sources, Places: places, Events: events}
	t.docIdx = make(map[string]int, len(docs))
	for i, d := range docs {
		t.docIdx[d.ID] = i
	}
	t.sortEvents()
	t.actorIdx = positions(actors, func(a *Actor) string { return a.ID })
	t.sourceIdx = positions(sources, func(s *Source) string { return s.ID })
	t.placeIdx = positions(places, func(p *Place) string { return p.ID })
	t.dated = len(t.Events)
	t.actorAt = make([]int32, 1, len(t.Events)+1)
	t.sourceAt = make([]int32, 1, len(t.Events)+1)
	t.placeAt = make([]int32, 1, len(t.Events)+1)
	for i := range t.Events {
		e := &t.Events[i]
		// Each actor of every report once, as AllActors has them, without its allocations.
		from, fromS, fromP := len(t.actorOf), len(t.sourceOf), len(t.placeOf)
		for j := -1; j < len(e.Also); j++ {
			r := e
			if j >= 0 {
				r = &e.Also[j]
			}
			t.actorOf = appendNew(t.actorOf, from, r.Actors, t.actorIdx)
			t.sourceOf = appendNew(t.sourceOf, fromS, r.Sources, t.sourceIdx)
			t.placeOf = appendNew(t.placeOf, fromP, r.Places, t.placeIdx)
		}
		t.actorAt = append(t.actorAt, int32(len(t.actorOf)))
		t.sourceAt = append(t.sourceAt, int32(len(t.sourceOf)))
		t.placeAt = append(t.placeAt, int32(len(t.placeOf)))
		if !e.When.Dated() && i < t.dated {
			t.dated = i
		}
	}
	t.byActor = invert(t.actorOf, t.actorAt, len(actors))
	t.bySource = invert(t.sourceOf, t.sourceAt, len(sources))
	t.byPlace = invert(t.placeOf, t.placeAt, len(places))
	return t
}

func positions[T any](list []T, id func(*T) string) map[string]int {
	at := make(map[string]int, len(list))
	for i := range list {
		at[id(&list[i])] = i
	}
	return at
}

// appendNew appends to of the positions of ids not yet in of[from:].
func appendNew(of []int32, from int, ids []string, idx map[string]int) []int32 {
	for _, id := range ids {
		if k, ok := idx[id]; ok && !slices.Contains(of[from:], int32(k)) {
			of = append(of, int32(k))
		}
	}
	return of
}

// invert turns each event's list of actors (or sources) into each actor's list of events,
// by counting first: one array holds every list.
func invert(of, at []int32, n int) [][]int {
	counts := make([]int, n+1)
	for _, k := range of {
		counts[k+1]++
	}
	for k := 1; k <= n; k++ {
		counts[k] += counts[k-1]
	}
	arena := make([]int, len(of))
	fill := slices.Clone(counts[:n])
	for i := 0; i+1 < len(at); i++ {
		for _, k := range of[at[i]:at[i+1]] {
			arena[fill[k]] = i
			fill[k]++
		}
	}
	out := make([][]int, n)
	for k := range out {
		out[k] = arena[counts[k]:counts[k+1]:counts[k+1]]
	}
	return out
}

// sortEvents puts the events in time order, then document order, then text order, equal
// ones as they came. Events are large, so a permutation is sorted, on keys that hold all
// it compares, and applied in place, rather than the events moved about by a stable sort.
func (t *Timeline) sortEvents() {
	type key struct {
		undated            bool
		start, end         int64 // Unix seconds
		startNano, endNano int32
		i, doc, span       int
	}
	keys := make([]key, len(t.Events))
	for i := range t.Events {
		e := &t.Events[i]
		k := key{i: i, doc: t.docIdx[e.Doc], span: firstSpan(e), undated: !e.When.Dated()}
		if !k.undated {
			k.start, k.startNano = e.When.Start.Unix(), int32(e.When.Start.Nanosecond())
			k.end, k.endNano = e.When.End.Unix(), int32(e.When.End.Nanosecond())
		}
		keys[i] = k
	}
	// As When.Compare orders them: dated first, by start, then by end.
	order := func(a, b key) int {
		if a.undated != b.undated {
			if a.undated {
				return 1
			}
			return -1
		}
		// Field by field with early returns: cmp.Or would compare all seven each time, and
		// a large corpus sorts a million events.
		switch {
		case a.start != b.start:
			return cmp.Compare(a.start, b.start)
		case a.startNano != b.startNano:
			return cmp.Compare(a.startNano, b.startNano)
		case a.end != b.end:
			return cmp.Compare(a.end, b.end)
		case a.endNano != b.endNano:
			return cmp.Compare(a.endNano, b.endNano)
		case a.doc != b.doc:
			return cmp.Compare(a.doc, b.doc)
		case a.span != b.span:
			return cmp.Compare(a.span, b.span)
		}
		return cmp.Compare(a.i, b.i)
	}
	// Events come in order more often than not (a saved timeline, a snapshot): then
	// they stay where they are.
	if slices.IsSortedFunc(keys, order) {
		return
	}
	slices.SortFunc(keys, order)
	// Event n is to be the one now at keys[n].i: follow each cycle of the permutation,
	// holding one event aside.
	for n := range keys {
		if keys[n].i < 0 || keys[n].i == n {
			continue
		}
		held := t.Events[n]
		at := n
		for {
			from := keys[at].i
			keys[at].i = -1
			if from == n {
				t.Events[at] = held
				break
			}
			t.Events[at] = t.Events[from]
			at = from
		}
	}
}

func firstSpan(e *Event) int {
	if len(e.Spans) == 0 {
		return 0
	}
	return e.Spans[0].Start
}

// Facets are counts of events per actor, source and place, by their index in Actors,
// Sources and Places.
type Facets struct{ Actors, Sources, Places []int32 }

// CountFacets counts the events at idx per actor, source and place. It is a pass over
// integers, quick enough to run on every key.
func (t *Timeline) CountFacets(idx []int) Facets {
	f := Facets{make([]int32, len(t.Actors)), make([]int32, len(t.Sources)), make([]int32, len(t.Places))}
	for _, i := range idx {
		for _, a := range t.actorOf[t.actorAt[i]:t.actorAt[i+1]] {
			f.Actors[a]++
		}
		for _, s := range t.sourceOf[t.sourceAt[i]:t.sourceAt[i+1]] {
			f.Sources[s]++
		}
		for _, p := range t.placeOf[t.placeAt[i]:t.placeAt[i+1]] {
			f.Places[p]++
		}
	}
	return f
}

// ActorIndex is the actor's position in Actors.
func (t *Timeline) ActorIndex(id string) (int, bool) {
	i, ok := t.actorIdx[id]
	return i, ok
}

// SourceIndex is the source's position in Sources.
func (t *Timeline) SourceIndex(id string) (int, bool) {
	i, ok := t.sourceIdx[id]
	return i, ok
}

// Actor returns the actor with the given ID.
func (t *Timeline) Actor(id string) (Actor, bool) {
	i, ok := t.actorIdx[id]
	if !ok {
		return Actor{}, false
	}
	return t.Actors[i], true
}

// PlaceIndex is the place's position in Places.
func (t *Timeline) PlaceIndex(id string) (int, bool) {
	i, ok := t.placeIdx[id]
	return i, ok
}

// Place returns the place with the given ID.
func (t *Timeline) Place(id string) (Place, bool) {
	i, ok := t.placeIdx[id]
	if !ok {
		return Place{}, false
	}
	return t.Places[i], true
}

// Source returns the source with the given ID.
func (t *Timeline) Source(id string) (Source, bool) {
	i, ok := t.sourceIdx[id]
	if !ok {
		return Source{}, false
	}
	return t.Sources[i], true
}

// Document returns the document with the given ID, or nil.
func (t *Timeline) Document(id string) *Document {
	i, ok := t.docIdx[id]
	if !ok {
		return nil
	}
	return &t.Documents[i]
}

// ActorCount is the number of events the actor takes part in.
func (t *Timeline) ActorCount(id string) int { return len(t.actorEvents(id)) }

// SourceCount is the number of events the source stands behind.
func (t *Timeline) SourceCount(id string) int { return len(t.sourceEvents(id)) }

// PlaceCount is the number of events that happen at the place.
func (t *Timeline) PlaceCount(id string) int { return len(t.placeEvents(id)) }

// actorEvents and sourceEvents are the events of an actor or source, ascending.
func (t *Timeline) actorEvents(id string) []int {
	if i, ok := t.actorIdx[id]; ok {
		return t.byActor[i]
	}
	return nil
}

func (t *Timeline) sourceEvents(id string) []int {
	if i, ok := t.sourceIdx[id]; ok {
		return t.bySource[i]
	}
	return nil
}

func (t *Timeline) placeEvents(id string) []int {
	if i, ok := t.placeIdx[id]; ok {
		return t.byPlace[i]
	}
	return nil
}

// EventsOn returns the indexes of the events that start on the given day.
func (t *Timeline) EventsOn(day time.Time) []int {
	d := Day(day.Date())
	lo, hi := t.Between(d, d.AddDate(0, 0, 1))
	if lo == hi {
		return nil
	}
	return t.everyEvent()[lo:hi:hi]
}

// DatedCount is the number of dated events; they come first in Events.
func (t *Timeline) DatedCount() int { return t.dated }

// Between is the range of positions [lo, hi) of the dated events that start in
// [from, to): events are in time order, so it is two binary searches.
func (t *Timeline) Between(from, to time.Time) (lo, hi int) {
	at := func(x time.Time) int {
		i, _ := slices.BinarySearchFunc(t.Events[:t.dated], x, func(e Event, x time.Time) int { return e.When.Start.Compare(x) })
		return i
	}
	return at(from), at(to)
}

// ActorsByCount lists actor IDs, most events first, then by name.
func (t *Timeline) ActorsByCount() []string {
	return byCount(len(t.Actors), func(i int) (string, string) { return t.Actors[i].ID, t.Actors[i].Name }, t.byActor)
}

// SourcesByCount lists source IDs, most events first, then by name.
func (t *Timeline) SourcesByCount() []string {
	return byCount(len(t.Sources), func(i int) (string, string) { return t.Sources[i].ID, t.Sources[i].Name }, t.bySource)
}

// PlacesByCount lists place IDs, most events first, then by name.
func (t *Timeline) PlacesByCount() []string {
	return byCount(len(t.Places), func(i int) (string, string) { return t.Places[i].ID, t.Places[i].Name }, t.byPlace)
}

func byCount(n int, at func(int) (id, name string), index [][]int) []string {
	type row struct {
		id, name string
		n        int
	}
	rows := make([]row, n)
	for i := range rows {
		id, name := at(i)
		rows[i] = row{id, strings.ToLower(name), len(index[i])}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.name, b.name)
	})
	ids := make([]string, n)
	for i, r := range rows {
		ids[i] = r.id
	}
	return ids
}
