package ui

import (
	"strings"
	"testing"

	"storyline/model"
)

// keyed is the fixture with two key days ranked, the first told by two of its events.
func keyed(t *testing.T) *model.Timeline {
	t.Helper()
	tl := fixture(t)
	var days []model.KeyDate
	for _, i := range []int{2, 5} {
		e := tl.Events[i]
		days = append(days, model.KeyDate{Day: model.Day(e.When.Start.Date()), Salience: float64(10 - i), Events: []string{e.ID}})
	}
	days[0].Events = append(days[0].Events, tl.Events[3].ID)
	tl.KeyDates = days
	return tl
}

func TestKeyTogglesKeyEventsAndAll(t *testing.T) {
	tl := keyed(t)
	m := newPlain(t, tl, 100, 30, Options{Key: 1})
	if h := header(m); !strings.Contains(h, "2 of 2 events · key events of the 1 most salient day") {
		t.Fatalf("--key 1 should open on the key events: %q", h)
	}
	m = send(m, keyMsg("j"))
	at := m.tl.Events[m.timeline.Selected()].ID
	m = send(m, keyMsg("K"))
	if h := header(m); !strings.Contains(h, "8 of 8 events · all days") {
		t.Errorf("K should show all events: %q", h)
	}
	if got := m.tl.Events[m.timeline.Selected()].ID; got != at {
		t.Errorf("the cursor should stay on %s, is on %s", at, got)
	}
	m = send(m, keyMsg("K"))
	if h := header(m); !strings.Contains(h, "key events of the 1 most salient day") {
		t.Errorf("K again should show the key events: %q", h)
	}

	// With no --key, K picks the number of days from the corpus.
	m = newPlain(t, tl, 100, 30, Options{})
	if m = send(m, keyMsg("K")); !strings.Contains(header(m), "key events of the") {
		t.Errorf("K: %q", header(m))
	}
	m = newPlain(t, fixture(t), 100, 30, Options{})
	if m = send(m, keyMsg("K")); !strings.Contains(footerText(m), "no key events") {
		t.Errorf("K on an unranked corpus: %q", footerText(m))
	}
}

func TestCopyTakesTheEventAndItsArticle(t *testing.T) {
	tl := fixture(t)
	m := newPlain(t, tl, 100, 30, Options{})
	m, cmd := sendCmd(m, keyMsg("y"))
	if cmd == nil || !strings.Contains(footerText(m), "copied the event") {
		t.Fatalf("y: cmd %v, footer %q", cmd, footerText(m))
	}
	ev := m.timeline.Selected()
	got := eventClipboard(tl, ev, true)
	e := tl.Events[ev]
	for _, want := range []string{e.When.Label() + ": ", "Actors: ", "Article: " + tl.Documents[0].Title} {
		if !strings.Contains(got, want) {
			t.Errorf("clipboard lacks %q:\n%s", want, got)
		}
	}
}
