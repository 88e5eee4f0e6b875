package story

import (
	"cmp"
	"slices"

	"storyline/model"
)

// keyEventsPerDay bounds the events that tell a key date.
const keyEventsPerDay = 5

// Build makes one story of a corpus's timeline: events that are boilerplate go, the
// reports of one happening in different documents become one event, and the days and
// events are ranked (Timeline.KeyDates, Event.Salience).
func Build(t *model.Timeline, o Options) *model.Timeline {
	if boiler := Boilerplate(t); len(boiler) > 0 {
		events := make([]model.Event, 0, len(t.Events)-len(boiler))
		for i, e := range t.Events {
			if !boiler[i] {
				events = append(events, e)
			}
		}
		t = model.NewTimeline(t.Documents, t.Actors, t.Sources, events)
	}
	terms := indexTerms(t)
	t = merge(t, terms)
	for i := range t.Events {
		t.Events[i].Salience = eventSalience(t, &t.Events[i])
	}
	for _, kd := range keyDates(t, o, terms) {
		n := min(max(kd.Key, 1), keyEventsPerDay, len(kd.Events))
		ids := make([]string, n)
		for i, ei := range kd.Events[:n] {
			ids[i] = t.Events[ei].ID
		}
		t.KeyDates = append(t.KeyDates, model.KeyDate{Day: kd.Day, Salience: kd.Salience, Events: ids})
	}
	return t
}

// eventSalience counts the documents that report the event, and again those of them
// published after its day, which recall it rather than break it.
func eventSalience(t *model.Timeline, e *model.Event) float64 {
	docs := e.Documents()
	s := float64(len(docs))
	day, ok := dayOf(e.When)
	if !ok {
		return s
	}
	for _, id := range docs {
		if d := t.Document(id); d != nil && d.Dated() && model.Day(d.Published.Date()).After(day) {
			s++
		}
	}
	return s
}

// Key is the timeline of the key events of the n best days. An event that tells its day
// without naming it (the opening of a report published that day or the next) is dated to
// the day here.
func Key(t *model.Timeline, n int) *model.Timeline {
	day := map[string]model.KeyDate{}
	for _, kd := range t.KeyDates[:min(n, len(t.KeyDates))] {
		for _, id := range kd.Events {
			if _, ok := day[id]; !ok {
				day[id] = kd
			}
		}
	}
	var events []model.Event
	for _, e := range t.Events {
		kd, ok := day[e.ID]
		if !ok {
			continue
		}
		if !e.When.Dated() {
			e.When = model.OnDay(kd.Day)
		}
		events = append(events, e)
	}
	out := model.NewTimeline(t.Documents, t.Actors, t.Sources, events)
	out.KeyDates = t.KeyDates[:min(n, len(t.KeyDates))]
	return out
}

// AutoKey chooses how many key dates a corpus has: where the curve of the days'
// salience, best first, bends from the few that stand out to the many that do not (the
// point farthest from the line joining its ends).
func AutoKey(t *model.Timeline) int {
	s := make([]float64, len(t.KeyDates))
	for i, kd := range t.KeyDates {
		s[i] = kd.Salience
	}
	slices.SortFunc(s, func(a, b float64) int { return cmp.Compare(b, a) })
	n := len(s)
	if n < 3 {
		return n
	}
	// The line from (0, s[0]) to (n-1, s[n-1]), with both axes scaled to [0, 1].
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
