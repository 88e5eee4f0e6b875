package actor

import (
	"slices"
	"testing"

	"storyline/model"
)

func TestTranscriptTurnsAreSpeakers(t *testing.T) {
	_, r := recognize("ANDERSON COOPER, CNN ANCHOR: Good evening, everyone.\n" +
		"BLITZER: Wael, this is Wolf Blitzer in Washington.\n" +
		"GHONIM: Yes, for sure.\n" +
		"UNIDENTIFIED MALE: We will stay.\n" +
		"GHONIM: This revolution started online.\n" +
		"NATO said on Monday that it would meet.")
	kinds := map[string]model.ActorKind{}
	for _, a := range r.Actors {
		kinds[a.Name] = a.Kind
	}
	for _, name := range []string{"Anderson Cooper", "Wolf Blitzer", "Ghonim"} {
		if kinds[name] != model.KindPerson {
			t.Errorf("%q should be a person: %v", name, kinds)
		}
	}
	for _, junk := range []string{"BLITZER", "Blitzer", "GHONIM", "Unidentified Male", "UNIDENTIFIED MALE", "CNN ANCHOR"} {
		if _, ok := kinds[junk]; ok {
			t.Errorf("%q should not be an actor of its own: %v", junk, kinds)
		}
	}
	// A table's fields in capitals are not speakers.
	_, table := recognize("Terms of the issue follow.\nISSUER: Ford Motor Credit Co\nDUE: Sept 2001\nThe bonds were priced on Monday.")
	for _, a := range table.Actors {
		if a.Name == "Issuer" || a.Name == "Due" || a.Kind == model.KindPerson {
			t.Errorf("a field of a table became an actor: %s (%s)", a.Name, a.Kind)
		}
	}
	var blitzer int
	for _, m := range r.Mentions {
		if m.Text == "BLITZER" {
			blitzer++
		}
	}
	if blitzer != 1 || !slices.ContainsFunc(r.Actors, func(a model.Actor) bool { return a.Name == "NATO" || a.Name == "North Atlantic Treaty Organization" }) {
		t.Errorf("the turn should be a mention of Wolf Blitzer (%d), and NATO still an actor", blitzer)
	}
}
