package extract

import (
	"path/filepath"

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
	docActors := make([][]model.Actor, len(kept))
	docSources := make([][]model.Source, len(kept))
	for i, x := range kept {
		docActors[i], docSources[i] = x.Actors, x.Sources
	}
	actors, sources, actorID, sourceID := actor.MergeDocuments(docActors, docSources)
	docs := make([]model.Document, 0, len(kept))
	n := 0
	for _, x := range kept {
		n += len(x.Events)
	}
	events := make([]model.Event, 0, n)
	for i, x := range kept {
		doc := x.Document
		if doc.Title == "" {
			doc.Title = filepath.Base(doc.Path)
		}
		doc.Mentions = append([]model.Mention(nil), doc.Mentions...)
		for k := range doc.Mentions {
			doc.Mentions[k].Actor = actorID(i, doc.Mentions[k].Actor)
		}
		doc.Quotes = append([]model.Quote(nil), doc.Quotes...)
		for k := range doc.Quotes {
			q := &doc.Quotes[k]
			if q.Speaker != "" {
				q.Speaker = actorID(i, q.Speaker)
			}
			if q.Source != "" {
				q.Source = sourceID(i, q.Source)
			}
		}
		for _, e := range x.Events {
			e.Actors = remapAll(e.Actors, i, actorID)
			e.Sources = remapAll(e.Sources, i, sourceID)
			events = append(events, e)
		}
		docs = append(docs, doc)
	}
	return model.NewTimeline(docs, actors, sources, events)
}

// remapAll maps a document's own IDs onto the merged ones, in a new slice (the extraction
// may be shared, as a stored one is), dropping repeats where two local IDs merged into one.
func remapAll(ids []string, doc int, to func(int, string) string) []string {
	if len(ids) == 0 {
		return ids
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		m := to(doc, id)
		dup := false
		for _, o := range out {
			dup = dup || o == m
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}
