package actor

import (
	"strings"
	"sync"
	"testing"

	"storyline/data/text"
	"storyline/model"
)

var (
	gazOnce sync.Once
	gaz     *Gazetteer
)

func defaultGaz() *Gazetteer {
	gazOnce.Do(func() { gaz = DefaultGazetteer() })
	return gaz
}

func recognize(s string) (*text.Doc, *Result) {
	d := text.Analyze(s)
	return d, Recognize(d, defaultGaz())
}

// mentionsOf renders the mentions as "text=actor name" for comparison.
func mentionsOf(r *Result) []string {
	name := map[string]string{}
	for _, a := range r.Actors {
		name[a.ID] = a.Name
	}
	var out []string
	for _, m := range r.Mentions {
		out = append(out, m.Text+"="+name[m.Actor])
	}
	return out
}

func hasAll(got []string, want ...string) (missing []string) {
	set := map[string]bool{}
	for _, g := range got {
		set[g] = true
	}
	for _, w := range want {
		if !set[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

func TestRecognizeRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string // "mention text=actor name"
		not  []string // mention texts that must not appear
	}{
		{"title stripped", "Russian Defense Minister Sergei Shoigu spoke. Shoigu left.",
			[]string{"Russian Defense Minister Sergei Shoigu=Sergei Shoigu", "Shoigu=Sergei Shoigu"}, nil},
		{"honorific", "Mr. Obama arrived. Later Barack Obama spoke.",
			[]string{"Mr. Obama=Barack Obama", "Barack Obama=Barack Obama"}, nil},
		{"initial", "John F. Kennedy spoke.", []string{"John F. Kennedy=John F. Kennedy"}, nil},
		{"particle", "The talks with Bashar al-Assad failed, and al-Assad left.",
			[]string{"Bashar al-Assad=Bashar al-Assad", "al-Assad=Bashar al-Assad"}, nil},
		{"multiword gazetteer names", "The Islamic State and al-Qaeda fought ISIS and the U.N. Security Council.",
			[]string{"Islamic State=Islamic State", "al-Qaeda=al-Qaeda", "ISIS=Islamic State", "U.N. Security Council=UN Security Council"}, nil},
		{"sentence-initial words", "Intensive work began. Meanwhile, nothing. Signs of trouble. Speaking in Rome, he left.",
			nil, []string{"Intensive", "Meanwhile", "Signs", "Speaking", "Rome"}},
		{"weekdays and months", "On Wednesday, Sept. 30, the Senate met in October.",
			[]string{"Senate=Senate"}, []string{"Wednesday", "Sept", "October"}},
		{"title alone", "The President spoke to the Prime Minister.", nil, []string{"President", "Prime Minister"}},
		{"demonym acting", "Russian warships fired. The Russian military and U.S. military answered.",
			[]string{"Russian warships=Russia", "Russian military=Russia", "U.S. military=United States"}, nil},
		{"demonym plain adjective", "She speaks the Russian language with Russian people.", nil, []string{"Russian"}},
		{"capital acting", "Moscow continues to strike, which Washington opposes. Washington's view differs.",
			[]string{"Moscow=Russia", "Washington=United States", "Washington=United States"}, nil},
		{"capital as a setting", "He spoke at a news conference in Rome and flew to Moscow.", nil, []string{"Rome", "Moscow"}},
		{"country as a setting", "The war in central Syria and Iraq goes on; Syria says otherwise.",
			[]string{"Syria=Syria"}, []string{"Iraq"}},
		{"seas are places", "Missiles flew from the Caspian Sea.", nil, []string{"Caspian Sea"}},
		{"government of a country", "A new Syrian government offensive began.", []string{"Syrian government=Syrian government"}, nil},
		{"regime of a person", "Syrian President Bashar Assad spoke. Assad's regime and the regime's troops held.",
			[]string{"Assad's regime=Syrian government", "the regime=Syrian government"}, nil},
		{"government troops before the government is named", "Government forces attacked. Later, government troops advanced on the Iraqi government.",
			[]string{"government troops=Iraqi government"}, nil},
		{"opposition groups", "Strikes hit forces opposing the regime. Moderate opposition forces fled; the moderate opposition regrouped.",
			[]string{"forces opposing the regime=moderate opposition", "moderate opposition=moderate opposition"}, nil},
		{"sources are not actors", "TASS said so, the AP reported, according to Reuters and told CNN.",
			nil, []string{"TASS", "AP", "Reuters", "CNN"}},
		{"organisation by its head word", "The Kremlin and Gazprom Neft Holdings met the Nuclear Regulatory Commission.",
			[]string{"Kremlin=Kremlin", "Nuclear Regulatory Commission=Nuclear Regulatory Commission"}, nil},
		{"acronym of a name", "The Democratic National Committee met. The DNC said no.",
			[]string{"DNC=Democratic National Committee"}, nil},
		{"first name alone after the full name", "Steve Jobs spoke. Steve called it magic.",
			[]string{"Steve=Steve Jobs"}, nil},
		{"corporate suffix", "Cisco Systems Inc. sued Apple Inc. and Apple answered.",
			[]string{"Apple Inc.=Apple", "Apple=Apple"}, nil},
		{"two particles", "Ursula von der Leyen spoke. Von der Leyen left.",
			[]string{"Ursula von der Leyen=Ursula von der Leyen"}, nil},
		{"institution of a place", "Scotland Yard said the Israel Defense Forces and the Metropolitan Police agreed.",
			[]string{"Scotland Yard=Scotland Yard", "Israel Defense Forces=Israel Defense Forces", "Metropolitan Police=Metropolitan Police"}, nil},
		{"place by its first word", "SpaceX launched from Cape Canaveral and Fort Worth.", []string{"SpaceX=SpaceX"}, []string{"Cape Canaveral", "Fort Worth"}},
		{"plural nouns open sentences", "Officials said so. Police arrested two men. Analysts disagreed.", nil, []string{"Officials", "Police", "Analysts"}},
		{"title-case headline", "Russia Launches Missiles From Caspian Sea As Forces Advance\n\nRussian warships fired, officials said.",
			[]string{"Russia=Russia", "Russian warships=Russia"}, []string{"Russia Launches Missiles", "Launches", "Missiles", "Forces Advance", "Advance"}},
		{"dateline and credit line", "BEIRUT (AFP) - Fighting resumed near Homs.\n\nReporting by Jane Doe; Editing by John Roe",
			nil, []string{"Fighting", "Jane Doe", "John Roe", "AFP"}},
		{"hyphenated names and compounds", "Wal-Mart and U.S.-led forces met Russian-backed troops.",
			[]string{"Wal-Mart=Walmart", "U.S.=United States", "Russian=Russia"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := recognize(tc.in)
			got := mentionsOf(r)
			if m := hasAll(got, tc.want...); len(m) > 0 {
				t.Errorf("missing %q; got %q", m, got)
			}
			for _, n := range tc.not {
				for _, m := range r.Mentions {
					if m.Text == n {
						t.Errorf("%q must not be a mention; got %q", n, got)
					}
				}
			}
		})
	}
}

func TestKindsAndRoles(t *testing.T) {
	_, r := recognize("Defense Secretary Ashton Carter met Ukrainian President Petro Poroshenko, NATO, the Taliban and Russia.")
	want := map[string]model.ActorKind{"Ashton Carter": model.KindPerson, "Petro Poroshenko": model.KindPerson,
		"North Atlantic Treaty Organization": model.KindOrganization, "Taliban": model.KindGroup, "Russia": model.KindCountry}
	got := map[string]model.Actor{}
	for _, a := range r.Actors {
		got[a.Name] = a
	}
	for n, k := range want {
		if got[n].Kind != k {
			t.Errorf("%s: kind %q, want %q (actors %v)", n, got[n].Kind, k, r.Actors)
		}
	}
	if roles := got["Ashton Carter"].Roles; len(roles) != 1 || roles[0] != "Defense Secretary" {
		t.Errorf("Carter roles = %q", roles)
	}
	if roles := got["Petro Poroshenko"].Roles; len(roles) != 1 || roles[0] != "Ukrainian President" {
		t.Errorf("Poroshenko roles = %q", roles)
	}
	if got["Ashton Carter"].ID != "ashton-carter" || got["Russia"].ID != "russia" {
		t.Errorf("IDs: %q %q", got["Ashton Carter"].ID, got["Russia"].ID)
	}
}

func TestAliasesMerged(t *testing.T) {
	_, r := recognize("The United States and Russia talked. The U.S. says no. ISIL and the Islamic State are one; IS lost. AP and the Associated Press agree.")
	ids := map[string]string{}
	for _, a := range r.Actors {
		ids[a.Name] = a.ID
	}
	if len(r.Actors) != 3 {
		t.Errorf("want 3 actors (United States, Russia, Islamic State), got %+v", r.Actors)
	}
	if len(r.Sources) != 1 || r.Sources[0].ID != "associated-press" {
		t.Errorf("sources = %+v", r.Sources)
	}
	for _, m := range r.Mentions {
		if strings.HasPrefix(m.Text, "IS") && m.Actor != ids["Islamic State"] {
			t.Errorf("%q → %s", m.Text, m.Actor)
		}
	}
}

func TestOffsetsAndOrder(t *testing.T) {
	d, r := recognize("Über-analyst Jürgen Müller told Deutsche Welle that Angela Merkel’s government fell. Merkel said nothing.")
	for i, m := range r.Mentions {
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
			t.Errorf("bad mention %+v", m)
		}
		if i > 0 && r.Mentions[i-1].Start > m.Start {
			t.Errorf("mentions not sorted at %d", i)
		}
	}
	for _, c := range r.Citations {
		if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
			t.Errorf("bad citation %+v", c)
		}
	}
	got := mentionsOf(r)
	if m := hasAll(got, "Angela Merkel=Angela Merkel", "Merkel=Angela Merkel"); len(m) > 0 {
		t.Errorf("missing %q in %q", m, got)
	}
	if len(r.Sources) != 1 || r.Sources[0].Name != "Deutsche Welle" {
		t.Errorf("sources = %+v", r.Sources)
	}
}

