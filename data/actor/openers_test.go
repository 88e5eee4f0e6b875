package actor

import "testing"

// Words that only look like names where they stand: a verb opening a sentence, a storm,
// a disease, a headline in capitals, a job heading a credit.
func TestWordsThatOnlyLookLikeNames(t *testing.T) {
	cases := []struct{ text, notActor, actor string }{
		{"President Obama spoke on Monday. Tell Obama what you think, the ad said.", "Tell Obama", "Obama"},
		{"Is Obama right? Barack Obama said he was.", "Is Obama", "Barack Obama"},
		{"Hurricane Katrina struck New Orleans in 2005.", "Hurricane Katrina", ""},
		{"The H1N1 virus spread, and Swine Flu cases rose, the World Health Organization said.", "H1N1", "World Health Organization"},
		{"NEW CAP FOR LEAKING OIL WELL\nBP said the cap held.", "NEW CAP FOR LEAKING OIL WELL", "BP"},
		{"The news agency said: SOCCER - ARMENIA BEAT SOUTH AFRICA IN FRIENDLY.", "ARMENIA BEAT SOUTH AFRICA IN FRIENDLY", "Armenia"},
		// A common word (written in lower case too) before a surname the text uses alone;
		// an unknown given name, never written so, stays.
		{"Qaddafi spoke for an hour. Once Qaddafi is gone, the war ends. He was once a colonel.", "Once Qaddafi", "Muammar Gaddafi"},
		{"Wasim Akram took five wickets. Akram was man of the match.", "Akram", "Wasim Akram"},
		// A verb or a question's auxiliary before a name the gazetteer knows: that name,
		// of its kind.
		{"Use Twitter to follow the news. Twitter said it grew.", "Use Twitter", "Twitter"},
		{"Will BP be forced out of the US? Will Smith said he would not.", "Will BP", "BP"},
		// Indefinite pronouns and the planet are no actors.
		{`"Everybody is just totally freaked out," he said. The Earth's orbit shifted, Obama said.`, "Everybody", "Obama"},
		{"The Earth's orbit shifted, Obama said.", "Earth", "Obama"},
		// A photographer credited by a label.
		{"Photograph: Adam Butler/AP The attorney general, Lord Goldsmith, said so.", "Adam Butler", "Goldsmith"},
		// A phrase of the list that is never a name, nor any word of it.
		{"No one had told his wife, Obama said.", "No one", "Obama"},
		{"The New Year began quietly, Obama said.", "Year", "Obama"},
		{"The New Year began quietly, Obama said.", "New Year", "Obama"},
		// A word news writes in lower case, capitalised only because it opens a sentence
		// or is shouted in a headline, is no name even where the text never writes it in
		// lower case.
		{"Nickel rose 2 percent in London, Obama said.", "Nickel", "Obama"},
		{"Rumors spread that he was ill, Obama said.", "Rumors", "Obama"},
		{"Tension rose in Cairo on Tuesday. Mubarak said nothing.", "Tension", "Hosni Mubarak"},
		{"VIOLENCE ERUPTS AGAIN\nMubarak said nothing.", "VIOLENCE", "Hosni Mubarak"},
		{"This is CRAZY, wrote one reader. Obama said nothing.", "CRAZY", "Obama"},
		{"Obama said he watched. CRUDE OIL rose on Monday.", "CRUDE OIL", "Obama"},
		{"Obama said he watched. LOST PASSPORT stories spread.", "LOST PASSPORT", "Obama"},
		{"Teams scoop tar from the beach Oil arrived here after the spill. The oil spread, Obama said.", "Oil", "Obama"},
		// Among capitals a function word is itself, not the initials it shares.
		{"AND THIS IS HOW IT CREATES WEALTH. Obama said so.", "Islamic State", "Obama"},
		{"THE PEOPLE WHO MUST PAY. The WHO said so.", "", "World Health Organization"},
		// A page's legal footer.
		{"Follow the Rules of Conduct set forth in our Terms of Service. Obama said so.", "Terms", "Obama"},
		{"Follow the Rules of Conduct set forth in our Terms of Service. Obama said so.", "Service", "Obama"},
		// A surname the dictionary also capitalises; a firm the text names inside a
		// sentence too; a short acronym that spells a word.
		{"Bush said on Monday he would veto the bill.", "", "Bush"},
		{"Total said profits rose. Analysts at Total expect more.", "", "Total"},
		{"CARE said it had sent food to the camps.", "", "CARE"},
		{"The one where the US GOVERNMENT was sued, Obama said.", "", "US GOVERNMENT"},
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		found := c.actor == ""
		for _, a := range r.Actors {
			if a.Name == c.notActor {
				t.Errorf("%q: %q is an actor", c.text, a.Name)
			}
			found = found || a.Name == c.actor
		}
		if !found {
			t.Errorf("%q: no actor %q in %+v", c.text, c.actor, r.Actors)
		}
	}
}

