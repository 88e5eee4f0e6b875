package extract

import (
	"slices"
	"strings"

	"storyline/model"
)

// settleActors takes back, across the corpus, actors that other articles show are no
// actors. A place other articles name: "Brega fell" read alone as an organisation, where
// other reports say "fighting in Brega"; "Ras Lanuf" read as a person. An organisation,
// or a person whose name opens with no given name, without a role, that bears a place's
// name becomes that place in its document's events, unless it is the surname of a person
// named in full or a place too weak to outvote the actor (weakPlaces). A thing another
// article names as one ("the Deepwater Horizon rig"): a person or organisation of that
// name, without a role, is no actor. Either way its mentions and quotes lose it.
//
// It gives, for each document, its actor IDs that go and the place each becomes ("" for
// none) (nil for most), and the documents' actor lists without them; Merge applies the
// rest as it copies each document, so nothing is copied twice. It runs before the actors
// are merged, so that no actor ID counts one that is gone. The extractions given are not
// changed.
func settleActors(exts []model.Extraction, places []model.Place) (moved []map[string]string, actors [][]model.Actor) {
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
	// The texts' own spellings of a place the world gazetteer names otherwise ("Zawiyah"
	// for Az Zawiyah), unless they are another place's name.
	for _, p := range places {
		if p.Kind == model.PlaceCountry {
			continue
		}
		for _, a := range p.Aliases {
			if _, ok := byName[a]; !ok {
				byName[a] = p.ID
			}
		}
	}
	// The surnames of people named in full: "Gadhafi" alone is Moammar Gadhafi's, though
	// an article reads "confidence in Gadhafi" as a setting.
	surnames := map[string]bool{} // those that are places' names too
	addSurname := func(n string) {
		if i := strings.LastIndexByte(n, ' '); i > 0 {
			if _, ok := byName[n[i+1:]]; ok {
				surnames[n[i+1:]] = true
			}
		}
	}
	g := builtinGazetteer()
	// A person who is a place's name and becomes that place below ("N. Korea" read as a
	// name) lends no surname: else the run that takes it back and a run over the saved
	// timeline, which no longer has it, would settle "Korea" differently.
	becomesPlace := func(a model.Actor) bool {
		first, _, multi := strings.Cut(a.Name, " ")
		_, ok := byName[a.Name]
		return ok && len(a.Roles) == 0 && multi && !g.GivenName(first)
	}
	for _, x := range exts {
		if len(byName) == 0 {
			break // no place to take an actor for
		}
		for _, a := range x.Actors {
			if a.Kind == model.KindPerson && !becomesPlace(a) {
				addSurname(a.Name)
				for _, al := range a.Aliases {
					addSurname(al)
				}
			}
		}
	}
	var things map[string]bool
	for _, x := range exts {
		for _, name := range x.Things {
			if things == nil {
				things = map[string]bool{}
			}
			things[name] = true
		}
	}
	if len(byName) == 0 && things == nil {
		return nil, actors
	}
	weak := weakPlaces(exts, places, byName, surnames)
	for i, x := range exts {
		var to map[string]string // the document's actor ID -> place ID, or "" for none
		for _, a := range x.Actors {
			if len(a.Roles) > 0 || a.Kind != model.KindOrganization && a.Kind != model.KindPerson {
				continue
			}
			if things[a.Name] {
				if to == nil {
					to = map[string]string{}
				}
				to[a.ID] = ""
				continue
			}
			id, ok := byName[a.Name]
			if !ok || surnames[a.Name] || weak[id] {
				continue
			}
			first, _, multi := strings.Cut(a.Name, " ")
			if a.Kind == model.KindOrganization || multi && !g.GivenName(first) {
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
		actors[i] = slices.DeleteFunc(slices.Clone(x.Actors), func(a model.Actor) bool { return gone(to, a.ID) })
	}
	return moved, actors
}

// weakPlaces are the places that only the words around them made places ("fighting in
// Brega"), not the world gazetteer nor the name's own last word ("Eastern Libya"), and
// that fewer of the corpus's documents read as a place than as an actor: one article's
// "only available in Flash" or "leaked in Union Carbide" does not make a place of every
// "Flash" or "Union Carbide" elsewhere.
func weakPlaces(exts []model.Extraction, places []model.Place, byName map[string]string, surnames map[string]bool) map[string]bool {
	g := builtinGazetteer()
	other := map[string]bool{}
	for _, p := range places {
		if p.Kind == model.PlaceOther && !g.PlaceShaped(p.Name) {
			other[p.ID] = true
		}
	}
	if len(other) == 0 {
		return nil
	}
	votes := map[string]int{} // place ID -> documents reading it a place less those reading it an actor
	for _, x := range exts {
		for _, p := range x.Places {
			if other[p.ID] {
				votes[p.ID]++
			}
		}
		for _, a := range x.Actors {
			if id, ok := byName[a.Name]; ok && other[id] && len(a.Roles) == 0 && !surnames[a.Name] {
				votes[id]--
			}
		}
	}
	var weak map[string]bool
	for id, v := range votes {
		if v < 0 {
			if weak == nil {
				weak = map[string]bool{}
			}
			weak[id] = true
		}
	}
	return weak
}

// gone reports whether settleActors took the actor away.
func gone(to map[string]string, id string) bool {
	_, ok := to[id]
	return ok
}

// settle moves an event's actors that settleActors took away to its places, or drops
// them. Its lists may be shared with a stored extraction, so the changed ones are new.
func settle(e *model.Event, to map[string]string) {
	if !slices.ContainsFunc(e.Actors, func(id string) bool { return gone(to, id) }) {
		return
	}
	var actors []string
	places := slices.Clone(e.Places)
	for _, a := range e.Actors {
		if p, ok := to[a]; ok {
			if p != "" && !slices.Contains(places, p) {
				places = append(places, p)
			}
			continue
		}
		actors = append(actors, a)
	}
	e.Actors, e.Places = actors, places
}
