package actor

import (
	"slices"
	"testing"

	"storyline/model"
)

// A titled surname goes to the person of that surname the title fits, not merely the one
// named last: "President Bush" to the President George Bush named before, though Barbara
// Bush is named since; "Mrs. Bush" to a woman; a surname alone to the one named last.
func TestTitledSurnameGoesToThePersonTheTitleFits(t *testing.T) {
	_, r := recognize("President George Bush met reporters on Monday. Barbara Bush visited a school. " +
		"President Bush said the economy was strong. Mrs. Bush read to the children. " +
		"Mr. Bush later returned to Washington. Bush smiled.")
	want := []string{
		"President George Bush=George Bush", "Barbara Bush=Barbara Bush", "President Bush=George Bush",
		"Mrs. Bush=Barbara Bush", "Mr. Bush=George Bush", "Bush=George Bush",
	}
	if got := mentionsOf(r); !slices.Equal(got, want) {
		t.Errorf("mentions\n got %q\nwant %q", got, want)
	}
}

// A title that none fits changes nothing: the titled surname goes to the one named last.
// The same title before it, read as no full name (one before any full name, left to the
// corpus's merge), keeps the later ones with it.
func TestTitleNoneFitsKeepsTheNearest(t *testing.T) {
	_, r := recognize("Colonel Hamdan spoke for an hour. Khalid Hamdan then left Tripoli. " +
		"Colonel Hamdan returned on Friday. Ms Wilson said the report was wrong. Valerie Wilson resigned.")
	want := []string{
		"Colonel Hamdan=Hamdan", "Khalid Hamdan=Khalid Hamdan", "Colonel Hamdan=Hamdan",
		"Ms Wilson=Valerie Wilson", "Valerie Wilson=Valerie Wilson",
	}
	if got := mentionsOf(r); !slices.Equal(got, want) {
		t.Errorf("mentions\n got %q\nwant %q", got, want)
	}
}

// A name that opens with initials is the fuller name it ends: "W. Bush" is George W. Bush
// and "H.W. Bush" George H.W. Bush, and a titled surname after them follows.
func TestInitialedNameIsTheFullerName(t *testing.T) {
	_, r := recognize("George H.W. Bush met George W. Bush on Monday. Former President W. Bush said it. " +
		"President Bush left. H.W. Bush stayed.")
	want := []string{
		"George H.W. Bush=George H.W. Bush", "George W. Bush=George W. Bush", "Former President W. Bush=George W. Bush",
		"President Bush=George W. Bush", "H.W. Bush=George H.W. Bush",
	}
	if got := mentionsOf(r); !slices.Equal(got, want) {
		t.Errorf("mentions\n got %q\nwant %q", got, want)
	}
	if len(r.Actors) != 2 {
		t.Errorf("actors %+v, want the two Bushes", r.Actors)
	}
}

// A title before an organisation's head word opens the organisation's name: "Premier
// League" is a league, not a person named League.
func TestTitleBeforeAnOrganisationsHead(t *testing.T) {
	_, r := recognize("Arsenal won the Premier League game. Premier Li Keqiang spoke.")
	kinds := kindsOf(r)
	if kinds["Premier League"] != model.KindOrganization || kinds["Li Keqiang"] != model.KindPerson {
		t.Errorf("kinds %v", kinds)
	}
}

// Titles without their period ("Adm Allen", "Maj Gen Smith"), a company officer's title
// ("Chief Operating Officer") and a title in a transcript's turn ("PRESIDENT BUSH:") are
// roles, not parts of the name.
func TestTitlesWithoutPeriodsAndInTurns(t *testing.T) {
	_, r := recognize("Adm Allen told US media. BP Chief Operating Officer Doug Suttles said it. Maj Gen Smith spoke. " +
		"Reporters met George W. Bush.\nPRESIDENT BUSH: You know, Tony Blair made a choice.\nBLAIR: We agree.")
	names := namesOf(r)
	if want := []string{"PRESIDENT BUSH=George W. Bush"}; !slices.Contains(mentionsOf(r), want[0]) {
		t.Errorf("mentions %q, want %q among them", mentionsOf(r), want)
	}
	for _, want := range []string{"Allen", "Doug Suttles", "Smith", "George W. Bush", "Tony Blair"} {
		if !names[want] {
			t.Errorf("no %s in %+v", want, r.Actors)
		}
	}
}

// "Lord" before a name is a peer's title, and the surname alone is that person; the Lord
// of a prayer is no actor.
func TestALordIsAPeer(t *testing.T) {
	_, r := recognize("The attorney general, Lord Goldsmith, said the war was legal. Goldsmith later changed his advice. " +
		"Oh Lord, help us, she said.")
	got := kindsOf(r)
	if got["Goldsmith"] != model.KindPerson {
		t.Errorf("Goldsmith: kind %q, want person (actors %v)", got["Goldsmith"], got)
	}
	if _, ok := got["Lord"]; ok {
		t.Errorf("the Lord of a prayer is an actor: %v", got)
	}
}

// A word in capitals before a name in title case is no part of it: a listing's "BBC RADIO 5
// LIVE Mark Pougatch presents".
func TestCapitalsBeforeANameInTitleCase(t *testing.T) {
	_, r := recognize("12.00-6.00 pm BBC RADIO 5 LIVE Mark Pougatch presents an afternoon of live sport.")
	wantActors(t, r, []string{"Mark Pougatch"}, []string{"LIVE Mark Pougatch"})
}
