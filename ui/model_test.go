package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func header(m Model) string { return strings.SplitN(screen(m), "\n", 2)[0] }

func footerText(m Model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-1]
}

// focusActorNamed moves the actors cursor to the named actor, as a user would with j.
func focusActorNamed(t *testing.T, m Model, name string) Model {
	t.Helper()
	for m.focus != paneActors {
		m = send(m, keyMsg("tab"))
	}
	m = send(m, keyMsg("g"))
	for range m.actors.items {
		if it, _ := m.actors.Selected(); it.name == name {
			return m
		}
		m = send(m, keyMsg("j"))
	}
	t.Fatalf("no actor %q", name)
	return m
}

func TestActorFiltersCombineAnyThenAll(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(focusActorNamed(t, m, "Sergei Shoigu"), keyMsg("enter"))
	if h := header(m); !strings.Contains(h, "3 of 8 events · actor: Sergei Shoigu") {
		t.Errorf("header after one actor: %q", h)
	}
	m = send(focusActorNamed(t, m, "Russia"), keyMsg("enter"))
	if h := header(m); !strings.Contains(h, "6 of 8 events · actors (any): Sergei Shoigu, Russia") {
		t.Errorf("header after two actors: %q", h)
	}
	if f := footerText(m); !strings.Contains(f, "a match all") {
		t.Errorf("footer should offer the match mode: %q", f)
	}
	m = send(m, keyMsg("a"))
	if h := header(m); !strings.Contains(h, "1 of 8 events · actors (all): Sergei Shoigu, Russia") {
		t.Errorf("header in all mode: %q", h)
	}
	if s := screen(m); !strings.Contains(s, "Russian warships launch missiles") || strings.Contains(s, "Carter rules out") {
		t.Errorf("all mode should leave only the warships:\n%s", s)
	}
	m = send(m, keyMsg("a"), keyMsg("enter")) // back to any; Russia off again
	if h := header(m); !strings.Contains(h, "3 of 8 events · actor: Sergei Shoigu") {
		t.Errorf("header after removing Russia: %q", h)
	}
	if s := screen(m); !strings.Contains(s, "Actors ✓1") || !strings.Contains(s, "✓ Sergei Shoigu") {
		t.Errorf("the active filter should be marked:\n%s", s)
	}
}

func TestSourceFilterAndsWithActors(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{Actors: []string{"Russia"}})
	if h := header(m); !strings.Contains(h, "4 of 8 events · actor: Russia") {
		t.Fatalf("header: %q", h)
	}
	m = send(m, press("tab", "tab", "tab")...) // sources, TASS first
	m = send(m, keyMsg("enter"))
	if h := header(m); !strings.Contains(h, "1 of 8 events · actor: Russia · source: TASS") {
		t.Errorf("header: %q", h)
	}
	m = send(m, keyMsg("esc"))
	if h := header(m); !strings.Contains(h, "8 of 8 events") || strings.Contains(h, "actor") {
		t.Errorf("esc should clear every filter: %q", h)
	}
}

