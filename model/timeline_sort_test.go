package model

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// The events are sorted in place as a stable sort on When, document and first span
// would sort them, whatever order they came in: equal times, intervals that share a
// start, undated events, times apart only in their nanoseconds, and zones.
func TestSortEventsMatchesAStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	docs := []Document{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	base := time.Date(2015, 10, 7, 0, 0, 0, 0, time.UTC)
	moscow := time.FixedZone("MSK", 3*3600)
	for round := range 200 {
		n := r.IntN(40)
		events := make([]Event, n)
		for i := range events {
			e := Event{ID: fmt.Sprint(i), Doc: docs[r.IntN(len(docs))].ID, Spans: []Span{{Start: r.IntN(5)}}}
			if r.IntN(5) > 0 {
				start := base.Add(time.Duration(r.IntN(4)) * 24 * time.Hour).Add(time.Duration(r.IntN(2)))
				if r.IntN(2) == 0 {
					start = start.In(moscow)
				}
				e.When = When{Start: start, End: start.Add(time.Duration(1+r.IntN(2)) * 24 * time.Hour), Gran: GranDay}
			}
			events[i] = e
		}
		want := slices.Clone(events)
		slices.SortStableFunc(want, func(a, b Event) int {
			return cmp.Or(a.When.Compare(b.When), cmp.Compare(a.Doc, b.Doc), cmp.Compare(firstSpan(&a), firstSpan(&b)))
		})
		tl := NewTimeline(docs, nil, nil, nil, events)
		if got, wantIDs := eventIDs(tl.Events), eventIDs(want); !slices.Equal(got, wantIDs) {
			t.Fatalf("round %d: order %v, want %v", round, got, wantIDs)
		}
	}
}

func eventIDs(events []Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.ID
	}
	return out
}
