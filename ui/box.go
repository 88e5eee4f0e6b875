package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// borderSet is the line-drawing characters of a pane frame. The focused pane gets heavy
// lines so that focus is visible without colour.
type borderSet struct{ tl, tr, bl, br, h, v string }

var (
	thinBorder  = borderSet{"╭", "╮", "╰", "╯", "─", "│"}
	heavyBorder = borderSet{"┏", "┓", "┗", "┛", "━", "┃"}
)

// frame draws a pane of exactly w×h cells: body lines inside a border, the title set into
// the top edge and info (a position such as "3 of 21") into the bottom edge. Body lines
// are cut or padded to the inner width.
func frame(st *Styles, title, info string, body []string, w, h int, focused bool) []string {
	if w < 2 || h < 2 {
		return blankLines(w, h)
	}
	bs, ts, set := st.Border, st.Title, thinBorder
	if focused {
		bs, ts, set = st.BorderFocus, st.TitleFocus, heavyBorder
	}
	inner := w - 2
	out := make([]string, 0, h)

	title = ansi.Truncate(" "+title+" ", max(0, inner-1), "…")
	rest := inner - 1 - ansi.StringWidth(title)
	out = append(out, bs.Render(set.tl+set.h)+ts.Render(title)+bs.Render(strings.Repeat(set.h, max(0, rest))+set.tr))

	v := bs.Render(set.v)
	blank := strings.Repeat(" ", inner)
	for i := range h - 2 {
		line := blank
		if i < len(body) {
			line = fit(body[i], inner)
		}
		out = append(out, v+line+v)
	}

	if info != "" {
		info = " " + info + " "
	}
	info = ansi.Truncate(info, max(0, inner-1), "")
	rest = inner - 1 - ansi.StringWidth(info)
	out = append(out, bs.Render(set.bl+strings.Repeat(set.h, max(0, rest)))+ts.Render(info)+bs.Render(set.h+set.br))
	return out
}

// fit cuts s to w cells, ending in an ellipsis when cut, and pads it to exactly w.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := width(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = width(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// width is the terminal width of s, styled or not.
func width(s string) int {
	if isPlainASCII(s) {
		return len(s)
	}
	return ansi.StringWidth(s)
}

func blankLines(w, h int) []string {
	out := make([]string, max(0, h))
	for i := range out {
		out[i] = strings.Repeat(" ", max(0, w))
	}
	return out
}

// centred places short lines in the middle of a w×h area, for messages in place of content.
func centred(w, h int, lines ...string) []string {
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	s := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
	return strings.Split(s, "\n")
}

// wrap breaks plain text into lines of at most w cells, breaking long words if need be.
func wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	if s == "" {
		return []string{""}
	}
	return strings.Split(ansi.Wrap(s, w, ""), "\n")
}

// isPlainASCII reports whether s is printable ASCII, one cell a byte, which most strings
// on screen are and which spares measuring them rune by rune.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}
