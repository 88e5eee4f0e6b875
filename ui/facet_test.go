package ui

import (
	"slices"
	"strings"
	"testing"

	"storyline/model"
)

func TestFacetRendersCountsKindsAndChecks(t *testing.T) {
	tl := fixture(t)
	f := facetPane{items: actorItems(tl, nil)}
	f.resize(28, 4)
	f.move(1)
	active := func(id string) bool { return id == "russia" || id == "sergei-shoigu" }
	got := stripAll(f.Render(plainStyles(), true, active, ""))
	want := []string{
		" ✓ Russia          country 4",
		"›✓ Sergei Shoigu    person 3",
		"   Bashar Assad     person 2",
		"   Islamic State     group 2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("actors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if f.info() != "2 of 9" {
		t.Errorf("info %q", f.info())
	}
}

func TestFacetScrollsAndClamps(t *testing.T) {
	f := facetPane{items: actorItems(fixture(t), nil)}
	f.resize(28, 4)
	f.move(6)
	if f.sel != 6 || f.top != 3 {
		t.Errorf("after 6 downs: sel %d top %d", f.sel, f.top)
	}
	f.move(100)
	if f.sel != 8 || f.top != 5 {
		t.Errorf("past the end: sel %d top %d", f.sel, f.top)
	}
	f.resize(28, 20) // taller than the list: everything shows
	if f.top != 0 {
		t.Errorf("top %d when all fit", f.top)
	}
	empty := facetPane{}
	empty.resize(20, 3)
	empty.move(1)
	if s := strings.Join(stripAll(empty.Render(plainStyles(), true, func(string) bool { return false }, "no sources cited")), "\n"); !strings.Contains(s, "no sources cited") {
		t.Errorf("empty list:\n%s", s)
	}
}

func TestSourceItemsShortenKinds(t *testing.T) {
	items := sourceItems(fixture(t), nil)
	if len(items) != 2 || items[0].name != "TASS" || items[0].kind != "agency" || items[0].count != 3 || items[1].name != "Associated Press" {
		t.Errorf("sources %+v", items)
	}
}

// An actor, source or place that no event involves (all its mentions were boilerplate, or --key
// left its events out) is not offered as a filter that would show nothing.
func TestFacetsLeaveOutWhatNoEventInvolves(t *testing.T) {
	tl := fixture(t)
	events := tl.Events[:1]
	small := model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, tl.Places, events)
	for _, it := range slices.Concat(actorItems(small, nil), sourceItems(small, nil), placeBase(small).view(nil, nil)) {
		if it.count == 0 {
			t.Errorf("%s listed with no events", it.id)
		}
	}
	if n := len(actorItems(small, nil)); n == 0 || n >= len(tl.Actors) {
		t.Errorf("%d actors listed of %d, for one event", n, len(tl.Actors))
	}
}

func TestFacetFindAndOrder(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("tab"), keyMsg("/"))
	if m.prompt != promptFacet || !strings.HasPrefix(footerText(m), "find actors: ") {
		t.Fatalf("/ in the actors should find in the list: %q", footerText(m))
	}
	m = send(m, typed("sh")...)
	found := len(m.actors.items)
	if found == 0 || found >= len(m.actors.all) {
		t.Fatalf("find “sh” kept %d of %d", found, len(m.actors.all))
	}
	for _, it := range m.actors.items {
		if !strings.Contains(it.folded, "sh") { // the name or an alias (Washington)
			t.Errorf("%q does not hold “sh”", it.name)
		}
	}
	m = send(m, keyMsg("enter"), keyMsg("enter")) // keep the find, filter by the first
	if len(m.filter.Actors) != 1 || !strings.Contains(m.actors.info(), "“sh”") {
		t.Errorf("enter on a found actor should filter by it: %v, %q", m.filter.Actors, m.actors.info())
	}
	m = send(m, keyMsg("/"), keyMsg("esc"))
	if len(m.actors.items) != len(m.actors.all) || m.actors.find != "" {
		t.Errorf("esc at the prompt should show every actor again: %d of %d", len(m.actors.items), len(m.actors.all))
	}
	m = send(m, keyMsg("S"))
	if !slices.IsSortedFunc(m.actors.items, func(a, b facetItem) int { return strings.Compare(a.folded, b.folded) }) || !strings.Contains(m.actors.info(), "a–z") {
		t.Errorf("S should sort by name: %q", m.actors.info())
	}
	m = send(m, keyMsg("S"))
	if !slices.IsSortedFunc(m.actors.items, func(a, b facetItem) int { return b.count - a.count }) {
		t.Error("S again should sort by count")
	}
}

// actorItems and sourceItems are the panes' lists with every event in view.
func actorItems(tl *model.Timeline, active []string) []facetItem {
	return actorBase(tl).view(nil, active)
}

func sourceItems(tl *model.Timeline, active []string) []facetItem {
	return sourceBase(tl).view(nil, active)
}
