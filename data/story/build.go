package story

import (
	"fmt"
	"time"

	"storyline/model"
)

// keyEventsPerDay bounds the events that tell a key date.
const keyEventsPerDay = 5

// Build makes one story of a corpus's timeline: events that are boilerplate go, the
// reports of one happening in different documents become one event, and the days and
// events are ranked (Timeline.KeyDates, Event.Salience).
func Build(t *model.Timeline, o Options) *model.Timeline {
	out, _ := BuildPlan(t, o)
	return out
}

// Plan is what Build decided for a corpus, by event ID: small enough to keep in a store,
// so that a corpus opened again gets its story from Apply without the work.
type Plan struct {
	Boilerplate []string        `json:"boilerplate"` // events left out
	Merged      [][]string      `json:"merged"`      // each merged event's reports, the one that tells it first
	KeyDates    []model.KeyDate `json:"key_dates"`
}

// BuildPlan is Build, with what it decided.
func BuildPlan(t *model.Timeline, o Options) (*model.Timeline, Plan) {
	var p Plan
	boiler := boilerplate(t)
	for i, e := range t.Events {
		if boiler[i] {
			p.Boilerplate = append(p.Boilerplate, e.ID)
		}
	}
	t = dropEvents(t, boiler)
	terms := indexTerms(t)
	t = merge(t, terms)
	for _, e := range t.Events {
		if len(e.Also) > 0 {
			ids := []string{e.ID}
			for _, r := range e.Also {
				ids = append(ids, r.ID)
			}
			p.Merged = append(p.Merged, ids)
		}
	}
	rank(t)
	for _, kd := range keyDates(t, o, terms) {
		n := min(max(kd.Key, 1), keyEventsPerDay, len(kd.Events))
		ids := make([]string, n)
		for i, ei := range kd.Events[:n] {
			ids[i] = t.Events[ei].ID
		}
		t.KeyDates = append(t.KeyDates, model.KeyDate{Day: kd.Day, Salience: kd.Salience, Events: ids})
	}
	p.KeyDates = t.KeyDates
	return t, p
}

// Apply makes the story a plan describes of the timeline the plan was made from, as
// BuildPlan made it. It fails when the plan names an event the timeline does not have.
func Apply(t *model.Timeline, p Plan) (*model.Timeline, error) {
	at := make(map[string]int, len(t.Events))
	for i, e := range t.Events {
		at[e.ID] = i
	}
	boiler := map[int]bool{}
	for _, id := range p.Boilerplate {
		i, ok := at[id]
		if !ok {
			return nil, fmt.Errorf("story plan: no event %q", id)
		}
		boiler[i] = true
	}
	t = dropEvents(t, boiler)
	clear(at)
	for i, e := range t.Events {
		at[e.ID] = i
	}
	gone := make([]bool, len(t.Events))
	merged := map[int]model.Event{} // the place of the report that tells it -> the merged event
	for _, ids := range p.Merged {
		if len(ids) < 2 {
			return nil, fmt.Errorf("story plan: a merged event of %d reports", len(ids))
		}
		var reps []model.Event
		for _, id := range ids {
			i, ok := at[id]
			if !ok || gone[i] {
				return nil, fmt.Errorf("story plan: no event %q", id)
			}
			gone[i] = true
			for _, r := range t.Events[i].Reports() {
				c := *r
				c.Also, c.Salience = nil, 0
				reps = append(reps, c)
			}
		}
		e := reps[0]
		e.Also = reps[1:]
		merged[at[ids[0]]] = e
	}
	events := make([]model.Event, 0, len(t.Events))
	for i, e := range t.Events {
		if m, ok := merged[i]; ok {
			events = append(events, m)
		} else if !gone[i] {
			events = append(events, e)
		}
	}
	out := model.NewTimeline(t.Documents, t.Actors, t.Sources, t.Places, events)
	rank(out)
	known := make(map[string]bool, len(out.Events))
	for _, e := range out.Events {
		known[e.ID] = true
	}
	for _, kd := range p.KeyDates {
		for _, id := range kd.Events {
			if !known[id] {
				return nil, fmt.Errorf("story plan: key date %s names no event %q", kd.Day.Format(time.DateOnly), id)
			}
		}
	}
	out.KeyDates = p.KeyDates
	return out, nil
}

// rank sets every event's salience.
func rank(t *model.Timeline) {
	for i := range t.Events {
		t.Events[i].Salience = eventSalience(t, &t.Events[i])
	}
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
