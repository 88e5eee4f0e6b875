package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// footerKeys is what the footer offers in the current focus and mode, most useful first;
// the footer drops from the end what does not fit.
func (m Model) footerKeys() []key.Binding {
	k := m.keys
	switch {
	case m.prompt != promptNone:
		accept, cancel := promptKeys[m.prompt][0], promptKeys[m.prompt][1]
		return []key.Binding{with(k.Accept, accept), with(k.Cancel, cancel)}
	case m.help:
		return []key.Binding{with(k.Clear, "close help"), with(k.Down, "scroll"), k.Quit}
	case m.read != nil:
		out := []key.Binding{with(k.Clear, "close"), with(k.Down, "scroll"), with(k.PageDown, "page")}
		if len(m.tl.Events[m.read.ev].Also) > 0 {
			out = append(out, with(k.NextPane, "next report"))
		}
		return append(out, k.Copy, k.Quit)
	}
	var out []key.Binding
	switch m.focus {
	case paneTimeline:
		if ev := m.timeline.Selected(); ev >= 0 && len(m.tl.Events[ev].Quotes) > 0 {
			desc := "open quotes"
			if m.timeline.open[ev] {
				desc = "close quotes"
			}
			out = append(out, with(k.Toggle, desc))
		}
	case paneActors:
		out = append(out, with(k.Toggle, "filter by actor"), with(k.Search, "find actor"), with(k.Order, m.actors.orderHint()))
		if len(m.filter.Actors) > 1 {
			desc := "match all"
			if m.filter.AllActors {
				desc = "match any"
			}
			out = append(out, with(k.MatchMode, desc))
		}
	case panePlaces:
		out = append(out, with(k.Toggle, "filter by place"), with(k.Search, "find place"), with(k.Order, m.places.orderHint()))
	case paneSources:
		out = append(out, with(k.Toggle, "filter by source"), with(k.Search, "find source"), with(k.Order, m.sources.orderHint()))
	case paneDetail:
		out = append(out, with(k.Down, "scroll"))
	}
	if m.find.active() && len(m.find.inView) > 0 {
		out = append(out, k.NextMatch, k.PrevMatch)
	}
	out = append(out, k.NextPane)
	if m.focusedFacet() == nil {
		out = append(out, k.Search)
	}
	if !m.filter.Empty() {
		out = append(out, k.Clear)
	}
	out = append(out, k.Help, k.Quit)
	if m.focus != paneDetail {
		out = append(out, key.NewBinding(key.WithHelp(k.upDown(), "move")))
	}
	return out
}

// promptKeys say what enter and esc do at each prompt.
var promptKeys = [...][2]string{
	promptSearch: {"keep search", "drop search"},
	promptDate:   {"go", "cancel"},
	promptExport: {"write", "cancel"},
	promptNote:   {"keep note", "cancel"},
	promptFacet:  {"keep", "show all"},
}

// footerLine renders bindings as "key desc" pairs after an optional notice, cut at the
// last pair that fits, padded to w.
func footerLine(st *Styles, notice string, bindings []key.Binding, w int) string {
	return fit(footerItems(st, notice, bindings, w), w)
}

func footerItems(st *Styles, notice string, bindings []key.Binding, w int) string {
	var b strings.Builder
	used := 0
	if notice != "" {
		n := " " + fit(notice, min(width(notice), w-2)) + " "
		b.WriteString(st.Notice.Render(n))
		used += width(n)
	}
	for _, kb := range bindings {
		h := kb.Help()
		if h.Key == "" {
			continue
		}
		item := h.Key + " " + h.Desc
		if used+1+width(item)+1 > w {
			break
		}
		b.WriteString(" " + st.Key.Render(h.Key) + " " + st.KeyDesc.Render(h.Desc) + " ")
		used += width(item) + 2
	}
	return b.String()
}
