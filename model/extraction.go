package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Extraction is everything one document yields on its own: the document with its time
// expressions, mentions and quotes, the actors and sources it names, and its events. It
// is the unit of work and of caching. Actor and source IDs inside it are the document's
// own until a merge maps them onto the corpus's, so extractions made apart (in parallel,
// in an earlier run, on another machine) merge the same way as fresh ones.
type Extraction struct {
	Document Document
	Actors   []Actor
	Sources  []Source
	Places   []Place
	Events   []Event
	// Things are names the document calls things, not actors ("the Deepwater Horizon
	// rig"): a merge takes them from the actors of documents that never say so.
	Things []string
}

// Extractions splits a timeline back into one extraction per document, each with the
// actors and sources that document refers to, so that a saved timeline merges with other
// documents as fresh extractions do.
func (t *Timeline) Extractions() []Extraction {
	out := make([]Extraction, len(t.Documents))
	at := make(map[string]int, len(t.Documents))
	for i, d := range t.Documents {
		out[i].Document = d
		at[d.ID] = i
	}
	for _, e := range t.Events {
		for _, r := range e.Reports() {
			if i, ok := at[r.Doc]; ok {
				own := *r
				own.Also, own.Salience = nil, 0
				out[i].Events = append(out[i].Events, own)
			}
		}
	}
	for i := range out {
		// In the order the document gave them (IDs number them), as a fresh extraction has.
		slices.SortStableFunc(out[i].Events, func(a, b Event) int { return compareEventIDs(a.ID, b.ID) })
	}
	placed := make([]bool, len(t.Places))
	for i := range out {
		x := &out[i]
		var actors, sources, places []int
		addActor := func(id string) {
			if k, ok := t.actorIdx[id]; ok {
				actors = append(actors, k)
			}
		}
		addSource := func(id string) {
			if k, ok := t.sourceIdx[id]; ok {
				sources = append(sources, k)
			}
		}
		for _, m := range x.Document.Mentions {
			addActor(m.Actor)
		}
		for _, q := range x.Document.Quotes {
			addActor(q.Speaker)
			addSource(q.Source)
		}
		for _, e := range x.Events {
			for _, a := range e.Actors {
				addActor(a)
			}
			for _, s := range e.Sources {
				addSource(s)
			}
			for _, p := range e.Places {
				if k, ok := t.placeIdx[p]; ok {
					places = append(places, k)
				}
			}
		}
		// In the timeline's own order, so that merging them again gives the same lists.
		slices.Sort(actors)
		slices.Sort(sources)
		for _, k := range slices.Compact(actors) {
			x.Actors = append(x.Actors, t.Actors[k])
		}
		for _, k := range slices.Compact(sources) {
			x.Sources = append(x.Sources, t.Sources[k])
		}
		slices.Sort(places)
		for _, k := range slices.Compact(places) {
			x.Places = append(x.Places, t.Places[k])
			placed[k] = true
		}
	}
	// A place only dropped events named (boilerplate) goes with the first document, so
	// that merging the documents again gives the same list.
	for k, ok := range placed {
		if !ok && len(out) > 0 {
			out[0].Places = append(out[0].Places, t.Places[k])
		}
	}
	return out
}

// compareEventIDs orders "<doc>-e2" before "<doc>-e10".
func compareEventIDs(a, b string) int {
	na, nb := eventNumber(a), eventNumber(b)
	if na != nb {
		return cmp.Compare(na, nb)
	}
	return strings.Compare(a, b)
}

func eventNumber(id string) int {
	i := strings.LastIndex(id, "-e")
	if i < 0 {
		return -1
	}
	n, err := strconv.Atoi(id[i+2:])
	if err != nil {
		return -1
	}
	return n
}
