package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"storyline/data/text"
)

// promptKind is what the line input in the footer is asking for. While it is open,
// letters are text, so only enter, esc and ctrl+c act.
type promptKind int

const (
	promptNone   promptKind = iota
	promptSearch            // "/": the search runs as it is typed
	promptDate              // ":": a date to jump to
	promptExport            // "e": the file to write the view to
	promptNote              // "m": a note on the selected event
	promptFacet             // "/" in the actors, places or sources: a name to find in the list
)

var promptLabels = [...]string{promptSearch: "/", promptDate: "go to date: ", promptExport: "export to: ", promptNote: "note: ", promptFacet: "find: "}

func (m *Model) openPrompt(kind promptKind, value string) tea.Cmd {
	m.prompt = kind
	m.input.Prompt = promptLabels[kind]
	m.input.Placeholder = ""
	if kind == promptDate {
		m.input.Placeholder = "2012-05-25, May 2012, 25 May, 2012"
	}
	if kind == promptFacet {
		m.input.Prompt = "find " + strings.ToLower(m.focus.String()) + ": "
	}
	m.input.SetValue(value)
	m.input.CursorEnd()
	m.relayout()
	return m.input.Focus()
}

func (m *Model) closePrompt() {
	m.prompt = promptNone
	m.input.Blur()
}

func (m *Model) onPromptKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return tea.Quit
	case key.Matches(msg, k.Accept):
		kind, value := m.prompt, m.input.Value()
		m.closePrompt()
		return m.accept(kind, value)
	case key.Matches(msg, k.Cancel):
		kind := m.prompt
		m.closePrompt()
		switch kind {
		case promptSearch:
			m.input.SetValue("")
			m.setQuery("")
		case promptFacet:
			if f := m.focusedFacet(); f != nil {
				f.setFind("")
			}
		}
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.promptChanged()
	return cmd
}

// promptChanged follows the text as it is typed: only a search acts before enter.
func (m *Model) promptChanged() {
	switch m.prompt {
	case promptSearch:
		m.setQuery(m.input.Value())
	case promptFacet:
		if f := m.focusedFacet(); f != nil {
			f.setFind(m.input.Value())
		}
	}
}

// focusedFacet is the actors, places or sources pane when it has the focus.
func (m *Model) focusedFacet() *facetPane {
	f, _ := m.facet(m.focus)
	return f
}

// facet is a list pane and the filter it sets; nil for the other panes.
func (m *Model) facet(p pane) (*facetPane, *[]string) {
	switch p {
	case paneActors:
		return &m.actors, &m.filter.Actors
	case panePlaces:
		return &m.places, &m.filter.Places
	case paneSources:
		return &m.sources, &m.filter.Sources
	}
	return nil, nil
}

// accept acts on what was typed when enter is pressed.
func (m *Model) accept(kind promptKind, value string) tea.Cmd {
	switch kind {
	case promptSearch:
		if m.find.active() && len(m.find.inView) == 0 {
			m.notice = "no match for “" + text.VisibleLine(m.find.s.Query) + "”"
		}
	case promptDate:
		m.jumpTo(value)
	case promptExport:
		return m.export(value)
	case promptNote:
		return m.setNote(value)
	}
	return nil
}
