package story

import (
	"cmp"
	"slices"
	"time"

	"storyline/model"
)

// Thresholds of cosine similarity between TF-IDF vectors of two reports for them to be one
// happening: high enough on the words alone, or lower when they also name an actor in
// common (chosen on hand-judged pairs: storyline eval merge, docs/story.md). Reports of
// anything but one day merge only when they say the same thing in the same words about the
// same time: a background sentence that an outlet repeats in report after report.
const (
	mergeWords   = 0.5
	mergeActor   = 0.3
	mergeUndated = 0.6 // above 1: never
)

// merge joins events of different documents that report the same happening into one event:
// the report that tells it best (bestReport), with the others in Also. Only reports of the
// same day (or a time on it) are compared, so that two different days never merge. A report
// joins the happening with the report most like it, if like enough; at most one report of
// each document joins a happening, so that one article's several events stay apart as its
// extraction made them. Reports are taken in order of publication, document ID and place
// in the text, so the result does not depend on the order documents were read in.
func merge(t *model.Timeline, x *termIndex) *model.Timeline {
	vs := make([]vector, len(t.Events))
	each(len(t.Events), func(i int) { vs[i] = x.vector(&t.Events[i]) })
	order := publicationOrder(t)
	byDay := map[time.Time][]int{}
	bySentence := map[string][]int{}
	var days []time.Time
	var sentences []string
	for _, i := range order {
		e := &t.Events[i]
		if d, ok := dayOf(e.When); ok {
			if byDay[d] == nil {
				days = append(days, d)
			}
			byDay[d] = append(byDay[d], i)
		} else {
			words := normalise(e.Text)
			if words == "" {
				continue
			}
			k := words + "|" + e.When.ISO()
			if bySentence[k] == nil {
				sentences = append(sentences, k)
			}
			bySentence[k] = append(bySentence[k], i)
		}
	}
	joined := make([]bool, len(t.Events))
	also := map[int][]int{}    // lead event -> the events joined to it
	docs := map[int][]string{} // lead event -> the documents reporting its happening
	has := func(lead int, doc string) bool {
		if docs[lead] == nil {
			docs[lead] = t.Events[lead].Documents()
		}
		return slices.Contains(docs[lead], doc)
	}
	join := func(lead, i int) {
		also[lead] = append(also[lead], i)
		joined[i] = true
		has(lead, "")
		docs[lead] = append(docs[lead], t.Events[i].Documents()...)
	}
	// Days are merged apart, on all cores, and their joins applied in order.
	joins := make([][][2]int, len(days))
	each(len(days), func(k int) { joins[k] = mergeDay(t, x, vs, byDay[days[k]]) })
	for _, js := range joins {
		for _, j := range js {
			join(j[0], j[1])
		}
	}
	for _, k := range sentences {
		evs := bySentence[k]
		for _, i := range evs[1:] {
			if !hasAny(has, evs[0], &t.Events[i]) {
				join(evs[0], i)
			}
		}
	}
	if mergeUndated <= 1 {
		joinUndated(t, x, vs, order, byDay, joined, also, has, join)
	}
	// A merged event takes the place of the report that tells it (as Apply places it), so
	// that both give the same order where the timeline's sort sees a tie.
	merged := map[int]model.Event{}
	for i := range t.Events {
		js := also[i]
		if joined[i] || len(js) == 0 {
			continue
		}
		var reps []model.Event
		var rvs []vector
		var from []int // the event each report came from
		for _, j := range append([]int{i}, js...) {
			for _, r := range t.Events[j].Reports() {
				c := *r
				c.Also, c.Salience = nil, 0
				reps = append(reps, c)
				if r == &t.Events[j] {
					rvs = append(rvs, vs[j]) // the event's own report, its vector made already
				} else {
					rvs = append(rvs, x.vector(r))
				}
				from = append(from, j)
			}
		}
		best := bestReport(reps, rvs)
		e := reps[best]
		at := from[best]
		e.Also = slices.Delete(reps, best, best+1)
		merged[at] = e
		joined[i] = true
	}
	events := make([]model.Event, 0, len(t.Events))
	for i := range t.Events {
		if e, ok := merged[i]; ok {
			events = append(events, e)
		} else if !joined[i] {
			events = append(events, t.Events[i])
		}
	}
	return model.NewTimeline(t.Documents, t.Actors, t.Sources, t.Places, events)
}

// The reports' documents are read in place: these are asked for every pair of reports
// compared, and a list of documents made for each would be most of what merging allocates.

// reportedIn reports whether a report of e comes from one of the documents.
func reportedIn(e *model.Event, docs []string) bool {
	if slices.Contains(docs, e.Doc) {
		return true
	}
	for k := range e.Also {
		if slices.Contains(docs, e.Also[k].Doc) {
			return true
		}
	}
	return false
}

// shareDocument reports whether a and b have reports from one document.
func shareDocument(a, b *model.Event) bool {
	if reportedBy(b, a.Doc) {
		return true
	}
	for k := range a.Also {
		if reportedBy(b, a.Also[k].Doc) {
			return true
		}
	}
	return false
}

// reportedBy reports whether a report of e comes from the document.
func reportedBy(e *model.Event, doc string) bool {
	if e.Doc == doc {
		return true
	}
	for k := range e.Also {
		if e.Also[k].Doc == doc {
			return true
		}
	}
	return false
}

// hasAny reports whether the happening led by lead has a report from any of e's documents.
func hasAny(has func(int, string) bool, lead int, e *model.Event) bool {
	if has(lead, e.Doc) {
		return true
	}
	for k := range e.Also {
		if has(lead, e.Also[k].Doc) {
			return true
		}
	}
	return false
}

