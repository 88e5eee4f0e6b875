// Package ui is storyline's interactive explorer: one root bubbletea model and panes that
// are plain components drawing only what is on screen.
package ui

import (
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"storyline/data/format"
	"storyline/data/text"
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
	places   facetPane
	sources  facetPane
	detail   detailPane

	filter model.Filter // actors, places, sources and time; the search is in find
	find   finder
	prompt promptKind // what the footer's line input is asking for, if anything
	input  textinput.Model

	all     *model.Timeline // every event; tl is this or the key events
	keyDays int             // how many key days K shows: from --key, or chosen from the corpus
	zoom    []model.Period  // + zooms in on a time range, - back out: the last is in view
	keyList []time.Time     // the key days, worked out on first use

	bases struct{ actors, places, sources facetBase } // the timeline's facets, listed once

	marks       map[string]model.Mark // stars and notes by event ID
	starredOnly bool

	opts Options

	help    bool
	helpTop int
	read    *reader // the article open in the reader, if any
	notice  string  // shown in the footer until the next key
}

// New builds the explorer for a timeline. The terminal is assumed dark until it answers
// the background colour query (tmux 3.3, for one, never does).
func New(tl *model.Timeline, opts Options) Model {
	if tl == nil {
		tl = model.NewTimeline(nil, nil, nil, nil, nil)
	}
	m := Model{
		all:     tl,
		keys:    opts.Config.KeyMap(),
		dark:    true,
		noColor: os.Getenv("NO_COLOR") != "",
		keyDays: opts.Key,
		opts:    opts,
	}
	m.find.origin = -1
	m.styles = NewStyles(m.dark, m.noColor, m.opts.Config.Palette())
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.SetVirtualCursor(false)
	m.styleInput()

	var unknownActors, unknownPlaces []string
	m.filter.Actors, unknownActors = resolveNames(tl.LookupActor, opts.Actors)
	m.filter.Places, unknownPlaces = resolveNames(tl.LookupPlace, opts.Places)
	m.useTimeline(tl)
	m.openAtMainSpan()
	if opts.Key != 0 {
		m.toggleKey()
	}
	var notices []string
	for _, u := range []struct {
		what  string
		names []string
	}{{"actor", unknownActors}, {"place", unknownPlaces}} {
		if len(u.names) > 0 {
			notices = append(notices, "no "+u.what+" matches “"+text.VisibleLine(strings.Join(u.names, "”, “"))+"”")
		}
	}
	m.notice = strings.Join(notices, "; ")
	return m
}

// Init asks the terminal for its background so the colours can suit it.
func (m Model) Init() tea.Cmd { return tea.Batch(tea.RequestBackgroundColor, m.start()) }

// start is the work the explorer begins with, away from Update: reading the stars and
// notes, and building the search index so that the first search is quick.
func (m Model) start() tea.Cmd {
	tl := m.all
	return tea.Batch(loadMarks(m.opts.Marks), func() tea.Msg { tl.PrepareSearch(); return nil })
}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
	case marksLoadedMsg:
		m.onMarksLoaded(msg)
	case markSavedMsg:
		if msg.err != nil {
			m.notice = "could not keep the mark: " + text.VisibleLine(msg.err.Error())
		}
	case exportedMsg:
		m.notice = msg.notice()
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
		if m.prompt != promptNone { // pastes and the like
			m.input, cmd = m.input.Update(msg)
			m.promptChanged()
		}
	}
	m.syncDetail()
	return m, cmd
}

func (m *Model) restyle() {
	m.styles = NewStyles(m.dark, m.noColor, m.opts.Config.Palette())
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
	m.layout = computeLayout(m.width, m.height, m.focus, len(m.places.items), len(m.sources.items))
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
	m.places.resize(size(panePlaces))
	m.sources.resize(size(paneSources))
	m.input.SetWidth(max(1, m.width-m.searchHintWidth()-2))
	if m.help { // laying the help out costs more than all the rest: not while it is closed
		m.helpTop = clamp(m.helpTop, 0, helpMaxTop(m.keys.fullHelp(), l.body.w, l.body.h))
	}
	if r := m.read; r != nil && r.w != max(10, l.body.w-4) {
		at := 0
		if r.top < len(r.lines) {
			at = r.lines[r.top].start
		}
		r.layout(max(10, l.body.w-4))
		for i, line := range r.lines { // back to the same place in the text
			if line.head == "" && line.end > at {
				r.top = i
				break
			}
		}
		r.scroll(0, l.body.h-2)
	}
}