func TestNoPunctuationAndEmpty(t *testing.T) {
	for _, in := range []string{"", "   ", strings.Repeat("Russia and Ashton Carter and the regime ", 400), "ALL CAPS HEADLINE ABOUT NATO"} {
		d, r := recognize(in)
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				t.Fatalf("bad mention %+v", m)
			}
		}
	}
}

func TestMergeDocuments(t *testing.T) {
	_, r1 := recognize("Finnish President Sauli Niinisto spoke with Russia. TASS reported it.")
	_, r2 := recognize("Niinisto met officials from the Russian Federation, TASS said.")
	actors, sources, remap, sourceID := mergeResults(r1, r2)
	names := map[string]model.Actor{}
	for _, a := range actors {
		names[a.Name] = a
	}
	if len(actors) != 2 {
		t.Fatalf("want Sauli Niinisto and Russia, got %+v", actors)
	}
	if names["Sauli Niinisto"].ID != "sauli-niinisto" || names["Russia"].ID != "russia" {
		t.Errorf("ids: %+v", actors)
	}
	for _, a := range r2.Actors {
		if got := remap(1, a.ID); got != "sauli-niinisto" && got != "russia" {
			t.Errorf("remap(1, %q) = %q", a.ID, got)
		}
	}
	if len(sources) != 1 || sources[0].ID != "tass" || sourceID(1, r2.Sources[0].ID) != "tass" {
		t.Errorf("sources = %+v", sources)
	}
	if !contains(names["Sauli Niinisto"].Aliases, "Niinisto") {
		t.Errorf("aliases = %q", names["Sauli Niinisto"].Aliases)
	}
}

