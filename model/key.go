package model

import (
	"cmp"
	"slices"
)

// Key is the timeline of the key events of the n best days. An event that tells its day
// without naming it (the opening of a report published that day or the next) is dated to
// the day here.
func (t *Timeline) Key(n int) *Timeline {
	day := map[string]KeyDate{}
	for _, kd := range t.KeyDates[:min(n, len(t.KeyDates))] {
		for _, id := range kd.Events {
			if _, ok := day[id]; !ok {
				day[id] = kd
			}
		}
	}
	var events []Event
	for _, e := range t.Events {
		kd, ok := day[e.ID]
		if !ok {
			continue
		}
		if !e.When.Dated() {
			e.When = OnDay(kd.Day)
		}
		events = append(events, e)
	}
	out := NewTimeline(t.Documents, t.Actors, t.Sources, t.Places, events)
	out.KeyDates = t.KeyDates[:min(n, len(t.KeyDates))]
	out.KeyDays = len(out.KeyDates)
	return out
}

// AutoKey is how many key dates the corpus has: where the curve of the days'
// salience, best first, bends from the few that stand out to the many that do not (the
// point farthest from the line joining its ends).
func (t *Timeline) AutoKey() int {
	s := make([]float64, len(t.KeyDates))
	for i, kd := range t.KeyDates {
		s[i] = kd.Salience
	}
	slices.SortFunc(s, func(a, b float64) int { return cmp.Compare(b, a) })
	return knee(s)
}

// knee is how many of the values, best first, come before the curve bends: the point
// farthest below the line joining its ends, both axes scaled to [0, 1].
func knee(s []float64) int {
	n := len(s)
	if n < 3 {
		return n
	}
	span := s[0] - s[n-1]
	if span == 0 {
		return n
	}
	best, far := 1, -1.0
	for i := range s {
		x, y := float64(i)/float64(n-1), (s[i]-s[n-1])/span
		if d := (1 - x) - y; d > far {
			best, far = i+1, d
		}
	}
	return best
}

// Only is the timeline of the events at idx (ascending), with every document, actor and
// source, and the key dates that still have events.
func (t *Timeline) Only(idx []int) *Timeline {
	events := make([]Event, 0, len(idx))
	kept := make(map[string]bool, len(idx))
	for _, i := range idx {
		events = append(events, t.Events[i])
		kept[t.Events[i].ID] = true
	}
	out := NewTimeline(t.Documents, t.Actors, t.Sources, t.Places, events)
	for _, kd := range t.KeyDates {
		var ids []string
		for _, id := range kd.Events {
			if kept[id] {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			kd.Events = ids
			out.KeyDates = append(out.KeyDates, kd)
		}
	}
	if t.KeyDays > 0 {
		out.KeyDays = min(t.KeyDays, len(out.KeyDates))
	}
	return out
}
