package actor

import "storyline/data/text"

// rootTable finds the trie's node for a name's first word. Recognition asks it of nearly
// every word of a text, most of them starting no name, so it is probed with the token in
// place and the word table's cheap hash: a probe reads a small array of tags and reaches
// a slot only when a tag agrees. It is at most a third full.
type rootTable struct {
	// shape has, by a word's first byte, bit n set when a first word of n bytes (63 and
	// more: 63) starts with it: most lower-case words are turned away by it unhashed.
	shape [256]uint64
	tags  []uint16 // by slot: 0 for an empty one, else the word's tag
	slots []rootSlot
	shift uint // 64 minus the number of bits of a slot's index
	n     int
}

type rootSlot struct {
	head uint64 // the word's first eight bytes, as text.WordHash gives them
	n    int    // its length: a word of eight bytes or fewer is compared without reading it
	word string
	node *node
}

func rootTag(h uint64) uint16 { return uint16(h) | 1 }

// get returns the node of the word s[start:end], or nil.
func (t *rootTable) get(s string, start, end int) *node {
	if start >= end || t.shape[s[start]]&(1<<min(end-start, 63)) == 0 {
		return nil
	}
	head, h := text.WordHash(s, start, end)
	tag, mask, n := rootTag(h), uint64(len(t.tags)-1), end-start
	for k := h >> t.shift; ; k = (k + 1) & mask {
		switch t.tags[k] {
		case 0:
			return nil
		case tag:
			if sl := &t.slots[k]; sl.n == n && sl.head == head && (n <= 8 || sl.word == s[start:end]) {
				return sl.node
			}
		}
	}
}

// put adds the word w with its node, which must be new.
func (t *rootTable) put(w string, n *node) {
	if 3*(t.n+1) > len(t.tags) {
		t.grow()
	}
	t.insert(w, n)
	t.n++
	t.shape[w[0]] |= 1 << min(len(w), 63)
}

func (t *rootTable) insert(w string, n *node) {
	head, h := text.WordHash(w, 0, len(w))
	mask := uint64(len(t.tags) - 1)
	k := h >> t.shift
	for t.tags[k] != 0 {
		k = (k + 1) & mask
	}
	t.tags[k], t.slots[k] = rootTag(h), rootSlot{head: head, n: len(w), word: w, node: n}
}

func (t *rootTable) grow() {
	old := t.slots
	size := max(64, 2*len(t.tags))
	bits := 0
	for 1<<bits < size {
		bits++
	}
	t.tags, t.slots, t.shift = make([]uint16, size), make([]rootSlot, size), uint(64-bits)
	for _, sl := range old {
		if sl.node != nil {
			t.insert(sl.word, sl.node)
		}
	}
}
