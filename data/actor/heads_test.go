package actor

import (
	"slices"
	"strings"
	"testing"

	"storyline/model"
)

// kindsOf is the actors of r by name, with their kinds; namesOf their names.
func kindsOf(r *Result) map[string]model.ActorKind {
	m := map[string]model.ActorKind{}
	for _, a := range r.Actors {
		m[a.Name] = a.Kind
	}
	return m
}

// wantActors checks that each name of are is an actor of r and no name of arent is.
func wantActors(t *testing.T, r *Result, are, arent []string) {
	t.Helper()
	got := kindsOf(r)
	for _, n := range are {
		if _, ok := got[n]; !ok {
			t.Errorf("%q missing (actors %v)", n, got)
		}
	}
	for _, n := range arent {
		if _, ok := got[n]; ok {
			t.Errorf("%q read as an actor (actors %v)", n, got)
		}
	}
}

// wantKind checks that each of names is an actor of the kind.
func wantKind(t *testing.T, r *Result, kind model.ActorKind, names ...string) {
	t.Helper()
	got := kindsOf(r)
	for _, n := range names {
		if got[n] != kind {
			t.Errorf("%s: kind %q, want %s (actors %v)", n, got[n], kind, got)
		}
	}
}

func namesOf(r *Result) map[string]bool {
	m := map[string]bool{}
	for _, a := range r.Actors {
		m[a.Name] = true
	}
	return m
}

// Unknown names take their kind from their words: a head before "of", a firm's "&", a
// club that beats another, a word of the language first (no given name is one, and a
// name after it is a person's), a market index that is no actor at all.
func TestUnknownNamesByTheirWords(t *testing.T) {
	_, r := recognize("The Bank of Canada and the League of Women Voters met. The Party of Democratic Action won. " +
		"Douglas & Lomason said profit rose. Real Madrid beat Deportivo Coruna. Pirelli SpA cut jobs. " +
		"Jane Harlow beat Maria Costa. The FTSE 100 fell and the Dow Jones Industrial Average rose. " +
		"Islamic Relief sent tents. An Air France jet landed. Shares of Gold Fields rose. " +
		"Volunteer Andy Read said he stayed.")
	want := map[string]model.ActorKind{
		"Air France": model.KindOrganization, "Gold Fields": model.KindOrganization, "Volunteer Andy Read": model.KindPerson,
		"Bank of Canada": model.KindOrganization, "League of Women Voters": model.KindOrganization,
		"Party of Democratic Action": model.KindGroup, "Douglas & Lomason": model.KindOrganization,
		"Real Madrid": model.KindOrganization, "Pirelli SpA": model.KindOrganization,
		"Jane Harlow": model.KindPerson, "Islamic Relief": model.KindOrganization,
	}
	got := kindsOf(r)
	for n, k := range want {
		if got[n] != k {
			t.Errorf("%s: kind %q, want %q (actors %v)", n, got[n], k, got)
		}
	}
	for _, n := range []string{"FTSE", "FTSE 100", "Dow Jones Industrial Average", "Industrial Average"} {
		if _, ok := got[n]; ok {
			t.Errorf("market index %q read as an actor", n)
		}
	}
}

// A name with a team's signs is a team, an organisation: a score that is surely one (two
// of them, or another team's after it, or its points), a verb of winning and losing on
// either side, "v" between two sides. A number after other names is no score.
func TestTeamsByTheirScores(t *testing.T) {
	_, r := recognize("Middlesex 199 and 426, Hampshire 232 and 205.\nMiddlesex 20 points, Glamorgan 4.\n" +
		"At Leeds: Surrey beat Kent by an innings.\nThis week: Essex v Sussex.\nWarwickshire 195, Somerset 232.\n" +
		"Apollo 11 landed on the Moon.\nSee Section 8.\nN 19 43 25.69\nRichard was born Ch 9 Feb 1818.\n" +
		"Reading 2 Stoke 1\nHull 0 Bury 3\nArticles 76 and 77 deal with elections.\nSelected 2 points about this page.")
	wantKind(t, r, model.KindOrganization, "Middlesex", "Hampshire", "Glamorgan", "Surrey", "Kent", "Essex", "Sussex", "Warwickshire", "Somerset",
		"Reading", "Stoke", "Hull", "Bury")
	wantActors(t, r, nil, []string{"Apollo", "Section", "N", "Ch", "Articles", "Selected"})
}

