package timex

// The gates of the core matchers: each is true wherever its matcher can find something,
// as the matcher's first tests show, and false at most other triggers.
// TestGatesChangeNothing runs every matcher everywhere to check that they only spare
// calls.

// ordinalAt reports whether ordinal can read anything at i: a number ("30th"), an
// ordinal word, or a number word ("twenty-first").
func (t *tagger) ordinalAt(i int) bool {
	return t.isNum(i) || t.info(i).flags&(isOrdinal|isNumber) != 0
}

// The gates' bits: a matcher runs at a token only when its bit is set.
const (
	gSomeDay      uint32 = 1 << iota // "someday", "some day", "one day", "a day will come"
	gClock                           // a clock word or a number
	gMonthDate                       // a month, a day, "the" before an ordinal, "last May"
	gNumber                          // a number: numeric dates
	gWeekday                         // a weekday at i, i+1, or i+2 after "coming"/"past"
	gRelative                        // a word that starts a relative expression
	gDuration                        // an amount or a unit
	gDeictic                         // a deictic or vague word, or the phrases deictic reads
	gYear                            // a number, "the", "fiscal", an "FY" year, "'98"
	gHoliday                         // a word that starts a holiday's name
	gSeason                          // a season, or "the" before one
	gQuarter                         // "Q3", "H1", "the", an ordinal, "final", "this year's"
	gYearWord                        // "year", "yearend"
	gCentury                         // "century" within four tokens
	gSet                             // a frequency, a recurrence word, "per", "every", "Mondays"
	gUnit                            // a unit of time
	gRangeEnd                        // right after the last match
	gThe                             // "the"
	gPartOfDay                       // a part of the day within three tokens
	gAll                             // "all"
	gReportPeriod                    // a business story's period, "year", "the year"
)

// gates gives the bits of the matchers that can find something at token i, each true
// wherever its matcher's first tests pass. One function reads the token once for all of
// them: run at every trigger, twenty small gate functions cost more in instruction
// cache than in instructions.
func (t *tagger) gates(i int) uint32 {
	in, in1 := t.info(i), t.info(i+1)
	num := t.isNum(i)
	w := t.wd(i)
	var g uint32
	if num {
		g |= gClock | gNumber | gDuration | gYear | gSet | gMonthDate | gQuarter
	}
	if in.flags&isClock != 0 {
		g |= gClock
	}
	if in.flags&(isOrdinal|isNumber) != 0 {
		g |= gMonthDate | gQuarter
	}
	if in.flags&isNumber != 0 {
		g |= gDuration | gSet
	}
	if in.flags&isMonth != 0 {
		g |= gMonthDate
	}
	if (in.flags|in1.flags)&isWeekday != 0 || t.info(i+2).flags&isWeekday != 0 && t.is(i+1, "coming", "past") {
		g |= gWeekday
	}
	if in.flags&startsRelative != 0 {
		g |= gRelative
	}
	if in.flags&isUnit != 0 {
		g |= gDuration | gUnit
	}
	if in.flags&isVague != 0 {
		g |= gDeictic
	}
	if in.flags&startsHoliday != 0 {
		g |= gHoliday
	}
	if in.flags&isSeason != 0 {
		g |= gSeason
	}
	if in.flags&(isSet|startsPrefixedSet) != 0 {
		g |= gSet
	}
	if (in.flags|in1.flags|t.info(i+2).flags)&isDaypart != 0 {
		g |= gPartOfDay
	}
	if t.prev.j == i-1 {
		g |= gRangeEnd
	}
	if t.period.known() {
		g |= gReportPeriod
	}
	if t.wd(i+1) == "century" || t.wd(i+2) == "century" || t.wd(i+3) == "century" || t.wd(i+4) == "century" {
		g |= gCentury
	}
	if _, ok := deicticDays[w]; ok {
		g |= gDeictic
	}
	if in.flags&anAmount != 0 {
		g |= gDuration | gSet
	}
	switch w {
	case "the":
		g |= gDeictic | gYear | gQuarter | gThe
		if t.ordinalAt(i + 1) {
			g |= gMonthDate
		}
		if in1.flags&isSeason != 0 {
			g |= gSeason
		}
		if t.wd(i+1) == "year" {
			g |= gReportPeriod
		}
	case "someday", "some", "one":
		g |= gSomeDay
	case "a":
		g |= gSomeDay // and gDuration, gSet as an amount
	case "last", "next", "this":
		if in1.flags&isMonth != 0 {
			g |= gMonthDate
		}
		if t.wd(i+1) == "year" && (t.wd(i+2) == "'s" || t.wd(i+2) == "’s") {
			g |= gQuarter // "this year's third quarter"
		}
	case "current", "right", "more", "most", "present", "these":
		g |= gDeictic
	case "fiscal", "financial", "seventeen", "eighteen", "nineteen", "twenty", "two":
		g |= gYear
	case "'", "’":
		if t.isNum(i + 1) {
			g |= gYear
		}
	case "final":
		g |= gQuarter
	case "year":
		g |= gYearWord | gReportPeriod
	case "yearend":
		g |= gYearWord
	case "once", "twice", "thrice", "per", "every", "each":
		g |= gSet
	case "all":
		g |= gAll
	default:
		if len(w) > 2 && w[:2] == "fy" {
			g |= gYear
		}
		if len(w) == 2 && (w[0] == 'q' || w[0] == 'h') {
			g |= gQuarter
		}
		if len(w) > 6 && w[len(w)-1] == 's' && t.upper(i) {
			g |= gSet // "Mondays"
		}
	}
	return g
}
