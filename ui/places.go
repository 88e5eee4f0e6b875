package ui

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// placeBase lists the timeline's places. A country says so where the kinds go; a city or
// region has its country after its name instead, which tells two of a name apart and
// says more than "city" would, in a column too narrow for both.
func placeBase(tl *model.Timeline) facetBase {
	return newFacetBase(tl.PlacesByCount(), tl.PlaceCount, tl.PlaceIndex, func(id string) (facetItem, []string) {
		p, _ := tl.Place(id)
		it := facetItem{name: displayName(p.Name, id)}
		if p.Kind == model.PlaceCountry {
			it.kind = "country"
		}
		if c := strings.TrimSpace(p.Country); c != "" {
			it.note = text.VisibleLine(c)
		}
		return it, p.Aliases
	})
}

// placeNames is each place by name, with its country in brackets when it lies in one:
// "Homs (Syria)".
func placeNames(tl *model.Timeline, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		p, ok := tl.Place(id)
		if !ok {
			out = append(out, text.VisibleLine(id))
			continue
		}
		s := displayName(p.Name, id)
		if c := strings.TrimSpace(p.Country); c != "" {
			s += " (" + text.VisibleLine(c) + ")"
		}
		out = append(out, s)
	}
	return out
}
