package extract

import (
	"path/filepath"
	"slices"
	"strings"

	"storyline/data/actor"
	"storyline/model"
)

// Merge joins extractions into one timeline: one set of actors and sources across all
// documents, every reference mapped onto it. Fresh and stored extractions merge alike. A
// document met twice (the same content read from two files) is kept once, the first time.
// The result depends only on the extractions and their order.
func Merge(exts []model.Extraction) *model.Timeline {
	seen := make(map[string]bool, len(exts))
	kept := exts[:0:0]
	for _, x := range exts {
		if !seen[x.Document.ID] {
			seen[x.Document.ID] = true
			kept = append(kept, x)
		}
	}
	places := mergePlaces(kept)
	moved, docActors := settleActors(kept, places)
	docSources := make([][]model.Source, len(kept))
	for i, x := range kept {
		docSources[i] = x.Sources
	}
	actors, sources, actorID, sourceID := actor.MergeDocumentsWith(builtinGazetteer(), docActors, docSources)
	docs := make([]model.Document, 0, len(kept))
	// Every list made here comes out of one array of its kind, cut to length: a corpus
	// has hundreds of thousands of them, and the collector scans what is allocated.
	var nEvents, nIDs, nMentions, nQuotes int
	for _, x := range kept {
		nEvents += len(x.Events)
		nMentions += len(x.Document.Mentions)
		nQuotes += len(x.Document.Quotes)
		for k := range x.Events { // by index: an event is 300 bytes
			nIDs += len(x.Events[k].Actors) + len(x.Events[k].Sources)
		}
	}
	events := make([]model.Event, 0, nEvents)
	ids := make([]string, 0, nIDs)
	mentions := make([]model.Mention, 0, nMentions)
	quotes := make([]model.Quote, 0, nQuotes)
	for i, x := range kept {
		doc := x.Document
		if doc.Title == "" {
			doc.Title = filepath.Base(doc.Path)
		}
		var to map[string]string // the document's actors that are places or things
		if moved != nil {
			to = moved[i]
		}
		doc.Mentions, mentions = carve(mentions, doc.Mentions)
		if to != nil {
			doc.Mentions = slices.DeleteFunc(doc.Mentions, func(m model.Mention) bool { return gone(to, m.Actor) })
			if len(doc.Mentions) == 0 {
				doc.Mentions = nil
			}
		}
		for k := range doc.Mentions {
			doc.Mentions[k].Actor = actorID(i, doc.Mentions[k].Actor)
		}
		doc.Quotes, quotes = carve(quotes, doc.Quotes)
		for k := range doc.Quotes {
			q := &doc.Quotes[k]
			if gone(to, q.Speaker) {
				q.Speaker = ""
			}
			if q.Speaker != "" {
				q.Speaker = actorID(i, q.Speaker)
			}
			if q.Source != "" {
				q.Source = sourceID(i, q.Source)
			}
		}
		for k := range x.Events {
			events = append(events, x.Events[k])
			e := &events[len(events)-1]
			if to != nil {
				settle(e, to)
			}
			e.Actors, ids = remapAll(ids, e.Actors, i, actorID)
			e.Sources, ids = remapAll(ids, e.Sources, i, sourceID)
		}
		docs = append(docs, doc)
	}
	return model.NewTimeline(docs, actors, sources, places, events)
}

// mergePlaces joins the documents' places. A place's ID is its canonical name's, the same
// in every document, so no reference needs mapping; the aliases are pooled.
func mergePlaces(exts []model.Extraction) []model.Place {
	var out []model.Place
	at := map[string]int{}
	for _, x := range exts {
		for _, p := range x.Places {
			k, ok := at[p.ID]
			if !ok {
				at[p.ID] = len(out)
				p.Aliases = slices.Clone(p.Aliases)
				out = append(out, p)
				continue
			}
			q := &out[k]
			for _, a := range p.Aliases {
				if !slices.Contains(q.Aliases, a) {
					q.Aliases = append(q.Aliases, a)
				}
			}
		}
	}
	// By ID, as actors are: the list then does not depend on the order of the documents,
	// and a saved timeline split into documents merges back to the same list.
	slices.SortFunc(out, func(a, b model.Place) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// carve copies list onto the end of buf and returns the copy, cut so that appending to it
// cannot reach into what follows, and buf grown by it. A nil list stays nil.
func carve[T any](buf, list []T) (copied, rest []T) {
	if list == nil {
		return nil, buf
	}
	n := len(buf)
	buf = append(buf, list...)
	return buf[n:len(buf):len(buf)], buf
}

// remapAll maps a document's own IDs onto the merged ones, copied onto the end of buf (the
// extraction may be shared, as a stored one is), dropping repeats where two local IDs
// merged into one.
func remapAll(buf, ids []string, doc int, to func(int, string) string) (mapped, rest []string) {
	if len(ids) == 0 {
		return ids, buf
	}
	start := len(buf)
	for _, id := range ids {
		m := to(doc, id)
		if !slices.Contains(buf[start:], m) {
			buf = append(buf, m)
		}
	}
	return buf[start:len(buf):len(buf)], buf
}
