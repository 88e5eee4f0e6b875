package ui

import (
	"fmt"
	"strings"

	"storyline/data/format"
	"storyline/data/text"
	"storyline/model"
)

const labelWidth = 9 // "Sources  "

// detailPane shows everything known about the selected event. Its lines are built when
// the selection, the width or the styles change (in Update), so drawing only slices them.
type detailPane struct {
	tl    *model.Timeline
	ev    int
	w, h  int
	gen   int // the styles generation the lines were built with
	lines []string
	top   int

	search model.Search // marked in the text
	built  string       // the query the lines were built with
	marks  map[string]model.Mark
}

func newDetailPane(tl *model.Timeline) detailPane { return detailPane{tl: tl, ev: -1} }

// sync rebuilds the lines if the event, the size or the styles changed. A new event
// starts at the top.
func (d *detailPane) sync(st *Styles, gen, ev, w, h int) {
	if ev != d.ev {
		d.top = 0
	}
	if ev != d.ev || w != d.w || gen != d.gen || d.lines == nil || d.built != d.search.Query {
		d.ev, d.w, d.gen, d.built = ev, w, gen, d.search.Query
		d.lines = d.build(st)
	}
	d.h = h
	d.scroll(0)
}

func (d *detailPane) scroll(delta int) {
	d.top = clamp(d.top+delta, 0, max(0, len(d.lines)-d.h))
}

func (d *detailPane) scrollTo(top int) { d.top = 0; d.scroll(top) }

func (d *detailPane) page() int { return max(1, d.h-1) }

func (d *detailPane) Render() []string {
	end := min(len(d.lines), d.top+d.h)
	return d.lines[d.top:end]
}

// info tells how far down the pane is scrolled when it does not all fit.
func (d *detailPane) info() string {
	if len(d.lines) <= d.h {
		return ""
	}
	return fmt.Sprintf("%d–%d of %d lines", d.top+1, min(len(d.lines), d.top+d.h), len(d.lines))
}

func (d *detailPane) build(st *Styles) []string {
	if d.ev < 0 || d.ev >= len(d.tl.Events) || d.w <= 0 {
		return []string{st.Dim.Render("no event selected")}
	}
	e := &d.tl.Events[d.ev]
	var b detailBuilder
	b.st, b.w, b.search = st, d.w, d.search

	when := e.When.Label()
	if days := spanDays(e.When); days > 1 && e.When.Mod == model.ModNone {
		when += fmt.Sprintf(" (%d days)", days)
	}
	if mk, _ := markFor(d.marks, e); !mk.Empty() {
		if mk.Starred {
			b.field("", b.st.Match.Render("★ starred"))
		}
		if mk.Note != "" {
			b.field("Note", text.VisibleLine(mk.Note))
		}
		b.blank()
	}
	b.field("When", when)
	if t := strings.TrimSpace(e.DateText); t != "" {
		b.field("", "from the words “"+text.VisibleLine(t)+"”")
	}
	if places := e.AllPlaces(); len(places) > 0 {
		b.field("Where", strings.Join(placeNames(d.tl, places), ", "))
	}
	b.blank()
	what := strings.TrimSpace(e.Text)
	if what == "" {
		what = e.Title
	}
	for _, para := range strings.Split(what, "\n") {
		if para = strings.TrimSpace(para); para != "" {
			b.text(text.VisibleLine(para))
		}
	}
	b.blank()
	b.list("Actors", actorNotes(d.tl, e.AllActors()), "none found")
	b.list("Sources", sourceNotes(d.tl, e.AllSources()), "none cited")
	b.article(d.tl.Document(e.Doc), e.Doc)
	b.reports(d.tl, e)
	if qs := eventQuotes(d.tl, e); len(qs) > 0 {
		b.blank()
		b.field("Quotes", fmt.Sprint(len(qs)))
		for _, l := range wrapQuotes(d.tl, qs, max(10, d.w-2)) {
			b.lines = append(b.lines, "  "+l.render(st))
		}
	}
	return b.lines
}

// spanDays is the length of a day-precise interval in days, else 0.
func spanDays(w model.When) int {
	if !w.IsInterval() || w.Gran != model.GranDay {
		return 0
	}
	return int(w.End.Sub(w.Start).Hours()/24) + 1
}

func actorNotes(tl *model.Timeline, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		a, ok := tl.Actor(id)
		if !ok {
			out = append(out, text.VisibleLine(id))
			continue
		}
		s := displayName(a.Name, id)
		if a.Kind != "" {
			s += " · " + text.VisibleLine(string(a.Kind))
		}
		for _, r := range a.Roles {
			s += " · " + text.VisibleLine(r)
		}
		out = append(out, s)
	}
	return out
}