// A scorecard's player with an initial stays a person, though a score follows.
func TestScorecardPlayersStayPeople(t *testing.T) {
	_, r := recognize("Leicestershire 353 (C. Hooper 45, J. Ratcliffe 33)")
	for _, a := range r.Actors {
		if (a.Name == "C. Hooper" || a.Name == "J. Ratcliffe") && a.Kind != model.KindPerson {
			t.Errorf("%s: kind %q, want person", a.Name, a.Kind)
		}
	}
}

// Things, events and sentence adverbs are not actors: a rig the text calls a rig, a war,
// the adverb that opens a sentence before a name.
func TestThingsEventsAndAdverbs(t *testing.T) {
	_, r := recognize("The Deepwater Horizon rig exploded. Deepwater Horizon sank two days later. " +
		"Presumably Halliburton knew. Veterans of the Gulf War marched. An El Al jet landed. " +
		"El Al said the flight was safe. Jobs spoke at the Worldwide Developers Conference (WWDC). " +
		"WWDC opened on Monday. Delegates of the Organisation of the Islamic Conference met.")
	wantActors(t, r, []string{"Halliburton", "El Al", "Organisation of the Islamic Conference"}, []string{"Deepwater Horizon", "Presumably Halliburton", "Gulf War", "Worldwide Developers Conference", "WWDC"})
}

// "And" goes on with a body's name to its head, but does not join two names.
func TestNamesJoinedByAnd(t *testing.T) {
	_, r := recognize("The National Oceanic and Atmospheric Administration said the spill grew. " +
		"The Food and Agriculture Organization warned of hunger. Officials of the House and Senate met. " +
		"Continental Airlines and American Airlines cut flights. Medvedev and Foreign Ministry officials spoke. " +
		"Prices of Goods and Services rose.")
	wantActors(t, r, []string{"National Oceanic and Atmospheric Administration", "Food and Agriculture Organization",
		"Continental Airlines", "American Airlines", "Foreign Ministry"}, nil)
	got := kindsOf(r)
	for n := range got {
		if strings.Contains(n, " and ") && n != "National Oceanic and Atmospheric Administration" && n != "Food and Agriculture Organization" {
			t.Errorf("%q joins two names (actors %v)", n, got)
		}
	}
}

// "The Council" after the UN Security Council is that council; with no body of that head
// named before, it stays as it is.
func TestBodiesByTheirHeadWord(t *testing.T) {
	_, r := recognize("The UN Security Council met on Monday. Diplomats said the Council would vote on Friday. " +
		"The Arab League backed a no-fly zone. Officials of the League met in Cairo.")
	wantActors(t, r, []string{"UN Security Council", "Arab League"}, []string{"Council", "League"})
	_, r = recognize("The Council said it would meet. The UN Security Council met later.")
	wantActors(t, r, []string{"Council", "UN Security Council"}, nil)
}

// An acronym the text spells out in lower case is a thing's, not an organisation's, unless
// the words describe a body.
func TestAcronymsOfThings(t *testing.T) {
	_, r := recognize("Engineers lowered a cap onto the failed blowout preventer (BOP) on the seabed. " +
		"The BOP had been modified, Halliburton said. The shells held depleted uranium -LRB- DU -RRB- . " +
		"Inspectors found DU at the site. Officials from the ministry of health (MOH) spoke. MOH said cases rose. " +
		"The North Atlantic Treaty Organization (NATO) met. NATO jets struck.")
	wantActors(t, r, []string{"Halliburton", "MOH", "North Atlantic Treaty Organization"}, []string{"BOP", "DU"})
	// Other articles of a corpus that only write "BOP" mean the thing too.
	if !slices.Equal(r.Things, []string{"BOP", "DU"}) {
		t.Errorf("things %q, want BOP and DU", r.Things)
	}
}

