package actor

import "hash/maphash"

// wordFilter answers "may this word be in the set?" without the cost of a map lookup:
// false for most words outside the set. Recognition asks the gazetteer about nearly every
// word of a text, and nearly every word starts no name.
//
// Two tests, cheapest first: the word's first byte and length (a lower-case word of a
// length no name starts with is turned away without hashing), then a Bloom filter of one
// hash.
type wordFilter struct {
	shape [256]uint64 // by first byte: bit n set when a word of n bytes (63 and more: 63) starts so
	bloom [1 << 10]uint64
}

// filterSeed is fixed for the process, so that every gazetteer hashes alike.
var filterSeed = maphash.MakeSeed()

func (f *wordFilter) add(w string) {
	if w == "" {
		return
	}
	f.shape[w[0]] |= 1 << min(len(w), 63)
	h := maphash.String(filterSeed, w) % (uint64(len(f.bloom)) * 64)
	f.bloom[h/64] |= 1 << (h % 64)
}

func (f *wordFilter) mayHave(w string) bool {
	if w == "" || f.shape[w[0]]&(1<<min(len(w), 63)) == 0 {
		return false
	}
	h := maphash.String(filterSeed, w) % (uint64(len(f.bloom)) * 64)
	return f.bloom[h/64]&(1<<(h%64)) != 0
}
