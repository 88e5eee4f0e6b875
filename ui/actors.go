package ui

import (
	"math"
	"slices"
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// facetBase is every actor (or place, or source) as the panes list it, most events first,
// built once per timeline: a change of filter only recounts and reorders it.
type facetBase []facetItem

func actorBase(tl *model.Timeline) facetBase {
	return newFacetBase(tl.ActorsByCount(), tl.ActorCount, tl.ActorIndex, func(id string) (facetItem, []string) {
		a, _ := tl.Actor(id)
		return facetItem{name: displayName(a.Name, id), kind: shortKind(string(a.Kind))}, a.Aliases
	})
}

func sourceBase(tl *model.Timeline) facetBase {
	return newFacetBase(tl.SourcesByCount(), tl.SourceCount, tl.SourceIndex, func(id string) (facetItem, []string) {
		s, _ := tl.Source(id)
		return facetItem{name: displayName(s.Name, id), kind: shortKind(s.Kind)}, s.Aliases
	})
}

// newFacetBase lists ids with what describe says of each (the name, kind and note of an
// item, and the aliases it is found by besides its name and note).
func newFacetBase(ids []string, total func(string) int, index func(string) (int, bool), describe func(string) (facetItem, []string)) facetBase {
	items := make(facetBase, 0, len(ids))
	for _, id := range ids {
		it, aliases := describe(id)
		it.folded = strings.ToLower(it.name)
		if it.note != "" {
			aliases = append([]string{it.note}, aliases...)
		}
		if len(aliases) > 0 {
			it.folded += "\n" + strings.ToLower(strings.Join(aliases, "\n"))
		}
		it.id, it.count = id, total(id)
		it.index, _ = index(id)
		items = append(items, it)
	}
	return items
}

// view lists the items of the events in view, most events first. counts are the events
// in view by actor (or place, or source) index, nil when every event is in view; items in
// none are left out unless they are an active filter (boilerplate, or left out by --key).
func (b facetBase) view(counts []int32, active []string) []facetItem {
	if counts == nil {
		items := make([]facetItem, 0, len(b))
		for _, it := range b {
			if it.count > 0 || slices.Contains(active, it.id) {
				items = append(items, it)
			}
		}
		return items
	}
	// Sorted as keys (most events first, then the base's order) rather than as items:
	// moving thousands of large items about on every key is what this saves.
	keys := make([]uint64, 0, len(b))
	for i := range b {
		if n := counts[b[i].index]; n > 0 || slices.Contains(active, b[i].id) {
			keys = append(keys, uint64(math.MaxUint32-uint32(n))<<32|uint64(i))
		}
	}
	slices.Sort(keys)
	items := make([]facetItem, len(keys))
	for j, k := range keys {
		items[j] = b[uint32(k)]
		items[j].count = int(math.MaxUint32 - uint32(k>>32))
	}
	return items
}

// resolveNames turns --actor or --place names into IDs with the same rule as the command
// line (model.Timeline.LookupActor, LookupPlace), so exploring and printing filter alike.
func resolveNames(find func(string) []string, queries []string) (ids, notFound []string) {
	for _, q := range queries {
		if strings.TrimSpace(q) == "" {
			continue
		}
		found := find(q)
		if len(found) == 0 {
			notFound = append(notFound, strings.ToLower(strings.TrimSpace(q)))
		}
		for _, id := range found {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids, notFound
}

// displayName is a cleaned name, or the ID when the name is empty.
func displayName(name, id string) string {
	if strings.TrimSpace(name) == "" {
		return text.VisibleLine(id)
	}
	return text.VisibleLine(name)
}
