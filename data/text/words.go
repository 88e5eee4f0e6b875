package text

import (
	"slices"
	"sync"
	"sync/atomic"
)

// WordID is a word form that some extraction step's word lists hold, interned as a small
// integer. Analyze looks each token's lower-cased text up once (Doc.Words), so that the
// steps' rules test class flags and compare integers instead of hashing the same strings
// again and again.
type WordID uint32

// NoWord is the WordID of every token whose lower-cased form no word list holds.
const NoWord WordID = 0

// vocabulary holds every interned form. It is filled during package initialisation, when
// the steps build their word lists, and only read afterwards: the first document
// analysed seals it, and a later Intern panics rather than leave earlier documents
// without the word.
var vocabulary = struct {
	ids    map[string]WordID
	sealed atomic.Bool
	seal   sync.Once
	table  wordTable // the sealed vocabulary, for the lookup of every token
}{ids: map[string]WordID{}}

// Intern returns the WordID of the lower-case form w, adding it to the vocabulary. Call it
// only while initialising a package.
func Intern(w string) WordID {
	if vocabulary.sealed.Load() {
		panic("text: Intern(" + w + ") after the first document was analysed")
	}
	if id, ok := vocabulary.ids[w]; ok {
		return id
	}
	id := WordID(len(vocabulary.ids) + 1)
	vocabulary.ids[w] = id
	return id
}

// WordOf returns the WordID of the lower-case form w, or NoWord, for text that is not one
// token (a suffix stripped, two tokens joined).
func WordOf(w string) WordID { return vocabulary.ids[w] }

// words gives each token the WordID of its lower-cased text.
func words(lower string, toks []Token) []WordID {
	vocabulary.seal.Do(func() {
		vocabulary.sealed.Store(true)
		vocabulary.table = newWordTable(vocabulary.ids)
	})
	ws := make([]WordID, len(toks))
	for i, t := range toks {
		ws[i] = vocabulary.table.lookup(lower[t.Start:t.End])
	}
	return ws
}

// wordTable is the sealed vocabulary as an open-addressing hash table: a lookup costs a
// short FNV hash and a probe or two, about half a Go map lookup, and Analyze makes one
// for every token.
type wordTable struct {
	slots []wordSlot // a power of two, at most half full
	words []string   // by WordID
}

type wordSlot struct {
	hash uint32
	id   WordID // NoWord: empty
}

func newWordTable(ids map[string]WordID) wordTable {
	n := 1
	for n < 2*len(ids)+2 {
		n *= 2
	}
	t := wordTable{slots: make([]wordSlot, n), words: make([]string, len(ids)+1)}
	for w, id := range ids {
		t.words[id] = w
		h := fnv32(w)
		i := h & uint32(n-1)
		for t.slots[i].id != NoWord {
			i = (i + 1) & uint32(n-1)
		}
		t.slots[i] = wordSlot{h, id}
	}
	return t
}

func (t *wordTable) lookup(w string) WordID {
	h := fnv32(w)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id == NoWord {
			return NoWord
		}
		if s.hash == h && t.words[s.id] == w {
			return s.id
		}
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

// Classes maps Words to what one extraction step knows of them: class flags, a month's
// number. Fill it while initialising the package; reading it is safe from any goroutine.
type Classes[T any] struct{ by []T }

// Add interns the lower-case form w and returns its entry to fill in at once (a later
// Add may move it).
func (c *Classes[T]) Add(w string) *T {
	id := int(Intern(w))
	if id >= len(c.by) {
		c.by = slices.Grow(c.by, id+1-len(c.by))[:id+1]
	}
	return &c.by[id]
}

// Of returns what c holds for w: the zero value for a word it was never given.
func (c *Classes[T]) Of(w WordID) T {
	if int(w) < len(c.by) {
		return c.by[w]
	}
	var zero T
	return zero
}