// A mention keeps its role for the reader, but its name proper starts after it, and that
// name is what becomes the actor's alias.
func TestMentionNameStartsAfterRole(t *testing.T) {
	d, r := recognize("Apple Computer CEO Steve Jobs gave the keynote.")
	for _, m := range r.Mentions {
		if m.Actor != "steve-jobs" {
			continue
		}
		if got := d.Text[m.NameStart:m.End]; got != "Steve Jobs" {
			t.Errorf("name of %q = %q, want Steve Jobs", m.Text, got)
		}
		return
	}
	t.Errorf("no mention of Steve Jobs in %v", mentionsOf(r))
}

// A word that opens a comment or a turn is not part of the name after it, nor is a word
// before a surname the text gives with a given name; "pro-" makes an adjective.
func TestOpenersBeforeKnownSurnames(t *testing.T) {
	_, r := recognize("Barack Obama spoke. Impeach Obama now. Well Obama was wrong. Pres Obama said no. Candidate Obama smiled. " +
		"Michelle Obama smiled. Wasim Akram bowled. Pro-Gadhafi forces fired. Southeast Asian nations met.")
	wantActors(t, r, []string{"Barack Obama", "Michelle Obama", "Wasim Akram"}, []string{"Impeach Obama", "Well Obama", "Pres Obama", "Candidate Obama", "Pro-Gadhafi", "Southeast Asian"})
}

// Common words in capitals are a shout, not acronyms; known acronyms stay.
func TestShoutedCommonWords(t *testing.T) {
	_, r := recognize("DO NOT vote for them. WELL then. The WHO and IBM said so.")
	wantActors(t, r, []string{"World Health Organization", "IBM"}, []string{"DO NOT", "DO", "NOT", "WELL"})
}

// Father and son whose given names differ in an initial stay two people.
func TestMiddleInitialsKeepPeopleApart(t *testing.T) {
	actors, _, _, _ := mergeResults(recognizeEach(
		"US President George W Bush spoke on Monday.",
		"US President George HW Bush met envoys in 1990.",
		"US President George W Bush left Washington.",
	)...)
	names := map[string]bool{}
	for _, a := range actors {
		names[a.Name] = true
	}
	if !names["George W Bush"] || !names["George HW Bush"] {
		t.Errorf("father and son merged: %v", names)
	}
}

// A given name alone that the text names nobody by in full is a person, not an
// organisation; a sentence's "Will" stays no one.
func TestLoneGivenNameIsAPerson(t *testing.T) {
	_, r := recognize("Jerry said he was tired. Jerry left early. Will the government act?")
	got := kindsOf(r)
	if got["Jerry"] != model.KindPerson {
		t.Errorf("Jerry: kind %q, want person (actors %v)", got["Jerry"], got)
	}
	if _, ok := got["Will"]; ok {
		t.Errorf("Will read as an actor (actors %v)", got)
	}
}

// A place's own institution is one organisation, and a place's club that beats another
// is a club.
func TestPlacesInstitutionsAndClubs(t *testing.T) {
	_, r := recognize("The Kurdistan Democratic Party said it won. Manchester City beat Norwich City 2-1. " +
		"He flew to Kansas City on Monday.")
	got := kindsOf(r)
	if k := got["Kurdistan Democratic Party"]; k != model.KindOrganization && k != model.KindGroup {
		t.Errorf("Kurdistan Democratic Party: kind %q (actors %v)", got["Kurdistan Democratic Party"], got)
	}
	wantKind(t, r, model.KindOrganization, "Manchester City", "Norwich City")
	places := placeNames(r)
	if !places["Kansas City"] || places["Manchester City"] {
		t.Errorf("places %v, want Kansas City and not Manchester City", places)
	}
}

// States of the last century are countries in the news of their time.
func TestFormerStates(t *testing.T) {
	_, r := recognize("Rosati will visit Yugoslavia on Tuesday. Czechoslovakia split in 1993.")
	for _, a := range r.Actors {
		if (a.Name == "Yugoslavia" || a.Name == "Czechoslovakia") && a.Kind != model.KindCountry {
			t.Errorf("%s: kind %q, want country", a.Name, a.Kind)
		}
	}
	if len(r.Actors) < 2 {
		t.Errorf("actors %v", r.Actors)
	}
}

