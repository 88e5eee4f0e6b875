package ui

import "storyline/model"

func sourceItems(tl *model.Timeline) []facetItem {
	ids := tl.SourcesByCount()
	items := make([]facetItem, 0, len(ids))
	for _, id := range ids {
		if tl.SourceCount(id) == 0 {
			break // listed most events first: the rest are in no event (boilerplate, or left out by --key)
		}
		s, _ := tl.Source(id)
		items = append(items, facetItem{id: id, name: displayName(s.Name, id), kind: shortKind(s.Kind), count: tl.SourceCount(id)})
	}
	return items
}
