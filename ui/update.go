package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storyline/data/text"
	"storyline/model"
)

func (m *Model) onKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if m.prompt != promptNone {
		return m.onPromptKey(msg)
	}
	if m.read != nil {
		return m.onReaderKey(msg)
	}
	if m.help {
		switch {
		case key.Matches(msg, k.Quit):
			return tea.Quit
		case key.Matches(msg, k.Clear, k.Help):
			m.help = false
		case key.Matches(msg, k.Up):
			m.scrollHelp(-1)
		case key.Matches(msg, k.Down):
			m.scrollHelp(1)
		case key.Matches(msg, k.PageUp):
			m.scrollHelp(-m.layout.body.h)
		case key.Matches(msg, k.PageDown):
			m.scrollHelp(m.layout.body.h)
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.help, m.helpTop = true, 0
	case key.Matches(msg, k.Search):
		if f := m.focusedFacet(); f != nil {
			return m.openPrompt(promptFacet, f.find)
		}
		m.find.origin = m.timeline.Selected()
		return m.openPrompt(promptSearch, m.find.s.Query)
	case key.Matches(msg, k.Order) && m.focusedFacet() != nil:
		f := m.focusedFacet()
		f.toggleOrder()
		m.notice = "by number of events"
		if f.byName {
			m.notice = "by name"
		}
	case key.Matches(msg, k.NextMatch):
		m.stepMatch(1)
	case key.Matches(msg, k.PrevMatch):
		m.stepMatch(-1)
	case key.Matches(msg, k.Only):
		m.toggleOnly()
	case key.Matches(msg, k.KeyEvents):
		m.toggleKey()
	case key.Matches(msg, k.Copy):
		return m.copySelected()
	case key.Matches(msg, k.Jump):
		return m.openPrompt(promptDate, "")
	case key.Matches(msg, k.Back):
		m.step(-1)
	case key.Matches(msg, k.Forward):
		m.step(1)
	case key.Matches(msg, k.ZoomIn):
		m.zoomIn()
	case key.Matches(msg, k.ZoomOut):
		m.zoomOut()
	case key.Matches(msg, k.Star):
		return m.toggleStar()
	case key.Matches(msg, k.Note):
		return m.openNote()
	case key.Matches(msg, k.Starred):
		m.toggleStarred()
	case key.Matches(msg, k.Export):
		return m.openExport()
	case key.Matches(msg, k.Reader):
		m.openReader()
	case key.Matches(msg, k.Clear):
		if !m.filter.Empty() || m.find.active() || len(m.zoom) > 0 || m.starredOnly {
			all := m.filter.AllActors
			m.filter = model.Filter{}
			m.filter.AllActors = all
			m.find = finder{origin: -1}
			m.zoom, m.starredOnly = nil, false
			m.refilter()
			m.notice = "filters and search cleared"
		}
	case key.Matches(msg, k.NextPane):
		m.setFocus((m.focus + 1) % paneCount)
	case key.Matches(msg, k.PrevPane):
		m.setFocus((m.focus + paneCount - 1) % paneCount)
	case key.Matches(msg, k.MatchMode):
		m.filter.AllActors = !m.filter.AllActors
		m.notice = "several actors: an event needs any of them"
		if m.filter.AllActors {
			m.notice = "several actors: an event needs all of them"
		}
		m.refilter()
	case key.Matches(msg, k.Toggle):
		m.toggle()
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.PageUp):
		m.move(-m.page())
	case key.Matches(msg, k.PageDown):
		m.move(m.page())
	case key.Matches(msg, k.Top):
		m.moveTo(0)
	case key.Matches(msg, k.Bottom):
		m.moveTo(1 << 30)
	default:
		m.unbound(msg)
	}
	return nil
}

// unbound says so when a key does nothing, rather than nothing at all.
func (m *Model) unbound(msg tea.KeyPressMsg) {
	if s := msg.String(); s != "" {
		m.notice = text.VisibleLine(s) + " does nothing here; ? for keys"
	}
}

