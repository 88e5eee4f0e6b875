package story

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"storyline/model"
)

// keyDate is a day the corpus reports on, how much it matters, and its events, the one
// that tells the day best first.
type keyDate struct {
	Day      time.Time
	Salience float64
	Events   []int // indexes into the timeline's Events
	Key      int   // how many of the first Events tell the day, each something of its own
}

// Options bound the ranking.
type Options struct {
	From, To time.Time // days outside are not ranked; zero: no bound
}

// Weights of the signals a day's salience adds up. Documents that name the day count
// more when they were written later: an article looking back at a day says the day
// mattered, while every day has its own news. The days articles were published on count
// too, for a day's own reports often say only "on Tuesday", which the time tagger may
// leave at the publication day, but less, for busy news days are not always key ones.
const (
	weightRef   = 1.0
	weightLater = 1.0
	weightPub   = 0.5
	// leadEvents is how many of an article's first events speak for its publication day
	// when they carry no day of their own: a report's opening sentences tell its news.
	leadEvents = 6
	// reportDays is how many days a report speaks for: the day it came out and the day
	// before, whose news the morning's reports carry.
	reportDays = 2
)

// keyDates ranks every day of the timeline that has events, best first, a day's salience
// discounted near better days (spread), and orders each day's events by how well they
// represent it.
func keyDates(t *model.Timeline, o Options, terms *termIndex) []keyDate {
	type day struct {
		refs, later, pubs map[string]bool // documents
		named, reported   []int           // events that name the day; lead events of its reports
	}
	days := map[time.Time]*day{}
	at := func(d time.Time) *day {
		if (!o.From.IsZero() && d.Before(o.From)) || (!o.To.IsZero() && d.After(o.To)) {
			return nil
		}
		x := days[d]
		if x == nil {
			x = &day{refs: map[string]bool{}, later: map[string]bool{}, pubs: map[string]bool{}}
			days[d] = x
		}
		return x
	}
	for _, doc := range t.Documents {
		if doc.Dated() {
			for k := range reportDays {
				if x := at(model.Day(doc.Published.Date()).AddDate(0, 0, -k)); x != nil {
					x.pubs[doc.ID] = true
				}
			}
		}
	}
	pos := make([]int, len(t.Events)) // place of each event in its documents, the earliest
	for i := range pos {
		pos[i] = math.MaxInt
	}
	for doc, reps := range byDocument(t) {
		d := t.Document(doc)
		var pub time.Time
		if d != nil && d.Dated() {
			pub = model.Day(d.Published.Date())
		}
		for i, rep := range reps {
			e, ei := rep.r, rep.event
			pos[ei] = min(pos[ei], i)
			if on, ok := dayOf(e.When); ok && !stamped(e) {
				if x := at(on); x != nil {
					x.refs[doc] = true
					if !pub.IsZero() && pub.After(on) {
						x.later[doc] = true
					}
					x.named = append(x.named, ei)
				}
				continue
			}
			if i < leadEvents && !pub.IsZero() && !e.When.Dated() {
				// A report speaks for the day it came out and the day before.
				for k := range reportDays {
					if x := at(pub.AddDate(0, 0, -k)); x != nil {
						x.reported = append(x.reported, ei)
					}
				}
			}
		}
	}
	top := map[string]bool{}
	for _, id := range t.ActorsByCount()[:min(topActors, len(t.Actors))] {
		top[id] = true
	}
	out := make([]keyDate, 0, len(days))
	var todo []*day
	for d, x := range days {
		if len(x.named)+len(x.reported) == 0 {
			continue
		}
		s := weightRef*float64(len(x.refs)) + weightLater*float64(len(x.later)) + weightPub*float64(len(x.pubs))
		out = append(out, keyDate{Day: d, Salience: s})
		todo = append(todo, x)
	}
	each(len(out), func(i int) {
		out[i].Events, out[i].Key = representative(t, top, terms, pos, todo[i].named, todo[i].reported)
	})
	return spread(out)
}

// A day within spreadDays of one already ranked has its salience divided by
// 1+spreadDiscount for each such day.
const (
	spreadDays     = 5
	spreadDiscount = 0.3
)

// bySalience orders key dates best first, ties by day.
func bySalience(a, b keyDate) int {
	if c := cmp.Compare(b.Salience, a.Salience); c != 0 {
		return c
	}
	return a.Day.Compare(b.Day)
}

