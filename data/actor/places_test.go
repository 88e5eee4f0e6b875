package actor

import (
	"slices"
	"testing"

	"storyline/model"
)

func TestPlacesFromTheWorldGazetteer(t *testing.T) {
	cases := []struct {
		text, place string
		kind        model.PlaceKind
		country     string
	}{
		{"Fighting raged in Bani Walid on Tuesday.", "Bani Walid", model.PlaceCity, "Libya"},
		{"Rebels said they had entered Sirte, the last town held by loyalists.", "Sirte", model.PlaceCity, "Libya"},
		{"Missiles fell near Surt at dawn.", "Sirte", model.PlaceCity, "Libya"},
		{"Warships in the Caspian Sea fired missiles.", "Caspian Sea", model.PlaceOther, ""},
		{"Russia launched strikes in Syria on Wednesday.", "Syria", model.PlaceCountry, ""},
		{"Government troops shelled Homs again.", "Homs", model.PlaceCity, "Syria"},
		{"The storm reached Florida on Monday.", "Florida", model.PlaceOther, ""},
		{"A protest in Baba Amr was broken up.", "Baba Amr", model.PlaceOther, ""},
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		var got *model.Place
		for i := range r.Places {
			if r.Places[i].Name == c.place {
				got = &r.Places[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no place %q in %+v", c.text, c.place, r.Places)
			continue
		}
		if got.Kind != c.kind || got.Country != c.country {
			t.Errorf("%q: %q is %s in %q, want %s in %q", c.text, c.place, got.Kind, got.Country, c.kind, c.country)
		}
		if got.Kind == model.PlaceCity && !got.Located {
			t.Errorf("%q: city %q has no coordinates", c.text, c.place)
		}
		for _, a := range r.Actors {
			if a.Name == c.place && c.kind != model.PlaceCountry {
				t.Errorf("%q: the place %q is also an actor (%s)", c.text, c.place, a.Kind)
			}
		}
	}
}

func TestTownNamesThatNameSomeone(t *testing.T) {
	for _, text := range []string{
		"President Obama met the emir on Monday. Reporters asked Obama about the deal.",
		"CNN's Becky Anderson spoke to protesters. The crowd cheered for Anderson.",
		"The minister spoke to Hala about the plan, Hala Gorani reported.",
	} {
		_, r := recognize(text)
		for _, p := range r.Places {
			t.Errorf("%q: %q taken for a place", text, p.Name)
		}
	}
}

func TestTeamsNamedByTheirTown(t *testing.T) {
	cases := []struct{ text, team string }{
		{"Soccer results on Saturday:\nWigan 2 Scunthorpe 1\n", "Wigan"},
		{"Soccer results on Saturday:\nWigan 2 Scunthorpe 1\n", "Scunthorpe"},
		{"Kent beat Essex by five wickets at Canterbury.", "Kent"},
		{"Soccer results on Saturday:\nWigan 2 Scunthorpe United 1\n", "Wigan"},
		{"Tour itinerary :\nMay 27-29 v Gloucestershire or Sussex or Surrey ( three days )\n", "Surrey"},
		// The dateline's town stays a place, and its club in the results a club.
		{"NEW YORK 1996-08-30\nResults of games played on Thursday:\nSan Diego 3 NEW YORK 2\nChicago 4 HOUSTON 3\n", "New York"},
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		found := false
		for _, a := range r.Actors {
			if a.Name == c.team && a.Kind == model.KindOrganization {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no team %q in %+v", c.text, c.team, r.Actors)
		}
	}
	// A nation's side is the nation the text names as a place elsewhere.
	_, r := recognize("Fans travelled across England on Saturday.\nResults:\nEngland 2 Scotland 1\n")
	for _, a := range r.Actors {
		if a.Name == "England" {
			t.Errorf("England's side read as %v, not as the nation", a.Kind)
		}
	}
	// A year or a distance after a town is no score.
	for _, text := range []string{"Troops entered Sirte 2011 accounts say.", "The convoy left Misrata 30 km behind."} {
		_, r := recognize(text)
		for _, a := range r.Actors {
			if a.Kind == model.KindOrganization {
				t.Errorf("%q: %q taken for a team", text, a.Name)
			}
		}
	}
}

func TestJournalistsAreNotActors(t *testing.T) {
	cases := []struct{ text, journalist string }{
		{"By Daniela Deane, CNN\nCairo, Egypt -- Protesters marched on Friday.", "Daniela Deane"},
		{"By Ivan Watson, Raja Razek and Jomana Karadsheh, CNN\nRebels advanced.", "Raja Razek"},
		{"By the CNN Wire Staff The Libyan government says it will not stop.", "Wire Staff"},
		{"The economy stalled, said CNN correspondent Ben Wedeman, who is based in Cairo. Wedeman added that prices rose.", "Ben Wedeman"},
		{"The BBC's Jim Muir in Beirut says the army has moved in. Muir says tanks were seen.", "Jim Muir"},
		{"Troops fired on the crowd. CNN's Joe Sterling and Reza Sayah contributed to this report.", "Reza Sayah"},
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		for _, a := range r.Actors {
			if a.Name == c.journalist {
				t.Errorf("%q: the journalist %q is an actor", c.text, a.Name)
			}
		}
	}
	// Named for the job they do now.
	_, r := recognize("Former TIME correspondent Jay Carney took the job of White House spokesman on Friday.")
	found := false
	for _, a := range r.Actors {
		found = found || a.Name == "Jay Carney"
	}
	if !found {
		t.Errorf("Jay Carney, a former correspondent, is no actor: %+v", r.Actors)
	}
}

// A large town named as people are ("Abu Ghraib": a given name and a word) is the town
// after "to", "at" or "in", and so wherever else the text names it, though the world
// gazetteer spells it otherwise; a person of such a name stays one.
func TestLargeTownNamedAsPeopleAre(t *testing.T) {
	_, r := recognize("Insurgents attacked Abu Ghraib prison. Some fighters went to Abu Ghraib, he said. " +
		"The Abu Ghraib scandal grew. He met Ali Hassan in Baghdad.")
	places := map[string]bool{}
	for _, m := range r.PlaceMentions {
		places[m.Text] = true
	}
	if !places["Abu Ghraib"] || namesOf(r)["Abu Ghraib"] {
		t.Errorf("Abu Ghraib is no place: places %v, actors %+v", places, r.Actors)
	}
	if !namesOf(r)["Ali Hassan"] {
		t.Errorf("no Ali Hassan: %+v", r.Actors)
	}
}

// A settlement's noun and "of" make a place of a town no gazetteer knows; two places the
// text names run together ("east of Brega Zawiyah lies", two reports joined) are the two
// places, not a man whose surname every later "Zawiyah" would be; "Near" opens no name.
func TestPlacesByTheirNounsAndPlacesRunTogether(t *testing.T) {
	_, r := recognize("Gaddafi forces still hold the port of Brega. Rebels drove towards the town of Zawiyah. " +
		"Near Brega in the east, fighting raged. It is 500 km east of Brega Zawiyah lies less than 50 km west of Tripoli. " +
		"Zawiyah fell. The outskirts of Qawalish were shelled.")
	places := placeMentionCounts(r)
	if places["Brega"] != 3 || places["Zawiyah"] != 3 || places["Qawalish"] != 1 {
		t.Errorf("places %v, want Brega 3, Zawiyah 3, Qawalish 1", places)
	}
	for _, a := range r.Actors {
		if a.Kind == model.KindPerson && a.Name != "Muammar Gaddafi" {
			t.Errorf("a person: %+v", a)
		}
	}
}

// A town that news names without its Arabic article ("Zawiyah" for GeoNames' "Az
// Zawiyah") is found, though only where the text sets it as a place: beside its country,
// a settlement's noun or a work named after it; and a short name so found is no place of
// its own ("Mr Obeid", not El Obeid). A preposition after a town is no noun it qualifies
// ("the port of Brega despite").
func TestTownsByTheirSettingAndWithoutTheirArticle(t *testing.T) {
	_, r := recognize("ZAWIYAH, Libya | Rebels held the town. Output at the Zawiyah refinery rose. " +
		"Fighting hit Zintan, a mountain town in the west. Mr Obeid said the talks failed. " +
		"Smith, a town councillor, spoke. Forces hold the strategic eastern port of Brega despite rebel advances.")
	places := placeMentionCounts(r)
	if places["ZAWIYAH"] != 1 || places["Zawiyah"] != 1 || places["Zintan"] != 1 || places["Brega"] != 1 {
		t.Errorf("places %v, want ZAWIYAH, Zawiyah, Zintan and Brega once each", places)
	}
	if places["Obeid"] > 0 || places["Smith"] > 0 || !namesOf(r)["Obeid"] {
		t.Errorf("Obeid or Smith read as a place: places %v, actors %+v", places, r.Actors)
	}
	if p, ok := geonames().lookup("Zawiyah"); !ok || p.Pop >= bigTownPop {
		t.Errorf("Zawiyah without its article: %+v, want a town only as sure as a small one", p)
	}
}

// A state's postal code after a town is no organisation.
func TestStateCodesAfterTowns(t *testing.T) {
	_, r := recognize("The ship was towed to Mobile, AL instead of Mexico. Rick Perry spoke in Austin, TX on Monday.")
	for _, n := range []string{"AL", "TX"} {
		if namesOf(r)[n] {
			t.Errorf("%s read as an actor: %+v", n, r.Actors)
		}
	}
}

// Faiths, languages, scriptures and programmes follow "in" as places do, but are none; a
// faith, a language or a scripture alone is no actor either, though names hold them.
func TestFaithsLanguagesAndProgrammesAreNoPlaces(t *testing.T) {
	_, r := recognize("There is no compulsion in Islam, he said in Arabic. It is written in the Constitution and in the Bible. " +
		"Faith in Communism waned. Cuts in Medicare over the next two years hurt. Britain is not a member of the Euro. " +
		"He lives in Tahrir Square. Saif al-Islam spoke to the Arabic Network for Human Rights Information. Medicare will pay.")
	for _, p := range r.Places {
		if p.Name != "Tahrir Square" {
			t.Errorf("%q should be no place", p.Name)
		}
	}
	wantActors(t, r, []string{"Saif al-Islam Gaddafi", "Arabic Network for Human Rights Information", "Medicare"},
		[]string{"Islam", "Arabic", "Constitution", "Bible", "Communism", "Euro"})
}

// A title before a name that ends in a place's head opens the place's name; a region's
// adjective is no one.
func TestPlacesNamedAfterPeople(t *testing.T) {
	_, r := recognize("Fawaz Gerges, a professor of Middle Eastern relations, said so. Cleanup in Prince William Sound took years. " +
		"Prince Edward Island voted. At 9 p.m. Eastern Time the show aired. President Bush spoke.")
	wantActors(t, r, []string{"Fawaz Gerges", "Bush"}, []string{"Middle Eastern", "William Sound", "Edward Island", "Eastern Time"})
	places := placeNames(r)
	if !places["Prince William Sound"] || !places["Prince Edward Island"] {
		t.Errorf("places %v", places)
	}
}

// A village run together with its county, where the text puts people in the county,
// and a farm or a chapel, are places; a person who bears a place's name as a surname in
// a text of another of that name is no place.
func TestVillagesRunTogetherWithTheirCounty(t *testing.T) {
	_, r := recognize("He was born at Landrinah Montgomeryshire in 1814. Her relatives lived in Montgomeryshire. " +
		"They were married at Moat Farm in 1907. Cherie Blair spoke on Monday. Tony Blair met her. Confidence in Blair fell. " +
		"She lived in Abergwesyn, Brecon. In Paris, Hollande, the president, spoke.")
	wantPlaces(t, r, "Landrinah", "Montgomeryshire", "Moat Farm", "Abergwesyn", "Brecon")
	places := placeNames(r)
	wantActors(t, r, []string{"Tony Blair"}, []string{"Landrinah Montgomeryshire", "Moat Farm", "Montgomeryshire", "Brecon"})
	if places["Hollande"] {
		t.Error("a name set off after a town is no region when a phrase about it follows")
	}
}

// A house, farm or chapel where someone was born or married runs into its village in
// family histories; a Welsh field is a place by its first word.
func TestHousesRunTogetherWithTheirVillage(t *testing.T) {
	_, r := recognize("My grandmother Mary Mills b1882 Llywn Crwn Llanidloes was married 1907 Manledd Chapel Llanidloes. " +
		"He was born in 1885 at Glascoed Cottage Meifod. 14 Cae Gwain Hay 5 acres. Shirley Temple Black spoke.")
	wantPlaces(t, r, "Llywn Crwn", "Llanidloes", "Manledd Chapel", "Glascoed Cottage", "Meifod", "Cae Gwain Hay")
	wantActors(t, r, []string{"Mary Mills", "Shirley Temple Black"},
		[]string{"Llywn Crwn Llanidloes", "Manledd Chapel Llanidloes", "Glascoed Cottage Meifod", "Cae Gwain Hay", "Temple Black"})
}

// placeMentionCounts counts r's place mentions by their text.
func placeMentionCounts(r *Result) map[string]int {
	places := map[string]int{}
	for _, m := range r.PlaceMentions {
		places[m.Text]++
	}
	return places
}

// wantPlaces checks that each of the names is one of r's places.
func wantPlaces(t *testing.T, r *Result, names ...string) {
	t.Helper()
	places := placeNames(r)
	for _, p := range names {
		if !places[p] {
			t.Errorf("%q should be a place: %v", p, places)
		}
	}
}

// placeNames is the set of the names of r's places.
func placeNames(r *Result) map[string]bool {
	places := map[string]bool{}
	for _, p := range r.Places {
		places[p.Name] = true
	}
	return places
}

// A town the world knows stays a place beside a body named after it: "in Cairo" is not
// Cairo University Medical School.
func TestTownsStayPlacesBesideTheirBodies(t *testing.T) {
	_, r := recognize("Doctors at Cairo University Medical School treated the wounded. Crowds gathered in Cairo on Friday.")
	if placeMentionCounts(r)["Cairo"] != 1 {
		t.Errorf("Cairo should be a place: %v", r.PlaceMentions)
	}
}

// A country's short name, and a people's adjective, name no body whose name they open:
// "to the US" is not "the US Goverment" (a misspelling no list knows), "a European
// committee" not "European-UK Trade".
func TestShortNamesStayOffTheBodiesTheyOpen(t *testing.T) {
	_, r := recognize("Stop selling oil to the US . The US Goverment should act . They waited for a European committee . The European-UK Trade body met .")
	for _, m := range mentionsOf(r) {
		if m == "US=US Goverment" || m == "European=European-UK Trade" {
			t.Errorf("%s: the short name is not the body's", m)
		}
	}
	if placeMentionCounts(r)["US"] != 1 {
		t.Errorf("to the US should be a place: %v", r.PlaceMentions)
	}
}

// Places by the words that open or close their names ("Isle of", "Gardens") or go before
// them ("in the vicinity of").
func TestIslesAndGardens(t *testing.T) {
	_, r := recognize("He attended a sailing event off the Isle of Wight in June . It may not have the whiff of Madison Square Gardens . " +
		"Strikes hit rocket launchers in the vicinity of Waddan . The film premiered at the Cannes film festival .")
	wantPlaces(t, r, "Isle of Wight", "Madison Square Gardens", "Waddan", "Cannes")
	for _, a := range r.Actors {
		t.Errorf("no actor here: %+v", a)
	}
}

// TestSiteOf reads a heritage site named after "site of" as a place, not a person.
func TestSiteOf(t *testing.T) {
	_, r := recognize("Rockets may be hidden at the UNESCO World Heritage site of Leptis Magna .")
	wantActors(t, r, nil, []string{"Leptis Magna"})
	if !slices.ContainsFunc(r.PlaceMentions, func(m Mention) bool { return m.Text == "Leptis Magna" }) {
		t.Errorf("Leptis Magna is no place: %+v", r.PlaceMentions)
	}
}

// A town the gazetteer writes with hyphens is that town without them, though its last
// word is a title ("Prince"); a name that runs on through "in" ("Partners in Health")
// puts nothing in a place, and neither does a language, nor a name between "the" and a
// noun ("in the Blair years"), nor a word the text also writes in lower case.
func TestTownsWithoutTheirHyphensAndNamesThroughIn(t *testing.T) {
	_, r := recognize("Aid reached Port au Prince on Monday . Port au Prince was hit hard . " +
		"Funds will go to Oxfam , Partners in Health and Unicef . The service broadcasts in English , French and Spanish . " +
		"It was as true in the Blair years . Stars will perform in the Hope For Haiti event . " +
		"A study in Science said the science was clear .")
	wantPlaces(t, r, "Port-au-Prince")
	for _, p := range r.Places {
		if p.Name != "Port-au-Prince" {
			t.Errorf("%q should be no place", p.Name)
		}
	}
	wantActors(t, r, nil, []string{"Port", "Prince", "Health", "English", "Hope"})
	if placeNames(r)["Science"] {
		t.Error("Science, a word the text writes in lower case, should be no place")
	}
	if n := len(r.PlaceMentions); n != 2 {
		t.Errorf("%d mentions of Port-au-Prince, want 2: %+v", n, r.PlaceMentions)
	}
}