func TestMergeKeepsAmbiguousSurnames(t *testing.T) {
	_, r1 := recognize("Hillary Clinton spoke.")
	_, r2 := recognize("Bill Clinton spoke.")
	_, r3 := recognize("President Clinton spoke.")
	actors, _, remap, _ := mergeResults(r1, r2, r3)
	if len(actors) != 3 {
		t.Errorf("want three people, got %+v", actors)
	}
	if id := remap(2, r3.Actors[0].ID); id != "clinton" {
		t.Errorf("the bare surname should stay apart, got %q", id)
	}
}

// A bare surname goes to the person the corpus talks about far more than the others of
// that name, and, where roles tell them apart, to the one with the matching role.
func TestMergeGivesSurnamesToTheLeadingNamesake(t *testing.T) {
	var rs []*Result
	for range 4 {
		_, r := recognize("Bashar al-Assad spoke on state television.")
		rs = append(rs, r)
	}
	_, hafez := recognize("Hafez al-Assad ruled Syria until 2000.")
	_, bare := recognize("Government forces loyal to Assad shelled the city. Assad said nothing.")
	rs = append(rs, hafez, bare)
	actors, _, remap, _ := mergeResults(rs...)
	found := false
	for _, a := range bare.Actors {
		if a.Name == "Assad" {
			found = true
			if id := remap(len(rs)-1, a.ID); id != "bashar-al-assad" {
				t.Errorf("a bare Assad went to %q, want bashar-al-assad (%+v)", id, actors)
			}
		}
	}
	if !found {
		t.Fatalf("no bare Assad in %+v", bare.Actors)
	}
	_, barack := recognize("President Barack Obama spoke.")
	_, michelle := recognize("Michelle Obama spoke.")
	_, titled := recognize("President Obama spoke again.")
	_, _, remap, _ = mergeResults(barack, michelle, titled)
	if id := remap(2, titled.Actors[0].ID); id != "barack-obama" {
		t.Errorf("President Obama went to %q, want barack-obama", id)
	}
}

