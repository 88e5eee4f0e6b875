package extract

import (
	"slices"
	"strings"

	"storyline/model"
)

// placesForActors takes back, across the corpus, actors that are places other articles
// name: "Brega fell" read alone as an organisation, where other reports say "fighting in
// Brega"; "Ras Lanuf" read as a person. An organisation, or a person whose name opens
// with no given name, without a role, that bears a place's name becomes that place in
// its document's events, and its mentions and quotes lose it. It runs before the actors
// are merged, so that no actor ID counts one that is gone. The extractions given are
// not changed: those that change are copied.
func placesForActors(exts []model.Extraction, places []model.Place) []model.Extraction {
	byName := map[string]string{}
	for _, p := range places {
		if p.Kind != model.PlaceCountry {
			byName[p.Name] = p.ID
		}
	}
	if len(byName) == 0 {
		return exts
	}
	g := builtinGazetteer()
	out := exts
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
		if &out[0] == &exts[0] {
			out = slices.Clone(exts)
		}
		out[i] = asPlaces(x, to)
	}
	return out
}

// asPlaces is x with the actors of to made places.
func asPlaces(x model.Extraction, to map[string]string) model.Extraction {
	gone := func(id string) bool { return to[id] != "" }
	x.Actors = slices.DeleteFunc(slices.Clone(x.Actors), func(a model.Actor) bool { return gone(a.ID) })
	x.Events = slices.Clone(x.Events)
	for k := range x.Events {
		e := &x.Events[k]
		if !slices.ContainsFunc(e.Actors, gone) {
			continue
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
	d := &x.Document
	d.Mentions = slices.DeleteFunc(slices.Clone(d.Mentions), func(m model.Mention) bool { return gone(m.Actor) })
	if len(d.Mentions) == 0 {
		d.Mentions = nil
	}
	d.Quotes = slices.Clone(d.Quotes)
	for k := range d.Quotes {
		if gone(d.Quotes[k].Speaker) {
			d.Quotes[k].Speaker = ""
		}
	}
	return x
}
