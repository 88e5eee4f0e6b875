package actor

import (
	_ "embed"
	"strings"
	"sync"

	"storyline/data/text"
)

//go:embed lexicon/lowercase.txt
var lowercaseTxt string

// lowercaseSet is the set of words news writes in lower case and almost never as a name
// of one word (see scripts/lowercase). It is asked of many a capitalised word, most of
// them names, with the token's lower-cased text read in place: a probe reads a small
// array of tags and reaches a slot only when a tag agrees, and a word of eight bytes or
// fewer is compared without reading the text. The words are spans of the embedded list,
// so the set holds one pointer; it is at most half full, and made on first use rather
// than at start-up.
type lowercaseSet struct {
	tags  []uint16
	slots []lowerSlot
	shift uint // 64 minus the number of bits of a slot's index
}

type lowerSlot struct {
	head   uint64 // the word's first eight bytes, as text.WordHash gives them
	off, n uint32 // the word in lowercaseTxt
}

var lowercaseWords = sync.OnceValue(func() *lowercaseSet {
	n := strings.Count(lowercaseTxt, "\n") + 1
	size, bits := 1, 0
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	s := &lowercaseSet{tags: make([]uint16, size), slots: make([]lowerSlot, size), shift: uint(64 - bits)}
	mask := uint64(size - 1)
	for off := 0; off < len(lowercaseTxt); {
		end := strings.IndexByte(lowercaseTxt[off:], '\n')
		if end < 0 {
			end = len(lowercaseTxt)
		} else {
			end += off
		}
		a, b := off, end
		off = end + 1
		for a < b && lowercaseTxt[a] == ' ' {
			a++
		}
		for b > a && (lowercaseTxt[b-1] == ' ' || lowercaseTxt[b-1] == '\r') {
			b--
		}
		if a == b || lowercaseTxt[a] == '#' || s.has(lowercaseTxt, a, b) {
			continue
		}
		head, h := text.WordHash(lowercaseTxt, a, b)
		k := h >> s.shift
		for s.tags[k] != 0 {
			k = (k + 1) & mask
		}
		s.tags[k], s.slots[k] = uint16(h)|1, lowerSlot{head: head, off: uint32(a), n: uint32(b - a)}
	}
	return s
})

// has reports whether the word w[start:end], in lower case, is in the set.
func (s *lowercaseSet) has(w string, start, end int) bool {
	head, h := text.WordHash(w, start, end)
	tag, mask, n := uint16(h)|1, uint64(len(s.tags)-1), uint32(end-start)
	for k := h >> s.shift; ; k = (k + 1) & mask {
		switch s.tags[k] {
		case 0:
			return false
		case tag:
			if sl := &s.slots[k]; sl.n == n && sl.head == head &&
				(n <= 8 || lowercaseTxt[sl.off:sl.off+sl.n] == w[start:end]) {
				return true
			}
		}
	}
}

// commonAt reports whether the word of token i, in any case, is one of lowercaseWords.
func (r *recognizer) commonAt(i int) bool {
	// The list's words are ASCII: the token's lower-cased text is read where it stands.
	if !r.d.IsASCII(i) {
		return false
	}
	t := r.d.Tokens[i]
	return lowercaseWords().has(r.d.Lower, t.Start, t.End)
}
