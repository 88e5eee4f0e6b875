package text

import (
	"slices"
	"unicode/utf8"
)

// RuneIndex converts byte offsets of one string into code-point offsets in O(1) amortised
// time, with a checkpoint every 64 bytes instead of a table as large as the text.
type RuneIndex struct {
	s     string
	ascii bool
	marks []int32 // marks[k] = code points before byte k*64
}

const markEvery = 64

// NewRuneIndex indexes s.
func NewRuneIndex(s string) *RuneIndex {
	x := new(RuneIndex)
	x.index(s)
	return x
}

// index makes x the index of s, reusing its marks' array.
func (x *RuneIndex) index(s string) {
	*x = RuneIndex{s: s, ascii: true, marks: x.marks[:0]}
	i := 0
	for i+8 <= len(s) && load64(s, i)&highs == 0 {
		i += 8
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			x.ascii = false
			break
		}
	}
	if x.ascii {
		return
	}
	// A mark for every block of markEvery bytes that the text begins, and one for the
	// end when the text ends at a block's end.
	x.marks = slices.Grow(x.marks[:0], len(s)/markEvery+1)[:len(s)/markEvery+1]
	clear(x.marks)
	n := int32(0)
	for b := 0; b < len(s); b += markEvery {
		x.marks[b/markEvery] = n
		if b+markEvery <= len(s) {
			for k := b; k < b+markEvery; k += 8 {
				n += int32(runeStarts8(load64(s, k)))
			}
			continue
		}
		for k := b; k < len(s); k++ {
			if utf8.RuneStart(s[k]) {
				n++
			}
		}
	}
	if len(s)%markEvery == 0 {
		x.marks[len(s)/markEvery] = n
	}
}

// Runes returns the number of code points before byte offset b. An offset inside a
// multi-byte rune counts that rune as not yet begun.
func (x *RuneIndex) Runes(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(x.s) {
		b = len(x.s)
	}
	if x.ascii {
		return b
	}
	k := b / markEvery
	n := int(x.marks[k])
	for i := k * markEvery; i < b; i++ {
		if utf8.RuneStart(x.s[i]) {
			n++
		}
	}
	return n
}

// Bytes returns the byte offset of the code point at rune offset r, the inverse of Runes.
func (x *RuneIndex) Bytes(r int) int {
	if r <= 0 {
		return 0
	}
	if x.ascii {
		return min(r, len(x.s))
	}
	// The marks are ascending: binary search the last checkpoint at or before r.
	lo, hi := 0, len(x.marks)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if int(x.marks[mid]) <= r {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	n := int(x.marks[lo])
	for i := lo * markEvery; i < len(x.s); i++ {
		if utf8.RuneStart(x.s[i]) {
			if n == r {
				return i
			}
			n++
		}
	}
	return len(x.s)
}
