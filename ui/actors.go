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
		if tl.ActorCount(id) == 0 {
			break // listed most events first: the rest are in no event (boilerplate, or left out by --key)
		}
		a, _ := tl.Actor(id)
		items = append(items, facetItem{id: id, name: displayName(a.Name, id), kind: shortKind(string(a.Kind)), count: tl.ActorCount(id)})
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
