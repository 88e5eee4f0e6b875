package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// focusPlaceNamed moves the places cursor to the named place, as a user would with j.
func focusPlaceNamed(t *testing.T, m Model, name string) Model {
	t.Helper()
	for m.focus != panePlaces {
		m = send(m, keyMsg("tab"))
	}
	m = send(m, keyMsg("g"))
	for range m.places.items {
		if it, _ := m.places.Selected(); it.name == name {
			return m
		}
		m = send(m, keyMsg("j"))
	}
	t.Fatalf("no place %q", name)
	return m
}

func placeNamesOf(items []facetItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%s %d", it.name, it.count))
	}
	return out
}

func TestPlaceItemsShowCountriesDimmedAfterNames(t *testing.T) {
	f := facetPane{items: placeBase(fixture(t)).view(nil, nil)}
	f.resize(26, 3)
	f.move(2)
	got := stripAll(f.Render(plainStyles(), true, func(id string) bool { return id == "syria" }, ""))
	want := []string{
		" ✓ Syria         country 3",
		"   Caspian Sea           1",
		"›  Homs · Syria          1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("places:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Too narrow for the whole country, it is cut before the name is.
	if name, note := nameAndNote(facetItem{name: "Homs", note: "Syrian Arab Republic"}, 12); name+note != "Homs · Syri…" {
		t.Errorf("cut note: %q", name+note)
	}
	if name, note := nameAndNote(facetItem{name: "Deir ez-Zor", note: "Syria"}, 12); name+note != "Deir ez-Zor " {
		t.Errorf("no room for the note: %q", name+note)
	}
}

func TestPlaceCountsFollowTheView(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	if got := placeNamesOf(m.places.items); !slices.Equal(got, []string{"Syria 3", "Caspian Sea 1", "Homs 1"}) {
		t.Errorf("every event in view: %v", got)
	}
	m = send(focusActorNamed(t, m, "Sergei Shoigu"), keyMsg("enter"))
	if got := placeNamesOf(m.places.items); !slices.Equal(got, []string{"Syria 1", "Caspian Sea 1"}) {
		t.Errorf("Shoigu's events: %v (Homs has none of them)", got)
	}
	m = send(m, keyMsg("esc"), keyMsg("shift+tab"), keyMsg("/")) // the search, from the timeline
	m = send(m, typed("carter")...)
	if got := placeNamesOf(m.places.items); !slices.Equal(got, []string{"Syria 1"}) {
		t.Errorf("the search for carter: %v", got)
	}
	m = send(m, keyMsg("esc"))
	if got := placeNamesOf(m.places.items); len(got) != 3 {
		t.Errorf("search dropped: %v", got)
	}
}

func TestTogglingAPlaceFiltersTheTimeline(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(focusPlaceNamed(t, m, "Homs"), keyMsg("enter"))
	if h := header(m); !strings.Contains(h, "1 of 8 events · place: Homs") {
		t.Errorf("header after Homs: %q", h)
	}
	if s := screen(m); !strings.Contains(s, "Places ✓1") || !strings.Contains(s, "✓ Homs") || !strings.Contains(s, "ground offensive") || strings.Contains(s, "Carter rules out") {
		t.Errorf("Homs should leave only the offensive, marked:\n%s", s)
	}
	if it, _ := m.actors.Selected(); it.name != "Russia" || it.count != 1 || len(m.actors.items) != 2 {
		t.Errorf("actors should count the offensive only: %+v of %d", it, len(m.actors.items))
	}
	m = send(m, keyMsg("enter")) // Homs off: every event, every place again
	if h := header(m); !strings.Contains(h, "8 of 8 events") || len(m.places.items) != 3 {
		t.Errorf("header after Homs off: %q, %d places", h, len(m.places.items))
	}
	m = send(focusPlaceNamed(t, m, "Syria"), keyMsg("enter"))
	m = send(focusPlaceNamed(t, m, "Caspian Sea"), keyMsg("enter"))
	if h := header(m); !strings.Contains(h, "3 of 8 events · places (any): Syria, Caspian Sea") {
		t.Errorf("header after Syria and the Caspian: %q", h)
	}
	if f := footerText(m); !strings.Contains(f, "enter filter by place") || !strings.Contains(f, "/ find place") {
		t.Errorf("footer in the places: %q", f)
	}
	m = send(focusActorNamed(t, m, "United States"), keyMsg("enter")) // ANDed: Carter, in Syria
	if h := header(m); !strings.Contains(h, "1 of 8 events · actor: United States · places (any): Syria, Caspian Sea") {
		t.Errorf("header with an actor too: %q", h)
	}
	m = send(m, keyMsg("esc"))
	if h := header(m); !strings.Contains(h, "8 of 8 events") || strings.Contains(h, "place") || len(m.filter.Places) != 0 {
		t.Errorf("esc should clear the places too: %q %v", h, m.filter.Places)
	}
}

func TestFindInThePlacesPane(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("tab"), keyMsg("tab"), keyMsg("/"))
	if m.prompt != promptFacet || !strings.HasPrefix(footerText(m), "find places: ") {
		t.Fatalf("/ in the places should find in the list: %q", footerText(m))
	}
	m = send(m, typed("hims")...) // an alias
	if got := placeNamesOf(m.places.items); !slices.Equal(got, []string{"Homs 1"}) {
		t.Errorf("find hims: %v", got)
	}
	m = send(m, keyMsg("ctrl+u"))
	m = send(m, typed("syria")...) // a name, and a city's country
	if got := placeNamesOf(m.places.items); !slices.Equal(got, []string{"Syria 3", "Homs 1"}) {
		t.Errorf("find syria: %v", got)
	}
	m = send(m, keyMsg("enter"), keyMsg("j"), keyMsg("enter")) // keep the find, filter by Homs
	if !slices.Equal(m.filter.Places, []string{"homs"}) || !strings.Contains(m.places.info(), "“syria”") {
		t.Errorf("enter on a found place: %v, %q", m.filter.Places, m.places.info())
	}
	m = send(m, keyMsg("/"), keyMsg("esc"), keyMsg("S"))
	if len(m.places.items) != 1 || m.places.items[0].name != "Homs" {
		t.Errorf("with Homs as the filter only Homs is in view: %v", placeNamesOf(m.places.items))
	}
	m = send(m, keyMsg("esc"))
	if got := placeNamesOf(m.places.items); !slices.Equal(got, []string{"Caspian Sea 1", "Homs 1", "Syria 3"}) || !strings.Contains(m.places.info(), "a–z") {
		t.Errorf("S sorts by name: %v %q", got, m.places.info())
	}
}

