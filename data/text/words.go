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
	table  *wordTable // the sealed vocabulary, for the lookup of every token
}{ids: map[string]WordID{}}

// Intern returns the WordID of the lower-case form w, adding it to the vocabulary. Call it
// only while initialising a package.
func Intern(w string) WordID {
	if vocabulary.sealed.Load() {
		panic("text: Intern(" + w + ") after the first document was analysed")
	}
	if w == "" {
		panic("text: Intern of the empty string, which no token is")
	}
	if id, ok := vocabulary.ids[w]; ok {
		return id
	}
	id := WordID(len(vocabulary.ids) + 1)
	vocabulary.ids[w] = id
	return id
}

// appendWords appends to ws the WordID of each token's lower-cased text.
func appendWords(ws []WordID, lower string, toks []Token) []WordID {
	vocabulary.seal.Do(func() {
		vocabulary.table = newWordTable(vocabulary.ids)
		vocabulary.sealed.Store(true)
	})
	for _, t := range toks {
		ws = append(ws, vocabulary.table.lookup(lower, t.Start, t.End))
	}
	return ws
}

// Classes maps WordIDs to what one extraction step knows of them: class flags, a month's
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