func TestActorOptionMatchesNamesAliasesAndIDs(t *testing.T) {
	tl := fixture(t)
	for _, c := range []struct {
		in   []string
		want []string
	}{
		{[]string{"sergei-shoigu"}, []string{"sergei-shoigu"}},
		{[]string{"SERGEI SHOIGU"}, []string{"sergei-shoigu"}},
		{[]string{"isil"}, []string{"islamic-state"}},
		{[]string{"shoigu", "u.s."}, []string{"sergei-shoigu", "united-states"}},
		{[]string{"nobody"}, nil},
	} {
		if got, _ := resolveNames(tl.LookupActor, c.in); !slices.Equal(got, c.want) {
			t.Errorf("resolveNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	m := newPlain(t, tl, 100, 30, Options{Actors: []string{"nobody"}})
	if f := footerText(m); !strings.Contains(f, "no actor matches “nobody”") {
		t.Errorf("unknown actor should be reported: %q", f)
	}
	if h := header(m); !strings.Contains(h, "8 of 8 events") {
		t.Errorf("unknown actor should not filter: %q", h)
	}
	// --place starts on a place's events, by name, alias or a word of its name.
	m = newPlain(t, tl, 100, 30, Options{Places: []string{"hims"}})
	if !slices.Equal(m.filter.Places, []string{"homs"}) || !strings.Contains(header(m), "place: Homs") {
		t.Errorf("--place hims: filter %q, header %q", m.filter.Places, header(m))
	}
	m = newPlain(t, tl, 100, 30, Options{Places: []string{"atlantis"}})
	if f := footerText(m); !strings.Contains(f, "no place matches “atlantis”") {
		t.Errorf("unknown place should be reported: %q", f)
	}
}

func TestSearchFindsAsYouTypeLikeLess(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("/"))
	if !(m.prompt == promptSearch) || !strings.HasPrefix(footerText(m), "/") {
		t.Fatalf("search prompt should open in the footer: %q", footerText(m))
	}
	m = send(m, typed("warships")...)
	if h := header(m); !strings.Contains(h, "8 of 8 events · search “warships”: match 1 of 1") {
		t.Errorf("a search marks, it does not filter: %q", h)
	}
	if e := m.tl.Events[m.timeline.Selected()]; !strings.Contains(e.Text, "warships") {
		t.Errorf("the cursor should be on the match: %q", e.Title)
	}
	if !strings.Contains(screen(m), "warships") {
		t.Error("the match should be on screen")
	}
	m = send(m, keyMsg("enter"))
	if (m.prompt == promptSearch) || !strings.Contains(header(m), "search “warships”") {
		t.Errorf("enter should keep the search: %q", header(m))
	}

	// "russia" is a whole word in two events and names the actor Russia, in four more.
	m = send(m, keyMsg("/"), keyMsg("ctrl+u"))
	m = send(m, typed("russia")...)
	m = send(m, keyMsg("enter"))
	n := len(m.find.inView)
	if n < 2 || n == len(m.tl.Events) {
		t.Fatalf("russia found %d of %d events", n, len(m.tl.Events))
	}
	seen := []int{m.timeline.Selected()}
	wraps := 0
	for range n {
		m = send(m, keyMsg("n"))
		seen = append(seen, m.timeline.Selected())
		if strings.Contains(m.notice, "wrapped") {
			wraps++
		}
	}
	if visited := slices.Sorted(slices.Values(seen[:n])); seen[n] != seen[0] || wraps != 1 || !slices.Equal(visited, m.find.inView) {
		t.Errorf("n should visit the matches %v once and wrap once: %v, %d wraps", m.find.inView, seen, wraps)
	}
	m = send(m, keyMsg("N"))
	if m.timeline.Selected() != seen[n-1] {
		t.Errorf("N should go back to %d, at %d", seen[n-1], m.timeline.Selected())
	}
	m = send(m, keyMsg("&"))
	if len(m.timeline.idx) != n || !strings.Contains(header(m), "(only matches)") {
		t.Errorf("& should show only the %d matches: %d, %q", n, len(m.timeline.idx), header(m))
	}
	if it, _ := m.actors.Selected(); it.name != "Russia" || it.count != n {
		t.Errorf("actor counts should follow the search: first %q %d", it.name, it.count)
	}
	m = send(m, keyMsg("/"), keyMsg("q")) // q is text while typing
	if !(m.prompt == promptSearch) || m.find.s.Query != "russiaq" {
		t.Errorf("q while searching: searching %v, query %q", (m.prompt == promptSearch), m.find.s.Query)
	}
	m = send(m, keyMsg("esc"))
	if (m.prompt == promptSearch) || m.find.active() || len(m.timeline.idx) != 8 {
		t.Errorf("esc should drop the search: %q, %d events", m.find.s.Query, len(m.timeline.idx))
	}
}

func TestUnboundKeySaysSo(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("x"))
	if !strings.Contains(footerText(m), "x does nothing here; ? for keys") {
		t.Errorf("footer: %q", footerText(m))
	}
	m = send(m, keyMsg("j"))
	if strings.Contains(footerText(m), "does nothing") {
		t.Errorf("the hint should go with the next key: %q", footerText(m))
	}
}

func TestSearchKeepsTheSelectedEvent(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, press("j", "j", "j", "j", "j", "j")...) // Carter
	carter := m.timeline.Selected()
	m = send(m, keyMsg("/"))
	m = send(m, typed("carter")...)
	if m.timeline.Selected() != carter {
		t.Errorf("selection moved from %d to %d", carter, m.timeline.Selected())
	}
}

func TestFocusCyclesThroughPanes(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	order := []pane{m.focus}
	for range 5 {
		m = send(m, keyMsg("tab"))
		order = append(order, m.focus)
	}
	if !slices.Equal(order, []pane{paneTimeline, paneActors, panePlaces, paneSources, paneDetail, paneTimeline}) {
		t.Errorf("tab order %v", order)
	}
	m = send(m, keyMsg("shift+tab"))
	if m.focus != paneDetail {
		t.Errorf("shift+tab from timeline went to %v", m.focus)
	}
}

func TestFooterFollowsFocusAndMode(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	if f := footerText(m); strings.Contains(f, "quotes") || !strings.Contains(f, "tab next pane") {
		t.Errorf("first event has no quotes; footer %q", f)
	}
	m = send(m, press("G", "k", "enter")...)
	if f := footerText(m); !strings.Contains(f, "enter close quotes") {
		t.Errorf("timeline with open quotes: %q", f)
	}
	m = send(m, keyMsg("tab"))
	if f := footerText(m); !strings.Contains(f, "enter filter by actor") {
		t.Errorf("actors: %q", f)
	}
	m = send(m, keyMsg("?"))
	if f := footerText(m); !strings.Contains(f, "esc close help") {
		t.Errorf("help: %q", f)
	}
}

func TestHelpOpensAndCloses(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("?"))
	s := screen(m)
	m = send(m, keyMsg("pgdown"))
	s += screen(m)
	for _, want := range []string{"Keys", "shift+tab", "previous pane", "any or all", "keep the search", "a reported claim"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if m = send(m, keyMsg("esc")); m.help {
		t.Error("esc should close help")
	}
	if m = send(m, keyMsg("?"), keyMsg("?")); m.help {
		t.Error("? should close help")
	}
}