func TestPlacesPaneTakesClicksAndTheWheel(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	p := m.layout.panes[panePlaces]
	m = send(m, tea.MouseWheelMsg{X: p.x + 2, Y: p.y + 1, Button: tea.MouseWheelDown})
	if m.places.sel != 1 || m.focus != paneTimeline {
		t.Errorf("wheel over places: sel %d, focus %v", m.places.sel, m.focus)
	}
	m = send(m, tea.MouseClickMsg{X: p.x + 3, Y: p.y + 1 + 2, Button: tea.MouseLeft})
	if m.focus != panePlaces || m.places.sel != 2 {
		t.Errorf("click on the third place: focus %v sel %d", m.focus, m.places.sel)
	}
	if m = send(m, keyMsg("enter")); !slices.Equal(m.filter.Places, []string{"homs"}) {
		t.Errorf("enter on it filters by %v", m.filter.Places)
	}
}

func TestSideColumnStacksActorsPlacesSources(t *testing.T) {
	l := computeLayout(100, 30, paneTimeline, 3, 2)
	a, p, s := l.panes[paneActors], l.panes[panePlaces], l.panes[paneSources]
	if a.x != 0 || p.x != 0 || s.x != 0 || a.w != p.w || p.w != s.w {
		t.Errorf("not one column: %+v %+v %+v", a, p, s)
	}
	if p.y != a.y+a.h || s.y != p.y+p.h || s.y+s.h != l.body.y+l.body.h {
		t.Errorf("not stacked to the bottom: %+v %+v %+v", a, p, s)
	}
	if p.h != 5 || s.h != 4 || a.h != l.body.h-9 {
		t.Errorf("heights: actors %d places %d sources %d", a.h, p.h, s.h)
	}
	many := computeLayout(100, 30, paneTimeline, 400, 40)
	if a, p, s := many.panes[paneActors], many.panes[panePlaces], many.panes[paneSources]; a.h < p.h || a.h < s.h || p.h < 5 || s.h < 4 {
		t.Errorf("long lists should leave the actors the most room: actors %d places %d sources %d", a.h, p.h, s.h)
	}
	for _, sz := range [][2]int{{80, 20}, {200, 60}} {
		l := computeLayout(sz[0], sz[1], paneTimeline, 400, 40)
		if l.panes[panePlaces].h < 3 || l.panes[paneActors].h < 5 {
			t.Errorf("%v: actors %d places %d", sz, l.panes[paneActors].h, l.panes[panePlaces].h)
		}
	}

	m := newPlain(t, fixture(t), 100, 30, Options{})
	sc := screen(m)
	for _, want := range []string{"─ Actors ─", "─ Places ─", "─ Sources ─", "Homs · Syria", "Caspian Sea"} {
		if !strings.Contains(sc, want) {
			t.Errorf("100×30 lacks %q:\n%s", want, sc)
		}
	}
}

