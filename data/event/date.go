package event

import (
	"strings"

	"storyline/model"
)

// How a mention got its date, strongest first; merging prefers the stronger.
type dating uint8

const (
	datedNone    dating = iota
	datedContext        // carried over from a neighbouring sentence
	datedReport         // a past report with no date of its own: the publication day
	datedSibling        // from another clause of the same sentence
	datedAnchor         // a ", when" clause on the expression it hangs on
	datedOwn            // a time expression of its own
)

// mention is one clause as a candidate event.
type mention struct {
	clause
	when     model.When
	dateText string
	how      dating
	tense    tense
	speaker  string // for speech: who is speaking
	speech   bool
	quoted   bool // the clause is (almost) all quotation
}

// date gives each clause its time, in text order, following news practice: a clause's own
// time expression first; then the expression a ", when" clause hangs on; then, for a
// clause linked by "as", the time of the clause before it; a past-tense report ("X said")
// takes the time of the same speaker's previous report nearby, or else the publication
// day; a past-tense clause right after a dated sentence of the same paragraph continues
// its narrative. Everything else stays undated: never the publication day by default.
func (s *scope) date(ms []mention) {
	d := s.in.Doc
	lastBySpeaker := map[string]int{}
	for k := range ms {
		m := &ms[k]
		if tx, ok := s.ownTimex(m.clause); ok {
			t := s.in.Timexes[tx]
			m.when, m.how, m.dateText = t.When, datedOwn, s.timexWords(t)
		} else if m.kind == clauseWhen && m.anchor >= 0 {
			t := s.in.Timexes[m.anchor]
			if w, ok := model.WhenOfValue(t.Value); ok {
				m.when, m.how, m.dateText = w, datedAnchor, d.Text[t.Start:t.End]
			}
		}
		if m.how == datedNone && k > 0 && m.kind == clauseAs && ms[k-1].sent == m.sent && ms[k-1].when.Dated() {
			m.when, m.how, m.dateText = ms[k-1].when, datedSibling, ms[k-1].dateText
		}
		// Only a simple-past report ("X said") happened on a day; a perfect one ("has
		// challenged") or a present one ("says") is background.
		if m.how == datedNone && m.speech && (m.tense == tensePast || m.tense == tenseNone && m.quoted) {
			if j, ok := lastBySpeaker[m.speaker]; ok && m.sent-ms[j].sent <= 3 && ms[j].when.Dated() {
				m.when, m.how, m.dateText = ms[j].when, datedContext, ms[j].dateText
			} else if !s.in.DCT.IsZero() {
				m.when, m.how, m.dateText = model.OnDay(s.in.DCT), datedReport, "publication day"
			}
		}
		if m.how == datedNone && m.tense == tensePast && k > 0 {
			p := ms[k-1]
			samePara := d.Sentences[p.sent].Para == d.Sentences[m.sent].Para
			// Only a point in time carries over: an interval or an open span ("for more
			// than four years") describes its own clause, not the next one.
			if p.sent == m.sent-1 && samePara && p.how >= datedSibling && !p.when.IsInterval() && p.when.Mod == model.ModNone {
				m.when, m.how, m.dateText = p.when, datedContext, p.dateText
			}
		}
		if m.speech && m.speaker != "" {
			lastBySpeaker[m.speaker] = k
		}
	}
}

// ownTimex picks the clause's dating expression: the first date or time that can be
// placed on the calendar, else the first placeable duration ("over the last two days").
func (s *scope) ownTimex(c clause) (int, bool) {
	best := -1
	lo, hi := s.timexesIn(c.start, c.end)
	for i := lo; i < hi; i++ {
		t := s.in.Timexes[i]
		if !t.When.Dated() || t.Type == "SET" {
			continue
		}
		if t.Type == "DATE" || t.Type == "TIME" {
			return i, true
		}
		if best < 0 {
			best = i
		}
	}
	return best, best >= 0
}

// timexWords is the expression with its signal: "since Sept. 30".
func (s *scope) timexWords(t Timex) string {
	w := s.in.Doc.Text[t.Start:t.End]
	switch t.Signal {
	case "", "on", "in", "at", "ago":
		return w
	}
	if !strings.Contains(strings.ToLower(w), t.Signal) {
		return t.Signal + " " + w
	}
	return w
}
