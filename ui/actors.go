package ui

import (
	"slices"
	"strings"

	"storyline/model"
)

// facetBase is every actor (or source) as the panes list it, most events first, built
// once per timeline: a change of filter only recounts and reorders it.
type facetBase []facetItem

func actorBase(tl *model.Timeline) facetBase {
	return newFacetBase(tl.ActorsByCount(), tl.ActorCount, tl.ActorIndex, func(id string) (string, string, []string) {
		a, _ := tl.Actor(id)
		return displayName(a.Name, id), shortKind(string(a.Kind)), a.Aliases
	})
}

func sourceBase(tl *model.Timeline) facetBase {
	return newFacetBase(tl.SourcesByCount(), tl.SourceCount, tl.SourceIndex, func(id string) (string, string, []string) {
		s, _ := tl.Source(id)
		return displayName(s.Name, id), shortKind(s.Kind), s.Aliases
	})
}

func newFacetBase(ids []string, total func(string) int, index func(string) (int, bool), describe func(string) (name, kind string, aliases []string)) facetBase {
	items := make(facetBase, 0, len(ids))
	for _, id := range ids {
		name, kind, aliases := describe(id)
		folded := strings.ToLower(name)
		if len(aliases) > 0 {
			folded += "\n" + strings.ToLower(strings.Join(aliases, "\n"))
		}
		at, _ := index(id)
		items = append(items, facetItem{id: id, name: name, kind: kind, count: total(id), folded: folded, index: at})
	}
	return items
}

// view lists the items of the events in view, most events first. counts are the events
// in view by actor (or source) index, nil when every event is in view; items in none are
// left out unless they are an active filter (boilerplate, or left out by --key).
func (b facetBase) view(counts []int32, active []string) []facetItem {
	items := make([]facetItem, 0, len(b))
	for _, it := range b {
		if counts != nil {
			it.count = int(counts[it.index])
		}
		if it.count > 0 || slices.Contains(active, it.id) {
			items = append(items, it)
		}
	}
	if counts != nil {
		slices.SortStableFunc(items, func(a, b facetItem) int { return b.count - a.count })
	}
	return items
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