// A word that opens a sentence, that the text also writes in lower case and never
// capitalises inside a sentence, is a common word: "Aid is being sent" names no
// organisation. A place the gazetteer knows stays a place though a group bears its name.
func TestCommonWordsAndKnownPlacesAtASentenceStart(t *testing.T) {
	_, r := recognize("The Haiti UNO group met on Monday. Rescue teams work in Haiti. Aid is being sent. " +
		"Send aid and rescue now. Apple said it would. Apple rose.")
	names := namesOf(r)
	for _, junk := range []string{"Aid", "Rescue"} {
		if names[junk] {
			t.Errorf("%s is an actor: %+v", junk, r.Actors)
		}
	}
	if !names["Apple"] || !names["Haiti UNO"] {
		t.Errorf("Apple and Haiti UNO are not both actors: %+v", r.Actors)
	}
	places := 0
	for _, m := range r.PlaceMentions {
		if m.Text == "Haiti" {
			places++
		}
	}
	if places != 1 {
		t.Errorf("%d place mentions of Haiti, want 1: %+v", places, r.PlaceMentions)
	}
}

// An adjective before a known organisation qualifies it: "the Arabic Facebook page" is
// Facebook.
func TestAdjectiveBeforeAKnownOrganisation(t *testing.T) {
	_, r := recognize("He posted on the Arabic Facebook page. The Islamist Hamas movement won.")
	names := namesOf(r)
	if !names["Facebook"] || !names["Hamas"] || names["Arabic Facebook"] {
		t.Errorf("actors %+v, want Facebook and Hamas", r.Actors)
	}
}

// A photographer credited after the agency ("REUTERS/Chris Helgren") is no actor, and the
// caption after the credit opens as a sentence does.
func TestPhotoCreditNamesNoActor(t *testing.T) {
	_, r := recognize("Rebels held the town, he said.\nREUTERS/Chris Helgren Rebel fighters sit at a check point. " +
		"AFP/Esam Al-Fetori Muammar Gaddafi spoke on television. Rebel fighters were seen.")
	names := namesOf(r)
	for _, junk := range []string{"Chris Helgren", "Esam Al-Fetori", "Esam Al-Fetori Muammar Gaddafi", "Chris Helgren Rebel"} {
		if names[junk] {
			t.Errorf("%s is an actor: %+v", junk, r.Actors)
		}
	}
	if !names["Muammar Gaddafi"] {
		t.Errorf("no Muammar Gaddafi: %+v", r.Actors)
	}
}

// The names that sign reader comments ("At 4:23 pm on 18 Jan 2010, X wrote:") are
// readers, not actors, wherever they stand; the actors their comments name stay.
func TestCommentSignaturesNameNoActor(t *testing.T) {
	_, r := recognize("Rescue work goes on.\nAt 4:23 pm on 18 Jan 2010, WebAliceinwonderland wrote: I am glad that Barack Obama acted.\n" +
		"At 4:36 pm on 18 Jan 2010, Leo Naphta wrote: You are wrong. Leo Naphta is right.")
	names := namesOf(r)
	if names["WebAliceinwonderland"] || names["Leo Naphta"] || !names["Barack Obama"] {
		t.Errorf("actors %+v", r.Actors)
	}
}

// A heading of common words on its own line, or before a colon, a question's "Do" and a
// letter alone name no one.
func TestHeadingsQuestionsAndLettersAreNoActors(t *testing.T) {
	_, r := recognize("Strict Standards: Non-static method should not be called statically on line 186\n" +
		"Personal Information\nWe collect data. Do Coinbase fees change often? In C you write code.\n" +
		"Human Rights Watch said so.\nBarack Obama\nThe answer is D. She plays on Radio 3 tonight.")
	wantActors(t, r, []string{"Coinbase", "Human Rights Watch", "Barack Obama"},
		[]string{"Strict Standards", "Personal Information", "Do Coinbase", "C", "D", "Radio"})
}
