package ui

import (
	"strings"
	"unicode/utf8"
)

// clean makes article-derived text safe to put on a terminal. Articles are untrusted input:
// an escape sequence in a headline could retitle the window, recolour the screen or write
// the clipboard (OSC 52), and a bidi override could make text read differently from what
// it is. Control characters therefore become visible Control Pictures (ESC shows as ␛),
// C1 controls, bidi overrides and invalid UTF-8 become U+FFFD, and line breaks and tabs
// become spaces so that one string is always one line.
func clean(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			// A stray byte such as 0x9b is a C1 CSI to some terminals in 8-bit mode.
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		i += size
		b.WriteRune(cleanRune(r))
	}
	return b.String()
}

// cleanRune returns the safe form of one rune; most runes are themselves.
func cleanRune(r rune) rune {
	switch {
	case r == '\t', r == '\n', r == '\r', r == '\v', r == '\f', r == 0x85, r == 0x2028, r == 0x2029:
		return ' '
	case r < 0x20:
		return 0x2400 + r // ␀…␟, so ESC reads as ␛
	case r == 0x7f:
		return 0x2421 // ␡
	case r >= 0x80 && r <= 0x9f,
		r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069:
		return utf8.RuneError
	}
	return r
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}
