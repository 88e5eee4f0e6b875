package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"storyline/model"
)

func (m Model) selectedDay() string {
	ev := m.timeline.Selected()
	if ev < 0 || !m.tl.Events[ev].When.Dated() {
		return "none"
	}
	return m.tl.Events[ev].When.Start.Format("2006-01-02")
}

func TestJumpToADate(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	jump := func(m Model, text string) Model {
		m = send(m, keyMsg(":"))
		if m.prompt != promptDate || !strings.HasPrefix(footerText(m), "go to date: ") {
			t.Fatalf("the date prompt should open: %q", footerText(m))
		}
		m = send(m, typed(text)...)
		return send(m, keyMsg("enter"))
	}
	cases := []struct{ typed, day, notice string }{
		{"2015-10-07", "2015-10-07", "Wed 7 Oct 2015"},
		{"30 Sep", "2015-09-30", "Wed 30 Sep 2015"}, // the year of the cursor's event
		{"2013", "2015-09-30", "nothing in 2013; at the next event"},
		{"October 2011", "2011-10-07", "October 2011"},
		{"2020", "2015-10-07", "nothing from 2020 on; at the last dated event"},
		{"31 June 2015", "2015-10-07", "June has no day 31"},
	}
	for _, c := range cases {
		m = jump(m, c.typed)
		if m.selectedDay() != c.day || !strings.Contains(footerText(m), c.notice) {
			t.Errorf("%q: at %s, footer %q; want %s, %q", c.typed, m.selectedDay(), footerText(m), c.day, c.notice)
		}
	}
}

func TestZoomAndStep(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, press("j", "j")...) // 30 Sep–7 Oct 2015
	m = send(m, keyMsg("+"))
	if len(m.timeline.idx) != 6 || !strings.Contains(footerText(m), "zoomed to 2015") {
		t.Fatalf("+ should zoom to 2015: %d events, %q", len(m.timeline.idx), footerText(m))
	}
	m = send(m, keyMsg("+"))
	if len(m.timeline.idx) != 2 || !strings.Contains(footerText(m), "zoomed to September 2015") {
		t.Errorf("+ again should zoom to September 2015: %d events, %q", len(m.timeline.idx), footerText(m))
	}
	m = send(m, keyMsg("]")) // the next month with events
	if !strings.Contains(footerText(m), "zoomed to October 2015") || m.selectedDay() != "2015-10-05" {
		t.Errorf("] zoomed should move to October: %q, at %s", footerText(m), m.selectedDay())
	}
	m = send(m, keyMsg("]"))
	if !strings.Contains(footerText(m), "no later month") {
		t.Errorf("] past the last month: %q", footerText(m))
	}
	m = send(m, keyMsg("-"), keyMsg("-"))
	if len(m.timeline.idx) != 8 || !strings.Contains(footerText(m), "all of time") {
		t.Errorf("- twice should show everything: %d, %q", len(m.timeline.idx), footerText(m))
	}
	m = send(m, keyMsg("-"))
	if !strings.Contains(footerText(m), "showing all of time") {
		t.Errorf("- unzoomed: %q", footerText(m))
	}

	// Unzoomed, [ and ] step by the strip's unit: months here.
	m = send(m, keyMsg("g"), keyMsg("]"))
	if m.selectedDay() != "2015-09-30" || !strings.Contains(footerText(m), "September 2015") {
		t.Errorf("] from 2011: at %s, %q", m.selectedDay(), footerText(m))
	}
	m = send(m, keyMsg("]"))
	if m.selectedDay() != "2015-10-05" {
		t.Errorf("] to October: at %s", m.selectedDay())
	}
	m = send(m, keyMsg("["), keyMsg("["))
	if m.selectedDay() != "2011-10-07" {
		t.Errorf("[ twice back to 2011: at %s, %q", m.selectedDay(), footerText(m))
	}
	m = send(m, keyMsg("["))
	if !strings.Contains(footerText(m), "no earlier month") {
		t.Errorf("[ before the first: %q", footerText(m))
	}
	m = send(m, keyMsg("G"), keyMsg("+"))
	if !strings.Contains(footerText(m), "dated event to zoom") {
		t.Errorf("+ on an undated event: %q", footerText(m))
	}
}

func TestStripBuckets(t *testing.T) {
	tl := fixture(t)
	m := newPlain(t, tl, 100, 30, Options{})
	s, ok := newStrip(tl, m.timeline.idx, m.timeline.dated, nil, 60, 4, []time.Time{tl.Events[1].When.Start})
	if !ok || s.u != unitMonth || len(s.counts) != 49 {
		t.Fatalf("strip: %v unit %v, %d buckets", ok, s.u, len(s.counts))
	}
	total := 0
	for _, c := range s.counts {
		total += c
	}
	if total != 7 || s.counts[0] != 1 || s.counts[47] != 2 || s.counts[48] != 4 {
		t.Errorf("counts %v", s.counts)
	}
	if s.cursor != 48 || !s.key[47] || s.key[48] {
		t.Errorf("cursor %d, key %v", s.cursor, s.key)
	}
	// Zoomed to October 2015, days fit.
	z := unitMonth.period(tl.Events[4].When.Start)
	if s, _ = newStrip(tl, m.timeline.idx, m.timeline.dated, &z, 60, 4, nil); s.u != unitDay || len(s.counts) != 31 || s.counts[6] != 3 || !s.before {
		t.Errorf("zoomed strip: %v, %v, before %v", s.u, s.counts, s.before)
	}
}

func TestOpensAtTheMainSpan(t *testing.T) {
	var events []model.Event
	for i, y := range []int{1916, 1948, 1967} { // history recalled in passing
		events = append(events, model.Event{ID: "old" + strconv.Itoa(i), Doc: "d", Title: "Long ago", When: model.OnDay(model.Day(y, 5, 16))})
	}
	for i := range 100 {
		events = append(events, model.Event{ID: "war" + strconv.Itoa(i), Doc: "d", Title: "The war", When: model.OnDay(model.Day(2011, 3, 1).AddDate(0, 0, i))})
	}
	tl := model.NewTimeline([]model.Document{{ID: "d"}}, nil, nil, nil, events)
	m := newPlain(t, tl, 100, 30, Options{})
	if m.selectedDay() != "2011-03-01" {
		t.Errorf("opens at %s, want the war's first day", m.selectedDay())
	}
	s, _ := newStrip(tl, m.timeline.idx, m.timeline.dated, nil, 60, -1, nil)
	if !s.before || s.start.Year() != 2011 || s.u == unitYear {
		t.Errorf("the strip should begin in 2011 with earlier events beyond it: %v %v before %v", s.start, s.u, s.before)
	}
	if !strings.HasPrefix(strings.TrimSpace(ansi.Strip(s.render(plainStyles(), 62, 1)[0])), "◂") {
		t.Errorf("the strip should point to the earlier events: %q", s.render(plainStyles(), 62, 1)[0])
	}
}
