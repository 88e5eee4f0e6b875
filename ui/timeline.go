package ui

import (
	"fmt"
	"maps"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/model"
)

// timelinePane lists the events that pass the filter, one line each, in time order, with
// the quotes of opened events as extra lines under them. Positions (sel, top) index idx.
// Because the timeline is sorted and idx ascending, a filter keeps time order and an
// event's position in a new result is a binary search away.
type timelinePane struct {
	tl     *model.Timeline
	idx    []int // events passing the filter, ascending
	dated  int   // idx[:dated] are dated; the undated band starts here
	sel    int
	top    int
	open   map[int]bool // event index: its quotes are shown inline
	quote  *quoteCache
	search model.Search  // marked in titles
	zoom   *model.Period // the time range in view, if zoomed
	keys   []time.Time   // the key days, marked on the strip
	marks  map[string]model.Mark
	w, h   int // inner size at the last layout
}

func newTimelinePane(tl *model.Timeline) timelinePane {
	return timelinePane{tl: tl, open: map[int]bool{}, quote: &quoteCache{tl: tl}}
}

// setIdx installs a new filter result, keeping the cursor on the same event if it passed,
// or on the next one that did.
func (p *timelinePane) setIdx(idx []int) {
	selEv, topEv := p.event(p.sel), p.event(p.top)
	p.idx = idx
	p.dated = sort.SearchInts(idx, p.tl.DatedCount())
	p.sel = p.posOf(selEv)
	p.top = p.posOf(topEv)
	p.clamp()
}

// event is the timeline index at position pos, or -1.
func (p *timelinePane) event(pos int) int {
	if pos < 0 || pos >= len(p.idx) {
		return -1
	}
	return p.idx[pos]
}

func (p *timelinePane) posOf(ev int) int {
	if ev < 0 {
		return 0
	}
	return min(sort.SearchInts(p.idx, ev), max(0, len(p.idx)-1))
}

// Selected is the timeline index of the event under the cursor, or -1.
func (p *timelinePane) Selected() int { return p.event(p.sel) }

func (p *timelinePane) resize(w, h int) {
	p.w, p.h = w, h
	p.clamp()
}

// listHeight is the number of rows for events, below the time strip, or below a notice
// when the whole timeline has no dated events.
func (p *timelinePane) listHeight() int { return max(0, p.h-p.headRows()) }

// headRows are the rows above the events: the strip, or the notice that there are no
// dates.
func (p *timelinePane) headRows() int {
	switch {
	case len(p.tl.Events) == 0:
		return 0
	case p.tl.DatedCount() == 0:
		return 1
	case p.dated == 0: // none in view: nothing to draw a strip of
		return 0
	}
	return stripRows(p.h)
}

func (p *timelinePane) move(delta int) {
	p.sel += delta
	p.clamp()
}

func (p *timelinePane) moveTo(pos int) {
	p.sel = pos
	p.clamp()
}

func (p *timelinePane) page() int { return max(1, p.listHeight()-1) }

// toggle opens or closes the selected event's quotes; it reports false when it has none.
func (p *timelinePane) toggle() bool {
	ev := p.Selected()
	if ev < 0 || len(p.tl.Events[ev].Quotes) == 0 {
		return false
	}
	// A fresh map keeps models values: an older copy keeps its own open events.
	open := maps.Clone(p.open)
	if open[ev] {
		delete(open, ev)
	} else {
		open[ev] = true
	}
	p.open = open
	p.clamp()
	return true
}

// rows is how many lines position pos takes: the event, the undated heading before the
// first undated event, and any open quotes.
func (p *timelinePane) rows(pos int) int {
	n := 1
	if pos == p.dated {
		n++
	}
	if ev := p.idx[pos]; p.open[ev] {
		n += len(p.quote.lines(ev, p.quoteWidth()))
	}
	return n
}

// clamp keeps the cursor on an event and on screen, and the screen as full as it can be.
// It walks back at most a screenful of rows, so it costs O(height), never O(events).
func (p *timelinePane) clamp() {
	n := len(p.idx)
	if n == 0 {
		p.sel, p.top = 0, 0
		return
	}
	p.sel = clamp(p.sel, 0, n-1)
	p.top = clamp(p.top, 0, p.sel)
	h := p.listHeight()
	if first := p.firstTop(p.sel, h); p.top < first {
		p.top = first
	}
	if last := p.firstTop(n-1, h); p.top > last {
		p.top = last
	}
}

// firstTop is the smallest top position that still shows all of position end's rows
// (or at least its first, when they cannot all fit).
func (p *timelinePane) firstTop(end, h int) int {
	used := 0
	for pos := end; pos >= 0; pos-- {
		used += p.rows(pos)
		if used > h {
			return min(pos+1, end)
		}
	}
	return 0
}

// gutterWidth and the columns after it depend on the pane's width only.
func (p *timelinePane) gutterWidth() int {
	if p.w >= 56 {
		return gutterWide
	}
	return gutterNarrow
}

func (p *timelinePane) textCol() int { return 1 + p.gutterWidth() + 1 }

