package ui

import (
	"fmt"
	"sort"
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// reader shows the article behind an event in place of the panes, scrolled to the
// event's sentence with its words marked. Its lines are laid out when it opens or the
// width changes, never while drawing.
type reader struct {
	ev     int // the event, in the timeline
	report int // which of its reports' articles: 0 is its own
	doc    *model.Document
	spans  []model.Span // the report's words in the document, code points
	w      int
	lines  []readerLine
	top    int
	first  int // the line of the first marked words
}

// readerLine is one wrapped line of the body: code points [start, end) of it.
type readerLine struct {
	start, end int
	head       string // a line of the heading instead of body text, styled
}

// openReader is o: the article of the selected event's report.
func (m *Model) openReader() {
	ev := m.timeline.Selected()
	if ev < 0 {
		m.notice = "no event selected"
		return
	}
	m.readerAt(ev, 0)
}

func (m *Model) readerAt(ev, report int) {
	e := &m.tl.Events[ev]
	reps := e.Reports()
	report %= len(reps)
	r := reps[report]
	doc := m.tl.Document(r.Doc)
	if doc == nil || strings.TrimSpace(doc.Body) == "" {
		m.notice = "the article's text is not at hand"
		return
	}
	m.read = &reader{ev: ev, report: report, doc: doc, spans: r.Spans}
	m.read.layout(max(10, m.layout.body.w-4))
	h := m.layout.body.h - 2
	m.read.top = clamp(m.read.first-h/3, 0, max(0, len(m.read.lines)-h))
	if len(reps) > 1 {
		m.notice = fmt.Sprintf("report %d of %d; tab for the next", report+1, len(reps))
	}
}

// layout wraps the heading and the body to w cells, keeping each line's code points.
func (r *reader) layout(w int) {
	r.w, r.lines, r.first = w, nil, -1
	d := r.doc
	title := strings.TrimSpace(d.Title)
	if title == "" {
		title = "untitled"
	}
	for _, l := range wrap(text.VisibleLine(title), w) {
		r.lines = append(r.lines, readerLine{head: l})
	}
	if meta := articleMeta(d); meta != "" {
		for _, l := range wrap(text.VisibleLine(meta), w) {
			r.lines = append(r.lines, readerLine{head: "\x00" + l})
		}
	}
	r.lines = append(r.lines, readerLine{head: " "})
	body := []rune(d.Body)
	for start := 0; start <= len(body); {
		end := start
		for end < len(body) && body[end] != '\n' {
			end++
		}
		r.paragraph(body, start, end, w)
		start = end + 1
	}
	for i, l := range r.lines {
		if l.head == "" && r.marked(l.start, l.end) {
			r.first = i
			break
		}
	}
}

// paragraph breaks body[start:end] into lines at spaces, a long word where it must.
func (r *reader) paragraph(body []rune, start, end, w int) {
	if strings.TrimSpace(string(body[start:end])) == "" {
		if n := len(r.lines); n > 0 && r.lines[n-1].head != " " && r.lines[n-1].end != r.lines[n-1].start {
			r.lines = append(r.lines, readerLine{start: start, end: start})
		}
		return
	}
	for start < end {
		for start < end && body[start] == ' ' {
			start++
		}
		cells, cut, i := 0, -1, start
		for ; i < end; i++ {
			cells += width(string(text.VisibleRune(body[i])))
			if cells > w {
				break
			}
			if body[i] == ' ' {
				cut = i
			}
		}
		stop := i
		if i < end && cut > start {
			stop = cut
		}
		if stop == start { // one character wider than the line
			stop = start + 1
		}
		r.lines = append(r.lines, readerLine{start: start, end: stop})
		start = stop
	}
}

// marked reports whether any of the report's words fall in [a, b).
func (r *reader) marked(a, b int) bool {
	for _, s := range r.spans {
		if s.Start < b && s.End > a {
			return true
		}
	}
	return false
}

// render draws the lines in view, the report's words in the match style.
func (r *reader) render(st *Styles, h int) []string {
	body := []rune(r.doc.Body)
	out := make([]string, 0, h)
	for _, l := range r.lines[r.top:min(len(r.lines), r.top+h)] {
		switch {
		case strings.HasPrefix(l.head, "\x00"):
			out = append(out, st.Dim.Render(l.head[1:]))
			continue
		case l.head != "":
			out = append(out, st.Heading.Render(l.head))
			continue
		}
		out = append(out, r.line(st, body, l))
	}
	return out
}

func (r *reader) line(st *Styles, body []rune, l readerLine) string {
	cuts := []int{l.start, l.end}
	for _, s := range r.spans {
		for _, c := range [...]int{s.Start, s.End} {
			if c > l.start && c < l.end {
				cuts = append(cuts, c)
			}
		}
	}
	sort.Ints(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], min(cuts[i+1], len(body))
		if a >= z {
			continue
		}
		run := text.VisibleLine(string(body[a:z]))
		if r.marked(a, z) {
			run = st.Match.Render(run)
		}
		b.WriteString(run)
	}
	return b.String()
}

func (r *reader) scroll(delta, h int) {
	r.top = clamp(r.top+delta, 0, max(0, len(r.lines)-h))
}

// info is the frame's corner: where in the article the view is.
func (r *reader) info(h int) string {
	if len(r.lines) <= h {
		return "esc closes"
	}
	return fmt.Sprintf("%d%% · esc closes", 100*min(len(r.lines), r.top+h)/len(r.lines))
}
