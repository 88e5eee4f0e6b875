package ui

import (
	"sort"
	"strings"
	"time"

	"storyline/model"
)

// strip is the time overview above the timeline: how many events in view fall in each
// day, week, month, year or decade, whichever fits the width, with the cursor's and the
// key events' places marked. It is worked out from the events in view by binary search
// at each bucket's edge, so it costs O(buckets × log events) per frame.
type strip struct {
	u      unit
	start  time.Time // of the first bucket
	counts []int
	cell   int  // columns per bucket
	before bool // events in view fall before the first bucket
	after  bool // or after the last
	cursor int  // the bucket of the cursor's event, or -1
	key    []bool
}

// stripRows is how many rows the strip takes in a pane of inner height h.
func stripRows(h int) int {
	switch {
	case h >= 12:
		return 2
	case h >= 7:
		return 1
	}
	return 0
}

// newStrip buckets the dated events of idx (ascending, dated first: idx[:dated]).
// Unzoomed, it spans the main span (see mainSpan); arrows at the ends say there is more.
func newStrip(tl *model.Timeline, idx []int, dated int, zoom *model.Period, w, sel int, keyDays []time.Time) (strip, bool) {
	if dated == 0 || w < 4 {
		return strip{}, false
	}
	startOf := func(k int) time.Time { return tl.Events[idx[k]].When.Start }
	var lo, hi time.Time
	if zoom != nil {
		lo, hi = zoom.Start, zoom.End.Add(-time.Nanosecond)
	} else {
		a, b := mainSpan(tl, idx, dated)
		lo, hi = startOf(a), startOf(b)
	}
	s := strip{u: unitDecade, cursor: -1}
	for u := unitDay; u <= unitDecade; u++ {
		if u.count(lo, hi) <= w {
			s.u = u
			break
		}
	}
	n := min(s.u.count(lo, hi), w)
	s.start, s.cell = s.u.floor(lo), clamp(w/n, 1, 8)
	before := func(t time.Time) int {
		return sort.Search(dated, func(k int) bool { return !startOf(k).Before(t) })
	}
	s.counts = make([]int, n)
	edge := before(s.start)
	s.before = edge > 0
	for b := range n {
		next := before(s.u.add(s.start, b+1))
		s.counts[b] = next - edge
		edge = next
	}
	s.after = edge < dated
	if ev := sel; ev >= 0 && ev < len(tl.Events) && tl.Events[ev].When.Dated() {
		s.cursor = s.bucket(tl.Events[ev].When.Start)
	}
	s.key = make([]bool, n)
	for _, d := range keyDays {
		if b := s.bucket(d); b >= 0 {
			s.key[b] = true
		}
	}
	return s, true
}

// mainSpan is the shortest run of positions [a, b] of the dated events at idx that holds
// nine in ten of them: the story itself, without the history that background sentences
// recall (or a reader's comment on 1916), which would squeeze a war of 2011 into a column.
// It looks at a few hundred evenly spaced events, so that it costs the same at any size.
func mainSpan(tl *model.Timeline, idx []int, dated int) (a, b int) {
	if dated < 20 {
		return 0, dated - 1
	}
	const samples = 400
	n := min(dated, samples)
	at := func(i int) int { return i * (dated - 1) / (n - 1) } // sample i's position
	k := (n*9 + 9) / 10                                        // samples in the window
	best := time.Duration(-1)
	for i := 0; i+k-1 < n; i++ {
		span := tl.Events[idx[at(i+k-1)]].When.Start.Sub(tl.Events[idx[at(i)]].When.Start)
		if best < 0 || span < best {
			best, a, b = span, at(i), at(i+k-1)
		}
	}
	return a, b
}

// bucket is the bucket that holds t, or -1.
func (s strip) bucket(t time.Time) int {
	if t.Before(s.start) {
		return -1
	}
	b := s.u.count(s.start, t) - 1
	if b >= len(s.counts) {
		return -1
	}
	return b
}

var bars = []rune(" ▁▂▃▄▅▆▇█")

// render is the strip's rows, w wide: bars, then (with two rows) the axis with the cursor
// (▲), key events (•) and labels where the larger unit turns.
func (s strip) render(st *Styles, w, rows int) []string {
	most := 1
	for _, c := range s.counts {
		most = max(most, c)
	}
	// Cells of one style are drawn in one run: a frame's cost stays with the few changes
	// of style (the cursor, key days), not the number of buckets.
	var bar strings.Builder
	edge := func(more bool, mark string) string {
		if more {
			return st.Dim.Render(mark)
		}
		return " "
	}
	bar.WriteString(edge(s.before, "◂"))
	var run strings.Builder
	runStyle := -1
	styles := [...]func(...string) string{st.Gutter.Render, st.Match.Render, st.Selected.Render}
	flush := func() {
		if run.Len() > 0 {
			bar.WriteString(styles[runStyle](run.String()))
			run.Reset()
		}
	}
	for b, c := range s.counts {
		level, style := 0, 0
		if c > 0 {
			level = max(1, (c*8+most-1)/most)
		}
		switch {
		case b == s.cursor:
			level, style = max(level, 1), 2
		case s.key[b]:
			style = 1
		}
		if style != runStyle {
			flush()
			runStyle = style
		}
		for range s.cell {
			run.WriteRune(bars[level])
		}
	}
	flush()
	used := 1 + len(s.counts)*s.cell
	if used < w {
		bar.WriteString(strings.Repeat(" ", w-used-1) + edge(s.after, "▸"))
	}
	out := []string{bar.String()}
	if rows < 2 {
		return out
	}
	return append(out, s.axis(st, w))
}

// axis labels the buckets where the next larger unit begins (years over months, months
// over days) where the cursor's mark leaves room, and the key events where both do.
func (s strip) axis(st *Styles, w int) string {
	cells := []rune(strings.Repeat(" ", w))
	put := func(col int, text string) {
		r := []rune(text)
		if col+len(r) > w {
			return
		}
		for i := -1; i <= len(r); i++ { // a blank on each side
			if j := col + i; j >= 0 && j < w && cells[j] != ' ' {
				return
			}
		}
		copy(cells[col:], r)
	}
	if s.cursor >= 0 {
		cells[1+s.cursor*s.cell] = '▲'
	}
	for b := range s.counts {
		if text, ok := s.turn(s.u.add(s.start, b), b == 0); ok {
			put(1+b*s.cell, text)
		}
	}
	for b := range s.counts {
		if col := 1 + b*s.cell; s.key[b] && cells[col] == ' ' {
			cells[col] = '•'
		}
	}
	return st.Dim.Render(string(cells))
}

// turn is the label at a bucket where a larger unit turns over, or at the first bucket.
func (s strip) turn(t time.Time, first bool) (string, bool) {
	switch s.u {
	case unitDay, unitWeek:
		if first || t.Day() <= 7 && (s.u == unitWeek || t.Day() == 1) {
			return t.Format("Jan 2006"), true
		}
		if s.u == unitDay && t.Weekday() == time.Monday {
			return t.Format("2"), true
		}
	case unitMonth:
		if first || t.Month() == time.January {
			return t.Format("2006"), true
		}
		if s.cell >= 4 {
			return t.Format("Jan"), true
		}
	case unitYear:
		if first || t.Year()%5 == 0 || s.cell >= 5 {
			return t.Format("2006"), true
		}
	case unitDecade:
		return t.Format("2006") + "s", true
	}
	return "", false
}
