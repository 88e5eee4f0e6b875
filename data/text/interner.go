package text

// Interner gives strings small dense IDs, 0, 1, 2... in the order they are first seen:
// an open-addressing table with a short FNV hash, cheaper than a Go map for the short
// words of a text. A worker keeps one between documents: Reset empties it without
// clearing its table, by starting a new generation.
type Interner struct {
	slots []internSlot // a power of two, at most half full
	keys  []string     // by ID
	gen   uint32       // slots of another generation are empty
}

type internSlot struct {
	gen, hash, id uint32
}

// Reset forgets every string.
func (in *Interner) Reset() {
	clear(in.keys) // the strings would stay alive
	in.keys = in.keys[:0]
	in.gen++
	if in.gen == 0 { // wrapped: old generations would look current
		clear(in.slots)
		in.gen = 1
	}
}

// Len is the number of strings interned since the last Reset.
func (in *Interner) Len() int { return len(in.keys) }

// ID returns the ID of s, interning it if it is new.
func (in *Interner) ID(s string) uint32 {
	if 2*(len(in.keys)+1) > len(in.slots) {
		in.grow()
	}
	h := fnv32(s)
	mask := uint32(len(in.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &in.slots[i]
		if sl.gen != in.gen {
			*sl = internSlot{in.gen, h, uint32(len(in.keys))}
			in.keys = append(in.keys, s)
			return sl.id
		}
		if sl.hash == h && in.keys[sl.id] == s {
			return sl.id
		}
	}
}

// Lookup returns the ID of s, if it is interned.
func (in *Interner) Lookup(s string) (uint32, bool) {
	if len(in.slots) == 0 {
		return 0, false
	}
	h := fnv32(s)
	mask := uint32(len(in.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := in.slots[i]
		if sl.gen != in.gen {
			return 0, false
		}
		if sl.hash == h && in.keys[sl.id] == s {
			return sl.id, true
		}
	}
}

// grow doubles the table and places the current strings in it again.
func (in *Interner) grow() {
	if in.gen == 0 {
		in.gen = 1 // a zero slot is empty
	}
	n := max(16, 2*len(in.slots))
	in.slots = make([]internSlot, n)
	mask := uint32(n - 1)
	for id, s := range in.keys {
		h := fnv32(s)
		i := h & mask
		for in.slots[i].gen == in.gen {
			i = (i + 1) & mask
		}
		in.slots[i] = internSlot{in.gen, h, uint32(id)}
	}
}

// fnv32 is the 32-bit FNV-1a hash of s.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
