// Package text holds the shared first steps of extraction: cleanup that keeps code-point
// offsets stable, conversion between byte and code-point offsets, tokens and sentences.
package text

import (
	"strings"
	"unicode/utf8"
)

// Clean maps text rune for rune onto a form the extractors can rely on: every Unicode space
// (no-break, thin, ideographic...) becomes ' ', line and paragraph separators and lone
// carriage returns become '\n', the CR of CRLF and other control characters become ' '.
// Because no rune is added or removed, a code-point offset in the cleaned text is the same
// offset in the original; byte offsets may differ.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	kept := 0 // s[kept:i] is written as it stands when a rune that changes comes
	for i := 0; i < len(s); {
		if i+8 <= len(s) && printable8(load64(s, i)) {
			i += 8
			continue
		}
		if c := s[i]; c >= ' ' && c < 0x7f || c == '\n' {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		var to string
		switch {
		case r == '\r':
			to = "\n"
			if i+1 < len(s) && s[i+1] == '\n' {
				to = " "
			}
		case r == '\u2028' || r == '\u2029':
			to = "\n"
		case r == utf8.RuneError:
			to = "\uFFFD" // an invalid byte becomes the replacement character
		case isSpace(r) || isControl(r):
			to = " "
		default:
			i += w // unchanged
			continue
		}
		b.WriteString(s[kept:i])
		b.WriteString(to)
		i += w
		kept = i
	}
	b.WriteString(s[kept:])
	return b.String()
}

// isPlain reports whether Clean would leave s as it is, which is the common case for ASCII
// prose and saves a copy.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if i+8 <= len(s) && printable8(load64(s, i)) {
			i += 7
			continue
		}
		c := s[i]
		if c >= 0x80 || (c < 0x20 && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool {
	switch r {
	case '\t', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}