// A broadcaster's name in capitals ("BBC RADIO") is a news source, not an actor.
func TestOutletInCapitals(t *testing.T) {
	_, r := recognize("BBC RADIO\nThe show starts at noon.")
	for _, a := range r.Actors {
		if a.Name == "BBC RADIO" {
			t.Errorf("BBC RADIO read as an actor")
		}
	}
}

// A lone name that says what "he" will do is a person, wherever the document names it;
// one that says what "it" will do stays an organisation.
func TestSpeakerPronounMakesAPerson(t *testing.T) {
	_, r := recognize("Dole said he would win. Dole campaigned in Ohio. Apple said it would cut prices.")
	got := map[string]model.ActorKind{}
	n := 0
	for _, a := range r.Actors {
		got[a.Name] = a.Kind
		if a.Name == "Dole" {
			n++
		}
	}
	if got["Dole"] != model.KindPerson || n != 1 {
		t.Errorf("Dole: kind %q, %d actors (actors %v)", got["Dole"], n, r.Actors)
	}
	if got["Apple"] != model.KindOrganization {
		t.Errorf("Apple: kind %q", got["Apple"])
	}
}

// Two known names joined by "&" are each themselves; an opening "Well," or "Do" is nobody.
func TestAmpersandPairsAndOpeningWords(t *testing.T) {
	_, r := recognize("Egypt & Israel signed a deal. Douglas & Lomason rose. Well, it was over. Do you agree? Well, I do.")
	wantActors(t, r, []string{"Egypt", "Israel", "Douglas & Lomason"}, []string{"Egypt & Israel", "Well", "Do"})
}

// Communities of faith and descent are groups; their adjectives qualify a noun.
func TestCommunitiesAreGroups(t *testing.T) {
	_, r := recognize("Arab Sunnis protested. Shias marched in Najaf. Sunni militants fired.")
	got := kindsOf(r)
	if got["Sunnis"] != model.KindGroup || got["Shias"] != model.KindGroup || len(got) != 2 {
		t.Errorf("actors %v, want the groups Sunnis and Shias", got)
	}
}

// Letters after a name ("MP", "QC") are no part of it, and "the MP" names no one.
func TestPostnominals(t *testing.T) {
	_, r := recognize("Helen Clark MP said no. John Smith QC argued. The MP said so.")
	got := namesOf(r)
	if !got["Helen Clark"] || !got["John Smith"] || got["MP"] || len(got) != 2 {
		t.Errorf("actors %v, want Helen Clark and John Smith", got)
	}
}

// A lone word guessed an organisation in one document joins the person of that word
// another names, and a bare surname in capitals joins its owner.
func TestGuessedOrganisationJoinsPerson(t *testing.T) {
	as := [][]model.Actor{
		{{ID: "anderson", Name: "Anderson", Kind: model.KindOrganization}},
		{{ID: "anderson", Name: "Anderson", Kind: model.KindPerson, Aliases: []string{"ANDERSON"}}},
		{{ID: "mubarak", Name: "Mubarak", Kind: model.KindOrganization, Aliases: []string{"MUBARAK"}}},
		{{ID: "hosni-mubarak", Name: "Hosni Mubarak", Kind: model.KindPerson}},
	}
	actors, _, id, _ := MergeDocuments(as, make([][]model.Source, len(as)))
	if got := id(0, "anderson"); got != id(1, "anderson") {
		t.Errorf("Anderson split: %q and %q (%v)", got, id(1, "anderson"), actors)
	}
	if got := id(2, "mubarak"); got != "hosni-mubarak" {
		t.Errorf("Mubarak went to %q (%v)", got, actors)
	}
}

// A hashtag is one word: "#Egypt Madness" names Egypt, not an organisation.
func TestHashtagIsOneWord(t *testing.T) {
	_, r := recognize("#Jan 25 #Egypt Madness in central Cairo.")
	for _, a := range r.Actors {
		if a.Name != "Egypt" {
			t.Errorf("actor %q, want only Egypt", a.Name)
		}
	}
}

