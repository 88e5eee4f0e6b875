package text

import (
	"strings"
	"unicode/utf8"
)

// Articles and timeline files are untrusted input: an escape sequence in a headline could
// retitle the window, recolour the screen or write the clipboard (OSC 52), and a bidi
// override could make text read differently from what it is (the Trojan Source attack).
// One cleaner serves the article reader, the JSON reader, the output formats and the
// explorer, so that what is safe in one is safe in all and shows the same.
//
// Every rune is replaced by exactly one rune, invalid bytes included (each is one code
// point to utf8.RuneCountInString and to []rune), so code-point offsets computed on the
// cleaned text hold in the original. What becomes what:
//
//   - C0 controls: their Control Pictures, so ESC shows as ␛ and the sequence it starts
//     can be read; DEL as ␡.
//   - C1 controls (one of them, CSI, starts sequences as ESC [ does) and invalid bytes
//     (a lone 0x9b is CSI to a terminal in 8-bit mode): U+FFFD.
//   - Formatting controls that hold until they are closed or the paragraph ends: bidi
//     embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the deprecated
//     shaping and swapping controls (U+206A–U+206F), the interlinear annotation marks
//     (U+FFF9–U+FFFB): U+FFFD.
//
// Kept: the bidi marks LRM, RLM and ALM, which have no scope and act as one invisible
// letter of their direction, and which mixed Hebrew or Arabic text needs; the zero-width
// joiners and non-joiners, which Arabic, Persian, Indic scripts and emoji sequences need;
// other zero-width characters (ZWSP, word joiner, BOM, soft hyphen), which move nothing.

// VisibleControls makes s safe to keep and show while keeping its lines: tabs, line
// feeds and carriage returns stay, for the extractors and for splitting into paragraphs,
// and the Unicode line and paragraph separators stay, which Clean makes line feeds.
// Vertical tab and form feed show as ␋ and ␌, NEL as U+FFFD. Article bodies, whose
// offsets must hold and whose lines the reader shows, and every string read from a
// timeline file go through this.
func VisibleControls(s string) string {
	return visible(s, false)
}

// VisibleLine makes s safe to show on one line: as VisibleControls, but every tab and
// line break (CR, LF, VT, FF, NEL, U+2028, U+2029) becomes a space, so one string is one
// line of a terminal or of a text or Markdown row. It too replaces rune for rune.
func VisibleLine(s string) string {
	return visible(s, true)
}

// VisibleRune is the rune VisibleLine shows in place of r, for measuring text rune by
// rune before it is cleaned.
func VisibleRune(r rune) rune {
	return visibleRune(r, true)
}

func visible(s string, line bool) string {
	var b strings.Builder
	kept := 0 // s[kept:i] is written as it stands when a rune that changes comes
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && i+8 <= len(s) && printable8(load64(s, i)) {
			i += 8
			continue
		}
		// Most letters, told valid and kept without decoding them, which is most of the
		// cost of a scan that finds nothing in text of other scripts.
		switch plainLead[c] {
		case 1:
			i++
			continue
		case 2:
			j := i
			for j+1 < len(s) && plainLead[s[j]] == 2 && s[j+1]&0xc0 == 0x80 {
				j += 2
			}
			if j > i {
				i = j
				continue
			}
		case 3:
			j := i
			for j+2 < len(s) && plainLead[s[j]] == 3 && s[j+1]&0xc0 == 0x80 && s[j+2]&0xc0 == 0x80 {
				j += 3
			}
			if j > i {
				i = j
				continue
			}
		}
		if w := stays(s, i, line); w > 0 {
			i += w
			continue
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		to := visibleRune(r, line)
		if to == r && (r != utf8.RuneError || w > 1) {
			i += w
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s) + 16) // room for a few runes that grow, as ESC does to ␛
		}
		b.WriteString(s[kept:i])
		b.WriteRune(to)
		i += w
		kept = i
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// plainLead is the length of the runes a byte leads when each of them is kept and any
// continuation bytes make it valid UTF-8: printable ASCII; U+00C0–U+07FF (Latin, Greek,
// Cyrillic, Hebrew, Arabic); U+1000–U+1FFF, U+3000–U+CFFF (CJK, Hangul) and
// U+E000–U+EFFF. Other bytes, Indic scripts' leads among them, go through stays.
var plainLead = func() (t [256]uint8) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = 1
	}
	for c := 0xc3; c < 0xe0; c++ {
		t[c] = 2
	}
	for _, c := range []int{0xe1, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xee} {
		t[c] = 3
	}
	return t
}()

// stays is the length of the rune at s[i] when it is valid UTF-8 that visibleRune keeps,
// told from its bytes, or 0 when that takes decoding it. It saves decoding each rune of
// text in other scripts, which is most of the cost of a scan that finds nothing.
func stays(s string, i int, line bool) int {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		if c >= ' ' && c < 0x7f || !line && (c == '\t' || c == '\n' || c == '\r') {
			return 1
		}
	case c < 0xc2: // a continuation byte or an overlong lead
	case c < 0xe0:
		if i+1 < len(s) && s[i+1]&0xc0 == 0x80 && (c != 0xc2 || s[i+1] >= 0xa0) { // not C1
			return 2
		}
	case c < 0xf0:
		if i+2 >= len(s) || s[i+1]&0xc0 != 0x80 || s[i+2]&0xc0 != 0x80 {
			return 0
		}
		c1, c2 := s[i+1], s[i+2]
		switch c {
		case 0xe0:
			if c1 < 0xa0 { // overlong
				return 0
			}
		case 0xed:
			if c1 >= 0xa0 { // a surrogate
				return 0
			}
		case 0xe2: // U+2028–U+202E and U+2066–U+206F
			if c1 == 0x80 && c2 >= 0xa8 && c2 <= 0xae || c1 == 0x81 && c2 >= 0xa6 && c2 <= 0xaf {
				return 0
			}
		case 0xef: // U+FFF9–U+FFFB
			if c1 == 0xbf && c2 >= 0xb9 && c2 <= 0xbb {
				return 0
			}
		}
		return 3
	}
	return 0
}

func visibleRune(r rune, line bool) rune {
	if r >= 0xa0 && r < 0x2028 || r > 0x206f && r < 0xfff9 || r >= ' ' && r < 0x7f {
		return r // most text, checked first
	}
	switch r {
	case '\t', '\n', '\r':
		if line {
			return ' '
		}
		return r
	case '\v', '\f', 0x85, 0x2028, 0x2029:
		if line {
			return ' '
		}
	}
	switch {
	case r < 0x20:
		return 0x2400 + r // ␀…␟
	case r == 0x7f:
		return '␡'
	case r >= 0x80 && r < 0xa0,
		r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x206f,
		r >= 0xfff9 && r <= 0xfffb:
		return utf8.RuneError
	}
	return r
}
