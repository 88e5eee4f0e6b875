package extract

import (
	"storyline/data/actor"
	"storyline/model"
)

// merge gives all articles one set of actors and sources and builds the timeline.
func merge(results []result) *model.Timeline {
	rs := make([]*actor.Result, len(results))
	for i := range results {
		rs[i] = results[i].actors
	}
	actors, sources, remap := actor.MergeDocuments(rs)
	var docs []model.Document
	var events []model.Event
	for i, r := range results {
		doc := r.doc
		for k := range doc.Mentions {
			doc.Mentions[k].Actor = remap(i, doc.Mentions[k].Actor)
		}
		for k := range doc.Quotes {
			if doc.Quotes[k].Speaker != "" {
				doc.Quotes[k].Speaker = remap(i, doc.Quotes[k].Speaker)
			}
		}
		for _, e := range r.events {
			for k, a := range e.Actors {
				e.Actors[k] = remap(i, a)
			}
			e.Actors = dedupe(e.Actors)
			events = append(events, e)
		}
		docs = append(docs, doc)
	}
	return model.NewTimeline(docs, actors, sources, events)
}

func dedupe(ids []string) []string {
	out := ids[:0]
	seen := map[string]bool{}
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