// A name that opens with a people's adjective is an institution of that people, not a
// person, and its last word alone is not that person's surname; given names that merely end
// like one stay people.
func TestPeoplesAdjectiveOpensNoPersonsName(t *testing.T) {
	_, r := recognize("The dominant issue in Scottish Labor politics was devolution. Labor leaders met on Monday. " +
		"The Iraqi Army moved north. Manish Tewari and Hamish Macdonald spoke.")
	got := kindsOf(r)
	want := map[string]model.ActorKind{
		"Scottish Labor": model.KindOrganization, "Manish Tewari": model.KindPerson, "Hamish Macdonald": model.KindPerson,
	}
	for n, k := range want {
		if got[n] != k {
			t.Errorf("%s: kind %q, want %q (actors %v)", n, got[n], k, got)
		}
	}
	if got["Iraqi Army"] == model.KindPerson {
		t.Error("Iraqi Army is a person")
	}
	for _, m := range r.Mentions {
		if m.Actor == "scottish-labor" && m.End-m.Start == len("Labor") {
			t.Error(`a bare "Labor" joined Scottish Labor`)
		}
	}
}

// "for" goes on with an organisation's name after a head that takes it, and "of" once the
// name has gone on; a name that opens with a firm's word is no person's; "for" after any
// other word ends the name.
func TestForAndOfContinueOrganisations(t *testing.T) {
	_, r := recognize("The World Organisation for Animal Health said so. The Office for the Coordination of " +
		"Humanitarian Affairs said. It is not just BP, or Union Carbide. The Council voted for Obama.")
	wantKind(t, r, model.KindOrganization, "World Organisation for Animal Health", "Office for the Coordination of Humanitarian Affairs", "Union Carbide", "Council")
	wantActors(t, r, nil, []string{"Animal Health", "Humanitarian Affairs", "Council for Obama"})
}

// Two names joined by a hyphen with no given name before them are a firm's, or a
// double-barrelled surname alone, which goes to the person named in full.
func TestHyphenedPairsAloneAreFirmsOrSurnames(t *testing.T) {
	_, r := recognize("Leading vaccine makers include Sanofi-Aventis and Novartis. Ahmedou Ould-Abdallah said so. " +
		"Ould-Abdallah added that talks would go on. Jean-Pierre smiled.")
	got := kindsOf(r)
	want := map[string]model.ActorKind{"Sanofi-Aventis": model.KindOrganization, "Ahmedou Ould-Abdallah": model.KindPerson, "Jean-Pierre": model.KindPerson}
	for n, k := range want {
		if got[n] != k {
			t.Errorf("%s: kind %q, want %q (actors %v)", n, got[n], k, got)
		}
	}
	if _, ok := got["Ould-Abdallah"]; ok {
		t.Errorf("the surname alone is an actor of its own: %v", got)
	}
}

// A product is a thing, but the maker that opens its name is named with it; a model's
// designation alone is a thing too.
func TestMakersOfProducts(t *testing.T) {
	_, r := recognize("The first Airbus A380 was delivered in Toulouse. The A380 seats 500. " +
		"Microsoft Windows Vista shipped late. Sales of the Apple TV grew.")
	wantKind(t, r, model.KindOrganization, "Airbus", "Microsoft", "Apple")
	wantActors(t, r, nil, []string{"A380", "Airbus A380", "Windows Vista", "Apple TV"})
}

func TestInitials(t *testing.T) {
	for name, want := range map[string]string{
		"World Wide Developers Conference": "WWDC", "Sanofi-Aventis": "SA", "al-Qaeda in Iraq": "QI",
		"Obama": "", "Élysée Palace": "ÉP", "": "",
	} {
		if got := initials(name); got != want {
			t.Errorf("initials(%q) = %q, want %q", name, got, want)
		}
	}
}

// A town of two words or more before a plural is a team's or a club's name; a given name
// that is also a town's stays a person's.
func TestTeamsOfTowns(t *testing.T) {
	_, r := recognize("The Green Bay Packers beat the Los Angeles Lakers. Nancy Davis and Tori Amos watched. " +
		"He flew to Palm Springs.")
	wantKind(t, r, model.KindOrganization, "Green Bay Packers", "Los Angeles Lakers")
	wantKind(t, r, model.KindPerson, "Nancy Davis", "Tori Amos")
	if !placeNames(r)["Palm Springs"] {
		t.Error("Palm Springs should stay a place")
	}
}

