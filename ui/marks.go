package ui

import (
	"context"
	"maps"
	"strings"

	tea "charm.land/bubbletea/v2"

	"storyline/data/text"
	"storyline/model"
)

// MarkStore keeps the reader's stars and notes for the corpus being explored.
type MarkStore interface {
	Marks(ctx context.Context) (map[string]model.Mark, error)
	PutMark(ctx context.Context, event string, m model.Mark) error
}

type (
	marksLoadedMsg struct {
		marks map[string]model.Mark
		err   error
	}
	markSavedMsg struct{ err error }
)

// loadMarks reads the stars and notes in a command, away from Update.
func loadMarks(store MarkStore) tea.Cmd {
	if store == nil {
		return nil
	}
	return func() tea.Msg {
		marks, err := store.Marks(context.Background())
		return marksLoadedMsg{marks, err}
	}
}

func (m *Model) onMarksLoaded(msg marksLoadedMsg) {
	if msg.err != nil {
		m.notice = "stars and notes could not be read: " + text.VisibleLine(msg.err.Error())
		return
	}
	for id, mk := range m.marks { // marked before the store answered
		msg.marks[id] = mk
	}
	m.marks = msg.marks
	m.timeline.marks, m.detail.marks, m.detail.lines = m.marks, m.marks, nil
	if m.starredOnly {
		m.refilter()
	}
}

func (m *Model) markOf(ev int) (model.Mark, string) { return markFor(m.marks, &m.tl.Events[ev]) }

// markFor is an event's mark and the ID it is kept under: its own, or one of its reports'
// when it was marked before other articles joined it.
func markFor(marks map[string]model.Mark, e *model.Event) (model.Mark, string) {
	if len(marks) == 0 {
		return model.Mark{}, e.ID
	}
	if mk, ok := marks[e.ID]; ok {
		return mk, e.ID
	}
	for _, r := range e.Also {
		if mk, ok := marks[r.ID]; ok {
			return mk, r.ID
		}
	}
	return model.Mark{}, e.ID
}

// setMark changes the selected event's mark and saves it in a command.
func (m *Model) setMark(change func(*model.Mark)) tea.Cmd {
	mk, id := m.markOf(m.timeline.Selected())
	change(&mk)
	marks := maps.Clone(m.marks) // older copies of the model keep their own
	if marks == nil {
		marks = map[string]model.Mark{}
	}
	if mk.Empty() {
		delete(marks, id)
	} else {
		marks[id] = mk
	}
	m.marks = marks
	m.timeline.marks, m.detail.marks, m.detail.lines = marks, marks, nil
	if m.opts.Marks == nil {
		return nil
	}
	store := m.opts.Marks
	return func() tea.Msg { return markSavedMsg{store.PutMark(context.Background(), id, mk)} }
}

func (m *Model) toggleStar() tea.Cmd {
	if m.timeline.Selected() < 0 {
		m.notice = "no event selected"
		return nil
	}
	starred := false
	cmd := m.setMark(func(mk *model.Mark) { mk.Starred = !mk.Starred; starred = mk.Starred })
	m.notice = m.kept("unstarred")
	if starred {
		m.notice = m.kept("starred; * shows only starred events")
	}
	if m.starredOnly {
		m.refilter()
	}
	return cmd
}

func (m *Model) setNote(text string) tea.Cmd {
	if m.timeline.Selected() < 0 {
		m.notice = "no event selected"
		return nil
	}
	text = strings.TrimSpace(text)
	cmd := m.setMark(func(mk *model.Mark) { mk.Note = text })
	m.notice = m.kept("note kept")
	if text == "" {
		m.notice = m.kept("note removed")
	}
	return cmd
}

// kept says what happened to a mark, and that it lasts only this session when there is no
// store to keep it in.
func (m *Model) kept(what string) string {
	if m.opts.Marks == nil {
		return what + " (until storyline closes: no store)"
	}
	return what
}

// openNote is m: the note prompt, holding the note the event has.
func (m *Model) openNote() tea.Cmd {
	ev := m.timeline.Selected()
	if ev < 0 {
		m.notice = "no event selected"
		return nil
	}
	mk, _ := m.markOf(ev)
	return m.openPrompt(promptNote, mk.Note)
}

// toggleStarred is *: only the starred events, or all.
func (m *Model) toggleStarred() {
	m.starredOnly = !m.starredOnly
	m.refilter()
	m.notice = "all events"
	if m.starredOnly {
		m.notice = "only starred events"
	}
}

// starred are the positions of the events in idx that have a star.
func (m *Model) starred(idx []int) []int {
	var out []int
	for _, ev := range idx {
		if mk, _ := m.markOf(ev); mk.Starred {
			out = append(out, ev)
		}
	}
	return out
}
