package text

import "strings"

// VisibleControls replaces control characters, rune for rune, with visible stand-ins so that
// article text can never carry terminal escape sequences (colours, window titles, clipboard
// writes) to a screen: C0 controls become their Unicode control pictures (ESC shows as ␛),
// DEL as ␡, C1 controls as U+FFFD. Tabs, line feeds and carriage returns are kept.
func VisibleControls(s string) string {
	if !hasControls(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('␡')
		case r >= 0x80 && r < 0xa0:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hasControls(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
			return true
		}
		if c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xa0 { // C1 in UTF-8
			return true
		}
	}
	return false
}
