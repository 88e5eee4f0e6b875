package wordlist

import (
	"embed"
	"slices"
)

// The lists more than one package needs: the file is here, once, since a package embeds
// only files in or below its own directory.
//
//go:embed resources/*.txt
var shared embed.FS

// Months maps the lower-case spellings of the months, full and abbreviated, to their
// numbers (January = 1). Read only, as are the other shared lists.
var Months = Load(shared, "resources/months.txt").Ints()

// Weekdays maps the lower-case spellings of the weekdays, full and abbreviated, to their
// ISO numbers (Monday = 1).
var Weekdays = Load(shared, "resources/weekdays.txt").Ints()

// Numbers maps the cardinal number words ("one" to "ninety", "hundred", "million") to
// their values: timex counts with them, the name recogniser knows "Sixteen ships" opens
// no name.
var Numbers = Load(shared, "resources/numbers.txt").Ints()

// functionWords are the kinds of functionwords.txt.
var functionWords = Load(shared, "resources/functionwords.txt").Groups()

// FunctionWords is the words of the kinds named (articles, possessives, demonstratives,
// quantifiers; be, have, do, modals; relatives, subordinators, coordinators) with the
// words given, as one set.
func FunctionWords(kinds []string, more ...string) Set {
	s := setOf(more)
	for _, k := range kinds {
		for _, w := range functionWords.Get(k) {
			s[w] = true
		}
	}
	return s
}

// FunctionWordList is the words of one kind, in the file's order.
func FunctionWordList(kind string) []string { return slices.Clone(functionWords.Get(kind)) }

// MonthNames and WeekdayNames are the full names, lower case, by number less one: each
// is its number's longest spelling.
var (
	MonthNames   = fullNames[[12]string](Months)
	WeekdayNames = fullNames[[7]string](Weekdays)
)

func fullNames[A [12]string | [7]string](spellings map[string]int) (a A) {
	for w, n := range spellings {
		if len(w) > len(a[n-1]) {
			a[n-1] = w
		}
	}
	return a
}