func shareActor(a, b *model.Event) bool {
	for _, x := range a.Actors {
		if slices.Contains(b.Actors, x) {
			return true
		}
	}
	return false
}

// publicationOrder lists the events by their document's publication (undated documents
// last), then document ID, then place in the text: an order that does not depend on the
// order the documents were read in.
func publicationOrder(t *model.Timeline) []int {
	order := make([]int, len(t.Events))
	for i := range order {
		order[i] = i
	}
	published := func(e *model.Event) time.Time {
		if d := t.Document(e.Doc); d != nil {
			return d.Published
		}
		return time.Time{}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ea, eb := &t.Events[a], &t.Events[b]
		pa, pb := published(ea), published(eb)
		if pa.IsZero() != pb.IsZero() {
			if pa.IsZero() {
				return 1
			}
			return -1
		}
		if c := pa.Compare(pb); c != 0 {
			return c
		}
		if ea.Doc != eb.Doc {
			return cmp.Compare(ea.Doc, eb.Doc)
		}
		return cmp.Compare(firstStart(*ea), firstStart(*eb))
	})
	return order
}

// joinUndated joins a report with no date of its own to a happening of the day its
// document was published or the day before, on strong evidence only: wording at least
// mergeUndated alike, and an actor in common. Most undated sentences are background, and
// a background sentence joined to a day's happening would both misdate it and inflate the
// happening's reports.
func joinUndated(t *model.Timeline, x *termIndex, vs []vector, order []int, byDay map[time.Time][]int,
	joined []bool, also map[int][]int, has func(int, string) bool, join func(int, int)) {
	leadOf := map[int]int{}
	for _, evs := range byDay {
		for _, i := range evs {
			if !joined[i] {
				leadOf[i] = i
				for _, j := range also[i] {
					leadOf[j] = i
				}
			}
		}
	}
	type key struct {
		day  time.Time
		term int32
	}
	postings := map[key][]int{}
	for d, evs := range byDay {
		for _, i := range evs {
			for _, term := range vs[i].terms {
				if x.selective(term) {
					postings[key{d, term}] = append(postings[key{d, term}], i)
				}
			}
		}
	}
	// Each undated report finds its best happening on all cores; the joins are then made in
	// publication order, a happening taking at most one report of each document.
	var undated []int
	for _, i := range order {
		e := &t.Events[i]
		if !e.When.Dated() && !joined[i] && len(also[i]) == 0 && len(e.Actors) > 0 {
			if doc := t.Document(e.Doc); doc != nil && doc.Dated() {
				undated = append(undated, i)
			}
		}
	}
	best := make([]int, len(undated))
	each(len(undated), func(k int) {
		i := undated[k]
		e := &t.Events[i]
		pub := model.Day(t.Document(e.Doc).Published.Date())
		best[k] = -1
		bestSim := 0.0
		seen := map[int]bool{}
		for d := range reportDays {
			day := pub.AddDate(0, 0, -d)
			for _, term := range vs[i].terms {
				for _, m := range postings[key{day, term}] {
					if seen[m] {
						continue
					}
					seen[m] = true
					if !shareActor(e, &t.Events[m]) || shareDocument(e, &t.Events[m]) {
						continue
					}
					if s := cosine(vs[i], vs[m]); s > bestSim && s >= mergeUndated {
						best[k], bestSim = leadOf[m], s
					}
				}
			}
		}
	})
	for k, i := range undated {
		if l := best[k]; l >= 0 && !hasAny(has, l, &t.Events[i]) {
			join(l, i)
		}
	}
}

// mergeDay finds the happenings of one day's reports, given in order, and returns the
// joins it makes: [lead, report].
func mergeDay(t *model.Timeline, x *termIndex, vs []vector, block []int) [][2]int {
	var joins [][2]int
	leadOf := map[int]int{}        // a report -> the lead of its happening
	docs := map[int][]string{}     // a lead -> the documents reporting its happening
	stamp := make(map[int]int, 64) // a report -> i+1 when report i was compared with it
	// Only reports sharing a word that few events use can be alike enough: an index of
	// such words spares comparing each report with every other of a busy day.
	postings := map[int32][]int{}
	for _, i := range block {
		e := &t.Events[i]
		best, bestSim := -1, 0.0
		for _, term := range vs[i].terms {
			if !x.selective(term) {
				continue
			}
			for _, m := range postings[term] {
				if stamp[m] == i+1 {
					continue
				}
				stamp[m] = i + 1
				l := leadOf[m]
				if reportedIn(e, docs[l]) {
					continue
				}
				s := cosine(vs[i], vs[m])
				if s > bestSim && (s >= mergeWords || s >= mergeActor && shareActor(e, &t.Events[m])) {
					best, bestSim = l, s
				}
			}
		}
		if best < 0 {
			leadOf[i] = i
			docs[i] = e.Documents()
		} else {
			joins = append(joins, [2]int{best, i})
			leadOf[i] = best
			docs[best] = append(docs[best], e.Documents()...)
		}
		for _, term := range vs[i].terms {
			if x.selective(term) {
				postings[term] = append(postings[term], i)
			}
		}
	}
	return joins
}

// bestReport picks the report that tells a happening best: a dated one, that reads as a
// statement of news (fit), and of those the closest to what all the reports have in common; the
// first published of equals.
func bestReport(reps []model.Event, vs []vector) int {
	c := centroid(vs, nil)
	best, bestScore := 0, -1.0
	for i := range reps {
		s := cosine(vs[i], c)
		if fit(&reps[i]) {
			s += 2 // above any report that is not
		}
		if reps[i].When.Dated() {
			s += 4 // a happening keeps its day, whichever report tells it
		}
		if s > bestScore+1e-9 { // the first published of equals, whatever the last bits say
			best, bestScore = i, s
		}
	}
	return best
}
