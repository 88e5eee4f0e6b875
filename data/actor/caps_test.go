package actor

import (
	"slices"
	"testing"

	"storyline/model"
)

// Text in capitals is read for its names: a headline's verbs and prepositions cut it
// apart, the names the lists know are found in any case, a large town is a place (or
// its team, with a score), and a given name before a surname is a person. Nothing else
// of the line becomes a name.
func TestNamesInCapitals(t *testing.T) {
	type want struct {
		name string
		kind model.ActorKind
	}
	cases := []struct {
		text   string
		actors []want
		places []string
		notAny []string // no actor or place by these names
	}{
		{"CRICKET - ENGLAND BEAT PAKISTAN BY 107 RUNS.\nEngland won.",
			[]want{{"Pakistan", model.KindCountry}}, nil,
			[]string{"ENGLAND BEAT PAKISTAN BY", "RUNS", "BEAT"}},
		{"GOLF - WOODS MAKES CUT IN MILWAUKEE.\nWoods played well.",
			nil, []string{"MILWAUKEE"}, []string{"WOODS MAKES CUT IN MILWAUKEE", "MAKES"}},
		{"WAEL GHONIM, GOOGLE EXECUTIVE: The protests went on, he said.",
			[]want{{"Wael Ghonim", model.KindPerson}}, nil, []string{"GOOGLE EXECUTIVE", "WAEL GHONIM"}},
		{"Sanctions were eased on Libya UNITED NATIONS | Sat Sep 17, 2011",
			[]want{{"Libya", model.KindCountry}, {"United Nations", model.KindOrganization}}, nil,
			[]string{"Libya UNITED", "Libya UNITED NATIONS"}},
		{"Sat Sep 17, 2011 8:24am IST TRIPOLI (Reuters) - Fighting went on.",
			nil, nil, []string{"IST TRIPOLI", "IST"}},
		{"Why did nobody pay any attention to IRAQ? Bush said nothing.",
			[]want{{"Iraq", model.KindCountry}}, nil, []string{"IRAQ"}},
		{"Fixtures.\nDETROIT AT TORONTO\nStandings.\nCHICAGO 69 63 .523",
			[]want{{"Detroit", model.KindOrganization}, {"Chicago", model.KindOrganization}}, nil, nil},
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		for _, w := range c.actors {
			if !slices.ContainsFunc(r.Actors, func(a model.Actor) bool { return a.Name == w.name && a.Kind == w.kind }) {
				t.Errorf("%q: no %s %q in %+v", c.text, w.kind, w.name, r.Actors)
			}
		}
		var places []string
		for _, p := range r.PlaceMentions {
			places = append(places, p.Text)
		}
		for _, p := range c.places {
			if !slices.Contains(places, p) {
				t.Errorf("%q: places %q, want %q", c.text, places, p)
			}
		}
		for _, n := range c.notAny {
			if namesOf(r)[n] || slices.Contains(places, n) {
				t.Errorf("%q: %q is a name: %+v %q", c.text, n, r.Actors, places)
			}
		}
	}
}
