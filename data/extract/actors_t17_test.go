package extract

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/data/input"
	"storyline/model"
)

// notActors are names that earlier versions listed among a real corpus's leading actors:
// bylines, datelines, adjectives, events and words that merely open a sentence.
var notActors = []string{"Jim Muir", "Michael Georgy", "Michael Georgy TRIPOLI", "Reuters Gaddafi", "Daniela Deane",
	"TRIPOLI", "LONDON", "AMMAN", "BEIRUT", "CAIRO", "BENGHAZI", "WASHINGTON", "Arab", "Western", "North African",
	"Super Bowl", "State of the Union", "God", "Oh God", "Views", "Nobody", "Includes Kurds", "Arab Spring",
	"Ban Ki", "Reply Let", "ET", "BLITZER", "Brent", "Is Obama", "Would John", "Tell Obama", "Can", "Does",
	"H1N1", "H5N1", "SARS", "Swine Flu", "Hurricane Katrina", "NEW CAP FOR LEAKING OIL WELL", "Producer", "LRB", "RETWEET",
	"Near Brega", "Brega Zawiyah", "Operator Transocean", "No one", "Unto Islam",
	"Wire Staff", "Fareed", "BX93W", "WMD", "New", "NEW", "Jack I", "Sorry Jack", "Middle Eastern", "Ghadafi", "Ghaddafi",
	"Kadafi", "Landrinah Montgomeryshire", "Abergwesyn Brecon", "Islam", "Strict Standards",
	"Manledd Chapel Llanidloes", "Glascoed Cottage Meifod", "Cae Gwain Hay"}

// On every Timeline17 development topic, the 50 actors with most events hold none of the
// names above, no dateline (a place's name in capitals) and no place typed as a person.
func TestLeadingActorsOfRealCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts eight corpora")
	}
	topics, _ := filepath.Glob(filepath.Join(t17Dir(), "*", "articles.jsonl"))
	if len(topics) == 0 {
		t.Skipf("no Timeline17 corpus at %s (set STORYLINE_T17)", t17Dir())
	}
	for _, path := range topics {
		topic := filepath.Base(filepath.Dir(path))
		var exts []model.Extraction
		for it := range input.Read(context.Background(), input.Expand([]string{path}), input.Options{}) {
			if it.Article == nil {
				continue
			}
			x, err := Document(context.Background(), it.Article, Options{})
			if err != nil {
				t.Fatal(err)
			}
			exts = append(exts, x)
		}
		tl := Merge(exts)
		places, towns := map[string]bool{}, map[string]bool{}
		for _, p := range tl.Places {
			places[p.Name] = true
			if p.Kind == model.PlaceCity {
				towns[strings.ToUpper(p.Name)] = true
			}
		}
		ids := tl.ActorsByCount()
		for _, id := range ids[:min(50, len(ids))] {
			a, _ := tl.Actor(id)
			switch {
			case slices.Contains(notActors, a.Name):
				t.Errorf("%s: %q (%s) is among the leading actors", topic, a.Name, a.Kind)
			case a.Kind == model.KindPerson && places[a.Name]:
				t.Errorf("%s: the place %q is a person", topic, a.Name)
			case towns[a.Name]:
				t.Errorf("%s: the dateline %q is an actor", topic, a.Name)
			}
		}
	}
}
