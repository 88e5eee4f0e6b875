package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/model"
)

// hostileTimeline is an article crafted to attack the terminal through every string the
// explorer shows.
func hostileTimeline() *model.Timeline {
	const (
		title = "\x1b]0;pwned\x07"                  // retitle the window
		clip  = "\x1b]52;c;cm0gLXJmIH4=\x07"        // write the clipboard
		red   = "\x1b[31m"                          // recolour the screen
		c1    = "\u009b2J"                          // C1 CSI: clear the screen
		bidi  = "\u202egnp.exe\u202c \u2067x\u2069" // read backwards
	)
	body := "Evil said “" + clip + "hello”."
	doc := model.Document{ID: "evil" + red, Title: "Headline " + title + " end", Source: "Outlet" + c1, Body: body,
		Published: model.Day(2015, 10, 7), DateOrigin: model.DateInferred,
		Quotes: []model.Quote{{Start: 11, End: 11 + len([]rune(clip)) + 5, Text: clip + "hello", Speaker: "evil", Source: "src", Direct: true},
			{Text: "claim " + red + "x", Speaker: "evil", Direct: false}}}
	actors := []model.Actor{{ID: "evil", Name: "Mallory " + title, Kind: model.KindPerson, Roles: []string{"role" + bidi}}}
	sources := []model.Source{{ID: "src", Name: "Agency " + clip, Kind: "news" + red}}
	places := []model.Place{{ID: "ville", Name: "Ville " + title, Kind: model.PlaceCity, Country: "Land" + red + bidi, Aliases: []string{clip}}}
	events := []model.Event{
		{ID: "e1", When: model.OnDay(model.Day(2015, 10, 7)), DateText: "today" + bidi, Title: red + "Red title " + title,
			Text: "Text with\tTAB and " + c1 + " and " + clip, Doc: doc.ID, Actors: []string{"evil"}, Sources: []string{"src"}, Places: []string{"ville"}, Quotes: []int{0, 1}},
		{ID: "e2", Title: "", Text: "Undated " + title, Doc: doc.ID, Actors: []string{"evil"}},
	}
	return model.NewTimeline([]model.Document{doc}, actors, sources, places, events)
}

// hostileFrames drives the explorer through every pane, the quotes, the help and a
// search, and returns each frame.
func hostileFrames(m Model) []string {
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	var frames []string
	shot := func(msgs ...tea.Msg) {
		m = send(m, msgs...)
		frames = append(frames, m.View().Content)
	}
	shot()
	shot(press("enter")...) // quotes inline
	shot(press("tab", "enter")...)
	shot(press("tab", "enter")...)
	shot(press("tab", "enter")...)
	shot(press("tab", "G")...)
	shot(press("?")...)
	shot(press("esc", "/")...)
	shot(typed("pw")...)
	shot(tea.WindowSizeMsg{Width: 40, Height: 12})
	return frames
}

func TestNoEscapeReachesTheTerminalPlain(t *testing.T) {
	m := New(hostileTimeline(), Options{Actors: []string{"mallory"}})
	m.styles = Styles{} // no styling at all: any ESC in the output came from the article
	m.styleInput()
	for i, f := range hostileFrames(m) {
		if j := strings.IndexAny(f, "\x1b\x07\u009b\u202e"); j >= 0 {
			t.Fatalf("frame %d has a raw control at byte %d: %q", i, j, f[max(0, j-20):min(len(f), j+20)])
		}
		assertNoControls(t, i, f)
	}
}

var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func TestNoEscapeReachesTheTerminalStyled(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	frames := hostileFrames(New(hostileTimeline(), Options{}))
	seen := strings.Builder{}
	for i, f := range frames {
		if !strings.Contains(f, "\x1b[") {
			t.Fatalf("frame %d is not styled; the test would prove nothing", i)
		}
		// Only lipgloss's own colour and attribute sequences may remain.
		rest := sgr.ReplaceAllString(f, "")
		if j := strings.IndexByte(rest, 0x1b); j >= 0 {
			t.Fatalf("frame %d has an escape that is not styling: %q", i, rest[max(0, j-20):min(len(rest), j+20)])
		}
		assertNoControls(t, i, rest)
		seen.WriteString(ansi.Strip(f))
	}
	all := seen.String()
	for _, want := range []string{"␛]0;pwned␇", "␛]52;c;", "␛[31m", "\ufffd2J", "Mallory ␛]0;pwned␇", "TAB and", "Ville ␛]0;pwned␇", "Land␛[31m"} {
		if !strings.Contains(all, want) {
			t.Errorf("no frame shows the placeholder %q", want)
		}
	}
}

func assertNoControls(t *testing.T, frame int, s string) {
	t.Helper()
	for _, r := range s {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x206f, r >= 0xfff9 && r <= 0xfffb:
			t.Fatalf("frame %d contains control %U", frame, r)
		}
	}
}

func TestWindowTitleIsOurs(t *testing.T) {
	v := New(hostileTimeline(), Options{}).View()
	if v.WindowTitle != "storyline — 2 events" {
		t.Errorf("window title %q", v.WindowTitle)
	}
}

// sgrColour matches an SGR sequence that sets a foreground or background colour.
var sgrColour = regexp.MustCompile(`\x1b\[[0-9;:]*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])[;:m]`)
