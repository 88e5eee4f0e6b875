package ui

import (
	"sort"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"storyline/data/format"
	"storyline/data/text"
	"storyline/model"
)

// finder is the search, as in less: typing moves the cursor to the first match from where
// it was, matches are marked, n and N step between them, and & shows only them.
type finder struct {
	s      model.Search // Loose as the timeline resolved it
	all    []int        // every event found, ascending
	inView []int        // those that also pass the filters: what n and N visit
	origin int          // the event under the cursor when the prompt opened
	only   bool         // show only the events found
}

func (f *finder) active() bool { return !f.s.Empty() }

// setQuery runs a new search from the prompt and puts the cursor on the first match at
// or after where the search began.
func (m *Model) setQuery(q string) {
	if strings.TrimSpace(q) == m.find.s.Query {
		return
	}
	m.find.s, m.find.all = model.ParseSearch(q), nil
	if m.find.active() {
		m.find.all, m.find.s = m.tl.Matches(m.find.s)
	}
	m.refilter()
	if m.find.active() {
		if ev, ok := m.matchFrom(m.find.origin, 1, true); ok {
			m.timeline.moveTo(m.timeline.posOf(ev))
		}
	} else if m.find.origin >= 0 {
		m.timeline.moveTo(m.timeline.posOf(m.find.origin))
	}
}

// research runs the current query again on a new timeline.
func (m *Model) research() {
	if m.find.active() {
		m.find.s = model.ParseSearch(m.find.s.Query)
		m.find.all, m.find.s = m.tl.Matches(m.find.s)
	}
}

// matchFrom is the first match after ev (or before it, dir < 0), or ev itself when
// inclusive; past the end it wraps around.
func (m *Model) matchFrom(ev, dir int, inclusive bool) (int, bool) {
	list := m.find.inView
	if len(list) == 0 {
		return 0, false
	}
	i := sort.SearchInts(list, ev)
	if dir > 0 {
		if i < len(list) && list[i] == ev && !inclusive {
			i++
		}
		if i == len(list) {
			i = 0
		}
		return list[i], true
	}
	if i < len(list) && list[i] == ev && inclusive {
		return ev, true
	}
	if i == 0 {
		i = len(list)
	}
	return list[i-1], true
}

// stepMatch is n (dir 1) and N (dir -1).
func (m *Model) stepMatch(dir int) {
	if !m.find.active() {
		m.notice = "no search yet; / to search"
		return
	}
	cur := m.timeline.Selected()
	ev, ok := m.matchFrom(cur, dir, false)
	if !ok {
		m.notice = "no match for “" + text.VisibleLine(m.find.s.Query) + "”"
		return
	}
	if (dir > 0 && ev <= cur) || (dir < 0 && ev >= cur) {
		m.notice = "search wrapped around"
	}
	m.timeline.moveTo(m.timeline.posOf(ev))
}

// matchInfo is the search part of the header: how many matches, and which one the
// cursor is on.
func (m *Model) matchInfo() string {
	if !m.find.active() {
		return ""
	}
	s := "search “" + text.VisibleLine(m.find.s.Query) + "”"
	if m.find.s.Loose {
		s += " (word starts)"
	}
	n := len(m.find.inView)
	switch {
	case n == 0:
		return s + ": no match"
	case m.find.only:
		s += " (only matches)"
	}
	ev := m.timeline.Selected()
	if i := sort.SearchInts(m.find.inView, ev); i < n && m.find.inView[i] == ev {
		return s + ": match " + strconv.Itoa(i+1) + " of " + strconv.Itoa(n)
	}
	return s + ": " + format.Plural(n, "match", "matches")
}

// mark styles every match of the search in a plain line.
func mark(s string, find model.Search, style lipgloss.Style) string {
	rs := find.Ranges(s)
	if len(rs) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, r := range rs {
		b.WriteString(s[at:r.Start])
		b.WriteString(style.Render(s[r.Start:r.End]))
		at = r.End
	}
	b.WriteString(s[at:])
	return b.String()
}

// toggleOnly is &: only the events the search finds, or every event with them marked.
func (m *Model) toggleOnly() {
	if !m.find.active() {
		m.notice = "no search yet; / to search"
		return
	}
	m.find.only = !m.find.only
	m.refilter()
	m.notice = "every event, matches marked"
	if m.find.only {
		m.notice = "only the matches"
	}
}
