// Package ui is storyline's interactive explorer: one root bubbletea model and panes that
// are plain components drawing only what is on screen.
package ui

import (
	"os"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// Model is the explorer's root tea.Model. It owns all state; the panes only draw and
// keep their cursors.
type Model struct {
	tl      *model.Timeline
	keys    KeyMap
	styles  Styles
	gen     int // bumped whenever styles change, so cached lines are rebuilt
	dark    bool
	noColor bool

	width, height int
	layout        layout
	focus         pane

	timeline timelinePane
	actors   facetPane
	sources  facetPane
	detail   detailPane

	filter    model.Filter
	searching bool
	input     textinput.Model

	help    bool
	helpTop int
	notice  string // shown in the footer until the next key
}

// New builds the explorer for a timeline. The terminal is assumed dark until it answers
// the background colour query (tmux 3.3, for one, never does).
func New(tl *model.Timeline, opts Options) Model {
	if tl == nil {
		tl = model.NewTimeline(nil, nil, nil, nil)
	}
	m := Model{
		tl:       tl,
		keys:     DefaultKeyMap(),
		dark:     true,
		noColor:  os.Getenv("NO_COLOR") != "",
		timeline: newTimelinePane(tl),
		actors:   facetPane{items: actorItems(tl)},
		sources:  facetPane{items: sourceItems(tl)},
		detail:   newDetailPane(tl),
	}
	m.styles = NewStyles(m.dark, m.noColor)
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.SetVirtualCursor(false)
	m.styleInput()

	ids, unknown := resolveActors(tl, opts.Actors)
	m.filter.Actors = ids
	if len(unknown) > 0 {
		m.notice = "no actor matches “" + clean(strings.Join(unknown, "”, “")) + "”"
	}
	m.refilter()
	return m
}

// Init asks the terminal for its background so the colours can suit it.
func (m Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.restyle()
	case tea.KeyPressMsg:
		m.notice = ""
		cmd = m.onKey(msg)
	case tea.MouseWheelMsg:
		m.onWheel(msg.Mouse())
	case tea.MouseClickMsg:
		m.onClick(msg.Mouse())
	default:
		if m.searching { // pastes and the like
			m.input, cmd = m.input.Update(msg)
			m.setQuery(m.input.Value())
		}
	}
	m.syncDetail()
	return m, cmd
}

func (m *Model) restyle() {
	m.styles = NewStyles(m.dark, m.noColor)
	m.gen++
	m.styleInput()
}

func (m *Model) styleInput() {
	s := textinput.Styles{}
	s.Focused.Prompt = m.styles.Prompt
	s.Blurred.Prompt = m.styles.Prompt
	m.input.SetStyles(s)
}

// relayout places the panes for the current size and focus and tells each its size.
// Hidden panes are sized as if shown full, so paging works the same when they return.
func (m *Model) relayout() {
	m.layout = computeLayout(m.width, m.height, m.focus, len(m.sources.items))
	l := m.layout
	size := func(p pane) (int, int) {
		r := l.panes[p]
		if r.empty() {
			r = l.body
		}
		return max(0, r.w-2), max(0, r.h-2)
	}
	m.timeline.resize(size(paneTimeline))
	m.actors.resize(size(paneActors))
	m.sources.resize(size(paneSources))
	m.input.SetWidth(max(1, m.width-m.searchHintWidth()-2))
	m.helpTop = clamp(m.helpTop, 0, helpMaxTop(m.keys.fullHelp(), l.body.w, l.body.h))
}

func (m *Model) syncDetail() {
	r := m.layout.panes[paneDetail]
	if r.empty() {
		r = m.layout.body
	}
	m.detail.sync(&m.styles, m.gen, m.timeline.Selected(), max(0, r.w-4), max(0, r.h-2))
}

// refilter applies the filter; the timeline keeps its cursor on the same event if it can.
func (m *Model) refilter() {
	m.timeline.query = m.filter.Query
	m.timeline.setIdx(m.tl.Filter(m.filter))
}

func (m *Model) setQuery(q string) {
	if q != m.filter.Query {
		m.filter.Query = q
		m.refilter()
	}
}

func (m *Model) setFocus(p pane) {
	if p != m.focus {
		m.focus = p
		m.relayout()
	}
}
