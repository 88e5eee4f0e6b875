package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// assertFills checks that a frame is exactly w×h cells: no line wraps or falls short.
func assertFills(t *testing.T, what string, m Model, w, h int) {
	t.Helper()
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) != h {
		t.Fatalf("%s at %dx%d: %d lines", what, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw != w {
			t.Fatalf("%s at %dx%d: line %d is %d wide: %q", what, w, h, i, lw, ansi.Strip(l))
		}
	}
}

func TestFramesFillEverySize(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	m := New(fixture(t), Options{})
	m = send(m, press("G", "k", "enter")...) // Carter's quotes open
	sizes := [][2]int{{200, 60}, {160, 50}, {120, 40}, {100, 30}, {80, 24}, {80, 20}, {79, 20}, {80, 19}, {60, 20}, {50, 15}, {41, 13}, {40, 12}}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		assertFills(t, "timeline", m, w, h)
		for _, p := range []string{"actors", "places", "sources", "detail"} {
			m = send(m, keyMsg("tab"))
			assertFills(t, p, m, w, h)
		}
		m = send(m, keyMsg("tab"), keyMsg("?"))
		assertFills(t, "help", m, w, h)
		m = send(m, keyMsg("?"), keyMsg("/"))
		m = send(m, typed("carter")...)
		assertFills(t, "search", m, w, h)
		m = send(m, keyMsg("enter"))
	}
}

func TestCompactLayoutShowsOnlyTheFocusedPane(t *testing.T) {
	m := newPlain(t, fixture(t), 60, 15, Options{}) // below the height for two panes
	s := screen(m)
	if !strings.Contains(s, "Timeline") || strings.Contains(s, "Actors") || strings.Contains(s, "Detail") {
		t.Errorf("compact timeline:\n%s", s)
	}
	m = send(m, keyMsg("tab"))
	if s = screen(m); !strings.Contains(s, "Actors") || strings.Contains(s, "Timeline") {
		t.Errorf("compact actors:\n%s", s)
	}
	m = send(m, keyMsg("tab"))
	if s = screen(m); !strings.Contains(s, "Places") || !strings.Contains(s, "Syria") || strings.Contains(s, "Actors") {
		t.Errorf("compact places:\n%s", s)
	}
	m = send(m, keyMsg("tab"), keyMsg("tab"))
	if s = screen(m); !strings.Contains(s, "Detail") || !strings.Contains(s, "When") {
		t.Errorf("compact detail:\n%s", s)
	}
	m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if s = screen(m); !strings.Contains(s, "Timeline") || !strings.Contains(s, "Actors") || !strings.Contains(s, "Places") || !strings.Contains(s, "Sources") {
		t.Errorf("growing back should show every pane:\n%s", s)
	}
}

func TestTooSmallSaysSoCentred(t *testing.T) {
	for _, sz := range [][2]int{{39, 11}, {39, 30}, {100, 11}, {20, 5}, {1, 1}} {
		w, h := sz[0], sz[1]
		m := newPlain(t, fixture(t), w, h, Options{})
		s := screen(m)
		lines := strings.Split(s, "\n")
		if len(lines) != h {
			t.Errorf("%dx%d: %d lines", w, h, len(lines))
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("%dx%d: line too wide: %q", w, h, l)
			}
		}
		if w >= 31 && (!strings.Contains(s, "storyline needs at least 40×12;") || !strings.Contains(s, fmt.Sprintf("this terminal is %d×%d", w, h))) {
			t.Errorf("%dx%d:\n%s", w, h, s)
		}
	}
	if s := screen(newPlain(t, fixture(t), 40, 12, Options{})); strings.Contains(s, "needs at least") {
		t.Errorf("40x12 is enough:\n%s", s)
	}
}

func TestNoSizeYetDrawsNothing(t *testing.T) {
	if s := New(fixture(t), Options{}).View().Content; s != "" {
		t.Errorf("before the first size message: %q", s)
	}
}

func TestSixtyByTwentyShowsTimelineAndDetail(t *testing.T) {
	m := newPlain(t, fixture(t), 60, 20, Options{})
	s := screen(m)
	if !strings.Contains(s, "Timeline") || !strings.Contains(s, "Detail") {
		t.Errorf("60×20 should show the timeline and the detail:\n%s", s)
	}
	m = send(m, keyMsg("tab")) // the actors take the screen while focused
	if s := screen(m); !strings.Contains(s, "Actors") || strings.Contains(s, "Detail") {
		t.Errorf("actors focused at 60×20:\n%s", s)
	}
}

func TestWheelStopsAtTheLastRow(t *testing.T) {
	m := newPlain(t, bigTimeline(300), 100, 30, Options{})
	m = send(m, press("enter")...) // quotes open, so the rows below the cursor vary
	for _, p := range []pane{paneTimeline, paneActors, paneDetail} {
		r := m.layout.panes[p]
		for range 400 {
			m = send(m, tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 2, Button: tea.MouseWheelDown})
		}
		lines := strings.Split(screen(m), "\n")
		inner := ansi.Cut(lines[r.y+r.h-2], r.x+1, r.x+r.w-1) // the pane's last inner row
		if strings.TrimSpace(inner) == "" {
			t.Errorf("%v: wheeled past the last row:\n%s", p, screen(m))
		}
	}
}
