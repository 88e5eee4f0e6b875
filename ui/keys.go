package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
)

// KeyMap is every key the explorer answers to. The footer and the help screen are drawn
// from it, so what they say is what the keys do. The settings file names the fields in
// snake_case (NextMatch is next_match): renaming one breaks the files that use it, and a
// new one belongs in docs/config.example.toml (a test says so).
type KeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding

	NextPane key.Binding
	PrevPane key.Binding

	Toggle    key.Binding // timeline: quotes inline; actors, places, sources: filter
	MatchMode key.Binding // selected actors: any or all
	Search    key.Binding
	NextMatch key.Binding
	PrevMatch key.Binding
	Only      key.Binding // only the events the search finds, or all
	KeyEvents key.Binding // the key events, or all
	Copy      key.Binding
	Jump      key.Binding // to a date
	Back      key.Binding // the previous day, month or year
	Forward   key.Binding
	ZoomIn    key.Binding
	ZoomOut   key.Binding
	Star      key.Binding
	Note      key.Binding
	Starred   key.Binding // only starred events, or all
	Export    key.Binding
	Reader    key.Binding
	Order     key.Binding // actors, places, sources: by count or by name
	Clear     key.Binding
	Help      key.Binding
	Quit      key.Binding

	// While the search prompt is open letters are text, so only these act.
	Accept    key.Binding
	Cancel    key.Binding
	ForceQuit key.Binding
}

// DefaultKeyMap is the explorer's keys: arrows and vi keys, tab between panes.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:        b("↑/k", "up", "up", "k"),
		Down:      b("↓/j", "down", "down", "j"),
		PageUp:    b("pgup", "page up", "pgup", "ctrl+b"),
		PageDown:  b("pgdn", "page down", "pgdown", "ctrl+f"),
		Top:       b("g", "first", "g", "home"),
		Bottom:    b("G", "last", "G", "end"),
		NextPane:  b("tab", "next pane", "tab"),
		PrevPane:  b("shift+tab", "previous pane", "shift+tab"),
		Toggle:    b("enter", "open", "enter", "space"),
		MatchMode: b("a", "any/all actors", "a"),
		Search:    b("/", "search", "/"),
		NextMatch: b("n", "next match", "n"),
		PrevMatch: b("N", "previous match", "N"),
		Only:      b("&", "only matches", "&"),
		KeyEvents: b("K", "key events", "K"),
		Copy:      b("y", "copy", "y"),
		Jump:      b(":", "go to date", ":"),
		Back:      b("[", "back", "["),
		Forward:   b("]", "forward", "]"),
		ZoomIn:    b("+", "zoom in", "+", "="),
		ZoomOut:   b("-", "zoom out", "-"),
		Star:      b("s", "star", "s"),
		Note:      b("m", "note", "m"),
		Starred:   b("*", "starred only", "*"),
		Export:    b("e", "export", "e"),
		Reader:    b("o", "read article", "o"),
		Order:     b("S", "sort", "S"),
		Clear:     b("esc", "clear filters", "esc"),
		Help:      b("?", "help", "?"),
		Quit:      b("q", "quit", "q", "ctrl+c"),
		Accept:    b("enter", "keep search", "enter"),
		Cancel:    b("esc", "drop search", "esc"),
		ForceQuit: b("ctrl+c", "quit", "ctrl+c"),
	}
}

