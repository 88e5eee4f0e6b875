package timex

import "storyline/model"

// reportPeriod reads the periods a results story refers back to without naming them, with
// the values TimeBank gives them: "the quarter" and "the latest quarter" are the quarter
// being reported; "year-earlier", "the year-ago period" and "last year's quarter" the same
// period a year before; "the full year" and "full-year" the year the reported period falls
// in. Outside a results story only "year-earlier" is read, as the year before the DCT's.
func (t *tagger) reportPeriod(i int) (match, bool) {
	k := i
	the := t.is(k, "the")
	if the {
		k++
	}
	if m, ok := t.yearEarlier(i, k, the); ok {
		return m, true
	}
	p, ok := t.reported(i)
	if !ok {
		return match{}, false
	}
	if m, ok := t.periodYearBack(i, k, the, p); ok {
		return m, true
	}
	switch {
	case the && t.is(k, "full") && t.is(k+1, "year"):
		return match{i: i, j: k + 2, typ: "DATE", dt: date{y: p.y, g: model.GranYear}}, true
	case !the && t.is(k, "full") && t.is(k+1, "-") && t.tight(k+1) && t.tight(k+2) && t.is(k+2, "year"):
		return match{i: i, j: k + 3, typ: "DATE", dt: date{y: p.y, g: model.GranYear}}, true
	case !the:
		return match{}, false
	}
	// "the 1988 quarter", "the 1989 period": the reported period in the year written.
	if y, e, ok := t.yearNum(k); ok && e == k+1 && t.is(e, "quarter", "period") && (p.q != 0 || t.is(e, "period")) {
		p.y = y
		return match{i: i, j: e + 1, typ: "DATE", dt: p, abs: true}, true
	}
	j := k
	switch {
	case t.is(j, "latest", "last") && t.is(j+1, "reported"):
		j += 2
	case t.is(j, "most") && t.is(j+1, "recent"):
		j += 2
	case t.is(j, "latest"):
		j++
	}
	if j > k && t.is(j, "period") { // "the latest period"
		return match{i: i, j: j + 1, typ: "DATE", dt: p}, true
	}
	// "the quarter" (not "the quarter of a century", "the quarter-final"), and only while
	// the story reports a quarter, not a half.
	if t.is(j, "quarter") && p.q != 0 && !t.is(j+1, "of", "-", "century", "final", "finals") {
		return match{i: i, j: j + 1, typ: "DATE", dt: p}, true
	}
	return match{}, false
}

// periodYearBack reads the reported period a year back, named by the year: "last year's
// quarter", "the corresponding period last year", "the quarter a year ago", "the same
// period of last year".
func (t *tagger) periodYearBack(i, k int, the bool, p date) (match, bool) {
	p.y--
	unit := func(j int) bool { return t.is(j, "period") || t.is(j, "quarter") && p.q != 0 }
	if !the {
		if t.is(k, "last") && t.is(k+1, "year") && t.is(k+2, "'s", "’s") && unit(k+3) {
			return match{i: i, j: k + 4, typ: "DATE", dt: p}, true
		}
		return match{}, false
	}
	if t.is(k, "same", "corresponding", "comparable") {
		k++
	}
	if !unit(k) {
		return match{}, false
	}
	e := k + 1
	if t.is(e, "of", "in") {
		e++
	}
	switch {
	case t.is(e, "last") && t.is(e+1, "year") && !t.is(e+2, "'s", "’s"):
		return match{i: i, j: e + 2, typ: "DATE", dt: p}, true
	case e == k+1 && t.is(e, "a") && t.is(e+1, "year") && t.is(e+2, "ago", "earlier"):
		return match{i: i, j: e + 3, typ: "DATE", dt: p}, true
	}
	return match{}, false
}

// yearEarlier reads "year-earlier" and "year-ago" at k ("a year-earlier profit"), or with
// their noun after "the" ("the year-ago quarter"): the reported period a year back.
func (t *tagger) yearEarlier(i, k int, the bool) (match, bool) {
	if !t.is(k, "year") || !t.is(k+1, "-") || !t.tight(k+1) || !t.tight(k+2) || !t.is(k+2, "earlier", "ago") {
		return match{}, false
	}
	dt := date{g: model.GranYear}
	if p, ok := t.reported(k); ok {
		dt = p
		dt.y--
	} else if t.hasDCT {
		dt.y = t.dct.Year() - 1
	}
	// "For the nine months, ... In the year-earlier period": the same span of months, a
	// length of time as TimeBank gives it; so is "the year-earlier nine months".
	if the && t.is(k+3, "period") && t.spanBefore(i) {
		return match{i: i, j: k + 4, typ: "DURATION", dur: t.spanDur, durOK: true}, true
	}
	if the {
		if d, ok := t.durationOrAgo(k + 3); ok && d.i == k+3 && d.typ == "DURATION" && d.dur.unit == "M" {
			d.i = i
			return d, true
		}
	}
	if the && t.is(k+3, "period", "quarter", "half") {
		return match{i: i, j: k + 4, typ: "DATE", dt: dt}, true
	}
	// "the year-earlier third quarter": that quarter, a year before the one it names.
	if q, ok := t.quarter(k + 3); the && ok && q.dt.g == model.GranQuarter && !q.abs && q.dt.y != 0 {
		q.dt.y--
		return match{i: i, j: q.j, typ: "DATE", dt: q.dt}, true
	}
	return match{i: k, j: k + 3, typ: "DATE", dt: dt}, true
}
