package actor

import (
	"slices"
	"strings"
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
	for _, name := range []string{"Wolf Blitzer", "Ghonim"} {
		if kinds[name] != model.KindPerson {
			t.Errorf("%q should be a person: %v", name, kinds)
		}
	}
	// The anchor who says so reports the story and is none of its actors.
	for _, junk := range []string{"Anderson Cooper", "BLITZER", "Blitzer", "GHONIM", "Unidentified Male", "UNIDENTIFIED MALE", "CNN ANCHOR"} {
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

// A host greets the audience with "I'm" and is then addressed by a given name the lists
// may not know; a guest's surname in capitals is the guest's whatever its inner capitals.
func TestHostsAndGuestsByTheirOwnWords(t *testing.T) {
	_, r := recognize("FAREED ZAKARIA, HOST: This is GPS.\n" +
		"I'm Fareed Zakaria. We talk to Mohamed ElBaradei.\n" +
		"ELBARADEI: Well, Fareed, I think this is hopeless.\n" +
		"ZAKARIA: Mohamed, what do you make of it?\n" +
		"ELBARADEI: Not yet, Fareed. We’ve Hillary Clinton on the line.\n" +
		"He came from Knighton, Powys. Don't Tell Obama anything.\n" +
		"ANDERSON COOPER, CNN ANCHOR: Becky Anderson is in London.\n" +
		"IVAN WATSON, CNN CORRESPONDENT: It is a party out here -- Anderson.\n" +
		"JOE JOHNS, CNN CORRESPONDENT: Anderson, today was the last day.")
	// The host, named so in his turn, reports the story: no actor, nor the name he is
	// addressed by; the guest's turns are the guest's.
	wantActors(t, r, []string{"Mohamed ElBaradei", "Hillary Clinton"},
		[]string{"Fareed Zakaria", "I'm Fareed Zakaria", "Fareed", "ELBARADEI", "Elbaradei", "We’ve Hillary Clinton", "Don't Tell Obama"})
	if got := mentionsOf(r); len(hasAll(got, "ELBARADEI=Mohamed ElBaradei")) > 0 {
		t.Errorf("the guest's turns should be his: %v", got)
	}
	// A correspondent hands back to the anchor by his given name: not to a namesake; and
	// the anchor and correspondents, named so in their turns, are no actors.
	if got := mentionsOf(r); slices.Contains(got, "Anderson=Becky Anderson") {
		t.Errorf("the anchor handed back to is no namesake: %v", got)
	}
	wantActors(t, r, nil, []string{"Anderson Cooper", "Ivan Watson", "Joe Johns"})
	if slices.Contains(mentionsOf(r), "Powys=Fareed Zakaria") {
		t.Error("a place after its town is no one addressed")
	}
}

// Kinship and religious orders before a given name and surname are no part of the name;
// before a single name they may make one.
func TestKinshipBeforeANameIsNotTheName(t *testing.T) {
	_, r := recognize("My Grandfather Richard Edwards was born in 1882. Father Michael Pfleger spoke. " +
		"Uncle Sam wants you. Mother Teresa visited. Brother Industries rose.")
	wantActors(t, r, []string{"Richard Edwards", "Michael Pfleger", "Uncle Sam", "Mother Teresa", "Brother Industries"},
		[]string{"Grandfather Richard Edwards", "Father Michael Pfleger", "Sam", "Teresa"})
}

// A link's letters and the short names of weapons are no organisations.
func TestLinksAndWeaponsAreNoActors(t *testing.T) {
	_, r := recognize("Could the next pope be from Africa? http://on.cnn.com/11BX93W 7:01 pm ET. " +
		"Blair said Iraq had WMD. An IED killed two soldiers, NATO said.")
	wantActors(t, r, []string{"Iraq"}, []string{"BX93W", "WMD", "IED"})
}

// Readers address a host at the head of a comment: "Jack I just spoke", "Sorry Jack," are
// Jack Cafferty; "I" ends a name only as a monarch's number.
func TestCommentsAddressTheHost(t *testing.T) {
	_, r := recognize("The Cafferty File with Jack Cafferty.\n" +
		"February 3, 2011 at 5:45 pm | Jack I just spoke with family in Cairo.\n" +
		"February 3, 2011 at 6:34 pm | Sorry Jack, have you not noticed? Yeah Jack, I agree.\n" +
		"When I see my President I do not see him. Queen Elizabeth I ruled England.")
	wantActors(t, r, []string{"Jack Cafferty", "Elizabeth I"}, []string{"Jack I", "Sorry Jack", "Yeah Jack", "I", "President I"})
}

// A page's field labels and an update's marker are no speakers.
func TestFieldLabelsAreNoSpeakers(t *testing.T) {
	_, r := recognize("NEW: Libyan leader's son, Khamis Gadhafi, was seen on Monday.\n" +
		"Added: Tuesday, 19 January, 2010, 18:16 GMT\nPosted: Monday\nWALLACE: Good morning, Chris Wallace here.")
	wantActors(t, r, []string{"Khamis Gadhafi", "Chris Wallace"}, []string{"New", "NEW", "Added", "Posted"})
}

// A reader's handle with digits opening a comment ("AT2:") is no speaker of a turn.
func TestHandlesWithDigitsAreNoSpeakers(t *testing.T) {
	_, r := recognize("AT2 : It is not the totality but it is certain.\nBOB : I agree with that entirely and I said so.\nAT2 : Then we agree.")
	for _, a := range r.Actors {
		if strings.EqualFold(a.Name, "AT2") {
			t.Errorf("the handle AT2 is an actor: %+v", a)
		}
	}
}
