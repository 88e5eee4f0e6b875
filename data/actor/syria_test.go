package actor

import (
	"slices"
	"testing"

	"storyline/model"
)

// TestSyriaExamples holds the examples from real Syria coverage: districts are
// places wherever the text names them, a bare surname goes to the family member the text
// is about rather than to a dead father named since, and a caption's verb opens no name.
func TestSyriaExamples(t *testing.T) {
	for _, s := range []string{
		"Government troops attacked Baba Amr on Friday . Fighting spread to Jisr al-Shughour and Baba Amr , residents said .",
		"Syrian forces shelled the Baba Amr district of Homs on Friday .",
	} {
		_, r := recognize(s)
		wantActors(t, r, nil, []string{"Baba Amr", "Jisr al-Shughour"})
		if !slices.ContainsFunc(r.PlaceMentions, func(m Mention) bool { return m.Text == "Baba Amr" }) {
			t.Errorf("%q: Baba Amr is no place: %+v", s, r.PlaceMentions)
		}
	}
	for _, s := range []string{
		"Syrian President Bashar al-Assad addressed parliament on Friday . His late father , Hafez al-Assad , ruled from 1971 to 2000 . Assad said on Friday that reforms would come .",
		"President Bashar al-Assad has ruled Syria since 2000 , when he succeeded his father Hafez al-Assad , who died that year . Mr Assad said on Thursday that the army would restore order .",
	} {
		_, r := recognize(s)
		for _, m := range mentionsOf(r) {
			if m == "Assad=Hafez al-Assad" || m == "Mr Assad=Hafez al-Assad" {
				t.Errorf("%q: %s", s, m)
			}
		}
		wantKind(t, r, model.KindPerson, "Bashar al-Assad", "Hafez al-Assad")
	}
	// A verb a person may be the object of makes no place ("attacked Anderson Cooper"), nor
	// does "and" after a place before someone who is somewhere.
	for _, s := range []string{
		"Pro-Mubarak supporters attacked Anderson Cooper in Cairo . Anderson Cooper said he was fine .",
		"I 'm joined by Wolf Blitzer in Washington D.C. and Anderson Cooper , who is in Cairo .",
		"We have Ivan Watson in Cairo and Anderson Cooper who had driven to Sharm el-Sheikh .",
		"Democrats Henry Waxman of California and Anderson Cooper of Michigan sent a letter .",
	} {
		_, r := recognize(s)
		if slices.ContainsFunc(r.PlaceMentions, func(m Mention) bool { return m.Text == "Anderson Cooper" }) {
			t.Errorf("%q: Anderson Cooper is a place: %+v", s, r.PlaceMentions)
		}
	}
	// A party, a house, a league or a decade after "in" is no place: "divisions in
	// Labour", "fourth in the Championship", "in the Seventies".
	_, r := recognize("There were divisions in Labour over the war . Cardiff finished fourth in the Championship . He grew up in the Seventies .")
	r.PlaceMentions = slices.DeleteFunc(r.PlaceMentions, func(m Mention) bool { return m.Text == "Cardiff" })
	if len(r.PlaceMentions) > 0 {
		t.Errorf("a party read as a place: %+v", r.PlaceMentions)
	}
	_, r = recognize("Views : Nobody expected this . Oh God , said one resident . Includes Kurds and Arabs .")
	wantActors(t, r, nil, []string{"Includes Kurds", "Views", "Nobody", "Oh God"})
}
