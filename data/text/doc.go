package text

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Doc is cleaned text with its tokens and sentences, computed once and shared by every
// extraction step.
type Doc struct {
	Text      string
	Lower     string // Text with ASCII letters in lower case, at the same byte offsets
	Tokens    []Token
	Words     []WordID // the WordID of each token's lower-cased text
	Sentences []Sentence
	Runes     *RuneIndex

	serial uint64    // see Serial
	runes  RuneIndex // what Runes points to, kept with its marks for the next document
}

// Analyze cleans raw text and splits it into tokens and sentences. The Doc may be one
// released before, with its arrays reused.
func Analyze(raw string) *Doc {
	d := docs.Get().(*Doc)
	s := Clean(raw)
	d.Text = s
	d.Lower = LowerASCII(s)
	// Room for the tokens a text this long has, so that a long article fills its arrays
	// once instead of growing them by doubling.
	d.Tokens = appendTokens(slices.Grow(d.Tokens[:0], len(s)/4+1), s)
	d.Words = appendWords(slices.Grow(d.Words[:0], len(d.Tokens)), d.Lower, d.Tokens)
	d.Sentences = appendSentences(d.Sentences[:0], s, d.Tokens)
	d.runes.index(s)
	d.Runes = &d.runes
	d.serial = serials.Add(1)
	return d
}

// docs keeps released Docs, so that a worker analysing one article after another fills
// the same token, word and sentence arrays instead of allocating them for each.
var docs = sync.Pool{New: func() any { return new(Doc) }}

// serials numbers the documents analysed.
var serials atomic.Uint64

// maxPooledTokens bounds the arrays a released Doc keeps: one huge article should not
// hold its memory for the rest of a run.
const maxPooledTokens = 1 << 18

// Release gives d back for a later Analyze to reuse its arrays. Neither d nor its
// Tokens, Words, Sentences or Runes may be used afterwards; strings taken from Text and
// Lower stay valid. Releasing is optional: a Doc that is never released is collected as
// usual.
func (d *Doc) Release() {
	if cap(d.Tokens) > maxPooledTokens {
		return
	}
	*d = Doc{Tokens: d.Tokens[:0], Words: d.Words[:0], Sentences: d.Sentences[:0],
		runes: RuneIndex{marks: d.runes.marks[:0]}}
	docs.Put(d)
}

// Serial tells the documents analysed in this process apart: a step that keeps tables
// for the last document it read must compare it, not the Doc's address, since a released
// Doc is reused for another text.
func (d *Doc) Serial() uint64 { return d.serial }

// LowerTok returns token i with ASCII letters in lower case; other letters keep their case,
// which is enough for the English word lists the extractors look tokens up in.
func (d *Doc) LowerTok(i int) string { return d.Lower[d.Tokens[i].Start:d.Tokens[i].End] }

// IsASCII reports whether token i is all ASCII, so that strings.ToLower of its text is
// LowerTok(i).
func (d *Doc) IsASCII(i int) bool {
	if d.Runes != nil && d.Runes.ascii {
		return true // the whole text is
	}
	t := d.Tokens[i]
	for k := t.Start; k < t.End; k++ {
		if d.Text[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Lowercase reports whether token i holds no ASCII capital, so that its text is
// LowerTok(i).
func (d *Doc) Lowercase(i int) bool {
	t := d.Tokens[i]
	for k := t.Start; k < t.End; k++ {
		if d.Text[k]-'A' < 26 {
			return false
		}
	}
	return true
}

// ToLower returns strings.ToLower of token i's text, without a new string for the ASCII
// tokens that make up nearly all of English text.
func (d *Doc) ToLower(i int) string {
	if d.IsASCII(i) {
		return d.LowerTok(i)
	}
	return strings.ToLower(d.Tok(i))
}

// LowerASCII lowers ASCII letters only, so that every byte offset stays valid. It is how
// Doc.Lower is made, and so how a word list's entries must be lowered for Classes.
func LowerASCII(s string) string {
	i := 0
	for i+8 <= len(s) { // skip the words that hold no capital
		if x := load64(s, i); x&highs != 0 || lower8(x) != x {
			break
		}
		i += 8
	}
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// One allocation: the rest is lowered through a buffer on the stack into the
	// builder's array, which becomes the string without another copy.
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var buf [512]byte
	for i < len(s) {
		n := copy(buf[:], s[i:])
		lowerASCIIBytes(buf[:n])
		b.Write(buf[:n])
		i += n
	}
	return b.String()
}

// Tok returns the text of token i.
func (d *Doc) Tok(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// Span converts a byte range of the cleaned text into code-point offsets.
func (d *Doc) Span(start, end int) (int, int) { return d.Runes.Runes(start), d.Runes.Runes(end) }

// SentenceAt returns the index of the sentence containing byte offset b, or -1.
func (d *Doc) SentenceAt(b int) int {
	lo, hi := 0, len(d.Sentences)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		s := d.Sentences[mid]
		switch {
		case b < s.Start:
			hi = mid - 1
		case b >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}