func TestSixtyByTwentyGivesThePlacesTheScreenWhenFocused(t *testing.T) {
	m := newPlain(t, fixture(t), 60, 20, Options{})
	if m.layout.panes[panePlaces] != (rect{}) || m.layout.panes[paneDetail].empty() {
		t.Errorf("60×20 shows the timeline and the detail, not the places: %+v", m.layout.panes)
	}
	m = send(m, keyMsg("tab"), keyMsg("tab"))
	s := screen(m)
	if m.layout.panes[panePlaces] != m.layout.body || !strings.Contains(s, "Places") || !strings.Contains(s, "Homs · Syria") || strings.Contains(s, "Detail") {
		t.Errorf("places focused at 60×20:\n%s", s)
	}
	assertFills(t, "places at 60×20", m, 60, 20)
}

func TestNoPlacesSaysSo(t *testing.T) {
	tl := fixture(t)
	events := slices.Clone(tl.Events)
	for i := range events {
		events[i].Places = nil
	}
	bare := model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, nil, events)
	m := newPlain(t, bare, 100, 30, Options{})
	if s := screen(m); !strings.Contains(s, "no places named") || m.layout.panes[panePlaces].h != 3 {
		t.Errorf("an empty places pane, one line high:\n%s", s)
	}
	if s := strings.Join(detailOf(t, bare, 4, 70, 20), "\n"); strings.Contains(s, "Where") {
		t.Errorf("no Where without places:\n%s", s)
	}
}

func TestDetailAndCopySayWhere(t *testing.T) {
	tl := fixture(t)
	if s := strings.Join(detailOf(t, tl, 4, 70, 20), "\n"); !strings.Contains(s, "from the words “Wednesday”\nWhere    Caspian Sea, Syria\n") {
		t.Errorf("the warships' detail:\n%s", s)
	}
	if s := strings.Join(detailOf(t, tl, 5, 70, 20), "\n"); !strings.Contains(s, "Where    Homs (Syria)") {
		t.Errorf("the offensive's detail:\n%s", s)
	}
	if s := strings.Join(detailOf(t, tl, 0, 70, 20), "\n"); strings.Contains(s, "Where") {
		t.Errorf("an event with no place has no Where:\n%s", s)
	}
	if s := eventClipboard(tl, 4, false); !strings.Contains(s, "\nWhere: Caspian Sea, Syria\n") {
		t.Errorf("copied:\n%s", s)
	}

	// A merged event is wherever any of its reports puts it.
	e := tl.Events[5]
	e.Also = []model.Event{{ID: "other", Doc: fixtureDoc, Places: []string{"syria", "homs"}}}
	merged := model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, tl.Places, []model.Event{e})
	if s := strings.Join(detailOf(t, merged, 0, 70, 20), "\n"); !strings.Contains(s, "Where    Homs (Syria), Syria") {
		t.Errorf("merged detail:\n%s", s)
	}
}
