package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// View draws the frame. It costs O(rows on screen) whatever the number of events.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = fmt.Sprintf("storyline — %d events", len(m.tl.Events))
	if m.prompt != promptNone && !m.layout.tooSmall {
		if c := m.input.Cursor(); c != nil {
			c.Position.X += m.layout.footer.x
			c.Position.Y += m.layout.footer.y
			v.Cursor = c
		}
	}
	return v
}

func (m Model) render() string {
	l := m.layout
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if l.tooSmall {
		lines := wrap(fmt.Sprintf("storyline needs at least %d×%d;", minWidth, minHeight), m.width)
		lines = append(lines, wrap(fmt.Sprintf("this terminal is %d×%d", m.width, m.height), m.width)...)
		return strings.Join(centred(m.width, m.height, lines...), "\n")
	}
	st := &m.styles
	rows := make([]string, m.height)
	rows[l.header.y] = headerLine(st, m.status(), l.header.w)
	if r := m.read; r != nil {
		h := l.body.h - 2
		body := r.render(st, h)
		for i := range body {
			body[i] = " " + body[i]
		}
		for i, line := range frame(st, "Article", r.info(h), body, l.body.w, l.body.h, true) {
			rows[l.body.y+i] = line
		}
	} else if m.help {
		for i, line := range helpView(st, m.keys, l.body.w, l.body.h, m.helpTop) {
			rows[l.body.y+i] = line
		}
	} else {
		// Left panes first: rows are built by appending pane lines in x order.
		for _, p := range [...]pane{paneActors, panePlaces, paneSources, paneTimeline, paneDetail} {
			r := l.panes[p]
			if r.empty() {
				continue
			}
			for i, line := range m.paneFrame(p, r) {
				rows[r.y+i] += line
			}
		}
	}
	rows[l.footer.y] = m.footer()
	return strings.Join(rows, "\n")
}

func (m Model) paneFrame(p pane, r rect) []string {
	st := &m.styles
	focused := p == m.focus
	switch p {
	case paneTimeline:
		info := ""
		if n := len(m.timeline.idx); n > 0 {
			info = fmt.Sprintf("%d of %d", m.timeline.sel+1, n)
		}
		return frame(st, "Timeline", info, m.timeline.Render(st, focused), r.w, r.h, focused)
	case paneActors, panePlaces, paneSources:
		f, filter := m.facet(p)
		active := func(id string) bool { return slices.Contains(*filter, id) }
		return frame(st, facetTitle(p.String(), len(*filter)), f.info(),
			f.Render(st, focused, active, facetEmpty[p]), r.w, r.h, focused)
	}
	body := m.detail.Render()
	pad := make([]string, len(body))
	for i, line := range body {
		pad[i] = " " + line
	}
	return frame(st, "Detail", m.detail.info(), pad, r.w, r.h, focused)
}

func facetTitle(name string, active int) string {
	if active == 0 {
		return name
	}
	return fmt.Sprintf("%s ✓%d", name, active)
}

func (m Model) footer() string {
	w := m.layout.footer.w
	if m.prompt != promptNone {
		hint := footerItems(&m.styles, "", m.footerKeys(), m.searchHintWidth())
		return fit(m.input.View(), max(0, w-width(hint))) + hint
	}
	return footerLine(&m.styles, m.notice, m.footerKeys(), w)
}

// searchHintWidth is the room the search prompt leaves for its key hints.
func (m Model) searchHintWidth() int { return min(40, m.width/2) }

// facetEmpty is what a list says when it has nothing to show.
var facetEmpty = [paneCount]string{paneActors: "no actors found", panePlaces: "no places named", paneSources: "no sources cited"}
