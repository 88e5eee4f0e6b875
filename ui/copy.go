package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"storyline/data/text"
	"storyline/model"
)

// copySelected puts the selected event on the clipboard by OSC 52, which the terminal
// carries out, so it works over SSH and inside tmux (with set-clipboard on). Its quotes
// come along when they are open.
func (m *Model) copySelected() tea.Cmd {
	ev := m.timeline.Selected()
	if ev < 0 {
		m.notice = "nothing to copy"
		return nil
	}
	text := eventClipboard(m.tl, ev, m.timeline.open[ev])
	m.notice = "copied the event"
	if m.timeline.open[ev] {
		m.notice = "copied the event and its quotes"
	}
	return tea.SetClipboard(text)
}

// eventClipboard is an event as plain text to paste into notes: the date and its words,
// what happened, where, who, according to whom, and the article.
func eventClipboard(tl *model.Timeline, ev int, quotes bool) string {
	e := &tl.Events[ev]
	var b strings.Builder
	when := "undated"
	if e.When.Dated() {
		when = e.When.Label()
	}
	what := strings.TrimSpace(e.Text)
	if what == "" {
		what = strings.TrimSpace(e.Title)
	}
	b.WriteString(when + ": " + text.VisibleLine(strings.Join(strings.Fields(what), " ")) + "\n")
	if names := placeNames(tl, e.AllPlaces()); len(names) > 0 {
		b.WriteString("Where: " + strings.Join(names, ", ") + "\n")
	}
	if names := actorNotes(tl, e.AllActors()); len(names) > 0 {
		b.WriteString("Actors: " + strings.Join(names, "; ") + "\n")
	}
	if names := sourceNotes(tl, e.AllSources()); len(names) > 0 {
		b.WriteString("Sources: " + strings.Join(names, "; ") + "\n")
	}
	for _, id := range e.Documents() {
		if doc := tl.Document(id); doc != nil {
			b.WriteString("Article: " + text.VisibleLine(articleLine(doc)) + "\n")
		}
	}
	if quotes {
		for _, q := range eventQuotes(tl, e) {
			t := text.VisibleLine(strings.TrimSpace(q.Text))
			if q.Direct {
				t = "“" + t + "”"
			}
			b.WriteString(t + " — " + quoteByline(tl, q.Quote) + "\n")
		}
	}
	return b.String()
}

// articleLine names an article: title, outlet, date and address, as far as known.
func articleLine(doc *model.Document) string {
	title := strings.TrimSpace(doc.Title)
	if title == "" {
		title = "untitled"
	}
	if meta := articleMeta(doc); meta != "" {
		return title + " · " + meta
	}
	return title
}

// articleMeta is an article's outlet, date and address, as far as known.
func articleMeta(doc *model.Document) string {
	var parts []string
	if s := strings.TrimSpace(doc.Source); s != "" {
		parts = append(parts, s)
	}
	if doc.Dated() {
		parts = append(parts, doc.Published.Format("2 Jan 2006"))
	}
	if u := strings.TrimSpace(doc.URL); u != "" {
		parts = append(parts, u)
	}
	return strings.Join(parts, " · ")
}
