package extract

import (
	"context"
	"slices"
	"testing"
	"time"

	"storyline/data/article"
	"storyline/model"
)

// A name one article puts a place ("fighting in Brega") is that place in another that
// reads it alone as an organisation ("Brega fell"), and no actor of that name is left.
func TestAPlaceInOneArticleIsThatPlaceInAll(t *testing.T) {
	exts := extractEach(t, model.Day(2011, 3, 15),
		"Heavy fighting raged in Brega on Monday, witnesses said.",
		"Brega fell to the rebels on Tuesday after a week of shelling, officials said.")
	before := slices.Clone(exts[1].Actors)
	if !slices.ContainsFunc(before, func(a model.Actor) bool { return a.Name == "Brega" }) {
		t.Fatalf("the second article reads no actor Brega: %+v", before)
	}
	tl := Merge(exts)
	noActorNamed(t, tl, "Brega")
	fell := false
	for _, e := range tl.Events {
		if e.Doc == exts[1].Document.ID && slices.Contains(e.Places, "brega") {
			fell = true
		}
	}
	if !fell {
		t.Errorf("the second article's event is not at Brega: %+v", tl.Events)
	}
	if !slices.EqualFunc(before, exts[1].Actors, func(a, b model.Actor) bool { return a.ID == b.ID }) {
		t.Error("Merge changed the extraction it was given")
	}
}

// But one article's weak reading does not outvote the others': a name only the words
// around it made a place ("leaked in Union Carbide") stays the organisation that more
// articles read it as, in theirs; the article that read it a place keeps its place.
func TestOneArticlesPlaceDoesNotOutvoteTheOthers(t *testing.T) {
	exts := extractEach(t, model.Day(1984, 12, 5),
		"The gas leaked in Union Carbide on Monday, officials said.",
		"Union Carbide denied the claims on Tuesday, officials said.",
		"Union Carbide paid compensation on Wednesday, lawyers said.")
	if !slices.ContainsFunc(exts[0].Places, func(p model.Place) bool { return p.Name == "Union Carbide" }) {
		t.Fatalf("the first article reads no place Union Carbide: %+v", exts[0].Places)
	}
	tl := Merge(exts)
	for _, e := range tl.Events {
		if e.Doc == exts[0].Document.ID {
			continue
		}
		if len(e.Places) > 0 {
			t.Errorf("an event of another article is at %v: %s", e.Places, e.Text)
		}
		if !slices.ContainsFunc(e.Actors, func(id string) bool { a, _ := tl.Actor(id); return a.Name == "Union Carbide" }) {
			t.Errorf("an event of another article lost Union Carbide: %s %v", e.Text, e.Actors)
		}
	}
}

// So is a name the world gazetteer spells otherwise: the article's own spelling of the
// place ("Zawiyah", GeoNames' "Az Zawiyah") is the place's too.
func TestAPlaceSpeltAsTheArticlesSpellItIsThatPlace(t *testing.T) {
	goneFromTheSecond(t, model.Day(2011, 3, 15), "Zawiyah",
		"Rebels drove towards the town of Zawiyah on Monday, witnesses said.",
		"Zawiyah is the hometown of many rebels, officials said on Tuesday.")
}

// goneFromTheSecond checks that the second article alone reads an actor of the name, and
// that merging the two leaves none.
func goneFromTheSecond(t *testing.T, day time.Time, name, first, second string) {
	t.Helper()
	exts := extractEach(t, day, first, second)
	if !slices.ContainsFunc(exts[1].Actors, func(a model.Actor) bool { return a.Name == name }) {
		t.Fatalf("the second article reads no actor %s: %+v", name, exts[1].Actors)
	}
	noActorNamed(t, Merge(exts), name)
}

// A name one article calls a thing ("the Deepwater Horizon rig") is no actor in another
// that reads it alone as one, and the event keeps its other actors.
func TestAThingInOneArticleIsNoActorInAny(t *testing.T) {
	exts := extractEach(t, model.Day(2010, 4, 22),
		"The Deepwater Horizon rig exploded on April 20, killing 11 workers, BP said on Wednesday.",
		"Deepwater Horizon sank on Thursday as Tony Hayward watched, officials said.")
	if !slices.Contains(exts[0].Things, "Deepwater Horizon") {
		t.Fatalf("the first article names no thing Deepwater Horizon: %q", exts[0].Things)
	}
	if !slices.ContainsFunc(exts[1].Actors, func(a model.Actor) bool { return a.Name == "Deepwater Horizon" }) {
		t.Fatalf("the second article reads no actor Deepwater Horizon: %+v", exts[1].Actors)
	}
	tl := Merge(exts)
	noActorNamed(t, tl, "Deepwater Horizon")
	hayward := false
	for _, e := range tl.Events {
		for _, id := range e.Actors {
			if a, ok := tl.Actor(id); ok && a.Name == "Tony Hayward" && e.Doc == exts[1].Document.ID {
				hayward = true
			}
		}
	}
	if !hayward {
		t.Errorf("the second article's event lost Tony Hayward: %+v", tl.Events)
	}
	for _, d := range tl.Documents {
		for _, m := range d.Mentions {
			if m.Text == "Deepwater Horizon" {
				t.Errorf("a mention of Deepwater Horizon is left: %+v", m)
			}
		}
	}
}

