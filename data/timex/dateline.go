package timex

import (
	"time"

	"storyline/data/text"
	"storyline/model"
)

// Dateline reads a news dateline at the start of the text (or of its second line, after a
// title): "MOSCOW, Oct 7 (Reuters) -", "WASHINGTON, Oct. 7, 2015 —", "October 7, 2015 —",
// "WASHINGTON (AP) —". It returns the date, how precisely it is known (GranDay, or GranMonth
// for "MOSCOW, October (Reuters) -"), and the byte span of the whole dateline. A dateline
// without a year gives a date in year 0 for the caller to complete; one without a date
// ("WASHINGTON (AP) —") gives ok=false, with start and end still marking where it stands
// (end is 0 when there is no dateline at all).
func Dateline(d *text.Doc) (date time.Time, gran model.Granularity, start, end int, ok bool) {
	t := newTagger(d, Options{})
	defer t.release()
	lines := 0
	for i := 0; i < len(d.Tokens) && lines < 2; i++ {
		if i > 0 && !d.Tokens[i].Is(text.NewLine) {
			continue
		}
		lines++
		if dt, g, s, e, found, dated := t.datelineAt(i); found {
			return dt, g, s, e, dated
		}
	}
	return time.Time{}, model.GranNone, 0, 0, false
}

// datelineAt tries a dateline beginning at token i.
func (t *tagger) datelineAt(i int) (time.Time, model.Granularity, int, int, bool, bool) {
	t.lim = min(len(t.d.Tokens), i+24)
	k := i
	// The place: capitalised words, commas and initialisms ("NEW YORK", "Washington, D.C.").
	city := 0
	for k < t.lim && city < 8 {
		tok := t.d.Tokens[k]
		if tok.Kind == text.Word && tok.Is(text.Upper) {
			if _, isMonth := lex.months[t.lw(k)]; isMonth {
				break
			}
			city++
			k++
			continue
		}
		if t.lw(k) == "," && city > 0 && (k+1 >= t.lim || t.d.Tokens[k+1].Is(text.Upper) || t.isNum(k+1)) {
			k++
			continue
		}
		if t.lw(k) == "." && city > 0 && t.tight(k) {
			k++
			continue
		}
		break
	}
	var day time.Time
	gran := model.GranNone
	if m, ok := t.monthDate(k); ok && (m.dt.g == model.GranDay || m.dt.g == model.GranMonth) {
		mo, dd := m.dt.m, m.dt.d
		if dd == 0 {
			dd = 1
		}
		day = time.Date(m.dt.y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
		if !m.abs {
			day = time.Date(0, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
		}
		gran = m.dt.g
		k = m.j
	} else if m, ok := t.numericDate(k); ok {
		day, gran, k = model.Day(m.dt.y, time.Month(m.dt.m), m.dt.d), model.GranDay, m.j
	}
	agency := false
	if t.is(k, "(") {
		e := k + 1
		for e < t.lim && e < k+6 && !t.is(e, ")") {
			e++
		}
		if t.is(e, ")") && e > k+1 {
			agency, k = true, e+1
		}
	}
	if !t.is(k, "-", "—", "–", "--", ":") {
		return time.Time{}, 0, 0, 0, false, false
	}
	if (city == 0 && gran == model.GranNone) || (city > 0 && gran == model.GranNone && !agency) {
		return time.Time{}, 0, 0, 0, false, false
	}
	k++
	for t.is(k, "-") { // "--" written as two hyphens
		k++
	}
	start := t.d.Tokens[i].Start
	end := t.d.Tokens[k-1].End
	return day, gran, start, end, true, gran != model.GranNone
}

// InferDate guesses the publication date of a text that gives none, from the absolute
// dates it mentions: the latest full date (day, month and year) among the first five
// sentences, as news leads date the latest development; failing that, the latest full
// date anywhere. Texts with no full date give false; today's date is never a guess.
func InferDate(d *text.Doc) (time.Time, bool) {
	t := newTagger(d, Options{})
	defer t.release()
	topEnd := len(d.Text)
	if len(d.Sentences) > 5 {
		topEnd = d.Sentences[4].End
	}
	var top, any time.Time
	for m := range t.matches {
		if !m.abs || m.dt.g != model.GranDay || !m.dt.known() {
			continue
		}
		day := m.dt.first()
		if day.After(any) {
			any = day
		}
		if d.Tokens[m.i].Start < topEnd && day.After(top) {
			top = day
		}
	}
	switch {
	case !top.IsZero():
		return top, true
	case !any.IsZero():
		return any, true
	}
	return time.Time{}, false
}
