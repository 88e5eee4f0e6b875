package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"storyline/model"
)

func plainStyles() *Styles {
	st := monoStyles()
	return &st
}

func timelineOf(tl *model.Timeline, f model.Filter, w, h int) timelinePane {
	p := newTimelinePane(tl)
	p.setIdx(tl.Filter(f))
	p.resize(w, h)
	return p
}

func stripAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(ansi.Strip(l), " ")
	}
	return out
}

func TestTimelineRendersEventsInTimeOrder(t *testing.T) {
	tl := fixture(t)
	p := timelineOf(tl, model.Filter{}, 68, 20)
	got := stripAll(p.Render(plainStyles(), true))
	// The time strip: a month a column from October 2011 to October 2015, the cursor's
	// month marked.
	strip := []string{
		" ▂                                              ▄█",
		" ▲  2012        2013        2014        2015",
	}
	if strings.Join(got[:2], "\n") != strings.Join(strip, "\n") {
		t.Errorf("strip:\n%s\nwant:\n%s", strings.Join(got[:2], "\n"), strings.Join(strip, "\n"))
	}
	got = got[2:]
	want := []string{
		"›before 7 Oct 2011 Assad's regime has fueled a civil war for more t…",
		" Wed 30 Sep 2015   Russian warplanes begin airstrikes in Syria",
		" 30 Sep–7 Oct 2015 112 Islamic State targets hit since Sept. 30",
		" 5–7 Oct 2015      intelligence services detect Islamic State f…  ❝1",
		" Wed 7 Oct 2015    Russian warships launch missiles into Syria from…",
		"                   Syrian government troops launch a ground offensi…",
		"                   Carter rules out cooperation with Russia       ❝4",
		"── undated / background · 1 ────────────────────────────────────────",
		" undated           U.S.-trained fighters routed by al-Qaeda linked …",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i, l := range p.Render(plainStyles(), true) {
		if w := ansi.StringWidth(l); w != 68 {
			t.Errorf("line %d is %d wide, want 68: %q", i, w, l)
		}
	}
}

func TestTimelineNarrowGutter(t *testing.T) {
	p := timelineOf(fixture(t), model.Filter{}, 38, 10)
	got := stripAll(p.Render(plainStyles(), true))[p.headRows():]
	for i, want := range []string{"›<7 Oct 2011", " 30 Sep 2015", " 30 Sep–7 Oct", " 5–7 Oct 2015", " 7 Oct 2015", "             "} {
		if !strings.HasPrefix(got[i]+"             ", want) {
			t.Errorf("row %d = %q, want gutter %q", i, got[i], want)
		}
	}
}

func TestTimelineRepeatsDateAtTopOfScreen(t *testing.T) {
	tl := fixture(t)
	p := timelineOf(tl, model.Filter{}, 68, 3)
	p.moveTo(6) // Carter, the third event of 7 Oct
	got := stripAll(p.Render(plainStyles(), true))
	if !strings.HasPrefix(got[0], " Wed 7 Oct 2015    Russian warships") {
		t.Errorf("top row should carry its date even mid-run: %q", got[0])
	}
	if !strings.HasPrefix(got[1], "                   Syrian government") {
		t.Errorf("second row of the run should not repeat the date: %q", got[1])
	}
}

func TestUndatedBandOnlyWithUndatedEvents(t *testing.T) {
	tl := fixture(t)
	p := timelineOf(tl, model.Filter{Actors: []string{"sergei-shoigu"}}, 68, 10)
	if s := strings.Join(stripAll(p.Render(plainStyles(), true)), "\n"); strings.Contains(s, "undated") {
		t.Errorf("no undated event passes the filter, yet:\n%s", s)
	}
	p = timelineOf(tl, model.Filter{Actors: []string{"al-qaeda"}}, 68, 10)
	got := stripAll(p.Render(plainStyles(), true))
	if !strings.HasPrefix(got[0], "── undated / background · 1") || !strings.HasPrefix(got[1], "›undated") {
		t.Errorf("undated band:\n%s", strings.Join(got, "\n"))
	}
}

func TestTimelineCursorClamps(t *testing.T) {
	p := timelineOf(fixture(t), model.Filter{}, 68, 5)
	p.move(-3)
	if p.sel != 0 {
		t.Errorf("above the first: sel %d", p.sel)
	}
	p.move(100)
	if p.sel != 7 || p.Selected() != 7 {
		t.Errorf("past the last: sel %d", p.sel)
	}
	got := stripAll(p.Render(plainStyles(), true))
	if !strings.HasPrefix(got[len(got)-1], "›undated") {
		t.Errorf("cursor row should be on screen at the bottom:\n%s", strings.Join(got, "\n"))
	}
	p.setIdx(p.tl.Filter(model.Filter{Actors: []string{"russia"}}))
	if p.Selected() != 6 { // Carter, the last Russia event, since the old one did not pass
		t.Errorf("after filtering, selected %d", p.Selected())
	}
	p.setIdx(nil)
	if p.Selected() != -1 || p.sel != 0 {
		t.Errorf("empty result: sel %d, selected %d", p.sel, p.Selected())
	}
}

func TestTimelineScrollsOnlyWhatIsNeeded(t *testing.T) {
	tl := bigTimeline(500)
	p := timelineOf(tl, model.Filter{}, 68, 10)
	for range 25 {
		p.move(1)
	}
	top := 25 - (p.listHeight() - 1) // the cursor on the last row, under the strip
	if p.sel != 25 || p.top != top || p.headRows() != 1 {
		t.Errorf("after 25 downs sel %d top %d, want 25, %d (strip rows %d)", p.sel, p.top, top, p.headRows())
	}
	lines := stripAll(p.Render(plainStyles(), true))
	if len(lines) != 10 || !strings.HasPrefix(lines[9], "›") {
		t.Errorf("cursor should be on the last row:\n%s", strings.Join(lines, "\n"))
	}
	p.move(-5)
	if p.top != top {
		t.Errorf("moving up within the screen scrolled: top %d", p.top)
	}
	p.moveTo(0)
	if p.top != 0 {
		t.Errorf("top %d after g", p.top)
	}
}

func TestQuotesOpenInline(t *testing.T) {
	tl := fixture(t)
	p := timelineOf(tl, model.Filter{}, 68, 20)
	p.moveTo(6)
	if !p.toggle() {
		t.Fatal("Carter's event has quotes")
	}
	s := strings.Join(stripAll(p.Render(plainStyles(), true)), "\n")
	for _, want := range []string{"▾❝4", "“that’s it”", "“tragically flawed”", "“They continue to hit targets", "≈ the U.S. will conduct basic, technical talks", "— Ashton Carter via Associated Press", "Ashton Carter, reported"} {
		if !strings.Contains(s, want) {
			t.Errorf("open quotes lack %q:\n%s", want, s)
		}
	}
	// The band heading comes after the quotes, not inside them.
	if strings.Index(s, "undated / background") < strings.Index(s, "reported") {
		t.Errorf("quotes should come before the undated band:\n%s", s)
	}
	p.toggle()
	if s := strings.Join(stripAll(p.Render(plainStyles(), true)), "\n"); strings.Contains(s, "that’s it") {
		t.Errorf("closed quotes still shown:\n%s", s)
	}
	p.moveTo(0)
	if p.toggle() {
		t.Error("an event without quotes cannot open")
	}
}

func TestOpenQuotesKeepTheEventOnScreen(t *testing.T) {
	p := timelineOf(fixture(t), model.Filter{}, 68, 6)
	p.moveTo(6)
	p.toggle()
	lines := stripAll(p.Render(plainStyles(), true))
	if !strings.Contains(lines[0], "Carter rules out") {
		t.Errorf("the opened event should scroll up to show its quotes:\n%s", strings.Join(lines, "\n"))
	}
	p.move(1)
	lines = stripAll(p.Render(plainStyles(), true))
	if !strings.HasPrefix(lines[len(lines)-1], "›undated") {
		t.Errorf("moving past the quotes shows the next event:\n%s", strings.Join(lines, "\n"))
	}
}

func TestThinInputSaysWhatItFound(t *testing.T) {
	docs := []model.Document{{ID: "a"}, {ID: "b"}}
	p := timelineOf(model.NewTimeline(docs, nil, nil, nil, nil), model.Filter{}, 60, 8)
	if s := strings.Join(stripAll(p.Render(plainStyles(), true)), "\n"); !strings.Contains(s, "no events found in 2 articles") {
		t.Errorf("empty timeline:\n%s", s)
	}
	undated := []model.Event{{ID: "x", Title: "Something with no date", Doc: "a"}}
	p = timelineOf(model.NewTimeline(docs[:1], nil, nil, nil, undated), model.Filter{}, 60, 8)
	got := stripAll(p.Render(plainStyles(), true))
	if got[0] != "no dated events in 1 article" || !strings.Contains(got[1], "undated / background · 1") || !strings.Contains(got[2], "Something with no date") {
		t.Errorf("undated-only timeline:\n%s", strings.Join(got, "\n"))
	}
	p = timelineOf(fixture(t), model.Filter{Query: "no such words"}, 60, 8)
	if s := strings.Join(stripAll(p.Render(plainStyles(), true)), "\n"); !strings.Contains(s, "no events match") {
		t.Errorf("nothing matches:\n%s", s)
	}
}

func TestPosAtMapsRowsToEvents(t *testing.T) {
	p := timelineOf(fixture(t), model.Filter{}, 68, 20)
	p.moveTo(6)
	p.toggle()
	end := 6 + p.rows(6) // the first row after Carter's quotes: the undated heading
	if p.rows(6) < 5 {
		t.Fatalf("Carter's event takes %d rows with its quotes open", p.rows(6))
	}
	for y, want := range map[int]int{0: 0, 6: 6, 7: 6, end - 1: 6, end: 7, end + 1: 7} {
		y += p.headRows()
		if got, ok := p.posAt(y); !ok || got != want {
			t.Errorf("posAt(%d) = %d, %v; want %d", y, got, ok, want)
		}
	}
	if _, ok := p.posAt(p.headRows() + end + 2); ok {
		t.Error("row below the last event maps to nothing")
	}
}

func TestSearchWordsAreMarkedInTitles(t *testing.T) {
	st := plainStyles()
	got := mark("Russian warships, Russia", model.ParseSearch("russia"), st.Match)
	want := "Russian warships, " + st.Match.Render("Russia")
	if got != want {
		t.Errorf("mark = %q, want %q", got, want)
	}
	// Ⱥ takes 2 bytes and its lower case 3: the match is found by folding, in place.
	if got := mark("Ⱥ and ⱥ", model.ParseSearch("ⱥ"), st.Match); got != st.Match.Render("Ⱥ")+" and "+st.Match.Render("ⱥ") {
		t.Errorf("a title whose lower case shifts bytes is marked by folding: %q", got)
	}
	if got := mark("Carter", model.ParseSearch(""), st.Match); got != "Carter" {
		t.Errorf("no search, no marks: %q", got)
	}
}

func TestWideRowsShowMoreOfACutTitle(t *testing.T) {
	text := "Meanwhile, the ministry said that the talks on the ceasefire would resume in Geneva next week after a pause of nearly two months, according to diplomats."
	e := &model.Event{Title: "The ministry said that the talks on the ceasefire would resume in Geneva next week after a pause of nearly…", Text: text}
	if got := wideTitle(e, 100); got != e.Title {
		t.Errorf("narrow: %q", got)
	}
	want := "The ministry said that the talks on the ceasefire would resume in Geneva next week after a pause of nearly two months, according to diplomats"
	if got := wideTitle(e, 200); got != want {
		t.Errorf("wide: %q", got)
	}
	other := &model.Event{Title: "A headline written apart from the text, and cut at its end somewhere…", Text: text}
	if got := wideTitle(other, 200); got != other.Title {
		t.Errorf("a title not taken from the text stays: %q", got)
	}
}