// A station named by its number keeps the number: "Radio 3" and "Channel 4" are two
// broadcasters, not one "Radio".
func TestStationsByTheirNumbers(t *testing.T) {
	_, r := recognize("She made her debut on Radio 3 last week. Radio 2's comedy returns. He watched Channel 4 News.")
	wantKind(t, r, model.KindOrganization, "Radio 3", "Radio 2")
	wantActors(t, r, nil, []string{"Radio"})
}

// TestCastListParts reads the parts of a drama's cast list as people, wherever the
// story names them alone.
func TestCastListParts(t *testing.T) {
	_, r := recognize("Zorvin tells Quelda he is feeling the pressure . Mary is played by Carole Nimmons , Zorvin by Saikat Ahamed and Quelda by Mark Monero .")
	wantKind(t, r, model.KindPerson, "Zorvin", "Quelda", "Carole Nimmons", "Saikat Ahamed")
	_, r = recognize("Brandel walks out of the pub . Brandel is played by Lloyd Thomas .")
	wantKind(t, r, model.KindPerson, "Brandel")
}

// TestTableHeads reads the heads of a standings table and of company results as no name.
func TestTableHeads(t *testing.T) {
	_, r := recognize("AMERICAN LEAGUE EASTERN DIVISION\nW L PCT GB\nNEW YORK 74 59 .556 -\nBALTIMORE 70 63 .526 4\n")
	wantActors(t, r, nil, []string{"W L PCT", "W L PCT GB", "PCT", "GB"})
	_, r = recognize("Shr loss $ 0.22 loss $ 0.07\nRevs 130 1,279\nAvg shrs 4,841 3,990\n")
	if len(r.Actors) > 0 {
		t.Errorf("results table read as names: %+v", r.Actors)
	}
}

// TestScorecardPlayers reads a cricket scorecard's lines as players' names, not as
// headlines: the fielder and bowler after "c" and "b", and initials that are words
// elsewhere ("A.", "I.").
func TestScorecardPlayers(t *testing.T) {
	_, r := recognize("England\nS. Jayasuriya c Healy b Fleming 44\nR. Croft b Waqar Younis 15\nA. Hollioake run out 15\nI. Austin not out 3\n")
	wantKind(t, r, model.KindPerson, "S. Jayasuriya", "Healy", "Fleming", "R. Croft", "A. Hollioake", "I. Austin")
	_, r = recognize("The fund sold Class A. Shares fell on Monday.")
	wantActors(t, r, nil, []string{"A. Shares"})
}

// TestMakersAndModels reads a firm by its trade's plural or "International" ("Spyker
// Cars", "Magna International") and a car model as a thing, not a person.
func TestMakersAndModels(t *testing.T) {
	_, r := recognize("GM plans to sell Saab to Spyker Cars and Opel to Magna International . The Chevrolet Volt will go on sale next year .")
	wantKind(t, r, model.KindOrganization, "Spyker Cars", "Magna International")
	wantActors(t, r, nil, []string{"Chevrolet Volt"})
}

// TestUnnamedBroadcasters cites no source for the kind of a broadcaster ("State
// television") or for a government's agency, and still one for a name ("Al Jazeera
// television", "Jamahiriya News Agency").
func TestUnnamedBroadcasters(t *testing.T) {
	for _, s := range []string{"State television said the leader had spoken .", "The report on State TV was brief ."} {
		if _, r := recognize(s); len(r.Citations) > 0 {
			t.Errorf("%q: cites %+v", s, r.Citations)
		}
	}
	if _, r := recognize("Al Jazeera television said so ."); len(r.Citations) != 1 {
		t.Errorf("Al Jazeera television: cites %+v", r.Citations)
	}
	// A government's agency is an organisation that acts, a news agency a source.
	_, r := recognize("The Drug Enforcement Agency said so . Aid agency Oxfam said so too .")
	wantKind(t, r, model.KindOrganization, "Drug Enforcement Agency", "Oxfam")
	if len(r.Citations) > 0 {
		t.Errorf("agencies cited as news sources: %+v", r.Citations)
	}
	if _, r := recognize("Libya 's Jamahiriya News Agency said so ."); len(r.Citations) != 1 {
		t.Errorf("Jamahiriya News Agency: cites %+v", r.Citations)
	}
}