func (p *timelinePane) quoteWidth() int { return max(10, p.w-p.textCol()-1) }

// posAt maps a row of the pane's inner area to the position whose line it is.
func (p *timelinePane) posAt(y int) (int, bool) {
	y -= p.headRows()
	for pos, row := p.top, 0; pos < len(p.idx) && row <= y; pos++ {
		r := p.rows(pos)
		if y < row+r {
			return pos, true
		}
		row += r
	}
	return 0, false
}

// Render draws the inner area of the pane: only the rows on screen are looked at.
func (p *timelinePane) Render(st *Styles, focused bool) []string {
	w, h := p.w, p.h
	lines := make([]string, 0, h)
	if len(p.tl.Events) == 0 {
		return centred(w, h, "no events found in "+articles(len(p.tl.Documents)), "", "nothing to show on a timeline")
	}
	switch rows := p.headRows(); {
	case p.tl.DatedCount() == 0:
		lines = append(lines, st.Notice.Render(fit("no dated events in "+articles(len(p.tl.Documents)), w)))
	case rows > 0:
		if s, ok := newStrip(p.tl, p.idx, p.dated, p.zoom, w-2, p.Selected(), p.keys); ok {
			lines = append(lines, s.render(st, w, rows)...)
		}
	}
	if len(p.idx) == 0 {
		return append(lines, centred(w, h-len(lines), "no events match", "", "esc clears the filters")...)
	}
	gw := p.gutterWidth()
	for pos := p.top; pos < len(p.idx) && len(lines) < h; pos++ {
		if pos == p.dated {
			lines = append(lines, p.heading(st, w))
			if len(lines) == h {
				break
			}
		}
		ev := p.idx[pos]
		label := gutterLabel(p.tl.Events[ev].When, gw)
		if pos > p.top && pos != p.dated && label == gutterLabel(p.tl.Events[p.idx[pos-1]].When, gw) {
			label = ""
		}
		lines = append(lines, p.row(st, ev, label, pos == p.sel, focused))
		if p.open[ev] {
			indent := strings.Repeat(" ", p.textCol())
			for _, q := range p.quote.lines(ev, p.quoteWidth()) {
				if len(lines) == h {
					break
				}
				lines = append(lines, indent+q.render(st))
			}
		}
	}
	return lines
}

func (p *timelinePane) heading(st *Styles, w int) string {
	s := fmt.Sprintf("── undated / background · %d ", len(p.idx)-p.dated)
	if rest := w - width(s); rest > 0 {
		s += strings.Repeat("─", rest)
	}
	return st.Separator.Render(fit(s, w))
}

// row is one event's line: cursor mark, date gutter, title, and the quote mark.
func (p *timelinePane) row(st *Styles, ev int, label string, selected, focused bool) string {
	e := &p.tl.Events[ev]
	gw := p.gutterWidth()
	tail := ""
	if n := len(e.Quotes); n > 0 {
		open := " "
		if p.open[ev] {
			open = "▾"
		}
		tail = fmt.Sprintf(" %s❝%d", open, n)
	}
	if n := len(e.Also); n > 0 {
		tail += fmt.Sprintf(" ×%d", n+1) // reports from this many documents
	}
	mk, _ := markFor(p.marks, e)
	if mk.Note != "" {
		tail += " ✎"
	}
	star := ""
	if mk.Starred {
		star = "★ "
	}
	titleW := max(1, p.w-p.textCol()-width(tail)-width(star))
	title := fit(wideTitle(e, titleW), titleW)
	gutter := fit(label, gw)
	if selected {
		cur, style := "›", st.Selected
		if !focused {
			style = st.SelectedBlur
		}
		return style.Render(cur + gutter + " " + star + title + tail)
	}
	return " " + st.Gutter.Render(gutter) + " " + st.Match.Render(star) + mark(title, p.search, st.Match) + st.QuoteMark.Render(tail)
}

// eventTitle is the one-line form of an event, safe to print.
func eventTitle(e *model.Event) string {
	if t := strings.TrimSpace(e.Title); t != "" {
		return text.VisibleLine(t)
	}
	return text.VisibleLine(strings.TrimSpace(e.Text))
}

// wideTitle is the title for a row w cells wide. Titles are cut at about 110 characters
// for narrow outputs; a wider row shows more of the clause the title was cut from, taken
// up again from the event's text.
func wideTitle(e *model.Event, w int) string {
	t := eventTitle(e)
	head, cut := strings.CutSuffix(t, "…")
	if !cut || width(t) >= w || len(head) < 20 {
		return t
	}
	words := text.VisibleLine(strings.Join(strings.Fields(e.Text), " "))
	// The title may differ from the text in its first letter (capitalised) only.
	_, n := utf8.DecodeRuneInString(head)
	i := strings.Index(words, head[n:])
	if i < 0 {
		return t
	}
	start := i - n
	for start > 0 && !utf8.RuneStart(words[start]) {
		start--
	}
	if start < 0 || !strings.EqualFold(words[start:i], head[:n]) {
		return t
	}
	return head[:n] + strings.TrimRight(words[i:], " .;,")
}

func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}
