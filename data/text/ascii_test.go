package text

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// The word tests agree with the byte tests they stand for, on every byte value in every
// position.
func TestWordTestsMatchByteTests(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var b [8]byte
	for n := range 200000 {
		for k := range b {
			b[k] = byte(r.IntN(256))
			if n%3 == 0 { // mostly ASCII, as text is
				b[k] &= 0x7f
			}
			if n%5 == 0 && r.IntN(2) == 0 { // and has spaces
				b[k] = ' '
			}
		}
		b[n%8] = byte(n / 8 % 256) // every value in every position
		x := binary.LittleEndian.Uint64(b[:])
		if x != load64(string(b[:]), 0) {
			t.Fatalf("load64(%q)", b)
		}
		printable, starts, spaces := true, 0, uint64(0)
		for k, c := range b {
			printable = printable && c >= ' ' && c <= '~'
			if utf8.RuneStart(c) {
				starts++
			}
			if c == ' ' {
				spaces |= 0x80 << (8 * k)
			}
		}
		if spaces8(x) != spaces {
			t.Fatalf("spaces8(%q) = %x, want %x", b, spaces8(x), spaces)
		}
		if printable8(x) != printable {
			t.Fatalf("printable8(%q) = %v", b, !printable)
		}
		if runeStarts8(x) != starts {
			t.Fatalf("runeStarts8(%q) = %d, want %d", b, runeStarts8(x), starts)
		}
		if x&highs == 0 {
			low := b
			lowerBytes(low[:])
			if got := lower8(x); got != binary.LittleEndian.Uint64(low[:]) {
				t.Fatalf("lower8(%q) = %x", b, got)
			}
		}
	}
}
