package text

import (
	"encoding/binary"
	"math/bits"
)

// The scans every document goes through (cleanup, lower-casing, the code-point index)
// read ASCII text eight bytes at a time: these word tests answer for all eight at once,
// and a word that fails is read byte by byte.

const (
	ones  = 0x0101010101010101 // 1 in every byte
	highs = 0x8080808080808080 // the high bit of every byte
)

// load64 reads the eight bytes of s at i as one word, the first byte lowest.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// printable8 reports whether every byte of x is printable ASCII, ' ' to '~'.
func printable8(x uint64) bool {
	below := (x - ' '*ones) &^ x & highs       // a byte under ' '
	above := (x + (0x7f-'~')*ones | x) & highs // a byte over '~'
	return below|above == 0
}

// spaces8 has the high bit set in each byte of x that is ' ', and no other bit.
func spaces8(x uint64) uint64 {
	const lows = ^uint64(highs) // the other seven bits of every byte
	y := x ^ ' '*ones           // the spaces are now zero bytes
	return ^((y&lows + lows) | y | lows)
}

// lower8 lowers the ASCII capitals of x, whose bytes are all ASCII.
func lower8(x uint64) uint64 {
	fromA := x + (0x80-'A')*ones   // high bit: at least 'A'
	pastZ := x + (0x80-'Z'-1)*ones // high bit: past 'Z'
	caps := fromA &^ pastZ & highs // the capitals' high bits
	return x | caps>>2             // 0x80>>2 is the case bit 0x20
}

// lowerASCIIBytes lowers the ASCII capitals of b in place.
func lowerASCIIBytes(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if x := binary.LittleEndian.Uint64(b[i:]); x&highs == 0 {
			binary.LittleEndian.PutUint64(b[i:], lower8(x))
			continue
		}
		lowerBytes(b[i : i+8])
	}
	lowerBytes(b[i:])
}

func lowerBytes(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// runeStarts8 is the number of bytes of x that start a UTF-8 sequence (all but the
// continuation bytes 10xxxxxx), as utf8.RuneStart counts them.
func runeStarts8(x uint64) int {
	return 8 - bits.OnesCount64(x&^(x<<1)&highs)
}