// A namesake named less fully than the leading one ("George Bush" beside "George W.
// Bush") may be that one, and does not stand against it; one named otherwise does.
func TestALessFullyNamedNamesakeDoesNotStandAgainstTheLeadingOne(t *testing.T) {
	rs := repeated(4, "Former President George W. Bush spoke.")
	rs = append(rs, repeated(2, "George Bush spoke.")...)
	_, father := recognize("George H.W. Bush spoke.")
	_, bare := recognize("Bush said the war was right.")
	rs = append(rs, father, bare)
	if id := mergedID(rs, len(rs)-1, "Bush"); id != "george-w-bush" {
		t.Errorf("a bare Bush went to %q, want george-w-bush", id)
	}
	rs = append(repeated(4, "Former President George W. Bush spoke."), repeated(2, "Jeb Bush spoke.")...)
	rs = append(rs, bare)
	if id := mergedID(rs, len(rs)-1, "Bush"); id != "bush" {
		t.Errorf("a bare Bush between George W. and Jeb went to %q, want none", id)
	}
}

// A word many articles use alone is a name of its own, not the surname of the one
// "person" an article made of it ("Operator Transocean, under contract for BP, says");
// a surname the articles of the full name use alone still joins it.
func TestMergeKeepsAWordOfManyArticlesApartFromAOneArticleName(t *testing.T) {
	_, odd := recognize("Operator Transocean, under contract for BP, says it had no warning.")
	rs := append([]*Result{odd}, repeated(4, "Transocean said the rig was safe.")...)
	_, full := recognize("Kent Wells spoke. Wells said the cap held.")
	_, bare := recognize("Wells said so again.")
	rs = append(rs, full, bare)
	if id := mergedID(rs, 1, "Transocean"); id != "transocean" {
		t.Errorf("Transocean went to %q", id)
	}
	if id := mergedID(rs, len(rs)-1, "Wells"); id != "kent-wells" {
		t.Errorf("a bare Wells went to %q, want kent-wells", id)
	}
	// So with a titled surname: the Lord Goldsmith of many articles is not the Harvey
	// Goldsmith one article names.
	_, harvey := recognize("The promoter Harvey Goldsmith staged the concert.")
	rs = append([]*Result{harvey}, repeated(4, "Lord Goldsmith said the war was legal.")...)
	if id := mergedID(rs, 1, "Goldsmith"); id == "harvey-goldsmith" {
		t.Error("Lord Goldsmith went to Harvey Goldsmith")
	}
}

