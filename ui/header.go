package ui

import (
	"fmt"
	"strings"

	"storyline/data/format"
	"storyline/data/text"
	"storyline/model"
)

// status is the header's text: what is shown, filtered how, and the search.
func (m *Model) status() string {
	s := statusText(m.tl, m.filter, len(m.timeline.idx), m.tl == m.all && len(m.all.KeyDates) > 0)
	if info := m.matchInfo(); info != "" {
		s += " · " + info
	}
	return s
}

// statusText is how many events pass the filters out of how many, and what the filters
// are, e.g. "8 of 21 events · actor: Sergei Shoigu · place: Syria". keyed says the corpus
// has key events that are not the ones shown.
func statusText(tl *model.Timeline, f model.Filter, shown int, keyed bool) string {
	parts := []string{fmt.Sprintf("%d of %d events", shown, len(tl.Events))}
	switch {
	case tl.KeyDays > 0:
		parts = append(parts, "key events of the "+format.Plural(tl.KeyDays, "most salient day", "most salient days"))
	case keyed:
		parts = append(parts, "all days")
	}
	if len(f.Actors) > 0 {
		label := "actor"
		if len(f.Actors) > 1 {
			label = "actors (any)"
			if f.AllActors {
				label = "actors (all)"
			}
		}
		parts = append(parts, label+": "+strings.Join(names(f.Actors, func(id string) string {
			a, _ := tl.Actor(id)
			return displayName(a.Name, id)
		}), ", "))
	}
	parts = appendAnyFilter(parts, "place", f.Places, func(id string) string { p, _ := tl.Place(id); return displayName(p.Name, id) })
	parts = appendAnyFilter(parts, "source", f.Sources, func(id string) string { s, _ := tl.Source(id); return displayName(s.Name, id) })
	if q := strings.TrimSpace(f.Query); q != "" {
		parts = append(parts, "search: “"+text.VisibleLine(q)+"”")
	}
	return strings.Join(parts, " · ")
}

// appendAnyFilter says a filter whose events have any of its items: "place: Homs",
// "sources (any): AP, TASS".
func appendAnyFilter(parts []string, what string, ids []string, name func(string) string) []string {
	if len(ids) == 0 {
		return parts
	}
	label := what
	if len(ids) > 1 {
		label = what + "s (any)"
	}
	return append(parts, label+": "+strings.Join(names(ids, name), ", "))
}

func names(ids []string, name func(string) string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = name(id)
	}
	return out
}

// headerLine is the whole first row: the program, the status, and the help hint.
func headerLine(st *Styles, status string, w int) string {
	right := "? help "
	left := " storyline · " + status
	if width(left)+width(right)+1 > w {
		right = ""
	}
	return st.Header.Render(fit(left, w-width(right)) + right)
}
