package actor

import (
	"slices"
	"strings"
	"testing"

	"storyline/model"
)

func TestHyphenatedAndParticleNamesStayWhole(t *testing.T) {
	cases := []struct{ text, mention, actor string }{
		{"UN Secretary-General Ban Ki-moon said on Monday that talks would resume. Ban said more.", "Ban", "Ban Ki-moon"},
		{"South Korean President Moon Jae-in met Kim Jong-un on Friday.", "Kim Jong-un", "Kim Jong-un"},
		{"South Korean President Moon Jae-in met Kim Jong-un on Friday.", "South Korean President Moon Jae-in", "Moon Jae-in"},
		{"French Prime Minister Jean-Marc Ayrault met Bashar al-Assad in Damascus.", "Bashar al-Assad", "Bashar al-Assad"},
		{"Crown Prince Mohammed bin Salman visited Washington. Bin Salman said the deal was good.", "Bin Salman", "Mohammed bin Salman"},
		{"President Bashar al-Assad spoke on Monday. Al-Assad said the army would win.", "Al-Assad", "Bashar al-Assad"},
		{"Pakistan captain Inzamam-ul-Haq said he was pleased.", "Inzamam-ul-Haq", "Inzamam-ul-Haq"},
		{"Ata-ur-Rehman took two wickets.", "Ata-ur-Rehman", "Ata-ur-Rehman"},
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		name := map[string]string{}
		for _, a := range r.Actors {
			name[a.ID] = a.Name
		}
		found := false
		for _, m := range r.Mentions {
			if m.Text == c.mention {
				found = true
				if got := name[m.Actor]; got != c.actor {
					t.Errorf("%q in %q: %q, want %q", c.mention, c.text, got, c.actor)
				}
			}
		}
		if !found {
			t.Errorf("no mention %q in %q", c.mention, c.text)
		}
	}
	for _, compound := range []string{"Saudi-led forces attacked.", "Obama-era rules stood."} {
		_, r := recognize(compound)
		for _, a := range r.Actors {
			if a.Name == "Saudi-led" || a.Name == "Obama-era" {
				t.Errorf("%q: a compound became a name: %q", compound, a.Name)
			}
		}
	}
}

// Spellings of a name the news transliterates many ways are one person, and the text's
// own surname alone follows its full name ("Moammar Gadhafi ... Gadhafi").
func TestTransliteratedSpellingsAreOnePerson(t *testing.T) {
	_, r := recognize("Moammar Gadhafi spoke. Gadhafi said the rebels would lose. " +
		"Saif al-Islam Gadhafi said his father would stay. Muammar Qaddafi left. Qaddafi smiled.")
	want := []string{
		"Moammar Gadhafi=Muammar Gaddafi", "Gadhafi=Muammar Gaddafi", "Saif al-Islam Gadhafi=Saif al-Islam Gaddafi",
		"Muammar Qaddafi=Muammar Gaddafi", "Qaddafi=Muammar Gaddafi",
	}
	if got := mentionsOf(r); !slices.Equal(got, want) {
		t.Errorf("mentions\n got %q\nwant %q", got, want)
	}
}

// A Chinese, Korean or Vietnamese name puts the family name first: alone, that word is the
// person; a Western name's first word alone is not.
func TestFamilyNameFirst(t *testing.T) {
	_, r := recognize("Xiao Qiang, executive director of the group, spoke on Monday. Xiao said the arrests " +
		"would go on. Robert Lee came too, and Lee said nothing.")
	if got := mentionsOf(r); len(hasAll(got, "Xiao=Xiao Qiang", "Lee=Robert Lee")) > 0 {
		t.Errorf("mentions %v", got)
	}
	wantActors(t, r, []string{"Xiao Qiang", "Robert Lee"}, []string{"Xiao", "Lee"})
}

// Kin make people: a name after a noun of kinship is a person's, and so is one whose
// son or wife is named, though neither word is a given name the lists know.
func TestKinMakePeople(t *testing.T) {
	_, r := recognize("Niger says Gaddafi's son Saadi has arrived there. One of the sons, Khamis, stayed. " +
		"She shuttled her daughter Shylah between shelters.")
	wantKind(t, r, model.KindPerson, "Muammar Gaddafi", "Saadi", "Khamis", "Shylah")
}

// Names of the web and wire news of 2009 to 2011 that were read wrong.
func TestWebNewsNames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // "mention text=actor name"
		not  []string // mention texts that must not appear
	}{
		// An Arabic family name's particle in lower case makes a long name a person's.
		{"Protests toppled Tunisia 's strongman , 74-year-old Zine el-Abidine Ben Ali .", []string{"Zine el-Abidine Ben Ali=Zine el-Abidine Ben Ali"}, nil},
		{"President Zine El Abidine Ben Ali fled .", []string{"President Zine El Abidine Ben Ali=Zine El Abidine Ben Ali"}, nil},
		// The side taken describes the person and opens no name.
		{"Iran gains from the fall of the secular , pro-Western Hosni Mubarak . Mubarak was an ally .",
			[]string{"Hosni Mubarak=Hosni Mubarak", "Mubarak=Hosni Mubarak"}, []string{"Western Hosni Mubarak"}},
		// Numbers, agents' plurals and a quotation's first word open sentences, not names.
		{"Sixteen ships are patrolling . Executors said the debt fell . Fraudsters set up websites .", nil, []string{"Sixteen", "Executors", "Fraudsters"}},
		{"As the manifesto puts it : `` Once placed on ads , these stickers talk back .", nil, []string{"Once"}},
		// A people's adjective is no short name of the body it opens.
		{"Scottish clubs met . The Scottish Premier League said so .", []string{"Scottish Premier League=Scottish Premier League"}, []string{"Scottish"}},
		{"Transocean Ltd owns the rig . Transocean shares fell .", []string{"Transocean=Transocean Ltd"}, nil},
		// A people's adjective before a given name and surname describes the person.
		{"Controversial Australian Anthony Hill called Jansher Khan a cheat . Then Hill walked off .",
			[]string{"Anthony Hill=Anthony Hill", "Hill=Anthony Hill"}, []string{"Controversial Australian Anthony Hill"}},
		// A family history's relative before a given name is no part of it.
		{"Son Evan was born in 1880 . GGgrandfather Evan James farmed at Meifod .", []string{"Evan James=Evan James"}, []string{"Son Evan", "GGgrandfather Evan James"}},
		// Web pages write the country's initials without their last stop.
		{"But a U.S official said the U.K would act .", []string{"U.S=United States", "U.K=United Kingdom"}, nil},
	} {
		_, r := recognize(tc.in)
		got := mentionsOf(r)
		if m := hasAll(got, tc.want...); len(m) > 0 {
			t.Errorf("%q: missing %v in %v", tc.in, m, got)
		}
		for _, g := range got {
			text, _, _ := strings.Cut(g, "=")
			if slices.Contains(tc.not, text) {
				t.Errorf("%q: %q should be no mention (%v)", tc.in, text, got)
			}
		}
	}
}

// A dateline a page ran into the line before it is still a place, not the end of a name.
func TestRunInDateline(t *testing.T) {
	_, r := recognize("* Libyan leader has vowed not to leave Libya BENGHAZI , Libya , March 8 -LRB- Reuters -RRB- - An envoy offered talks .")
	if placeMentionCounts(r)["BENGHAZI"] != 1 {
		t.Errorf("BENGHAZI should be a place: %v", r.PlaceMentions)
	}
	for _, m := range mentionsOf(r) {
		if strings.Contains(m, "BENGHAZI") {
			t.Errorf("%s: the dateline is no actor", m)
		}
	}
}
