package model

import (
	"slices"
	"strings"
	"time"
)

// Filter narrows a timeline. Within actors an event matches if it involves any of them
// (all of them with AllActors); sources and places likewise match any. Actors, sources,
// places and the query combine with AND. The zero Filter matches everything.
type Filter struct {
	Actors    []string
	AllActors bool
	Sources   []string
	Places    []string
	Query     string    // a search (see Search): only the events it finds
	From, To  time.Time // when To is set, only dated events that start in [From, To)
}

// Empty reports whether the filter lets every event through.
func (f Filter) Empty() bool {
	return len(f.Actors) == 0 && len(f.Sources) == 0 && len(f.Places) == 0 && strings.TrimSpace(f.Query) == "" && f.To.IsZero()
}

// Filter returns the indexes of matching events, in timeline order. The result may be
// shared with the timeline: read it, do not change it.
func (t *Timeline) Filter(f Filter) []int {
	var idx []int
	switch {
	case len(f.Actors) > 0:
		idx = combine(t.actorEvents, f.Actors, f.AllActors)
		if len(f.Sources) > 0 {
			idx = intersect(idx, combine(t.sourceEvents, f.Sources, false))
		}
	case len(f.Sources) > 0:
		idx = combine(t.sourceEvents, f.Sources, false)
	case len(f.Places) > 0:
		idx = combine(t.placeEvents, f.Places, false)
	default:
		idx = t.everyEvent()
	}
	if len(f.Places) > 0 && (len(f.Actors) > 0 || len(f.Sources) > 0) {
		idx = intersect(idx, combine(t.placeEvents, f.Places, false))
	}
	if !f.To.IsZero() {
		lo, hi := t.Between(f.From, f.To)
		idx = within(idx, lo, hi)
	}
	if s := ParseSearch(f.Query); !s.Empty() {
		found, _ := t.Matches(s)
		idx = intersect(idx, found)
	}
	return idx
}

// everyEvent is 0..n-1, made once; callers only read it.
func (t *Timeline) everyEvent() []int {
	t.allOnce.Do(func() {
		t.all = make([]int, len(t.Events))
		for i := range t.all {
			t.all[i] = i
		}
	})
	return t.all[:len(t.all):len(t.all)]
}

// within keeps the indexes in [lo, hi) of an ascending list.
func within(idx []int, lo, hi int) []int {
	a, _ := slices.BinarySearch(idx, lo)
	b, _ := slices.BinarySearch(idx, hi)
	return idx[a:b:b]
}

func combine(events func(id string) []int, keys []string, all bool) []int {
	var acc []int
	for k, key := range keys {
		list := events(key)
		switch {
		case k == 0:
			acc = slices.Clone(list)
		case all:
			acc = intersect(acc, list)
		default:
			acc = union(acc, list)
		}
	}
	return acc
}

// intersect and union merge ascending index lists.
func intersect[T int | int32](a, b []T) []T {
	out := make([]T, 0, min(len(a), len(b)))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func union(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// Intersect is the indexes in both ascending lists.
func Intersect(a, b []int) []int { return intersect(a, b) }

// Union merges two ascending lists of indexes into one, each index once.
func Union(a, b []int) []int { return union(a, b) }
