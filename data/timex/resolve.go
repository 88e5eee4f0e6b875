package timex

import (
	"strings"
	"time"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// Tense of the clause around an expression, from its nearest cue word.
const (
	past    = -1
	present = 0
	future  = 1
)

// tenseAt is the tense of the clause that the expression [i, j) modifies. An adverbial
// belongs to the verb before it in its clause ("will double its flights by August", "leases
// which expire on May 14"), so the nearest tense cue ("will", "plans", "said", "was", a word
// ending in -ed) to the left is taken first, up to the word that opens the clause ("which",
// "that", "when" ...). An expression that opens its sentence or clause ("On Monday, the
// company said ...", "said that at the close of business Thursday, shares had been
// tendered") takes the first cue to its right instead, again within its clause. A clause
// with no cue, or one settled by a present form ("is", "says"), is present tense, which
// resolves to the nearest candidate.
func (t *tagger) tenseAt(i, j int) int {
	s := t.sent[i]
	if s < 0 {
		return present
	}
	sen := t.d.Sentences[s]
	// "since May": what began since then began in the past.
	if i > sen.First && t.lw(i-1) == "since" {
		return past
	}
	// Both walks are bounded by the sentence (itself bounded by text.MaxSentenceTokens), so
	// the cost per expression is constant.
	infinitive := false
	for k := i - 1; k >= sen.First; k-- {
		if c := t.cue(k); c != present {
			if c == past && infinitive && (intentVerbs[t.lw(k)] || t.lw(k) == "been" && k > sen.First && (t.lw(k-1) == "has" || t.lw(k-1) == "have")) {
				// "agreed Tuesday to not seek re-election in September", "has been
				// confirmed to take part in October": what was undertaken in the past
				// is for a time that may be either side of the report; the report's
				// year decides.
				return present
			}
			return c
		}
		if t.lw(k) == "to" && k+1 < i && !adjectiveBefore[t.lw(k+1)] {
			infinitive = true
		}
		if w := t.lw(k); (w == "has" || w == "have" || w == "'ve") && t.perfectAfter(k) {
			// "prices have come down from October": what has happened since a date
			// began before the report. After the date, a present perfect says the time
			// itself is here ("that day has come").
			return past
		}
		if k == sen.First && (t.lw(k) == "\"" || t.lw(k) == "“") {
			break // an opening quotation mark: the expression still opens its sentence
		}
		if t.infoOf(k).flags&isPresentCue != 0 {
			return present
		}
		if t.infoOf(k).flags&isClauseOpener != 0 {
			// "said that at the close of business Thursday, shares had been tendered": a
			// clause that opens with the expression's phrase gets its tense further on;
			// "leases which expire on Nov. 14" has its verb before it.
			if k+1 == i || t.infoOf(k+1).flags&isSignal != 0 {
				break
			}
			return present
		}
	}
	for k := j; k < sen.Last && k < j+text.MaxSentenceTokens; k++ {
		if t.infoOf(k).flags&(isClauseOpener|isPresentCue) != 0 {
			break
		}
		if c := t.cue(k); c != present {
			return c
		}
	}
	return present
}

// The lists that bound a clause and read its tense, from tense.txt, clauses.txt and
// determiners.txt.
var (
	presentCue  = tenseCues.Get("present")
	reportVerbs = tenseCues.Get("results")
	intentVerbs = tenseCues.Get("intent")
	// settledFigures follow a possessive weekday whose figures are in ("Thursday's close").
	settledFigures = tenseCues.Get("settled")
	untensed       = wordlist.FunctionWords([]string{"modals"}, tenseCues.Get("untensed").Words()...)
	participles    = tenseCues.Get("participle")
	auxiliaries    = wordlist.FunctionWords([]string{"do", "modals"}, tenseCues.Get("auxiliary").Words()...)
	clauseWords    = load("clauses.txt").GroupSets()
	clauseOpener   = wordlist.FunctionWords([]string{"relatives"}, clauseWords.Get("openers").Words()...)
	determiners    = load("determiners.txt").GroupSets()
	planNounAfter  = determiners.Get("plan")
	// adjectiveBefore: words after which a form in -ed is an adjective ("a still unspecified
	// date"), not a verb in the past tense.
	adjectiveBefore = wordlist.FunctionWords([]string{"articles", "possessives"}, determiners.Get("adjective").Words()...)
)

func (t *tagger) cue(k int) int {
	w := t.lw(k)
	in := t.infoOf(k)
	if in.flags&isFuture != 0 {
		// "Bob Hope", "Will Smith": a capitalised word inside the sentence is a name.
		if t.planNoun(k) || t.d.Tokens[k].Is(text.Upper) && k > 0 && t.sent[k-1] == t.sent[k] || t.asPlanned(k) {
			return present
		}
		return t.futureInPast(k)
	}
	if k+1 < len(t.d.Tokens) && in.flags&startsFuture2 != 0 && lex.future2[[2]string{w, t.lw(k + 1)}] {
		return t.futureInPast(k)
	}
	if w == "been" && k > 0 && (t.lw(k-1) == "has" || t.lw(k-1) == "have" || t.lw(k-1) == "had") {
		return past // present perfect: "has been in office since May"
	}
	pastForm := in.flags&isPast != 0 || len(w) > 4 && strings.HasSuffix(w, "ed") && t.d.Tokens[k].Kind == text.Word && !t.d.Tokens[k].Is(text.Upper)
	if !pastForm {
		return present
	}
	// A participle after "be", "to" or a modal ("will be held", "to be launched") carries
	// no tense of its own, nor does one used as an adjective ("on a still unspecified
	// date", "the revised plan").
	if k > 0 && (untensed[t.lw(k-1)] || adjectiveBefore[t.lw(k-1)]) {
		return present
	}
	return past
}

// perfectAfter reports whether the "has" or "have" at k is a present perfect's: a
// participle follows it, with at most one word between ("has already risen").
func (t *tagger) perfectAfter(k int) bool {
	for p := k + 1; p < len(t.d.Tokens) && p <= k+2 && t.sent[p] == t.sent[k]; p++ {
		if isParticiple(t.lw(p)) {
			return true
		}
		if t.lw(p) == "to" || t.lw(p) == "been" {
			return false // "have to pay": an obligation; "has been" is read on its own
		}
	}
	return false
}

// futureInPast is the tense of a plan cue at k: a plan told in the past tense ("the offer
// was due to expire Friday", "had been scheduled to end in May") was for a time that has
// mostly come by the report, as the story is what became of it.
func (t *tagger) futureInPast(k int) int {
	if k > 0 && t.sent[k-1] == t.sent[k] {
		switch t.lw(k - 1) {
		case "was", "were":
			return past
		case "been":
			if k > 1 && t.lw(k-2) == "had" {
				return past
			}
		}
	}
	return future
}

// asPlanned reports whether the plan cue at k is in a clause of comparison ("began as
// planned Saturday", "opened as previously scheduled"): it says the time was the one
// planned, and the tense is the main verb's.
func (t *tagger) asPlanned(k int) bool {
	p := k - 1
	if p > 0 && strings.HasSuffix(t.lw(p), "ly") {
		p--
	}
	return p >= 0 && t.sent[p] == t.sent[k] && t.lw(p) == "as"
}

// planNoun reports whether "plan" or "plans" at k is the noun of a finished story ("the
// company shelved its plans on Sept. 30"), not the verb or a plan still ahead ("its plans to
// open in March").
func (t *tagger) planNoun(k int) bool {
	if (t.lw(k) != "plans" && t.lw(k) != "plan") || k == 0 || !planNounAfter[t.lw(k-1)] {
		return false
	}
	if k+1 < len(t.d.Tokens) && (t.lw(k+1) == "to" || t.lw(k+1) == "for") {
		// "its plans for an offering in March" look ahead, but not plans a past verb
		// has already made known: "unveiled his plans for Afghanistan in March".
		return k >= 2 && t.sent[k-2] == t.sent[k] && t.cue(k-2) == past
	}
	return true
}

// anchorFor is the day deictic expressions ("yesterday", "last week") count from: the DCT.
func (t *tagger) anchorFor(int) time.Time { return t.dct }

// refDay is the reference time for anaphoric expressions ("the next day", "that year"):
// the last date the text placed on the calendar, or the DCT.
func (t *tagger) refAt(g model.Granularity) (date, bool) {
	r := t.ref
	if !r.known() {
		return date{}, false
	}
	if r.g < g && !(g == model.GranWeek && r.g >= model.GranDay) {
		// "the next day" after "in 2005": the reference is too coarse to count days from.
		return date{}, false
	}
	return fromTime(r.first(), g), true
}

// yearFor picks the year of a month (and day) named without one: the DCT's year, moved
// back in past-tense clauses when the date would fall well after the DCT, and forward in
// future-tense clauses when it would fall well before it. Without a cue it stays in the
// DCT's year unless the other occurrence is much nearer.
func (t *tagger) yearFor(m, d, i, j int) int {
	if !t.hasDCT {
		return 0
	}
	y := t.dct.Year()
	if d == 0 {
		d = 1
	}
	cand := model.Day(y, time.Month(m), d)
	since := i > 0 && t.lw(i-1) == "since" && t.sent[i-1] == t.sent[i]
	tense := t.tenseAt(i, j)
	// "has extended loans through January": what has lasted until a date lasts until one
	// ahead, unless that date is long past.
	if tense == past && t.untilBefore(i) && t.presentPerfect(i) {
		tense = present
	}
	switch tense {
	case past:
		if since && cand.After(t.dct) || cand.After(t.dct.AddDate(0, 0, 31)) {
			y--
		}
	case future:
		if cand.Before(t.dct.AddDate(0, 0, -31)) {
			y++
		}
	default:
		// "workers must wait until July": outside the past tense, what lasts until a date
		// lasts until one ahead.
		if t.untilBefore(i) && cand.Before(t.dct.AddDate(0, 0, -31)) {
			y++
			break
		}
		// With no tense to go by, the DCT's year unless the other is much nearer:
		// "payable Jan. 2" in November is January next, but a chronology's "March 17 -
		// The Security Council votes ...", written in October, is this year's March.
		switch {
		case cand.Before(t.dct.AddDate(0, -8, 0)):
			y++
		case cand.After(t.dct.AddDate(0, 8, 0)):
			y--
		}
	}
	return y
}

// untilBefore reports whether a date at token i is the end of a span: "until", "till" or
// "through" January.
func (t *tagger) untilBefore(i int) bool {
	return i > 0 && t.sent[i-1] == t.sent[i] && (t.lw(i-1) == "until" || t.lw(i-1) == "till" || t.lw(i-1) == "through")
}

// weekdayNear resolves a bare weekday (1 = Monday): in past-tense text the most recent one
// on or before the DCT, in future-tense text the next one on or after it. Otherwise it is
// the last one unless the next is clearly nearer, as news mostly reports what has happened
// ("over Thursday's closing price", written on a Monday).
func (t *tagger) weekdayNear(wd, tense int) time.Time {
	cur := int(t.dct.Weekday()+6)%7 + 1
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	switch {
	case back == 0:
		return t.dct
	case tense == past:
		return t.dct.AddDate(0, 0, -back)
	case tense == future:
		return t.dct.AddDate(0, 0, fwd)
	case fwd < back:
		return t.dct.AddDate(0, 0, fwd)
	}
	return t.dct.AddDate(0, 0, -back)
}

// signalBefore is the temporal preposition right before token i, lower case.
func (t *tagger) signalBefore(i int) string {
	if i == 0 || t.sent[i-1] != t.sent[i] {
		return ""
	}
	if i >= 2 && t.sent[i-2] == t.sent[i] {
		if t.infoOf(i-2).flags&startsSignal2 != 0 {
			if two := t.lw(i-2) + " " + t.lw(i-1); lex.signals2[two] {
				return two
			}
		}
	}
	if t.infoOf(i-1).flags&isSignal != 0 {
		return t.lw(i - 1)
	}
	return ""
}

// presentPerfect reports whether the clause before token i has "has/have" + participle, as
// in "has fueled a civil war for more than four years": the duration then ends at the DCT.
func (t *tagger) presentPerfect(i int) bool {
	s := t.sent[i]
	if s < 0 {
		return false
	}
	first := t.d.Sentences[s].First
	for k := i - 1; k >= first && k >= i-30; k-- {
		switch t.lw(k) {
		case "has", "have", "'ve", "’ve":
			for p := k + 1; p < i && p <= k+4; p++ {
				if isParticiple(t.lw(p)) {
					return true
				}
			}
		case ";", "said", "says":
			return false
		}
	}
	return false
}

func isParticiple(w string) bool {
	if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")) {
		return true
	}
	return participles[w]
}
