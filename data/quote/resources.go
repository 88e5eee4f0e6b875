package quote

import (
	"embed"
	"fmt"
	"maps"
	"slices"

	"storyline/data/wordlist"
)

// The vocabulary of the rules is in resources/, apart from the rules, so that a word is
// added without touching a rule; each list is read once, while the package initialises.
//
//go:embed resources/*.txt
var resources embed.FS

// load reads one of the resource files.
func load(name string) wordlist.File { return wordlist.Load(resources, "resources/"+name) }

// wordSet is a word list that stands where a switch over its words stood, in a rule run
// at nearly every token, and costs about what the switch did: a word's signature (its
// length and first and last bytes, mixed by the list's own multiplier, chosen so that no
// two of its words share one) names the one word it can be, which is compared with it,
// with none of the hashing and probing of a map lookup.
type wordSet struct {
	words []string
	mul   uint32
	slot  [128]uint8 // 1 + the index in words of the word of each signature, 0 for none
}

func newWordSet(set wordlist.Set) *wordSet {
	// Sorted, so that the multiplier found is always the same. A list much longer than
	// these would need too many tries: it is a map's.
	words := slices.Sorted(maps.Keys(set))
	if len(words) > 40 {
		panic(fmt.Sprintf("quote: a wordSet of %d words, more than 40", len(words)))
	}
	s := &wordSet{words: words}
next:
	for try := range 1 << 16 {
		s.mul = 0x9E3779B1 + 2*uint32(try)
		clear(s.slot[:])
		for k, w := range words {
			b := sig(w, s.mul)
			if s.slot[b] != 0 {
				continue next
			}
			s.slot[b] = uint8(k + 1)
		}
		return s
	}
	panic(fmt.Sprintf("quote: no multiplier gives each of the words %q a signature of its own", words))
}

// has reports whether w is in the list.
func (s *wordSet) has(w string) bool {
	k := s.slot[sig(w, s.mul)]
	return k != 0 && s.words[k-1] == w
}

// set is the list as a set, for building another.
func (s *wordSet) set() wordlist.Set {
	m := make(wordlist.Set, len(s.words))
	for _, w := range s.words {
		m[w] = true
	}
	return m
}

// sig mixes the length and the first and last bytes of w into 0 to 127.
func sig(w string, mul uint32) uint {
	if w == "" {
		return 0
	}
	x := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-1])<<16
	return uint(x * mul >> 25)
}