// TestBylineRunIntoText reads a web page's byline without "By" ("Mark Mardell BBC News,
// Washington Ken Salazar is ..."): the outlet is cited, the journalist is no actor, the
// place is a place and the sentence's first name a person.
func TestBylineRunIntoText(t *testing.T) {
	_, r := recognize("Oil spilled .\nMark Mardell BBC News , Washington Ken Salazar is threatening a move .")
	wantKind(t, r, model.KindPerson, "Ken Salazar")
	wantActors(t, r, nil, []string{"Mark Mardell", "Mark Mardell BBC News", "Washington Ken Salazar"})
	if len(r.Citations) != 1 || r.Citations[0].Source != "bbc" {
		t.Errorf("citations %+v, want BBC alone", r.Citations)
	}
	if !slices.ContainsFunc(r.PlaceMentions, func(m Mention) bool { return m.Text == "Washington" }) {
		t.Errorf("Washington is no place: %+v", r.PlaceMentions)
	}
	// A journalist the lists do not know, where the byline opens its line; a word of the
	// language opening the sentence before an outlet.
	for _, s := range []string{"Oil spilled .\nFinlo Rohrer BBC News , Washington The spill grew .", "Launching BBC Radio 2 , he said so ."} {
		if _, r := recognize(s); len(r.Citations) != 1 || !strings.HasPrefix(r.Citations[0].Source, "bbc") {
			t.Errorf("%q: citations %+v, want the BBC's", s, r.Citations)
		}
	}
	_, r = recognize("Western media said so .")
	if len(r.Citations) > 0 {
		t.Errorf("Western media: cites %+v", r.Citations)
	}
}

// TestClubsStormsAndColumnists: a club's word before its town, a storm named alone after
// its full name, a columnist described after the column, a place after "the coast of".
func TestClubsStormsAndColumnists(t *testing.T) {
	_, r := recognize("Dynamo Moscow beat Rotor Volgograd 2-1 on Saturday .")
	wantKind(t, r, model.KindOrganization, "Dynamo Moscow", "Rotor Volgograd")
	_, r = recognize("His business had just recovered from Hurricane Katrina . Since Katrina struck , the oyster beds have not recovered .")
	wantActors(t, r, nil, []string{"Katrina", "Hurricane Katrina"})
	_, r = recognize("Search engines are changing .\n- Eric Auchard is a Reuters columnist .\nThe opinions expressed are his own .")
	wantActors(t, r, nil, []string{"Eric Auchard"})
	_, r = recognize("An oil spill off the coast of Shetland would be hard to contain .")
	if !slices.ContainsFunc(r.PlaceMentions, func(m Mention) bool { return m.Text == "Shetland" }) {
		t.Errorf("Shetland is no place: %+v %+v", r.PlaceMentions, r.Actors)
	}
	_, r = recognize("Winners : Story of the Year : Turmoil in Iran .")
	wantActors(t, r, nil, []string{"Year"})
}

// TestThingsHaveTheirArticle reads a thing by its noun only with its article or owner:
// "the Deepwater Horizon rig" is a thing, but "knew Michael Jackson well" names no well.
func TestThingsHaveTheirArticle(t *testing.T) {
	_, r := recognize("Those who knew Michael Jackson well said so . Michael Jackson died in 2009 .")
	wantKind(t, r, model.KindPerson, "Michael Jackson")
	if slices.Contains(r.Things, "Michael Jackson") {
		t.Errorf("Michael Jackson read as a thing: %v", r.Things)
	}
	_, r = recognize("The Deepwater Horizon rig sank . Deepwater Horizon was leased by BP .")
	wantActors(t, r, nil, []string{"Deepwater Horizon"})
}

// TestConversationTurns keeps the speakers of a conversation's turns, each named once,
// and still drops a table's capitalised fields.
func TestConversationTurns(t *testing.T) {
	_, r := recognize("WALLACE: Secretary Clinton, do you want to overturn Heller?\n\nCLINTON: Well, first of all, I support the Second Amendment.\n")
	wantKind(t, r, model.KindPerson, "Wallace", "Clinton")
	_, r = recognize("ISSUER: Ohio Water Authority\nDUE: 2004\nAMOUNT: $ 10 million\n")
	wantActors(t, r, nil, []string{"Issuer", "Due", "Amount"})
}