func TestQuitKeys(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	for _, k := range []string{"q", "ctrl+c"} {
		if _, cmd := m.Update(keyMsg(k)); cmd == nil || !isQuit(cmd) {
			t.Errorf("%s should quit", k)
		}
	}
	m = send(m, keyMsg("/"))
	if _, cmd := m.Update(keyMsg("ctrl+c")); cmd == nil || !isQuit(cmd) {
		t.Error("ctrl+c should quit while searching")
	}
}

func isQuit(cmd tea.Cmd) bool {
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestEnterOnEventWithoutQuotesSaysSo(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("enter"))
	if f := footerText(m); !strings.Contains(f, "this event has no quotes") {
		t.Errorf("footer %q", f)
	}
	if m = send(m, keyMsg("j")); strings.Contains(footerText(m), "no quotes") {
		t.Error("notice should go with the next key")
	}
}

func TestWheelScrollsThePaneUnderThePointer(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	a := m.layout.panes[paneActors]
	m = send(m, tea.MouseWheelMsg{X: a.x + 2, Y: a.y + 2, Button: tea.MouseWheelDown})
	if m.actors.sel != 1 || m.timeline.sel != 0 || m.focus != paneTimeline {
		t.Errorf("wheel over actors: actors %d, timeline %d, focus %v", m.actors.sel, m.timeline.sel, m.focus)
	}
	tr := m.layout.panes[paneTimeline]
	m = send(m, tea.MouseWheelMsg{X: tr.x + 5, Y: tr.y + 3, Button: tea.MouseWheelDown},
		tea.MouseWheelMsg{X: tr.x + 5, Y: tr.y + 3, Button: tea.MouseWheelDown},
		tea.MouseWheelMsg{X: tr.x + 5, Y: tr.y + 3, Button: tea.MouseWheelUp})
	if m.timeline.sel != 1 {
		t.Errorf("wheel over timeline: sel %d", m.timeline.sel)
	}
	m = send(m, tea.MouseWheelMsg{X: 0, Y: 0, Button: tea.MouseWheelDown}) // over the header
	if m.timeline.sel != 2 {
		t.Errorf("wheel elsewhere should scroll the focused pane: sel %d", m.timeline.sel)
	}
}

func TestClickFocusesAndSelects(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	a := m.layout.panes[paneActors]
	m = send(m, tea.MouseClickMsg{X: a.x + 3, Y: a.y + 1 + 2, Button: tea.MouseLeft})
	if m.focus != paneActors || m.actors.sel != 2 {
		t.Errorf("click on third actor: focus %v sel %d", m.focus, m.actors.sel)
	}
	tr := m.layout.panes[paneTimeline]
	m = send(m, tea.MouseClickMsg{X: tr.x + 10, Y: tr.y + 1 + m.timeline.headRows() + 4, Button: tea.MouseLeft})
	if m.focus != paneTimeline || m.timeline.sel != 4 {
		t.Errorf("click on fifth event: focus %v sel %d", m.focus, m.timeline.sel)
	}
}

func TestViewSettings(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	v := m.View()
	if !v.AltScreen || v.MouseMode != tea.MouseModeCellMotion || v.WindowTitle != "storyline — 8 events" {
		t.Errorf("alt %v mouse %v title %q", v.AltScreen, v.MouseMode, v.WindowTitle)
	}
	if v.Cursor != nil {
		t.Error("no cursor outside the search prompt")
	}
	if v = send(m, keyMsg("/")).View(); v.Cursor == nil || v.Cursor.Position.Y != 29 {
		t.Errorf("search should show the cursor in the footer: %+v", v.Cursor)
	}
}

func TestColoursFollowBackgroundAndNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	m := send(New(fixture(t), Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
	dark := m.View().Content
	light := send(m, tea.BackgroundColorMsg{Color: whiteColor{}}).View().Content
	if dark == light {
		t.Error("a light background should change the colours")
	}
	if !strings.Contains(dark, "38;2;") {
		t.Error("expected true colours by default")
	}
	if back := send(m, tea.BackgroundColorMsg{Color: blackColor{}}).View().Content; back != dark {
		t.Error("a dark answer should keep the dark colours")
	}
	t.Setenv("NO_COLOR", "1")
	mono := send(New(fixture(t), Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
	mono = send(mono, tea.BackgroundColorMsg{Color: whiteColor{}})
	s := mono.View().Content
	if sgrColour.MatchString(s) {
		t.Errorf("NO_COLOR output has colour: %q", sgrColour.FindString(s))
	}
	if !strings.Contains(s, "\x1b[7m") {
		t.Error("NO_COLOR should still show the cursor row in reverse video")
	}
}

type whiteColor struct{}

func (whiteColor) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

type blackColor struct{}

func (blackColor) RGBA() (r, g, b, a uint32) { return 0, 0, 0, 0xffff }
