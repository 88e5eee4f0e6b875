package ui

import (
	"fmt"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"storyline/model/modeltest"
)

// scaleSizes are the corpus sizes the explorer is measured at: time per key should stay
// flat as they grow.
var scaleSizes = []int{10_000, 100_000, 1_000_000}

// BenchmarkScaleOpen is the explorer's first frame from a timeline in memory.
func BenchmarkScaleOpen(b *testing.B) {
	for _, n := range scaleSizes {
		tl := modeltest.News(n)
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
		tl := modeltest.News(n)
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

// TestScaleMemoryPerEvent measures the heap a timeline, its articles' text, its search
// index and the explorer hold per event.
func TestScaleMemoryPerEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-event timeline")
	}
	const n = 100_000
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tl := modeltest.News(n)
	m := send(New(tl, Options{}), tea.WindowSizeMsg{Width: 160, Height: 48})
	tl.PrepareSearch()
	_ = m.View()
	runtime.GC()
	runtime.ReadMemStats(&after)
	perEvent := float64(after.HeapAlloc-before.HeapAlloc) / n
	t.Logf("%.0f bytes of heap per event (timeline, search index, explorer)", perEvent)
	// A million events must fit in 1.5 GB, the whole process.
	if perEvent > 1300 {
		t.Errorf("%.0f bytes of heap per event: a million events would not fit in 1.5 GB", perEvent)
	}
	runtime.KeepAlive(m)
}
