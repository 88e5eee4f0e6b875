package extract

import (
	"slices"
	"strings"

	"storyline/model"
)

// placesForActors finds, across the corpus, actors that are places other articles name:
// "Brega fell" read alone as an organisation, where other reports say "fighting in
// Brega"; "Ras Lanuf" read as a person. An organisation, or a person whose name opens
// with no given name, without a role, that bears a place's name becomes that place in
// its document's events, and its mentions and quotes lose it. It gives, for each
// document, its actor IDs that are places and the place each is (nil for most), and the
// documents' actor lists without them; Merge applies the rest as it copies each
// document, so nothing is copied twice. The extractions given are not changed.
func placesForActors(exts []model.Extraction, places []model.Place) (moved []map[string]string, actors [][]model.Actor) {
	actors = make([][]model.Actor, len(exts))
	for i, x := range exts {
		actors[i] = x.Actors
	}
	byName := map[string]string{}
	for _, p := range places {
		if p.Kind != model.PlaceCountry {
			byName[p.Name] = p.ID
		}
	}
	if len(byName) == 0 {
		return nil, actors
	}
	g := builtinGazetteer()
	for i, x := range exts {
		var to map[string]string // the document's actor ID -> place ID
		for _, a := range x.Actors {
			id, ok := byName[a.Name]
			if !ok || len(a.Roles) > 0 {
				continue
			}
			first, _, multi := strings.Cut(a.Name, " ")
			if a.Kind == model.KindOrganization || a.Kind == model.KindPerson && multi && !g.GivenName(first) {
				if to == nil {
					to = map[string]string{}
				}
				to[a.ID] = id
			}
		}
		if to == nil {
			continue
		}
		if moved == nil {
			moved = make([]map[string]string, len(exts))
		}
		moved[i] = to
		actors[i] = slices.DeleteFunc(slices.Clone(x.Actors), func(a model.Actor) bool { return to[a.ID] != "" })
	}
	return moved, actors
}

// asPlace moves an event's actors that are places to its places. Its lists may be shared
// with a stored extraction, so the changed ones are new.
func asPlace(e *model.Event, to map[string]string) {
	if !slices.ContainsFunc(e.Actors, func(id string) bool { return to[id] != "" }) {
		return
	}
	var actors []string
	places := slices.Clone(e.Places)
	for _, a := range e.Actors {
		if p, ok := to[a]; ok {
			if !slices.Contains(places, p) {
				places = append(places, p)
			}
			continue
		}
		actors = append(actors, a)
	}
	e.Actors, e.Places = actors, places
}