// repeated recognizes the text n times, as n articles.
func repeated(n int, text string) []*Result {
	var rs []*Result
	for range n {
		_, r := recognize(text)
		rs = append(rs, r)
	}
	return rs
}

// mergedID is the merged ID of the actor named name in article doc of rs, or "".
func mergedID(rs []*Result, doc int, name string) string {
	_, _, remap, _ := mergeResults(rs...)
	for _, a := range rs[doc].Actors {
		if a.Name == name {
			return remap(doc, a.ID)
		}
	}
	return ""
}

// A name written family name first in some articles and last in others is one person;
// a known given name either way round makes two.
func TestMergeJoinsANameWrittenEitherWayRound(t *testing.T) {
	_, a := recognize("The virologist Guan Yi said the virus had spread.")
	_, b := recognize("Yi Guan, a virologist, said it would spread further.")
	_, c := recognize("Mark Smith spoke.")
	_, d := recognize("Smith Mark spoke.")
	_, _, remap, _ := mergeResults(a, b, c, d)
	if x, y := remap(0, a.Actors[0].ID), remap(1, b.Actors[0].ID); x != y {
		t.Errorf("Guan Yi is %q and Yi Guan %q", x, y)
	}
	if x, y := remap(2, c.Actors[0].ID), remap(3, d.Actors[0].ID); x == y {
		t.Errorf("Mark Smith and Smith Mark are one: %q", x)
	}
}

// Spellings of one person merge; people with names merely alike stay apart.
func TestMergeJoinsSpellingsOfOnePerson(t *testing.T) {
	rs := recognizeEach(
		"Syrian President Bashar al-Assad spoke on Monday.",
		"Syrian President Bashar al-Assad met envoys.",
		"Syrian President Bashar Assad spoke again.",
		"Syrian President Bashar al Assad left Damascus.",
		"Syrian President Bashir al-Assad was quoted.",
		"Hafez al-Assad ruled Syria until 2000.",
	)
	actors, _, remap, _ := mergeResults(rs...)
	for d, r := range rs {
		for _, a := range r.Actors {
			if a.Kind != model.KindPerson {
				continue
			}
			want := "bashar-al-assad"
			if strings.HasPrefix(a.Name, "Hafez") {
				want = "hafez-al-assad"
			}
			if got := remap(d, a.ID); got != want {
				t.Errorf("%q went to %q, want %q (%+v)", a.Name, got, want, actors)
			}
		}
	}
}

// recognizeEach recognises each text as a document of its own.
func recognizeEach(texts ...string) []*Result {
	rs := make([]*Result, len(texts))
	for i, text := range texts {
		_, rs[i] = recognize(text)
	}
	return rs
}

func mergeResults(rs ...*Result) ([]model.Actor, []model.Source, func(int, string) string, func(int, string) string) {
	var as [][]model.Actor
	var ss [][]model.Source
	for _, r := range rs {
		as, ss = append(as, r.Actors), append(ss, r.Sources)
	}
	return MergeDocuments(as, ss)
}

