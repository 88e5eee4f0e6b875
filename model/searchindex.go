package model

import (
	"slices"
	"strings"
)

// searchIndex maps each lower-case word of the events' text (every report's title, text
// and date words) to the events that hold it, ascending. A one-word query that ignores
// case is then a lookup; other queries check only the events that hold all their words.
type searchIndex struct {
	postings map[string][]int32
	vocab    []string // the words, sorted, for queries that end inside a word
}

func (t *Timeline) index() *searchIndex {
	t.indexOnce.Do(func() {
		ix := &searchIndex{postings: map[string][]int32{}}
		for i := range t.Events {
			for _, r := range t.Events[i].Reports() {
				for _, field := range [...]string{r.Title, r.Text, r.DateText} {
					for _, w := range words(field) {
						list := ix.postings[w]
						if n := len(list); n == 0 || list[n-1] != int32(i) {
							ix.postings[w] = append(list, int32(i))
						}
					}
				}
			}
		}
		// The lists grew by appending, with room to spare: one array of the exact size
		// holds them all, and the spare room goes.
		total := 0
		for _, l := range ix.postings {
			total += len(l)
		}
		arena := make([]int32, 0, total)
		ix.vocab = make([]string, 0, len(ix.postings))
		for w, l := range ix.postings {
			at := len(arena)
			arena = append(arena, l...)
			ix.postings[w] = arena[at:len(arena):len(arena)]
			ix.vocab = append(ix.vocab, w)
		}
		slices.Sort(ix.vocab)
		t.ix = ix
	})
	return t.ix
}

// PrepareSearch builds the search index now rather than on the first search; the
// explorer calls it in the background once the first frame is up.
func (t *Timeline) PrepareSearch() { t.index() }

// Matches are the events the search finds, ascending: those whose reports' title, text or
// date words hold the query, and those of actors whose name or an alias holds it. A
// whole-word search that finds nothing is retried letting the query end inside a word,
// and the Search returned says which was done.
func (t *Timeline) Matches(s Search) ([]int, Search) {
	if s.Empty() || len(s.tokens) == 0 {
		return nil, s
	}
	if got := t.matches(s); len(got) > 0 || s.Loose || len(s.Query) < 3 {
		return got, s
	}
	s.Loose = true
	return t.matches(s), s
}

func (t *Timeline) matches(s Search) []int {
	ix := t.index()
	last := len(s.tokens) - 1
	cand := ix.postings[s.tokens[last]]
	if s.Loose {
		cand = ix.prefixed(s.tokens[last])
	}
	for _, w := range s.tokens[:last] {
		cand = intersect(cand, ix.postings[w])
	}
	// One word in any case is found by the index alone: whole, the word itself; loose,
	// the words that begin with it.
	exact := !s.Case && len(s.tokens) == 1 && s.folded == s.tokens[0]
	var out []int
	for _, i := range cand {
		if exact || t.eventHas(int(i), s) {
			out = append(out, int(i))
		}
	}
	for _, a := range t.Actors {
		if s.In(a.Name) || slices.ContainsFunc(a.Aliases, s.In) {
			out = union(out, t.actorEvents(a.ID))
		}
	}
	return out
}

func (t *Timeline) eventHas(i int, s Search) bool {
	for _, r := range t.Events[i].Reports() {
		if s.In(r.Title) || s.In(r.Text) || s.In(r.DateText) {
			return true
		}
	}
	return false
}

// prefixed gathers the events of every word that begins with w: a run of the sorted
// words, found by binary search.
func (ix *searchIndex) prefixed(w string) []int32 {
	from, _ := slices.BinarySearch(ix.vocab, w)
	var lists [][]int32
	for _, v := range ix.vocab[from:] {
		if !strings.HasPrefix(v, w) {
			break
		}
		lists = append(lists, ix.postings[v])
	}
	if len(lists) == 1 {
		return lists[0]
	}
	var out []int32
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
