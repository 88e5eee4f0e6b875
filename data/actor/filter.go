package actor

import "hash/maphash"

// wordFilter is a Bloom filter of one hash over a set of words: mayHave is false for
// most words outside the set, without the cost of a map lookup. Recognition asks the
// gazetteer about nearly every word of a text, and nearly every word starts no name.
type wordFilter [1 << 10]uint64

// filterSeed is fixed for the process, so that every gazetteer hashes alike.
var filterSeed = maphash.MakeSeed()

func (f *wordFilter) add(w string) {
	h := maphash.String(filterSeed, w) % (uint64(len(f)) * 64)
	f[h/64] |= 1 << (h % 64)
}

func (f *wordFilter) mayHave(w string) bool {
	h := maphash.String(filterSeed, w) % (uint64(len(f)) * 64)
	return f[h/64]&(1<<(h%64)) != 0
}