func sourceNotes(tl *model.Timeline, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		s, ok := tl.Source(id)
		if !ok {
			out = append(out, text.VisibleLine(id))
			continue
		}
		n := displayName(s.Name, id)
		if s.Kind != "" {
			n += " · " + text.VisibleLine(s.Kind)
		}
		out = append(out, n)
	}
	return out
}

// detailBuilder lays out labelled fields with a hanging indent.
type detailBuilder struct {
	st     *Styles
	w      int
	lines  []string
	search model.Search
}

func (b *detailBuilder) blank() {
	if n := len(b.lines); n > 0 && b.lines[n-1] != "" {
		b.lines = append(b.lines, "")
	}
}

// text is running text, wrapped, with the search's matches marked (one that spans a line
// break is not).
func (b *detailBuilder) text(s string) {
	for _, l := range wrap(s, b.w) {
		b.lines = append(b.lines, mark(l, b.search, b.st.Match))
	}
}

func (b *detailBuilder) field(label, value string) {
	lw := labelWidth
	if b.w < 30 {
		lw = 0 // too narrow for a column: the label gets its own line
		if label != "" {
			b.lines = append(b.lines, b.st.Heading.Render(label))
		}
	}
	for i, l := range wrap(value, b.w-lw) {
		head := strings.Repeat(" ", lw)
		if i == 0 && lw > 0 {
			head = b.st.Heading.Render(fit(label, lw))
		}
		b.lines = append(b.lines, head+l)
	}
}

// marked is an unlabelled field with the search's matches marked.
func (b *detailBuilder) marked(value string) {
	lw := labelWidth
	if b.w < 30 {
		lw = 0
	}
	for _, l := range wrap(value, b.w-lw) {
		b.lines = append(b.lines, strings.Repeat(" ", lw)+mark(l, b.search, b.st.Match))
	}
}

func (b *detailBuilder) list(label string, items []string, none string) {
	if len(items) == 0 {
		b.field(label, b.st.Dim.Render(none))
		return
	}
	for i, it := range items {
		if i > 0 {
			label = ""
		}
		b.field(label, it)
	}
}

// reports lists the other documents' reports of a merged event, each with its own words.
func (b *detailBuilder) reports(tl *model.Timeline, e *model.Event) {
	if len(e.Also) == 0 {
		return
	}
	b.blank()
	outlets := map[string]bool{}
	for _, id := range e.Documents() {
		if doc := tl.Document(id); doc != nil && strings.TrimSpace(doc.Source) != "" {
			outlets[strings.ToLower(strings.TrimSpace(doc.Source))] = true
		}
	}
	summary := format.Plural(len(e.Documents()), "document", "documents")
	if len(outlets) > 0 {
		summary += " from " + format.Plural(len(outlets), "outlet", "outlets")
	}
	if n := len(e.AllSources()); n > 0 {
		summary += "; " + format.Plural(n, "source", "sources") + " cited"
	}
	b.field("Reports", summary)
	for _, r := range e.Also {
		b.blank()
		head := text.VisibleLine(r.Doc)
		if doc := tl.Document(r.Doc); doc != nil {
			head = text.VisibleLine(strings.TrimSpace(doc.Title))
			if doc.Source != "" {
				head += " · " + text.VisibleLine(doc.Source)
			}
			if doc.Dated() {
				head += " · " + doc.Published.Format("2 Jan 2006")
			}
		}
		b.field("", b.st.Dim.Render(head))
		b.marked(text.VisibleLine(strings.TrimSpace(r.Text)))
	}
}

func (b *detailBuilder) article(doc *model.Document, id string) {
	if doc == nil {
		b.field("Article", text.VisibleLine(id))
		return
	}
	title := strings.TrimSpace(doc.Title)
	if title == "" {
		title = "untitled"
	}
	b.field("Article", text.VisibleLine(title))
	meta := text.VisibleLine(doc.ID)
	if doc.Source != "" {
		meta += " · " + text.VisibleLine(doc.Source)
	}
	b.field("", meta)
	switch {
	case !doc.Dated():
		b.field("", "publication date unknown")
	case doc.DateOrigin == model.DateInferred:
		b.field("", "published "+doc.Published.Format("Mon 2 Jan 2006")+" (date inferred, not stated)")
	default:
		b.field("", "published "+doc.Published.Format("Mon 2 Jan 2006"))
	}
}
