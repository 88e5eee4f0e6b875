package timex

import (
	"time"

	"storyline/model"
)

// finish turns a match into a Timex: its value, signal and the span of the event it dates,
// and moves the reference time to it.
func (t *tagger) finish(m match) Timex {
	x := Timex{
		Start: t.d.Tokens[m.i].Start,
		End:   t.d.Tokens[m.j-1].End,
		Type:  m.typ,
		Value: m.val,
		Mod:   m.mod,
	}
	if x.Value == "" {
		if m.durOK {
			x.Value = m.dur.value()
		} else {
			x.Value = m.dt.value()
		}
	}
	x.Signal = t.signalBefore(m.i)
	if t.lw(m.j-1) == "ago" && x.Signal == "" {
		x.Signal = "ago"
	}
	x.When = t.eventWhen(m, x)
	// In a results story, the period a year back that a figure is compared with does not
	// move the reference: "During the quarter" after "... a year earlier" is the one
	// reported.
	if m.val == "" && !m.durOK && m.dt.known() && (x.Type == "DATE" || x.Type == "TIME") &&
		!(t.period.known() && m.dt.g == model.GranQuarter && t.comparison(m)) {
		t.ref, t.refText, t.refSent = m.dt, true, t.sent[m.i]
		if m.dt.g == model.GranWeek && !m.dt.weekend {
			t.week, t.weekSent = m.dt, t.sent[m.i]
		}
		if m.dt.g == model.GranQuarter && !t.comparison(m) {
			// A story reports a period that is over: a quarter still running or ahead of
			// the DCT is an outlook ("we estimate first quarter 2017 ..."). The period a
			// year earlier it is compared with is not the one reported.
			over := !t.hasDCT || m.dt.when().End.Before(t.dct)
			switch report := t.reportClause(m); {
			case !t.period.known() && (over || report && m.dt.y == t.dct.Year()):
				t.period = m.dt
			case t.period.known() && report && over:
				// "Separately, America West reported third-quarter profit": a second
				// company's report, after the first's fiscal first quarter.
				t.period = m.dt
			}
			t.lastPeriod, t.lastPeriodSent, t.lastPeriodAt = m.dt, t.sent[m.i], m.i
		}
	}
	// "For the nine months, net income rose to $5 million from $3 million a year
	// earlier": the span, not the quarter, is what the year before compares with.
	if m.durOK && m.dur.unit == "M" && !m.dur.x && m.dur.n > 3 && m.dur.n < 12 && t.is(m.i, "the") {
		t.spanAt, t.spanDur = m.i, m.dur
	}
	return x
}

// reportClause reports whether a quarter is named in a company's report of it: a
// past-tense clause whose verb is a report's. Such a quarter is over even when the calendar
// says otherwise, as a fiscal year may close before it ("Ralston Purina reported a decline
// in fourth-quarter earnings", in November).
func (t *tagger) reportClause(m match) bool {
	if t.tenseAt(m.i, m.j) != past {
		return false
	}
	s := t.sent[m.i]
	for k := m.i - 1; k >= 0 && t.sent[k] == s; k-- {
		if reportVerbs[t.lw(k)] {
			return true
		}
	}
	return false
}

// eventWhen is the calendar span of an event dated by the expression, with its signal
// applied: "since Sept. 30" runs from that day to the DCT, "over the last two days" covers
// the two days up to the DCT, "for more than four years" in a present-perfect clause began
// at or before four years before the DCT.
func (t *tagger) eventWhen(m match, x Timex) model.When {
	switch x.Type {
	case "DATE", "TIME":
		if m.val == "PRESENT_REF" && t.hasDCT {
			return model.OnDay(t.dct)
		}
		if m.val != "" || !m.dt.known() {
			return model.When{}
		}
		w := m.dt.when()
		w.Mod = whenMod(m.mod)
		return t.applySignal(w, x.Signal)
	case "DURATION":
		return t.durationWhen(m, x)
	}
	return model.When{}
}

func whenMod(mod string) model.Mod {
	switch mod {
	case "START":
		return model.ModStart
	case "MID":
		return model.ModMid
	case "END":
		return model.ModEnd
	case "APPROX":
		return model.ModApprox
	case "BEFORE", "ON_OR_BEFORE":
		return model.ModBefore
	case "AFTER", "ON_OR_AFTER":
		return model.ModAfter
	}
	return model.ModNone
}

// applySignal widens a point by the preposition before it.
func (t *tagger) applySignal(w model.When, signal string) model.When {
	switch signal {
	case "since", "from":
		if t.hasDCT && t.dct.After(w.Start) && signal == "since" {
			return model.When{Start: w.Start, End: t.dct, Gran: model.GranDay}
		}
	case "until", "till", "til", "up until", "through":
		if t.hasDCT && w.End.After(t.dct) && w.Gran != model.GranTime {
			return model.When{Start: t.dct, End: w.End, Gran: model.GranDay}
		}
	case "before", "prior to", "ahead of", "by", "no later than":
		if w.Mod == model.ModNone {
			w.Mod = model.ModBefore
		}
	case "after":
		if w.Mod == model.ModNone {
			w.Mod = model.ModAfter
		}
	}
	return w
}

// durationWhen places a duration when something anchors it: "the last two days" ends at
// the DCT, "the next six months" starts there, and "for four years" in a present-perfect
// clause ends there.
func (t *tagger) durationWhen(m match, x Timex) model.When {
	if !t.hasDCT || !m.durOK {
		return model.When{}
	}
	anchor := m.anchor
	if anchor == 0 {
		switch x.Signal {
		case "for", "over", "during", "in", "throughout":
			if t.presentPerfect(m.i) {
				anchor = -1
			}
		case "within":
			if t.tenseAt(m.i, m.j) == future {
				anchor = 1
			}
		}
	}
	var w model.When
	switch anchor {
	case -1:
		start, ok := m.dur.from(t.dct, -1)
		if !ok {
			return model.When{}
		}
		w = model.When{Start: start, End: t.dct, Gran: model.GranDay}
	case 1:
		end, ok := m.dur.from(t.dct, 1)
		if !ok {
			return model.When{}
		}
		w = model.When{Start: t.dct, End: end, Gran: model.GranDay}
	default:
		return model.When{}
	}
	switch m.mod {
	case "MORE_THAN", "EQUAL_OR_MORE":
		if anchor < 0 {
			w.Mod = model.ModBefore
		}
	case "APPROX", "LESS_THAN", "EQUAL_OR_LESS":
		w.Mod = model.ModApprox
	}
	return w
}

// dayOf returns the civil day of a known date at day granularity or finer.
func dayOf(d date) (time.Time, bool) {
	if !d.known() || d.g < model.GranDay {
		return time.Time{}, false
	}
	return model.Day(d.y, time.Month(d.m), d.d), true
}

// comparison reports whether the expression m names the period a results story compares
// with: "a year earlier", "a year ago", "year-earlier", "the year-ago quarter".
func (t *tagger) comparison(m match) bool {
	if t.is(m.j-1, "earlier", "ago") {
		return true
	}
	for k := m.i; k+2 < m.j; k++ {
		if t.is(k, "year") && t.is(k+1, "-") && t.is(k+2, "earlier", "ago") {
			return true
		}
	}
	return false
}
