package timex

// The gates of the core matchers that read a word list at their first token: each is
// true wherever its matcher can find something, as the matcher's first tests show, and
// false at most other triggers. TestGatesChangeNothing runs every matcher everywhere to
// check that they only spare calls.

// amountWord reports whether w can open an amount (amount) other than by a digit or a
// number word: "a few", "several", "dozens of".
func amountWord(w string) bool {
	switch w {
	case "a", "an", "half", "several", "few", "many", "numerous", "countless", "couple",
		"dozens", "hundreds", "thousands", "scores":
		return true
	}
	return false
}

// ordinalAt reports whether ordinal can read anything at i: a number ("30th"), an
// ordinal word, or a number word ("twenty-first").
func (t *tagger) ordinalAt(i int) bool {
	return t.isNum(i) || t.info(i).flags&(isOrdinal|isNumber) != 0
}

// monthDateGate: a month, a day ("30", "30th", "thirtieth"), "the" before an ordinal, or
// "last", "next", "this" before a month.
func monthDateGate(t *tagger, i int) bool {
	if t.info(i).flags&isMonth != 0 || t.ordinalAt(i) {
		return true
	}
	switch t.wd(i) {
	case "the":
		return t.ordinalAt(i + 1)
	case "last", "next", "this":
		return t.info(i+1).flags&isMonth != 0
	}
	return false
}

// numericDateGate: every numeric date starts with a number.
func numericDateGate(t *tagger, i int) bool { return t.isNum(i) }

// durationOrAgoGate: an amount (a number, a number word, "a", "several"...) or a plural
// unit alone ("weeks ago").
func durationOrAgoGate(t *tagger, i int) bool {
	return t.isNum(i) || t.info(i).flags&(isNumber|isUnit) != 0 || amountWord(t.wd(i))
}

// deicticGate: a deictic or vague word, or the words of the phrases deictic reads.
func deicticGate(t *tagger, i int) bool {
	if t.info(i).flags&isVague != 0 {
		return true
	}
	w := t.wd(i)
	if _, ok := deicticDays[w]; ok {
		return true
	}
	switch w {
	case "the", "current", "right", "more", "most", "present", "these":
		return true
	}
	return false
}

// yearGate: a number, "the" (before a year or a decade), "fiscal" or "financial", an
// "FY" year, or an apostrophe before a number ("'98").
func yearGate(t *tagger, i int) bool {
	if t.isNum(i) {
		return true
	}
	switch w := t.wd(i); w {
	case "the", "fiscal", "financial", "seventeen", "eighteen", "nineteen", "twenty", "two":
		return true
	case "'", "’":
		return t.isNum(i + 1)
	default:
		return len(w) > 2 && w[:2] == "fy"
	}
}

// quarterGate: "Q3", "H1", "the", an ordinal, "final", or "this year's".
func quarterGate(t *tagger, i int) bool {
	if t.ordinalAt(i) {
		return true
	}
	switch w := t.wd(i); w {
	case "the", "final":
		return true
	case "this", "next", "last": // "this year's third quarter"
		return t.wd(i+1) == "year" && (t.wd(i+2) == "'s" || t.wd(i+2) == "’s")
	default:
		return len(w) == 2 && (w[0] == 'q' || w[0] == 'h')
	}
}

// setGate: a frequency ("once", "three times"), a recurrence word ("daily", "semi-"),
// "per", "every", "each", or a weekday in the plural ("Mondays").
func setGate(t *tagger, i int) bool {
	if t.isNum(i) || t.info(i).flags&(isNumber|isSet|startsPrefixedSet) != 0 {
		return true
	}
	w := t.wd(i)
	switch w {
	case "once", "twice", "thrice", "per", "every", "each":
		return true
	}
	return amountWord(w) || len(w) > 6 && w[len(w)-1] == 's' && t.upper(i)
}