// spread ranks the days greedily, each time taking the best after discounting the days
// close to those already taken: the coverage of a big story swells around it for days,
// and a timeline of five neighbouring days tells less than one of five moments.
func spread(days []keyDate) []keyDate {
	slices.SortFunc(days, bySalience)
	eff := make([]float64, len(days))
	for i := range days {
		eff[i] = days[i].Salience
	}
	taken := make([]bool, len(days))
	out := make([]keyDate, 0, len(days))
	for range days {
		best := -1
		for i := range days {
			if !taken[i] && (best < 0 || eff[i] > eff[best]) {
				best = i
			}
		}
		taken[best] = true
		out = append(out, days[best])
		for i := range days {
			if !taken[i] {
				if gap := math.Abs(days[i].Day.Sub(days[best].Day).Hours() / 24); gap <= spreadDays {
					eff[i] /= 1 + spreadDiscount
				}
			}
		}
	}
	return out
}

// dayOf is the day of a When that names one day (or a time on it).
func dayOf(w model.When) (time.Time, bool) {
	if !w.Dated() || w.Gran < model.GranDay || w.IsInterval() || w.Mod == model.ModBefore || w.Mod == model.ModAfter {
		return time.Time{}, false
	}
	return model.Day(w.Start.Date()), true
}

// report is one document's report of an event.
type report struct {
	event int // index in the timeline's Events
	r     *model.Event
}

// byDocument lists each document's reports in the order of the text.
func byDocument(t *model.Timeline) map[string][]report {
	out := map[string][]report{}
	for i := range t.Events {
		for _, r := range t.Events[i].Reports() {
			out[r.Doc] = append(out[r.Doc], report{i, r})
		}
	}
	for _, reps := range out {
		slices.SortFunc(reps, func(a, b report) int { return cmp.Compare(firstStart(*a.r), firstStart(*b.r)) })
	}
	return out
}

func firstStart(e model.Event) int {
	if len(e.Spans) == 0 {
		return 0
	}
	return e.Spans[0].Start
}

// representative orders a day's events, those naming the day and the first of the day's
// reports, by closeness to what they have in common (the centroid of their TF-IDF
// vectors), an event that repeats one already placed going after the others: the first
// few then tell the day, each adding something.
func representative(t *model.Timeline, top map[string]bool, terms *termIndex, pos []int, named, reported []int) ([]int, int) {
	vectors := func(evs []int) []vector {
		vs := make([]vector, len(evs))
		for i, ei := range evs {
			vs[i] = terms.vector(&t.Events[ei])
		}
		return vs
	}
	// In the order of event IDs, which does not depend on the order documents were read in.
	evs := slices.Compact(slices.Sorted(slices.Values(append(slices.Clip(named), reported...))))
	slices.SortFunc(evs, func(a, b int) int { return strings.Compare(t.Events[a].ID, t.Events[b].ID) })
	vs := vectors(evs)
	// A happening many documents report weighs as much as all its reports.
	weights := make([]float64, len(evs))
	for i, ei := range evs {
		weights[i] = float64(len(t.Events[ei].Documents()))
	}
	c := centroid(vs, weights)
	score := make([]float64, len(evs))
	for i := range evs {
		score[i] = cosine(vs[i], c) / (1 + positionWeight*float64(pos[evs[i]]))
	}
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	good := make([]bool, len(evs))
	for i, ei := range evs {
		good[i] = fit(&t.Events[ei]) && onTopic(top, &t.Events[ei])
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if good[a] != good[b] {
			if good[a] {
				return -1
			}
			return 1
		}
		return cmp.Compare(score[b], score[a])
	})
	var first, repeats []int
	for _, i := range order {
		dup := !good[i] || len(first) >= keyEventsPerDay // past those Build keeps, score order will do
		for _, j := range first {
			if cosine(vs[i], vs[j]) > repeatSimilarity {
				dup = true
				break
			}
		}
		if dup {
			repeats = append(repeats, i)
		} else {
			first = append(first, i)
		}
	}
	out := make([]int, 0, len(evs))
	for _, i := range append(first, repeats...) {
		out = append(out, evs[i])
	}
	return out, len(first)
}

// positionWeight discounts an event by its place in its article: reports put their news
// first and background after.
const positionWeight = 0.05

// repeatSimilarity is the cosine above which two events say the same thing.
const repeatSimilarity = 0.5

// topActors is how many of the corpus's most frequent actors mark what it is about. An
// event that involves none of them is an aside (a reader's comment, another story in a
// live page, a market report) and tells a day of this story less well; like the topic
// keywords news-tls filters sentences by, but found from the corpus itself.
const topActors = 5

// onTopic reports whether the event involves one of the corpus's main actors.
func onTopic(top map[string]bool, e *model.Event) bool {
	for _, a := range e.AllActors() {
		if top[a] {
			return true
		}
	}
	return false
}
