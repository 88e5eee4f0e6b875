package actor

import (
	"slices"
	"testing"
)

func TestAdjectivesAreNotActors(t *testing.T) {
	_, r := recognize("Western diplomats said on Monday that Arab states would meet in Cairo. " +
		"Kurdish fighters and Sunni militants clashed near Islamist positions. The Arab League met, and Hamas said it would attend.")
	var names []string
	for _, a := range r.Actors {
		names = append(names, a.Name)
	}
	for _, adj := range []string{"Western", "Arab", "Kurdish", "Sunni", "Islamist"} {
		if slices.Contains(names, adj) {
			t.Errorf("%q qualifies a noun here, yet is an actor: %v", adj, names)
		}
	}
	for _, name := range []string{"Arab League", "Hamas"} {
		if !slices.Contains(names, name) {
			t.Errorf("%q should stay an actor: %v", name, names)
		}
	}
}

func TestRegionalAdjectivesAreNoActors(t *testing.T) {
	for _, text := range []string{
		"NATO considered sending ground forces to the North African oil-exporting nation.",
		"Diplomats said West African leaders met on Friday.",
	} {
		_, r := recognize(text)
		for _, a := range r.Actors {
			if a.Name == "North African" || a.Name == "West African" {
				t.Errorf("%q: the adjective %q is an actor", text, a.Name)
			}
		}
	}
}
