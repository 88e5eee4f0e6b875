package ui

import (
	"fmt"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// scaleSizes are the corpus sizes the explorer is measured at: time per key should stay
// flat as they grow.
var scaleSizes = []int{10_000, 100_000, 1_000_000}

// newsTimeline is n events the shape of a news corpus: 25 events an article, 2,000
// actors of whom a few are in most events, dates over four years, a tenth undated.
func newsTimeline(n int) *model.Timeline {
	docs := make([]model.Document, max(1, n/25))
	for i := range docs {
		docs[i] = model.Document{ID: fmt.Sprintf("d%06d", i), Title: fmt.Sprintf("Article %d", i), Source: []string{"Agency One", "Paper Two", "Broadcaster"}[i%3]}
	}
	actors := make([]model.Actor, 2000)
	for i := range actors {
		actors[i] = model.Actor{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Actor %d", i), Kind: model.KindPerson}
	}
	sources := []model.Source{{ID: "s1", Name: "Agency One"}, {ID: "s2", Name: "Paper Two"}}
	words := []string{"talks", "rebels", "army", "ceasefire", "Geneva", "minister", "Aleppo", "attack", "said", "government"}
	events := make([]model.Event, n)
	for i := range events {
		e := model.Event{
			ID:      fmt.Sprintf("d%06d-e%d", i/25, i%25),
			Doc:     docs[i/25%len(docs)].ID,
			Title:   fmt.Sprintf("The %s and the %s met over the %s, officials said (%d)", words[i%10], words[(i/10)%10], words[(i/100)%10], i),
			Actors:  []string{fmt.Sprintf("a%d", i%7), fmt.Sprintf("a%d", (i*31)%2000)},
			Sources: []string{"s1"},
		}
		e.Text = e.Title + "."
		if i%10 != 9 {
			e.When = model.OnDay(model.Day(2011, 1, 1).AddDate(0, 0, (i*7919)%1460))
		}
		events[i] = e
	}
	return model.NewTimeline(docs, actors, sources, events)
}

// BenchmarkScaleOpen is the explorer's first frame from a timeline in memory.
func BenchmarkScaleOpen(b *testing.B) {
	for _, n := range scaleSizes {
		tl := newsTimeline(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m := send(New(tl, Options{}), tea.WindowSizeMsg{Width: 160, Height: 48})
				_ = m.View()
			}
		})
	}
}

// BenchmarkScaleKeys is one key and the frame after it, for the keys a reader presses
// most: each should take well under a 60 Hz frame (16 ms) at any size.
func BenchmarkScaleKeys(b *testing.B) {
	keys := []struct {
		name string
		msgs []tea.Msg
	}{
		{"move", press("j")},
		{"page", press("pgdown")},
		{"step", press("]")},
		{"search-char", nil}, // typed below, alternating a letter and backspace
		{"next-match", press("n")},
		{"filter-toggle", nil}, // the first actor on and off
	}
	for _, n := range scaleSizes {
		tl := newsTimeline(n)
		base := send(New(tl, Options{}), tea.WindowSizeMsg{Width: 160, Height: 48})
		tl.PrepareSearch()
		for _, k := range keys {
			b.Run(fmt.Sprintf("%s/%d", k.name, n), func(b *testing.B) {
				m := base
				var seq [][]tea.Msg
				switch k.name {
				case "search-char":
					m = send(m, keyMsg("/"))
					m = send(m, typed("genev")...)
					seq = [][]tea.Msg{typed("a"), press("backspace")}
				case "next-match":
					m = send(m, keyMsg("/"))
					m = send(m, typed("geneva")...)
					m = send(m, keyMsg("enter"))
					seq = [][]tea.Msg{k.msgs}
				case "filter-toggle":
					m = send(m, keyMsg("tab"))
					seq = [][]tea.Msg{press("enter")}
				default:
					seq = [][]tea.Msg{k.msgs, press("g")}
				}
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					m = send(m, seq[i%len(seq)]...)
					_ = m.View()
					i++
				}
			})
		}
	}
}

// TestScaleMemoryPerEvent reports the heap a timeline and its explorer hold per event.
func TestScaleMemoryPerEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-event timeline")
	}
	const n = 100_000
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tl := newsTimeline(n)
	m := send(New(tl, Options{}), tea.WindowSizeMsg{Width: 160, Height: 48})
	tl.PrepareSearch()
	_ = m.View()
	runtime.GC()
	runtime.ReadMemStats(&after)
	perEvent := float64(after.HeapAlloc-before.HeapAlloc) / n
	t.Logf("%.0f bytes of heap per event (timeline, search index, explorer)", perEvent)
	runtime.KeepAlive(m)
}
