package actor

import (
	"os"
	"slices"
	"strings"
	"testing"

	"storyline/data/text"
	"storyline/model"
)

func TestDefaultGazetteerLoads(t *testing.T) {
	g := DefaultGazetteer()
	if g.Len() < 1500 {
		t.Errorf("default gazetteer has %d forms, want the embedded lists (> 1500)", g.Len())
	}
	for _, w := range []string{"U.S.", "ISIL", "Moscow", "Russian", "AP"} {
		d := text.Analyze(w + " ")
		if n, _ := g.match(d, 0, len(d.Tokens)); n == 0 {
			t.Errorf("%q not matched", w)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"country Russia", "user.txt:1: want KIND: name"},
		{"# ok\nplanet: Mars", "user.txt:2: unknown kind \"planet\""},
		{"person:  | ", "user.txt:1: person: no name"},
		{"person: Jo Bloggs ; capital=Rome", "user.txt:1: key \"capital\" does not apply to person"},
		{"country: Ruritania ; demonym", "user.txt:1: want key=value"},
		{"places: Zenda ; kind=x", "user.txt:1: key \"kind\" does not apply to places"},
	} {
		err := NewGazetteer().Load(strings.NewReader(tc.in), "user.txt")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%q) = %v, want an error containing %q", tc.in, err, tc.want)
		}
	}
}

func TestLoadUserFileExtends(t *testing.T) {
	g := DefaultGazetteer()
	f, err := os.Open("testdata/extra-gazetteer.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := g.Load(f, "extra-gazetteer.txt"); err != nil {
		t.Fatal(err)
	}
	d := text.Analyze("Zelenskyy met officials in Mykolaiv. Ukraina says the ZNPP is at risk, the Kyiv Post reported.")
	r := Recognize(d, g)
	names := map[string]model.ActorKind{}
	for _, a := range r.Actors {
		names[a.Name] = a.Kind
	}
	if names["Volodymyr Zelensky"] != model.KindPerson || names["Ukraine"] != model.KindCountry ||
		names["Zaporizhzhia Nuclear Power Plant"] != model.KindOrganization {
		t.Errorf("actors = %v", names)
	}
	if len(r.Sources) != 1 || r.Sources[0].Name != "Kyiv Post" {
		t.Errorf("sources = %+v", r.Sources)
	}
	if len(r.PlaceMentions) != 1 || r.PlaceMentions[0].Text != "Mykolaiv" {
		t.Errorf("places = %+v", r.PlaceMentions)
	}
}

// A body's name is found as British and American writers spell it.
func TestBodiesInEitherSpelling(t *testing.T) {
	_, r := recognize("The Organisation for Security and Cooperation in Europe met. The World Health Organisation said so.")
	wantActors(t, r, []string{"Organization for Security and Co-operation in Europe", "World Health Organization"},
		[]string{"Organisation for Security", "Europe"})
	if got := spellings("United Nations Development Programme"); !slices.Equal(got, []string{"United Nations Development Program"}) {
		t.Errorf("spellings = %q", got)
	}
}
