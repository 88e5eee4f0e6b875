package model

import (
	"slices"
	"strings"
)

// LookupActor finds actors by ID, name or alias, ignoring case; failing an exact match, by
// a word of the name ("shoigu" finds Sergei Shoigu).
func (t *Timeline) LookupActor(name string) []string {
	return lookup(t.Actors, name, func(a *Actor) (string, string, []string) { return a.ID, a.Name, a.Aliases })
}

// LookupPlace finds places as LookupActor finds actors: "homs", "Caspian", "Hims".
func (t *Timeline) LookupPlace(name string) []string {
	return lookup(t.Places, name, func(p *Place) (string, string, []string) { return p.ID, p.Name, p.Aliases })
}

func lookup[T any](items []T, name string, of func(*T) (id, name string, aliases []string)) []string {
	q := strings.ToLower(strings.TrimSpace(name))
	if q == "" {
		return nil
	}
	var exact, partial []string
	for i := range items {
		id, n, aliases := of(&items[i])
		switch {
		case strings.ToLower(id) == q || strings.ToLower(n) == q || containsFold(aliases, q):
			exact = append(exact, id)
		case containsFold(strings.Fields(n), q):
			partial = append(partial, id)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}

func containsFold(list []string, q string) bool {
	for _, s := range list {
		if strings.ToLower(s) == q {
			return true
		}
	}
	return false
}

// Nearest is the index of the event with e's ID, or else of the first event at or after
// e's time (the last event when none is), or -1 when there are no events. The explorer
// keeps its place with it when it switches between all events and the key ones.
func (t *Timeline) Nearest(e Event) int {
	if len(t.Events) == 0 {
		return -1
	}
	at, _ := slices.BinarySearchFunc(t.Events, e.When, func(x Event, w When) int { return x.When.Compare(w) })
	for i := at; i < len(t.Events) && t.Events[i].When.Compare(e.When) == 0; i++ {
		if t.Events[i].ID == e.ID {
			return i
		}
	}
	// The key timeline dates undated events, so the same event can sit elsewhere.
	for i := range t.Events {
		if t.Events[i].ID == e.ID {
			return i
		}
	}
	return min(at, len(t.Events)-1)
}