// An actor and a source of the same name keep the same slug, each in its namespace, and
// clashing slugs are numbered by kind, whatever order the documents come in.
func TestMergedIDsDoNotDependOnOrder(t *testing.T) {
	georgia := []model.Actor{{ID: "g", Name: "Georgia", Kind: model.KindCountry}}
	person := []model.Actor{{ID: "p", Name: "GEORGIA", Kind: model.KindPerson}}
	jazeera := []model.Source{{ID: "aj", Name: "Al Jazeera", Kind: "broadcaster"}}
	jazeeraActor := []model.Actor{{ID: "aj", Name: "Al Jazeera", Kind: model.KindOrganization}}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		docs := [][]model.Actor{georgia, person, jazeeraActor}
		srcs := [][]model.Source{nil, {{ID: "r", Name: "Reuters", Kind: "news agency"}}, jazeera}
		var as [][]model.Actor
		var ss [][]model.Source
		for _, i := range order {
			as, ss = append(as, docs[i]), append(ss, srcs[i])
		}
		_, _, actorID, sourceID := MergeDocuments(as, ss)
		pos := map[int]int{}
		for k, i := range order {
			pos[i] = k
		}
		if got := actorID(pos[0], "g"); got != "georgia" {
			t.Errorf("order %v: the country is %q", order, got)
		}
		if got := actorID(pos[1], "p"); got != "georgia-2" {
			t.Errorf("order %v: the person is %q", order, got)
		}
		if a, s := actorID(pos[2], "aj"), sourceID(pos[2], "aj"); a != "al-jazeera" || s != "al-jazeera" {
			t.Errorf("order %v: actor %q, source %q", order, a, s)
		}
		if s := sourceID(pos[1], "r"); s != "reuters" {
			t.Errorf("order %v: Reuters is %q", order, s)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"United States": "united-states", "U.S.": "us", "al-Qaeda": "al-qaeda",
		"Bashar Assad": "bashar-assad", "McDonald's": "mcdonalds", "São Paulo": "são-paulo", "  ": ""} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// A legislator's party and state after the name ("(D-Ohio)", ", R-Ky.,") name no actor.
func TestPartyCodesAreNotActors(t *testing.T) {
	d := text.Analyze("Sen. Ann Ward (D-Ohio) spoke. Senate Majority Leader Tom Reed, R-Ky., agreed. Paul Grant (R-S.C.) left.")
	r := Recognize(d, DefaultGazetteer())
	for _, m := range r.Mentions {
		switch d.Text[m.Start:m.End] {
		case "D-Ohio", "R-Ky", "R-Ky.", "R-S.C.", "D", "R":
			t.Errorf("party code %q taken for an actor", d.Text[m.Start:m.End])
		}
	}
	var names []string
	for _, a := range r.Actors {
		names = append(names, a.Name)
	}
	for _, want := range []string{"Ann Ward", "Tom Reed", "Paul Grant"} {
		if !strings.Contains(strings.Join(names, "|"), want) {
			t.Errorf("actors %q lack %q", names, want)
		}
	}
}

// A given name alone goes, across the corpus, to the person whose own documents call
// him by it ("Saddam" is Saddam Hussein), not to another of that given name who is never
// called so.
func TestMergeGivesAGivenNameToThePersonCalledByIt(t *testing.T) {
	rs := recognizeEach(
		"Saddam Hussein spoke on Monday. Saddam said the army would fight.",
		"Saddam Hussein met envoys. Saddam left Baghdad.",
		"Saddam Hussein was quoted. Saddam was defiant.",
		"Saddam told the crowd to resist, the television said.",
		"Saddam Haftar, a businessman, opened a shop.",
	)
	actors, _, remap, _ := mergeResults(rs...)
	for _, a := range rs[3].Actors {
		if a.Kind == model.KindPerson {
			if got := remap(3, a.ID); got != "saddam-hussein" {
				t.Errorf("%q went to %q, want saddam-hussein (%+v)", a.Name, got, actors)
			}
		}
	}
}

// A misspelt given name with no role joins the far better known person one letter away
// ("Barrack Obama"); a real given name one letter away ("Mark" beside "Mary") does not.
func TestMergeJoinsAMisspellingOfAWellKnownName(t *testing.T) {
	rs := recognizeEach(
		"President Barack Obama spoke on Monday.",
		"President Barack Obama met envoys.",
		"President Barack Obama left Washington.",
		"Barrack Obama is wrong, a reader wrote.",
		"Mary Smith, a nurse, spoke on Monday.",
		"Mary Smith, a nurse, met envoys.",
		"Mary Smith, a nurse, left the ward.",
		"Mark Smith said he would stay.",
	)
	actors, _, remap, _ := mergeResults(rs...)
	for d, want := range map[int]string{3: "barack-obama", 7: "mark-smith"} {
		for _, a := range rs[d].Actors {
			if a.Kind == model.KindPerson {
				if got := remap(d, a.ID); got != want {
					t.Errorf("%q went to %q, want %q (%+v)", a.Name, got, want, actors)
				}
			}
		}
	}
}

// A surname that no article gives in full is the person's whose other spellings the
// gazetteer lists, when the articles that use it name that person too.
func TestSurnameInASpellingNoArticleGivesInFull(t *testing.T) {
	g := defaultGaz()
	var as [][]model.Actor
	for _, s := range []string{
		"Moammar Gadhafi spoke on Monday. The day Ghadafi took over, we left.",
		"Moammar Gadhafi spoke again. Ghadafi said the rebels would lose.",
		"Muammar Gaddafi went to Sirte.",
	} {
		as = append(as, Recognize(text.Analyze(s), g).Actors)
	}
	actors, _, _, _ := MergeDocumentsWith(g, as, make([][]model.Source, len(as)))
	for _, a := range actors {
		if a.Name == "Ghadafi" {
			t.Errorf("Ghadafi should be Muammar Gaddafi: %v", actors)
		}
	}
}

// A surname alone, in a text that names no one of that surname in full, is the person the
// lists know by it; a text that names another of the family keeps it for them.
func TestListedSurnameAlone(t *testing.T) {
	_, r := recognize("Is there a way to leave if Gadhafi stays ?")
	if got := mentionsOf(r); len(hasAll(got, "Gadhafi=Muammar Gaddafi")) > 0 {
		t.Errorf("mentions %v", got)
	}
	_, r = recognize("Saif al-Islam Gaddafi spoke. Gaddafi said the army would fight.")
	if got := mentionsOf(r); len(hasAll(got, "Gaddafi=Saif al-Islam Gaddafi")) > 0 {
		t.Errorf("mentions %v", got)
	}
	_, r = recognize("Islam is a faith. Un said nothing.")
	for _, a := range r.Actors {
		if a.Kind == model.KindPerson {
			t.Errorf("no surname of the lists here: %v", r.Actors)
		}
	}
}

// A son the lists know by his given names ("Saif al-Islam") is the person named so in
// full, but a later surname alone stays his father's when the text never gave the son it.
func TestGivenNamesTheListsKnowLeaveTheSurnameAlone(t *testing.T) {
	_, r := recognize("Muammar Gaddafi vowed to fight on. His son Saif al-Islam spoke on television. " +
		"Gaddafi later appeared in Tripoli.")
	got := mentionsOf(r)
	if missing := hasAll(got, "Saif al-Islam=Saif al-Islam Gaddafi", "Gaddafi=Muammar Gaddafi"); len(missing) > 0 {
		t.Errorf("missing %v in %v", missing, got)
	}
}

// One organisation's forms across a corpus are one actor: its words in another order, its
// name with and without its legal form. Names merely alike stay apart.
func TestOrganisationFormsMerge(t *testing.T) {
	org := func(name string) []model.Actor {
		return []model.Actor{{ID: Slug(name), Name: name, Kind: model.KindOrganization}}
	}
	as := [][]model.Actor{org("National Transitional Council"), org("National Transitional Council"), org("Transitional National Council"),
		org("Transocean Ltd"), org("Transocean"), org("Transocean"), org("Ohio Water Authority"), org("Ohio Water Board")}
	actors, _, id, _ := MergeDocuments(as, make([][]model.Source, len(as)))
	if id(2, Slug("Transitional National Council")) != id(0, Slug("National Transitional Council")) {
		t.Errorf("the council's two word orders are two actors: %+v", actors)
	}
	if id(3, Slug("Transocean Ltd")) != id(4, "transocean") {
		t.Errorf("Transocean with and without Ltd are two actors: %+v", actors)
	}
	if id(6, Slug("Ohio Water Authority")) == id(7, Slug("Ohio Water Board")) {
		t.Errorf("two companies merged: %+v", actors)
	}
}

// One person's given name transliterated two ways, under one surname, is one person, title
// or none: "Mohammed Morsi" and "Mohamed Morsi".
func TestGivenNameSpellingsMerge(t *testing.T) {
	person := func(name string) []model.Actor {
		return []model.Actor{{ID: Slug(name), Name: name, Kind: model.KindPerson}}
	}
	as := [][]model.Actor{person("Mohammed Morsi"), person("Mohamed Morsi"), person("Mohamed Morsi"), person("Ahmed Morsi")}
	_, _, id, _ := MergeDocuments(as, make([][]model.Source, len(as)))
	if id(0, "mohammed-morsi") != id(1, "mohamed-morsi") {
		t.Error("Mohammed Morsi and Mohamed Morsi are two people")
	}
	if id(3, "ahmed-morsi") == id(1, "mohamed-morsi") {
		t.Error("Ahmed Morsi merged with Mohamed Morsi")
	}
}

// "The West" is an actor, though the text has things "west of Tripoli", and no surname
// of a West named in full elsewhere.
func TestTheWestIsNoSurname(t *testing.T) {
	_, r := recognize("The West has imposed sanctions. Rebels are west of Tripoli and west of Misrata.")
	wantActors(t, r, []string{"West"}, nil)
	rs := append(repeated(3, "The West imposed sanctions on Libya on Monday."), repeated(2, "Darrell West of the Brookings Institution said so.")...)
	if id := mergedID(rs, 0, "West"); id != "west" {
		t.Errorf("the West went to %q", id)
	}
}

// A country misspelt by a letter or two swapped in a few articles ("Isreal", "Lybia") is
// that country where many others name it; a short country's neighbour ("Osman") is not.
func TestMisspeltCountriesJoinTheCountry(t *testing.T) {
	rs := append(repeated(4, "Israel and Egypt and Oman signed a deal on Monday."),
		repeated(1, "Isreal said on Tuesday it would not talk.")...)
	rs = append(rs, repeated(1, "Eygpt said on Tuesday it would talk.")...)
	rs = append(rs, repeated(1, "Osman said on Tuesday he would talk.")...)
	rs = append(rs, repeated(4, "Libya said on Monday it would talk.")...)
	rs = append(rs, repeated(1, "Lybia said on Tuesday it would not.")...)
	if id := mergedID(rs, len(rs)-1, "Lybia"); id != "libya" {
		t.Errorf("Lybia went to %q", id)
	}
	if id := mergedID(rs, 4, "Isreal"); id != "israel" {
		t.Errorf("Isreal went to %q", id)
	}
	if id := mergedID(rs, 5, "Eygpt"); id != "egypt" {
		t.Errorf("Eygpt went to %q", id)
	}
	if id := mergedID(rs, 6, "Osman"); id == "oman" || id == "" {
		t.Errorf("Osman went to %q", id)
	}
}