// onReaderKey scrolls the article, moves to the next report's, or closes it.
func (m *Model) onReaderKey(msg tea.KeyPressMsg) tea.Cmd {
	k, r, h := m.keys, m.read, m.layout.body.h-2
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Clear, k.Reader):
		m.read = nil
	case key.Matches(msg, k.NextPane):
		m.readerAt(r.ev, r.report+1)
	case key.Matches(msg, k.Up):
		r.scroll(-1, h)
	case key.Matches(msg, k.Down):
		r.scroll(1, h)
	case key.Matches(msg, k.PageUp):
		r.scroll(-(h - 1), h)
	case key.Matches(msg, k.PageDown):
		r.scroll(h-1, h)
	case key.Matches(msg, k.Top):
		r.top = 0
	case key.Matches(msg, k.Bottom):
		r.scroll(len(r.lines), h)
	case key.Matches(msg, k.Copy):
		return m.copySelected()
	default:
		m.unbound(msg)
	}
	return nil
}

func (m *Model) scrollHelp(delta int) {
	m.helpTop = clamp(m.helpTop+delta, 0, helpMaxTop(m.keys.fullHelp(), m.layout.body.w, m.layout.body.h))
}

// toggle is enter on the focused pane: quotes on the timeline, filters on the lists.
func (m *Model) toggle() {
	if m.focus == paneTimeline {
		if m.timeline.Selected() >= 0 && !m.timeline.toggle() {
			m.notice = "this event has no quotes"
		}
		return
	}
	if f, filter := m.facet(m.focus); f != nil {
		if it, ok := f.Selected(); ok {
			*filter = toggled(*filter, it.id)
			m.refilter()
		}
	}
}

// toggled adds id to a filter list or takes it out, without touching the original.
func toggled(list []string, id string) []string {
	if i := slices.Index(list, id); i >= 0 {
		return slices.Delete(slices.Clone(list), i, i+1)
	}
	return append(slices.Clone(list), id)
}

func (m *Model) move(delta int) { m.moveIn(m.focus, delta) }

func (m *Model) moveIn(p pane, delta int) {
	switch p {
	case paneTimeline:
		m.timeline.move(delta)
	case paneDetail:
		m.detail.scroll(delta)
	default:
		if f, _ := m.facet(p); f != nil {
			f.move(delta)
		}
	}
}

func (m *Model) moveTo(pos int) {
	switch m.focus {
	case paneTimeline:
		m.timeline.moveTo(pos)
	case paneDetail:
		m.detail.scrollTo(pos)
	default:
		if f, _ := m.facet(m.focus); f != nil {
			f.moveTo(pos)
		}
	}
}

func (m *Model) page() int {
	if f, _ := m.facet(m.focus); f != nil {
		return f.page()
	}
	if m.focus == paneDetail {
		return m.detail.page()
	}
	return m.timeline.page()
}

// onWheel scrolls the pane under the pointer, or the focused one.
func (m *Model) onWheel(ms tea.Mouse) {
	if r := m.read; r != nil {
		step := 3
		if ms.Button == tea.MouseWheelUp {
			step = -3
		}
		r.scroll(step, m.layout.body.h-2)
		return
	}
	if m.help {
		switch ms.Button {
		case tea.MouseWheelUp:
			m.scrollHelp(-3)
		case tea.MouseWheelDown:
			m.scrollHelp(3)
		}
		return
	}
	p, ok := m.layout.paneAt(ms.X, ms.Y)
	if !ok {
		p = m.focus
	}
	step := 1
	if p == paneDetail {
		step = 3
	}
	switch ms.Button {
	case tea.MouseWheelUp:
		m.moveIn(p, -step)
	case tea.MouseWheelDown:
		m.moveIn(p, step)
	}
}

// onClick focuses the pane under the pointer and puts its cursor on the clicked row.
func (m *Model) onClick(ms tea.Mouse) {
	if m.help || m.read != nil || m.prompt != promptNone || ms.Button != tea.MouseLeft {
		return
	}
	p, ok := m.layout.paneAt(ms.X, ms.Y)
	if !ok {
		return
	}
	m.setFocus(p)
	r := m.layout.panes[p]
	y := ms.Y - r.y - 1 // below the top edge
	if y < 0 || y >= r.h-2 {
		return
	}
	if p == paneTimeline {
		if pos, ok := m.timeline.posAt(y); ok {
			m.timeline.moveTo(pos)
		}
	} else if f, _ := m.facet(p); f != nil {
		if pos := f.top + y; pos < len(f.items) {
			f.moveTo(pos)
		}
	}
}
