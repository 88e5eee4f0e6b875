package actor

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed lexicon/lowercase.txt
var lowercaseTxt string

// lowercaseWords is the set of words news writes in lower case and almost never as a name
// of one word (see scripts/lowercase). Only a sentence's capitalised first word is looked
// up, so the set is made on first use rather than at start-up.
var lowercaseWords = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, strings.Count(lowercaseTxt, "\n"))
	for line := range strings.Lines(lowercaseTxt) {
		if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
			m[w] = struct{}{}
		}
	}
	return m
})

// commonWord reports whether w, in any case, is one of lowercaseWords.
func commonWord(w string) bool {
	var buf [32]byte
	b, _, ok := lowerInto(buf[:], w)
	if !ok {
		return false // the list's words are ASCII
	}
	_, ok = lowercaseWords()[string(b)]
	return ok
}
