package ui

import "strings"

const helpKeyWidth = 12

// helpLines lays out the key groups for an area w wide: one column, or two when one would
// not fit in h rows and there is room side by side.
func helpLines(st *Styles, groups []helpGroup, w, h int) []string {
	blocks := make([][]string, len(groups))
	total := 0
	for i, g := range groups {
		blocks[i] = helpBlock(st, g, w)
		total += len(blocks[i]) + 1
	}
	if total-1 <= h || w < 2*40 {
		return joinBlocks(blocks)
	}
	for i, g := range groups {
		blocks[i] = helpBlock(st, g, w/2)
	}
	// Two columns: the first takes groups until it holds about half the rows.
	split, rows := 0, 0
	for split < len(blocks) && rows+len(blocks[split]) <= (total+1)/2 {
		rows += len(blocks[split]) + 1
		split++
	}
	left, right := joinBlocks(blocks[:split]), joinBlocks(blocks[split:])
	colW := w / 2
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = fit(l, colW) + r
	}
	return out
}

// helpBlock is one group in w cells; descriptions wrap under themselves.
func helpBlock(st *Styles, g helpGroup, w int) []string {
	const indent = 3
	out := []string{" " + st.Heading.Render(g.title)}
	hang := strings.Repeat(" ", indent+helpKeyWidth)
	for _, r := range g.rows {
		for i, d := range wrap(r[1], max(8, w-indent-helpKeyWidth-1)) {
			if i == 0 {
				out = append(out, strings.Repeat(" ", indent)+st.Key.Render(fit(r[0], helpKeyWidth))+st.KeyDesc.Render(d))
			} else {
				out = append(out, hang+st.KeyDesc.Render(d))
			}
		}
	}
	return out
}

func joinBlocks(blocks [][]string) []string {
	var out []string
	for i, b := range blocks {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, b...)
	}
	return out
}

// helpView is the help screen in place of the panes, scrolled to top.
func helpView(st *Styles, k KeyMap, w, h, top int) []string {
	lines := helpLines(st, k.fullHelp(), w-2, h-2)
	top = clamp(top, 0, max(0, len(lines)-(h-2)))
	info := k.Clear.Help().Key + " or " + k.Help.Help().Key + " closes"
	if len(lines) > h-2 {
		info = k.upDown() + " scroll · " + info
	}
	return frame(st, "Keys", info, lines[top:], w, h, true)
}

// helpMaxTop is how far the help can scroll at this size.
func helpMaxTop(groups []helpGroup, w, h int) int {
	var st Styles
	return max(0, len(helpLines(&st, groups, w-2, h-2))-(h-2))
}
