package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Squeeze returns s on one line: its words separated by single spaces, with no space at
// either end, exactly as strings.Join(strings.Fields(s), " ") would. Event titles and
// texts squeeze every clause and sentence, and most are already squeezed, so that case
// returns s itself without allocating.
func Squeeze(s string) string {
	if isSqueezed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	word := false // inside a word
	for i := 0; i < len(s); {
		c := s[i]
		w := 1
		space := asciiSpace[c] != 0
		if c >= utf8.RuneSelf {
			var r rune
			r, w = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space:
			word = false
		case !word:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			word = true
			fallthrough
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// isSqueezed reports whether s has no space at either end and no space but single ' '
// between its words.
func isSqueezed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		// Eight printable ASCII bytes at a time, most of any text: no two spaces side by
		// side, within them or with the byte after.
		if i+8 <= len(s) {
			if x := load64(s, i); printable8(x) {
				sp := spaces8(x)
				if sp&(sp>>8) != 0 || sp>>63 != 0 && s[i+8] == ' ' { // s does not end in a space
					return false
				}
				i += 7
				continue
			}
		}
		c := s[i]
		switch {
		case c > ' ' && c < utf8.RuneSelf:
		case c == ' ':
			if s[i+1] == ' ' { // s does not end in a space
				return false
			}
		case c < utf8.RuneSelf:
			if asciiSpace[c] != 0 {
				return false
			}
		default:
			r, w := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += w - 1
		}
	}
	return true
}
