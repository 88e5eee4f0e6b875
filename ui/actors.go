package ui

import (
	"slices"
	"strings"

	"storyline/model"
)

// actorItems lists the actors of the events in view, most events first. counts are the
// events in view per actor, nil when every event is in view; actors in none are left out
// unless they are an active filter.
func actorItems(tl *model.Timeline, counts map[string]int, active []string) []facetItem {
	return facetItems(tl.ActorsByCount(), counts, tl.ActorCount, active, func(id string) (string, string) {
		a, _ := tl.Actor(id)
		return displayName(a.Name, id), shortKind(string(a.Kind))
	})
}

func sourceItems(tl *model.Timeline, counts map[string]int, active []string) []facetItem {
	return facetItems(tl.SourcesByCount(), counts, tl.SourceCount, active, func(id string) (string, string) {
		s, _ := tl.Source(id)
		return displayName(s.Name, id), shortKind(s.Kind)
	})
}

func facetItems(ids []string, counts map[string]int, total func(string) int, active []string, describe func(string) (name, kind string)) []facetItem {
	items := make([]facetItem, 0, len(ids))
	for _, id := range ids {
		n := total(id)
		if counts != nil {
			n = counts[id]
		}
		if n == 0 && !slices.Contains(active, id) {
			continue // in no event in view (or boilerplate, or left out by --key)
		}
		name, kind := describe(id)
		items = append(items, facetItem{id: id, name: name, kind: kind, count: n})
	}
	if counts != nil {
		slices.SortStableFunc(items, func(a, b facetItem) int { return b.count - a.count })
	}
	return items
}

// facetCounts counts, per actor and per source, the events at idx.
func facetCounts(tl *model.Timeline, idx []int) (actors, sources map[string]int) {
	actors, sources = map[string]int{}, map[string]int{}
	for _, i := range idx {
		e := &tl.Events[i]
		for _, a := range e.AllActors() {
			actors[a]++
		}
		for _, s := range e.AllSources() {
			sources[s]++
		}
	}
	return actors, sources
}

// resolveActors turns --actor names into actor IDs with the same rule as the command line
// (model.Timeline.LookupActor), so exploring and printing filter alike.
func resolveActors(tl *model.Timeline, queries []string) (ids, unknown []string) {
	for _, q := range queries {
		if strings.TrimSpace(q) == "" {
			continue
		}
		found := tl.LookupActor(q)
		if len(found) == 0 {
			unknown = append(unknown, strings.ToLower(strings.TrimSpace(q)))
		}
		for _, id := range found {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids, unknown
}

// displayName is a cleaned name, or the ID when the name is empty.
func displayName(name, id string) string {
	if strings.TrimSpace(name) == "" {
		return clean(id)
	}
	return clean(name)
}
