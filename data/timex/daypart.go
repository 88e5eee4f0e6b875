package timex

import (
	"strings"

	"storyline/model"
)

// partOfDay reads a part of the day named before its date: "the morning of June 5", "the
// night of March 3", "early morning of March 30" (TIME 2015-06-05TMO, with mod START for
// "early"). The date must name a day.
func (t *tagger) partOfDay(i int) (match, bool) {
	k := i
	if t.is(k, "the") {
		k++
	}
	mod := ""
	switch t.wd(k) {
	case "early":
		mod, k = "START", k+1
	case "late":
		mod, k = "END", k+1
	case "mid":
		mod, k = "MID", k+1
		if t.is(k, "-") {
			k++
		}
	}
	w := t.wd(k)
	p, ok := t.lexDaypart(k)
	if !ok || strings.HasSuffix(w, "s") || w == "overnight" {
		return match{}, false
	}
	// "shares fell in morning trade", "in late afternoon trading": the market's session
	// on the day the story is about.
	if t.is(k+1, "trade", "trading", "dealings", "deals") && t.hasDCT && (p == "MO" || p == "AF") {
		d := t.dayOfTime(i, k+1)
		d.g, d.part = model.GranTime, p
		return match{i: i, j: k + 1, typ: "TIME", dt: d, mod: mod}, true
	}
	// "mid-afternoon yesterday", "late morning today": the day after it.
	if off, ok := dayWords[t.wd(k+1)]; ok && t.hasDCT {
		d := dayDate(t.dct.AddDate(0, 0, off))
		d.g, d.part = model.GranTime, p
		return match{i: i, j: k + 2, typ: "TIME", dt: d, mod: mod}, true
	}
	// "Dealers placed orders in the morning": the part of the day the text has placed,
	// when it has placed one and the phrase ends there.
	// So is "by mid afternoon", "in the early evening".
	if (k == i+1 || mod != "") && t.isSignal(i-1, "in", "during", "by") && !t.is(k+1, "of") && (t.clauseEnd(k+1) || t.is(k+1, "to")) {
		if r, ok := t.refAt(model.GranDay); ok && t.refText && t.sent[i]-t.refSent <= 2 {
			r.g, r.part = model.GranTime, p
			return match{i: i, j: k + 1, typ: "TIME", dt: r, mod: mod}, true
		}
		// Before the text places any day but the report's, the day of the report, in the
		// past tense: "By mid afternoon, official sources were saying ..." ("he runs in the
		// morning" is any morning).
		if t.hasDCT && (!t.refText || t.ref.g == model.GranDay && t.ref.first().Equal(t.dct)) && t.tenseAt(i, k+1) == past {
			d := dayDate(t.dct)
			d.g, d.part = model.GranTime, p
			return match{i: i, j: k + 1, typ: "TIME", dt: d, mod: mod}, true
		}
		return match{}, false
	}
	if !t.is(k+1, "of") {
		return match{}, false
	}
	m, ok := t.core(k + 2)
	if !ok || m.typ != "DATE" || m.val != "" || m.dt.g != model.GranDay {
		return match{}, false
	}
	m.i, m.typ, m.mod = i, "TIME", mod
	m.dt.g, m.dt.part = model.GranTime, p
	return m, true
}

// dayWords are the days named relative to the DCT, by their offset from it.
var dayWords = map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}
