package timex

import "storyline/data/text"

// wordInfo is what the tables say of one lower-case word, read through a token's WordID:
// the lookups the matchers make at nearly every trigger, without a map access each.
type wordInfo struct {
	flags                    wordFlag
	ordinal, number, weekday int
}

type wordFlag uint16

const (
	isOrdinal      wordFlag = 1 << iota // lex.ordinals holds it (ordinal is its value)
	isNumber                            // lex.numbers holds it
	isWeekday                           // lex.weekdays holds it
	isFuture                            // lex.future holds it
	isPast                              // lex.past holds it
	startsFuture2                       // the first word of a pair in lex.future2
	startsQuantMod                      // the first word of a phrase in quantMods
	startsHoliday                       // the first word of a holiday's name
	startsPosMod                        // the first word of a phrase in posMods
)

var wordInfos = func() (c text.Classes[wordInfo]) {
	for w, n := range lex.ordinals {
		in := c.Add(w)
		in.flags |= isOrdinal
		in.ordinal = n
	}
	for w, n := range lex.numbers {
		in := c.Add(w)
		in.flags |= isNumber
		in.number = n
	}
	for w, n := range lex.weekdays {
		in := c.Add(w)
		in.flags |= isWeekday
		in.weekday = n
	}
	mark := func(f wordFlag, w string) { c.Add(w).flags |= f }
	for w, ok := range lex.future {
		if ok {
			mark(isFuture, w)
		}
	}
	for w, ok := range lex.past {
		if ok {
			mark(isPast, w)
		}
	}
	for pair, ok := range lex.future2 {
		if ok {
			mark(startsFuture2, pair[0])
		}
	}
	for w := range quantModsByFirst {
		mark(startsQuantMod, w)
	}
	for w := range lex.holidays {
		mark(startsHoliday, w)
	}
	for _, p := range posMods {
		mark(startsPosMod, p.words[0])
	}
	return c
}()

// info is what the tables say of token i's word; nothing outside the match window, as
// wd gives "" there.
func (t *tagger) info(i int) wordInfo {
	if i < 0 || i >= t.lim {
		return wordInfo{}
	}
	return wordInfos.Of(t.d.Words[i])
}
