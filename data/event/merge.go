package event

import (
	"slices"
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// groups is a union-find over mentions: each set becomes one event.
type groups []int

func newGroups(n int) groups {
	g := make(groups, n)
	for i := range g {
		g[i] = i
	}
	return g
}

func (g groups) find(i int) int {
	for g[i] != i {
		g[i] = g[g[i]]
		i = g[i]
	}
	return i
}

// union keeps the earlier mention as the root, so an event is named by its first mention.
func (g groups) union(a, b int) {
	ra, rb := g.find(a), g.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	g[rb] = ra
}

// grouping lists items by group: group g holds items[start[g]:start[g+1]], in order.
type grouping struct{ start, items []int }

// of groups the items x by key[x], a group below n (-1 for none), reusing g's arrays.
func (g *grouping) of(key []int, n int) *grouping {
	start := slices.Grow(g.start[:0], n+2)[:n+2]
	clear(start)
	for _, k := range key {
		if k >= 0 {
			start[k+2]++
		}
	}
	for k := 2; k < len(start); k++ {
		start[k] += start[k-1]
	}
	// start[k+1] is now where group k begins; filling moves it to where k ends.
	items := slices.Grow(g.items[:0], start[n+1])[:start[n+1]]
	for x, k := range key {
		if k >= 0 {
			items[start[k+1]] = x
			start[k+1]++
		}
	}
	g.start, g.items = start[:n+1], items
	return g
}

// group returns the items of group k.
func (g *grouping) group(k int) []int { return g.items[g.start[k]:g.start[k+1]] }

// mergeWindow bounds how many same-day mentions are compared with each other, which keeps
// merging linear in the length of very long documents.
const mergeWindow = 64

// merge joins mentions of one happening: a speaker's consecutive reports of one day, and
// same-day mentions that share enough content words ("Russian warplanes began airstrikes
// in Syria" and "Russian warplanes began bombing in Syria a week ago").
func (s *scope) merge(ms []mention) groups {
	g := newGroups(len(ms))
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if a.speech && b.speech && a.speaker != "" && a.speaker == b.speaker && sameWhen(a.when, b.when) && b.sent-a.sent <= 2 {
			g.union(k-1, k)
		}
	}
	if s.dayOf == nil || len(s.dayOf) > maxKeptDays {
		s.dayOf = map[model.When]int{} // not kept large: clearing it would cost every document
		s.dayBucket = map[string]int{}
	}
	clear(s.dayOf)
	clear(s.dayBucket)
	// The mentions of each day, by the number of the day's bucket.
	bucketOf := slices.Grow(s.bucketOf[:0], len(ms))[:len(ms)]
	for k, m := range ms {
		bucketOf[k] = -1
		if m.when.Dated() {
			bucketOf[k] = s.dayBucketOf(m.when)
		}
	}
	s.bucketOf = bucketOf
	byDay := s.byDay.of(bucketOf, len(s.dayBucket))
	// Only mentions that share their day with another are compared: their word sets
	// share one buffer, words of mention k at buf[from[k]:to[k]].
	buf := s.wordBuf[:0]
	from := slices.Grow(s.wordFrom[:0], len(ms))[:len(ms)] // set below for each mention compared
	to := slices.Grow(s.wordTo[:0], len(ms))[:len(ms)]
	for day := range len(s.dayBucket) {
		b := byDay.group(day)
		if len(b) < 2 {
			continue
		}
		for _, k := range b {
			from[k] = len(buf)
			buf = s.contentWords(buf, ms[k].clause)
			to[k] = len(buf)
		}
	}
	s.wordBuf, s.wordFrom, s.wordTo = buf, from, to
	words := func(k int) []uint32 { return buf[from[k]:to[k]] }
	for day := range len(s.dayBucket) {
		b := byDay.group(day)
		for x := range b {
			for y := x + 1; y < len(b) && y-x <= mergeWindow; y++ {
				if similar(words(b[x]), words(b[y])) {
					g.union(b[x], b[y])
				}
			}
		}
	}
	return g
}

// dayBucketOf is the number of the bucket of mentions dated w, one for each ISO form and
// mod. A document dates most mentions with a few Whens, so each key is made once.
func (s *scope) dayBucketOf(w model.When) int {
	if b, ok := s.dayOf[w]; ok {
		return b
	}
	key := w.ISO() + string(w.Mod)
	b, ok := s.dayBucket[key]
	if !ok {
		b = len(s.dayBucket)
		s.dayBucket[key] = b
	}
	s.dayOf[w] = b
	return b
}

// maxKeptDays bounds the table of day keys a scope keeps for the next document.
const maxKeptDays = 256

func sameWhen(a, b model.When) bool {
	return a.Start.Equal(b.Start) && a.End.Equal(b.End) && a.Gran == b.Gran && a.Mod == b.Mod
}

// similar compares two sorted sets of word IDs: enough shared words, relative to the
// shorter mention, make the same happening.
func similar(a, b []uint32) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	ratio := float64(shared) / float64(len(a))
	return shared >= 3 && ratio >= 0.4 || shared >= 2 && ratio >= 0.6
}

// contentWords appends to buf the clause's stemmed words other than stop words and time
// expressions, as sorted IDs from the document's table of stems.
func (s *scope) contentWords(buf []uint32, c clause) []uint32 {
	d := s.in.Doc
	from := len(buf)
	lo, hi := s.timexesIn(c.start, c.end)
	for i := c.first; i < c.last; i++ {
		t := d.Tokens[i]
		if t.Kind != text.Word || inTimexes(s.in.Timexes[lo:hi], t.Start) {
			continue
		}
		w := lower(d, i)
		if len(w) < 3 || classOf(d, i)&stopword != 0 || w[0] == '\'' || strings.HasPrefix(w, "’") {
			continue
		}
		w = stem(w)
		buf = append(buf, s.stems.ID(w))
	}
	slices.Sort(buf[from:])
	return buf[:from+len(slices.Compact(buf[from:]))]
}

func inTimexes(tx []Timex, b int) bool {
	for _, t := range tx {
		if t.Start <= b && b < t.End {
			return true
		}
	}
	return false
}

// stem strips common English inflections, enough to match "strikes" with "strike" and
// "launched" with "launch".
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}
