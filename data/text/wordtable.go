package text

import "math/bits"

// wordTable is the sealed vocabulary's lookup, made for the one question Analyze asks of
// every token: which WordID is this lower-cased word? Half the tokens of a news text are
// in no word list, so a miss must be cheap: a probe reads a small array of tags (sixteen
// bits of each word's hash) and reaches the slots only when a tag agrees. Nearly all
// words are eight bytes or shorter, so a slot holds a word's first eight bytes and its
// length: for a short word, comparing them is comparing the word.
type wordTable struct {
	tags  []uint16   // by slot: 0 for an empty one, else tagOf the word's hash
	slots []wordSlot // as many; the table is at most a third full
	shift uint       // 64 minus the number of bits of a slot's index
	words []string   // by WordID, for the words longer than eight bytes
}

type wordSlot struct {
	head uint64 // the word's first eight bytes, the first lowest, zero past its end
	n    uint32 // its length
	id   WordID
}

// tagOf is the tag of a hash: its low bits, never 0.
func tagOf(h uint64) uint16 { return uint16(h) | 1 }

// newWordTable makes the table of the words in ids.
func newWordTable(ids map[string]WordID) *wordTable {
	// At most a third full: linear probes stay short, and a vocabulary of a few thousand
	// words keeps its slots within the processor's second-level cache, which a quarter
	// would double past at just over 2,048 words.
	size := 16
	for size < 3*len(ids) {
		size *= 2
	}
	t := &wordTable{tags: make([]uint16, size), slots: make([]wordSlot, size),
		shift: uint(64 - bits.TrailingZeros(uint(size))), words: make([]string, len(ids)+1)}
	mask := uint64(size - 1)
	for w, id := range ids {
		t.words[id] = w
		head, h := wordHash(w, 0, len(w))
		k := h >> t.shift
		for t.tags[k] != 0 {
			k = (k + 1) & mask
		}
		t.tags[k], t.slots[k] = tagOf(h), wordSlot{head: head, n: uint32(len(w)), id: id}
	}
	return t
}

// lookup returns the WordID of s[start:end], or NoWord.
func (t *wordTable) lookup(s string, start, end int) WordID {
	head, h := wordHash(s, start, end)
	tag, n := tagOf(h), uint32(end-start)
	mask := uint64(len(t.tags) - 1)
	for k := h >> t.shift; ; k = (k + 1) & mask {
		switch t.tags[k] {
		case 0:
			return NoWord
		case tag:
			if sl := &t.slots[k]; sl.n == n && sl.head == head && (n <= 8 || t.words[sl.id] == s[start:end]) {
				return sl.id
			}
		}
	}
}

// wordHash returns the first eight bytes of the word s[start:end] and its hash, which
// mixes in the last eight bytes of a longer word and the length. It reads s past the end
// of the word when s goes on, and masks what it read. Small enough to be inlined in
// lookup.
func wordHash(s string, start, end int) (head, h uint64) {
	n := end - start
	if start+8 <= len(s) {
		head = load64(s, start) & headMasks[min(n, 8)]
	} else {
		head = shortHead(s[start:end])
	}
	x := head ^ uint64(n)<<59
	if n > 8 {
		x ^= bits.RotateLeft64(load64(s, end-8), 31)
	}
	return head, x * 0x9e3779b97f4a7c15
}

// WordHash gives the word s[start:end] as the word table reads it: its first eight bytes
// (the first lowest, zero past its end) and its hash. It is cheap enough for a filter or a
// table of words probed at every token, and the same whatever text holds the word.
func WordHash(s string, start, end int) (head, h uint64) { return wordHash(s, start, end) }

// headMasks keeps the first n bytes of a word read as eight.
var headMasks = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// shortHead reads a word of fewer than eight bytes at the end of its text.
func shortHead(w string) uint64 {
	var head uint64
	for k := len(w) - 1; k >= 0; k-- {
		head = head<<8 | uint64(w[k])
	}
	return head
}
