package actor

import (
	"slices"
	"strings"
	"testing"
)

func TestDatelinePlaces(t *testing.T) {
	cases := []struct {
		text  string
		place string // "" when the first line is no dateline
	}{
		{"Rain stops play at Headingley\nLONDON 1996-08-30\nPlay was abandoned on Friday.", "LONDON"},
		{"BEIRUT (AFP) - Fighting resumed in the south on Monday.", "BEIRUT"},
		{"WASHINGTON, Aug 30 (Reuters) - The Senate voted on Friday.", "WASHINGTON"},
		{"TRIPOLI, Libya (CNN) -- Government forces fired a missile on Wednesday.", "TRIPOLI"},
		{"NEW YORK 1996-08-30\nShares rose.", "NEW YORK"},
		{"SOCCER - RESULTS OF MATCHES\nThe results were announced.", ""},            // a sports heading, no date or agency
		{"NATO said on Monday that it would meet.", ""},                             // capitals not at a dateline
		{"Results\n" + strings.Repeat("word ", 60) + "\nDETROIT 4 Baltimore 3", ""}, // a table far from the top
	}
	for _, c := range cases {
		_, r := recognize(c.text)
		var places []string
		for _, p := range r.PlaceMentions {
			places = append(places, p.Text)
		}
		switch {
		case c.place != "" && !slices.Contains(places, c.place):
			t.Errorf("%q: places %v, want %q", c.text, places, c.place)
		case c.place == "":
			for _, p := range places {
				if strings.ToUpper(p) == p && len(p) > 3 {
					t.Errorf("%q: %q taken as a dateline's place", c.text, p)
				}
			}
		}
		for _, a := range r.Actors {
			if c.place != "" && strings.EqualFold(a.Name, c.place) {
				t.Errorf("%q: the dateline's place became an actor (%s)", c.text, a.Kind)
			}
		}
	}
	if got := titleWords("NEW YORK-ALBANY"); got != "New York-Albany" {
		t.Errorf("titleWords: %q", got)
	}
}