// A storm one article names in full ("Hurricane Katrina") is no actor in another that names
// it alone.
func TestAStormNamedInOneArticleIsNoActorInAny(t *testing.T) {
	goneFromTheSecond(t, model.Day(2010, 6, 2), "Katrina",
		"Hurricane Katrina struck New Orleans in 2005, officials said on Wednesday.",
		"Katrina flooded the city and BP said on Thursday the spill was worse.")
}

// The surname of a person named in full stays that person's, though another article
// reads it as a setting ("confidence in Gadhafi").
func TestASurnameIsNoPlace(t *testing.T) {
	day := model.OnDay(model.Day(2011, 3, 15))
	exts := []model.Extraction{
		{Document: model.Document{ID: "a"}, Places: []model.Place{{ID: "gadhafi", Name: "Gadhafi", Kind: model.PlaceOther}},
			Events: []model.Event{{ID: "a-e1", Doc: "a", When: day, Places: []string{"gadhafi"}}}},
		{Document: model.Document{ID: "b"}, Actors: []model.Actor{{ID: "moammar-gadhafi", Name: "Moammar Gadhafi", Kind: model.KindPerson}},
			Events: []model.Event{{ID: "b-e1", Doc: "b", When: day, Actors: []string{"moammar-gadhafi"}}}},
		{Document: model.Document{ID: "c"}, Actors: []model.Actor{{ID: "gadhafi", Name: "Gadhafi", Kind: model.KindOrganization}},
			Events: []model.Event{{ID: "c-e1", Doc: "c", When: day, Actors: []string{"gadhafi"}}}},
	}
	tl := Merge(exts)
	for _, e := range tl.Events {
		if e.Doc == "c" && (len(e.Places) > 0 || len(e.Actors) != 1) {
			t.Errorf("the third article's event has places %v and actors %v", e.Places, e.Actors)
		}
	}
}

// A person who is itself a place's name ("N. Korea" read as a name) lends no surname: its
// "Korea" is a place, in the first run as in a run over the saved timeline, which no
// longer holds the person.
func TestAPersonTakenForAPlaceLendsNoSurname(t *testing.T) {
	day := model.OnDay(model.Day(2011, 3, 15))
	exts := []model.Extraction{
		{Document: model.Document{ID: "a"}, Places: []model.Place{{ID: "korea", Name: "Korea", Kind: model.PlaceOther}, {ID: "n-korea", Name: "N. Korea", Kind: model.PlaceOther}},
			Events: []model.Event{{ID: "a-e1", Doc: "a", When: day, Places: []string{"korea", "n-korea"}}}},
		{Document: model.Document{ID: "b"}, Actors: []model.Actor{{ID: "n-korea", Name: "N. Korea", Kind: model.KindPerson}},
			Events: []model.Event{{ID: "b-e1", Doc: "b", When: day, Actors: []string{"n-korea"}}}},
		{Document: model.Document{ID: "c"}, Actors: []model.Actor{{ID: "korea", Name: "Korea", Kind: model.KindOrganization}},
			Events: []model.Event{{ID: "c-e1", Doc: "c", When: day, Actors: []string{"korea"}}}},
	}
	tl := Merge(exts)
	noActorNamed(t, tl, "Korea")
	noActorNamed(t, tl, "N. Korea")
}

// extractEach extracts each text as an article of its own, published on the day.
func extractEach(t *testing.T, day time.Time, bodies ...string) []model.Extraction {
	t.Helper()
	var exts []model.Extraction
	for i, body := range bodies {
		a := &article.Article{Path: string(rune('a'+i)) + ".txt", Published: day, Body: body}
		x, err := Document(context.Background(), a, Options{})
		if err != nil {
			t.Fatal(err)
		}
		exts = append(exts, x)
	}
	return exts
}

// noActorNamed fails the test if the timeline still has an actor of that name.
func noActorNamed(t *testing.T, tl *model.Timeline, name string) {
	t.Helper()
	for _, a := range tl.Actors {
		if a.Name == name {
			t.Errorf("%s is still an actor: %+v", name, a)
		}
	}
}