// with returns b described for the context at hand, e.g. enter as "quotes" or "filter".
func with(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// helpGroup is one titled block of the help screen.
type helpGroup struct {
	title string
	rows  [][2]string // keys, what they do
}

// fullHelp lists every key and mark. Key names come from the bindings; the aliases that
// the footer has no room for are named here. An action rebound in the settings file is
// listed by all of its keys instead.
func (k KeyMap) fullHelp() []helpGroup {
	d := DefaultKeyMap()
	name := func(b, def key.Binding, alias string) string {
		if !slices.Equal(b.Keys(), def.Keys()) {
			return strings.Join(b.Keys(), "/")
		}
		if alias != "" {
			return b.Help().Key + "/" + alias
		}
		return b.Help().Key
	}
	return []helpGroup{
		{"Move", [][2]string{
			{name(k.Up, d.Up, ""), "up"},
			{name(k.Down, d.Down, ""), "down"},
			{name(k.PageUp, d.PageUp, "ctrl+b"), "page up"},
			{name(k.PageDown, d.PageDown, "ctrl+f"), "page down"},
			{name(k.Top, d.Top, "home"), "first"},
			{name(k.Bottom, d.Bottom, "end"), "last"},
			{"wheel", "scroll the pane under the pointer"},
			{"click", "focus a pane, pick a row"},
		}},
		{"Panes", [][2]string{
			{name(k.NextPane, d.NextPane, ""), "next pane: timeline, actors, places, sources, detail"},
			{name(k.PrevPane, d.PrevPane, ""), "previous pane"},
		}},
		{"Time", [][2]string{
			{name(k.Jump, d.Jump, ""), "go to a date: 2012-05-25, May 2012, 25 May, 2012"},
			{name(k.Back, d.Back, "") + " " + name(k.Forward, d.Forward, ""), "previous / next year, month or day (zoomed: move the zoom)"},
			{name(k.ZoomIn, d.ZoomIn, ""), "zoom in on the cursor's year, then month, then day"},
			{name(k.ZoomOut, d.ZoomOut, ""), "zoom back out"},
			{name(k.KeyEvents, d.KeyEvents, ""), "key events of the most salient days, or all events"},
		}},
		{"Read", [][2]string{
			{name(k.Reader, d.Reader, ""), "the article behind the event, at its words; tab: the next report's"},
		}},
		{"Keep", [][2]string{
			{name(k.Star, d.Star, ""), "star the event, or take the star off"},
			{name(k.Note, d.Note, ""), "write a note on the event (empty: remove it)"},
			{name(k.Starred, d.Starred, ""), "only starred events, or all"},
			{name(k.Copy, d.Copy, ""), "copy the event (and its open quotes) by OSC 52"},
			{name(k.Export, d.Export, ""), "write the view to a file: .md .txt .json .csv .timelinejs.json"},
		}},
		{"Act", [][2]string{
			{name(k.Toggle, d.Toggle, "space"), "timeline: open or close quotes"},
			{"", "actors, places, sources: toggle a filter"},
			{"", "in a list, / finds a name, an alias or a place's country"},
			{name(k.Order, d.Order, ""), "actors, places, sources: sort by count or by name"},
			{name(k.MatchMode, d.MatchMode, ""), "several actors: match any or all"},
			{name(k.Search, d.Search, ""), "search as you type (smart case, whole words; an actor's name finds its events)"},
			{name(k.NextMatch, d.NextMatch, ""), "next match"},
			{name(k.PrevMatch, d.PrevMatch, ""), "previous match"},
			{name(k.Only, d.Only, ""), "show only the matches, or every event"},
			{name(k.Clear, d.Clear, ""), "clear filters and search"},
		}},
		{"While typing", [][2]string{
			{name(k.Accept, d.Accept, ""), "keep the search; go to the date; write"},
			{name(k.Cancel, d.Cancel, ""), "drop the search; cancel"},
			{name(k.ForceQuit, d.ForceQuit, ""), "quit"},
		}},
		{"General", [][2]string{
			{name(k.Help, d.Help, ""), "show or hide this help"},
			{name(k.Quit, d.Quit, "ctrl+c"), "quit"},
		}},
		{"Marks", [][2]string{
			{"›", "the cursor row"},
			{"❝3", "the event has 3 quotes"},
			{"▾", "its quotes are open below it"},
			{"“…”", "a direct quotation"},
			{"≈", "a reported claim, not a quotation"},
			{"✓", "an active filter"},
		}},
	}
}

// upDown names the up and down keys together for a hint: "↑↓/jk" for the defaults.
func (k KeyMap) upDown() string {
	up, down := k.Up.Help().Key, k.Down.Help().Key
	if up == "↑/k" && down == "↓/j" {
		return "↑↓/jk"
	}
	return up + " " + down
}
