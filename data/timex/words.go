package timex

import (
	"strings"

	"storyline/data/text"
)

// wordInfo is what the tables say of one lower-case word, read through a token's WordID:
// the lookups the matchers make at nearly every trigger, without a map access each.
type wordInfo struct {
	flags                           wordFlag
	ordinal, number, weekday, month int
	unit, daypart, season, vague    string
	set                             string
	clock                           [2]int
}

type wordFlag uint32

const (
	isOrdinal         wordFlag = 1 << iota // lex.ordinals holds it (ordinal is its value)
	isNumber                               // lex.numbers holds it
	isWeekday                              // lex.weekdays holds it
	isMonth                                // lex.months holds it
	isUnit                                 // lex.units holds it
	isPlural                               // lex.plural says true
	isDaypart                              // lex.dayparts holds it
	isSeason                               // lex.seasons holds it
	isVague                                // lex.vague holds it
	isSet                                  // lex.sets holds it
	isClock                                // lex.clock holds it
	isZone                                 // lex.zones says true
	isSignal                               // lex.signals says true
	isFuture                               // lex.future says true
	isPast                                 // lex.past says true
	startsFuture2                          // the first word of a pair in lex.future2
	startsSignal2                          // the first word of a two-word signal
	startsPrefixedSet                      // the first word of a pair in prefixedSets
	startsQuantMod                         // the first word of a phrase in quantMods
	startsHoliday                          // the first word of a holiday's name
	startsPosMod                           // the first word of a phrase in posMods
	startsRelative                         // a word relative reads first: "the", "last", "earlier"...
	isPresentCue                           // presentCue holds it: "is", "says"
	isClauseOpener                         // clauseOpener holds it: "which", "while", ";"
	isVagueAmount                          // amounts.txt's vague: "several", "few"
	isMultiple                             // amounts.txt's multiples: "dozens", "hundreds"
	isAmountLead                           // amounts.txt's leads: "a", "half", "couple"
)

var wordInfos = func() (c text.Classes[*wordInfo]) {
	in := func(w string) *wordInfo {
		p := c.Add(w)
		if *p == nil {
			*p = new(wordInfo)
		}
		return *p
	}
	fill(in, lex.ordinals, isOrdinal, func(x *wordInfo) *int { return &x.ordinal })
	fill(in, lex.numbers, isNumber, func(x *wordInfo) *int { return &x.number })
	fill(in, lex.weekdays, isWeekday, func(x *wordInfo) *int { return &x.weekday })
	fill(in, lex.months, isMonth, func(x *wordInfo) *int { return &x.month })
	fill(in, lex.units, isUnit, func(x *wordInfo) *string { return &x.unit })
	fill(in, lex.dayparts, isDaypart, func(x *wordInfo) *string { return &x.daypart })
	fill(in, lex.seasons, isSeason, func(x *wordInfo) *string { return &x.season })
	fill(in, lex.vague, isVague, func(x *wordInfo) *string { return &x.vague })
	fill(in, lex.sets, isSet, func(x *wordInfo) *string { return &x.set })
	fill(in, lex.clock, isClock, func(x *wordInfo) *[2]int { return &x.clock })
	for f, set := range map[wordFlag]map[string]bool{isPlural: lex.plural, isZone: lex.zones,
		isSignal: lex.signals, isFuture: lex.future, isPast: lex.past,
		isPresentCue: presentCue, isClauseOpener: clauseOpener,
		isVagueAmount: amounts.Get("vague"), isMultiple: amounts.Get("multiples"), isAmountLead: amounts.Get("leads")} {
		for w, ok := range set {
			if ok {
				in(w).flags |= f
			}
		}
	}
	// Words that open a phrase of a table of phrases.
	for pair, ok := range lex.future2 {
		if ok {
			in(pair[0]).flags |= startsFuture2
		}
	}
	for two := range lex.signals2 {
		first, _, _ := strings.Cut(two, " ")
		in(first).flags |= startsSignal2
	}
	for pair := range prefixedSets {
		in(pair[0]).flags |= startsPrefixedSet
	}
	for w := range quantModsByFirst {
		in(w).flags |= startsQuantMod
	}
	for w := range lex.holidays {
		in(w).flags |= startsHoliday
	}
	for _, p := range posMods {
		in(p.words[0]).flags |= startsPosMod
	}
	for w := range relDir {
		in(w).flags |= startsRelative
	}
	for _, w := range []string{"earlier", "later", "the", "recent"} {
		in(w).flags |= startsRelative
	}
	return c
}()

// fill gives every word of table m flag f and its value in field.
func fill[V any](in func(string) *wordInfo, m map[string]V, f wordFlag, field func(*wordInfo) *V) {
	for w, v := range m {
		in(w).flags |= f
		*field(in(w)) = v
	}
}

// amounts are the words that open an amount of time besides numbers.
var amounts = load("amounts.txt").GroupSets()

// anAmount are the flags of the words that open an amount other than by a number.
const anAmount = isVagueAmount | isMultiple | isAmountLead

// noInfo is the entry of every word the tables do not hold.
var noInfo wordInfo

// infoOf is what the tables say of token k's word, in or out of the match window.
func (t *tagger) infoOf(k int) *wordInfo {
	if in := wordInfos.Of(t.d.Words[k]); in != nil {
		return in
	}
	return &noInfo
}

// info is what the tables say of token i's word; nothing outside the match window, as
// wd gives "" there.
func (t *tagger) info(i int) *wordInfo {
	if i < 0 || i >= t.lim {
		return &noInfo
	}
	return t.infoOf(i)
}

// The tables' entries for token k's word, as lex.units[t.wd(k)] and the like give them.

func (t *tagger) lexUnit(k int) (string, bool) { in := t.info(k); return in.unit, in.flags&isUnit != 0 }

func (t *tagger) lexPlural(k int) bool { return t.info(k).flags&isPlural != 0 }

func (t *tagger) lexDaypart(k int) (string, bool) {
	in := t.info(k)
	return in.daypart, in.flags&isDaypart != 0
}

func (t *tagger) lexSeason(k int) (string, bool) {
	in := t.info(k)
	return in.season, in.flags&isSeason != 0
}

func (t *tagger) lexVague(k int) (string, bool) {
	in := t.info(k)
	return in.vague, in.flags&isVague != 0
}

func (t *tagger) lexSet(k int) (string, bool) { in := t.info(k); return in.set, in.flags&isSet != 0 }

func (t *tagger) lexClock(k int) ([2]int, bool) {
	in := t.info(k)
	return in.clock, in.flags&isClock != 0
}

func (t *tagger) lexZone(k int) bool { return t.info(k).flags&isZone != 0 }

func (t *tagger) lexMonth(k int) (int, bool) { in := t.info(k); return in.month, in.flags&isMonth != 0 }
