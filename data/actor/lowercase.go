package actor

import (
	_ "embed"
	"hash/maphash"
	"strings"
	"sync"
)

//go:embed lexicon/lowercase.txt
var lowercaseTxt string

// lowercaseSet is the set of words news writes in lower case and almost never as a name
// of one word (see scripts/lowercase), with a Bloom filter before it: asked of many a
// capitalised word, most of them names, the filter turns them away without touching the
// large map. The set is made on first use rather than at start-up.
type lowercaseSet struct {
	words map[string]struct{}
	bloom [1 << 13]uint64 // 2^19 bits for some 18,000 words: about 3% pass wrongly
}

var lowercaseWords = sync.OnceValue(func() *lowercaseSet {
	s := &lowercaseSet{words: make(map[string]struct{}, strings.Count(lowercaseTxt, "\n"))}
	for line := range strings.Lines(lowercaseTxt) {
		if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
			s.words[w] = struct{}{}
			h := maphash.String(filterSeed, w) % (uint64(len(s.bloom)) * 64)
			s.bloom[h/64] |= 1 << (h % 64)
		}
	}
	return s
})

// commonAt reports whether the word of token i, in any case, is one of lowercaseWords.
func (r *recognizer) commonAt(i int) bool { return commonWord(r.tok(i)) }

// commonWord reports whether w, in any case, is one of lowercaseWords.
func commonWord(w string) bool {
	var buf [32]byte
	b, _, ok := lowerInto(buf[:], w)
	if !ok {
		return false // the list's words are ASCII
	}
	s := lowercaseWords()
	h := maphash.Bytes(filterSeed, b) % (uint64(len(s.bloom)) * 64)
	if s.bloom[h/64]&(1<<(h%64)) == 0 {
		return false
	}
	_, ok = s.words[string(b)]
	return ok
}
