package article

import (
	"strings"
	"unicode"

	"storyline/data/text"
)

// looksLikeMarkdown spots Markdown in a file whose name does not say so: a heading line
// or an inline link.
func looksLikeMarkdown(s string) bool {
	head := s[:min(len(s), 4096)]
	return strings.HasPrefix(head, "# ") || strings.Contains(head, "\n# ") || strings.Contains(head, "\n## ") ||
		strings.Contains(head, "](http")
}

// markdownTitle is the text of the first level-1 or level-2 heading near the top.
func markdownTitle(s string) string {
	for n, line := range strings.SplitN(s, "\n", 12) {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "## ") {
			t = strings.TrimSpace(strings.TrimRight(strings.TrimLeft(t, "#"), "#"))
			return text.Squeeze(PlainText(t))
		}
		if n > 10 {
			break
		}
	}
	return ""
}

// PlainText blanks Markdown markup with spaces, rune for rune, so that the extractors see
// prose while every code-point offset still points into the original body: heading and
// list markers, emphasis, inline code marks, link targets, images, HTML tags and fenced
// code are blanked; link texts stay.
func PlainText(s string) string {
	if !hasMarkup(s) {
		return s
	}
	out := []rune(s)
	blank := func(i, j int) {
		for k := i; k < j && k < len(out); k++ {
			if out[k] != '\n' {
				out[k] = ' '
			}
		}
	}
	lineStart := 0
	inFence := false
	for lineStart <= len(out) {
		lineEnd := lineStart
		for lineEnd < len(out) && out[lineEnd] != '\n' {
			lineEnd++
		}
		line := string(out[lineStart:lineEnd])
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			inFence = !inFence
			blank(lineStart, lineEnd)
		case inFence, isRule(trimmed), isReference(trimmed):
			blank(lineStart, lineEnd)
		default:
			blankLineMarkers(out, lineStart, lineEnd, blank)
			blankInline(out, lineStart, lineEnd, blank)
		}
		lineStart = lineEnd + 1
	}
	return string(out)
}

func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '=' && c != '*' && c != '_' {
		return false
	}
	return strings.Trim(t, string(c)+" ") == ""
}

// isReference matches a link reference definition: "[id]: http://...".
func isReference(t string) bool {
	if !strings.HasPrefix(t, "[") {
		return false
	}
	i := strings.Index(t, "]:")
	return i > 1 && !strings.Contains(t[:i], " ")
}

// blankLineMarkers blanks heading hashes, quote marks, list bullets and ordered-list
// numbers at the start of a line.
func blankLineMarkers(out []rune, a, b int, blank func(int, int)) {
	i := a
	for i < b && (out[i] == ' ' || out[i] == '\t') {
		i++
	}
	for i < b && out[i] == '>' { // block quotes, possibly nested
		blank(i, i+1)
		i++
		for i < b && out[i] == ' ' {
			i++
		}
	}
	switch {
	case i < b && out[i] == '#':
		j := i
		for j < b && out[j] == '#' {
			j++
		}
		if j == b || out[j] == ' ' {
			blank(i, j)
			k := b // closing hashes
			for k > j && (out[k-1] == '#' || out[k-1] == ' ') {
				k--
			}
			if k < b && strings.Trim(string(out[k:b]), " ") != "" {
				blank(k, b)
			}
		}
	case i+1 < b && (out[i] == '-' || out[i] == '*' || out[i] == '+') && out[i+1] == ' ':
		blank(i, i+1)
	case i < b && unicode.IsDigit(out[i]):
		j := i
		for j < b && unicode.IsDigit(out[j]) {
			j++
		}
		if j+1 < b && j-i <= 3 && (out[j] == '.' || out[j] == ')') && out[j+1] == ' ' {
			blank(i, j+1)
		}
	}
}

// blankInline handles images, links, inline code, emphasis and HTML tags within a line.
func blankInline(out []rune, a, b int, blank func(int, int)) {
	for i := a; i < b; i++ {
		switch c := out[i]; {
		case c == '!' && i+1 < b && out[i+1] == '[':
			if end := linkEnd(out, i+1, b); end > 0 {
				blank(i, end)
				i = end - 1
			}
		case c == '[':
			if close, end := linkParts(out, i, b); end > 0 {
				blank(i, i+1)
				blank(close, end)
				i = close
			}
		case c == '`':
			blank(i, i+1)
		case c == '*' || c == '~':
			j := i
			for j < b && out[j] == c {
				j++
			}
			if j < b && out[j] != ' ' || i > a && out[i-1] != ' ' {
				blank(i, j)
			}
			i = j - 1
		case c == '_':
			before := i > a && isWordRune(out[i-1])
			after := i+1 < b && isWordRune(out[i+1])
			if before != after || (!before && !after && i+1 < b && out[i+1] == '_') {
				blank(i, i+1)
			}
		case c == '<':
			if end := tagEnd(out, i, b); end > 0 {
				blank(i, end)
				i = end - 1
			}
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// linkParts finds "[text](target)" starting at i; it returns the index of "]" and the end
// of the target, or 0, 0.
func linkParts(out []rune, i, b int) (int, int) {
	depth := 0
	for j := i; j < b; j++ {
		switch out[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 < b && out[j+1] == '(' {
					for k := j + 2; k < b; k++ {
						if out[k] == ')' {
							return j, k + 1
						}
					}
				}
				if j+1 < b && out[j+1] == '[' { // reference link [text][id]
					for k := j + 2; k < b; k++ {
						if out[k] == ']' {
							return j, k + 1
						}
					}
				}
				return 0, 0
			}
		}
	}
	return 0, 0
}

func linkEnd(out []rune, i, b int) int {
	_, end := linkParts(out, i, b)
	return end
}

// tagEnd finds the end of an HTML tag or autolink beginning at i.
func tagEnd(out []rune, i, b int) int {
	if i+1 >= b {
		return 0
	}
	n := out[i+1]
	if !(n == '/' || n == '!' || unicode.IsLetter(n)) {
		return 0
	}
	for j := i + 1; j < b; j++ {
		if out[j] == '>' {
			return j + 1
		}
		if out[j] == '<' {
			return 0
		}
	}
	return 0
}

// hasMarkup reports whether s has anything PlainText would blank: inline markup characters
// anywhere, or a block marker, digit or rule at the start of a line. Most prose has none,
// and then PlainText returns it as it is.
func hasMarkup(s string) bool {
	// The inline characters by one search of the whole text, then the lines' first
	// characters: a byte at a time, this was most of the time a short article took here.
	if strings.ContainsAny(s, "#*_[!`~<=") {
		return true
	}
	for rest := s; ; {
		line, after, more := strings.Cut(rest, "\n")
		if t := strings.TrimLeft(line, " \t"); t != "" {
			if c := t[0]; c == '-' || c == '+' || c == '>' || c >= '0' && c <= '9' {
				return true
			}
		}
		if !more {
			return false
		}
		rest = after
	}
}
