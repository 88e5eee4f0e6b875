package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// bigTimeline has n events over many days, a tenth of them undated, some with quotes, and
// titles long enough to need cutting.
func bigTimeline(n int) *model.Timeline {
	body := "“It is what it is,” the minister said."
	doc := model.Document{ID: "big", Title: "Many events", Body: body,
		Quotes: []model.Quote{{Start: 1, End: 17, Text: "It is what it is", Speaker: "a1", Source: "s1", Direct: true}}}
	actors := make([]model.Actor, 50)
	for i := range actors {
		actors[i] = model.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor Number %d", i), Kind: model.KindPerson}
	}
	sources := []model.Source{{ID: "s1", Name: "Agency One", Kind: "news agency"}, {ID: "s2", Name: "Agency Two", Kind: "newspaper"}}
	events := make([]model.Event, n)
	for i := range events {
		e := model.Event{
			ID:      fmt.Sprintf("e%d", i),
			Title:   fmt.Sprintf("Event %d: something happened somewhere and someone said something about it", i),
			Text:    "Something happened somewhere and someone said something about it.",
			Doc:     "big",
			Actors:  []string{fmt.Sprintf("a%d", i%50), fmt.Sprintf("a%d", (i*7)%50)},
			Sources: []string{"s1"},
		}
		if i%10 != 9 {
			e.When = model.OnDay(model.Day(2000, 1, 1+i/3))
		}
		if i%4 == 0 {
			e.Quotes = []int{0}
		}
		events[i] = e
	}
	return model.NewTimeline([]model.Document{doc}, actors, sources, nil, events)
}

func benchModel(b *testing.B) Model {
	m := New(bigTimeline(10000), Options{})
	return send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
}

func BenchmarkView10k(b *testing.B) {
	m := benchModel(b)
	m = send(m, press("G", "pgup", "enter")...) // mid-list, with quotes open, near the undated band
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

func BenchmarkScroll10k(b *testing.B) {
	m := benchModel(b)
	m = send(m, press("pgdown", "pgdown")...)
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := down
		if i%200 >= 100 {
			k = up
		}
		i++
		m = send(m, k)
		_ = m.View()
	}
}

func BenchmarkSearchKeystroke10k(b *testing.B) {
	m := benchModel(b)
	m = send(m, keyMsg("/"))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		// Type and erase, so every keystroke filters all 10,000 events.
		k := keyMsg("e")
		if i%2 == 1 {
			k = keyMsg("backspace")
		}
		i++
		m = send(m, k)
		_ = m.View()
	}
}

// TestViewCostIsPerScreenNotPerEvent guards the O(rows on screen) promise: a frame of a
// timeline a hundred times larger must not allocate more.
func TestViewCostIsPerScreenNotPerEvent(t *testing.T) {
	allocs := func(n int) float64 {
		m := send(New(bigTimeline(n), Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
		m = send(m, press("G", "pgup", "enter")...)
		return testing.AllocsPerRun(20, func() { _ = m.View() })
	}
	small, large := allocs(500), allocs(50000)
	if large > small*1.1+10 {
		t.Errorf("a frame allocates %.0f times with 500 events but %.0f with 50,000", small, large)
	}
}