func (m *Model) syncDetail() {
	r := m.layout.panes[paneDetail]
	if r.empty() {
		r = m.layout.body
	}
	m.detail.sync(&m.styles, m.gen, m.timeline.Selected(), max(0, r.w-4), max(0, r.h-2))
}

// refilter applies the filters and the search; the timeline keeps its cursor on the same
// event if it can, and the actors, places and sources count what is in view.
func (m *Model) refilter() {
	f := m.filter
	f.Query = ""
	var zoom *model.Period
	f.From, f.To, zoom = m.zoomRange()
	shown := m.tl.Filter(f)
	if m.starredOnly {
		shown = m.starred(shown)
	}
	m.find.inView = nil
	if m.find.active() {
		m.find.inView = m.find.all
		if len(shown) < len(m.tl.Events) { // every event is in view otherwise
			m.find.inView = model.Intersect(shown, m.find.all)
		}
		if m.find.only {
			shown = m.find.inView
		}
	}
	m.timeline.search, m.timeline.zoom, m.timeline.marks = m.find.s, zoom, m.marks
	m.detail.marks = m.marks
	m.timeline.keys = m.keyDayList()
	m.timeline.setIdx(shown)
	m.detail.search = m.find.s
	var counts model.Facets
	switch {
	case m.find.active():
		counts = m.tl.CountFacets(m.find.inView)
	case !f.Empty() || m.starredOnly:
		counts = m.tl.CountFacets(shown)
	}
	m.actors.setItems(m.bases.actors.view(counts.Actors, m.filter.Actors))
	m.places.setItems(m.bases.places.view(counts.Places, m.filter.Places))
	m.sources.setItems(m.bases.sources.view(counts.Sources, m.filter.Sources))
}

// useTimeline shows a timeline (all events, or the key ones) with the same filters and
// search, keeping the cursor on the same event or the nearest in time.
func (m *Model) useTimeline(tl *model.Timeline) {
	var at model.Event
	hadSel := false
	if m.tl != nil {
		if ev := m.timeline.Selected(); ev >= 0 {
			at, hadSel = m.tl.Events[ev], true
		}
	}
	m.tl = tl
	m.bases.actors, m.bases.places, m.bases.sources = actorBase(tl), placeBase(tl), sourceBase(tl)
	m.timeline = newTimelinePane(tl)
	m.detail = newDetailPane(tl)
	m.actors, m.places, m.sources = facetPane{}, facetPane{}, facetPane{}
	m.research()
	m.refilter()
	m.relayout()
	if hadSel {
		m.timeline.moveTo(m.timeline.posOf(tl.Nearest(at)))
	}
}

// openAtMainSpan puts the cursor where the strip begins: past the history that background
// sentences recall, at the story itself (see mainSpan). The earlier events are a few keys
// up, and the strip's arrow says they are there.
func (m *Model) openAtMainSpan() {
	idx, dated := m.timeline.idx, m.timeline.dated
	if dated < 20 {
		return
	}
	a, _ := mainSpan(m.tl, idx, dated)
	m.timeline.moveTo(m.firstFrom(m.tl.Events[idx[a]].When.Start))
}

// keyDayList is the key days the strip marks: those K would show.
func (m *Model) keyDayList() []time.Time {
	if m.keyList == nil && len(m.all.KeyDates) > 0 {
		n := m.keyDays
		if n <= 0 {
			n = m.all.AutoKey()
		}
		m.keyList = make([]time.Time, 0, n)
		for _, kd := range m.all.KeyDates[:min(n, len(m.all.KeyDates))] {
			m.keyList = append(m.keyList, kd.Day)
		}
	}
	return m.keyList
}

// toggleKey is K: the key events of the most salient days, or all events.
func (m *Model) toggleKey() {
	if m.tl != m.all {
		m.useTimeline(m.all)
		m.notice = "all events"
		return
	}
	if len(m.all.KeyDates) == 0 {
		m.notice = "no key events: the days were not ranked"
		return
	}
	if m.keyDays <= 0 {
		m.keyDays = m.all.AutoKey()
	}
	m.useTimeline(m.all.Key(m.keyDays))
	m.notice = "key events of the " + format.Plural(m.tl.KeyDays, "most salient day", "most salient days")
}

func (m *Model) setFocus(p pane) {
	if p != m.focus {
		m.focus = p
		m.relayout()
	}
}
