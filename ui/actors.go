package ui

import (
	"slices"
	"strings"

	"storyline/model"
)

func actorItems(tl *model.Timeline) []facetItem {
	ids := tl.ActorsByCount()
	items := make([]facetItem, 0, len(ids))
	for _, id := range ids {
		a, _ := tl.Actor(id)
		items = append(items, facetItem{id: id, name: displayName(a.Name, id), kind: shortKind(string(a.Kind)), count: tl.ActorCount(id)})
	}
	return items
}

// resolveActors turns what the user typed after --actor into actor IDs. An exact match
// (case-insensitive) on ID, name or alias wins; failing that, every actor whose name or
// alias contains the words is taken, so "shoigu" finds "Sergei Shoigu". Names that match
// nothing are returned so that the explorer can say so.
func resolveActors(tl *model.Timeline, queries []string) (ids, unknown []string) {
	for _, q := range queries {
		q = strings.ToLower(strings.TrimSpace(q))
		if q == "" {
			continue
		}
		found := matchActors(tl, func(s string) bool { return strings.ToLower(s) == q })
		if len(found) == 0 {
			found = matchActors(tl, func(s string) bool { return strings.Contains(strings.ToLower(s), q) })
		}
		if len(found) == 0 {
			unknown = append(unknown, q)
		}
		for _, id := range found {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids, unknown
}

func matchActors(tl *model.Timeline, match func(string) bool) []string {
	var out []string
	for _, a := range tl.Actors {
		if match(a.ID) || match(a.Name) || slices.ContainsFunc(a.Aliases, match) {
			out = append(out, a.ID)
		}
	}
	return out
}

// displayName is a cleaned name, or the ID when the name is empty.
func displayName(name, id string) string {
	if strings.TrimSpace(name) == "" {
		return clean(id)
	}
	return clean(name)
}
