package ui

import (
	"strings"

	"storyline/model"
)

// quoteLine is one line of a wrapped quote: text, and the byline when it fits after it.
// Kinds pick the style at render time, so a change of background keeps the wrapping.
type quoteLine struct {
	text, by string
	direct   bool
}

func (q quoteLine) render(st *Styles) string {
	s := ""
	if q.text != "" {
		if q.direct {
			s = st.Quote.Render(q.text)
		} else {
			s = st.Reported.Render(q.text)
		}
	}
	if q.by != "" {
		s += st.Dim.Render(q.by)
	}
	return s
}

// quoteCache keeps the wrapped quotes of opened events: wrapping is the costly part of
// drawing them and the width rarely changes.
type quoteCache struct {
	tl    *model.Timeline
	width int
	byEv  map[int][]quoteLine
}

func (c *quoteCache) lines(ev, width int) []quoteLine {
	if c.width != width || c.byEv == nil {
		c.width, c.byEv = width, map[int][]quoteLine{}
	}
	if l, ok := c.byEv[ev]; ok {
		return l
	}
	out := wrapQuotes(c.tl, eventQuotes(c.tl, &c.tl.Events[ev]), width)
	c.byEv[ev] = out
	return out
}

// eventQuotes are the quotes an event refers to, skipping indexes its document lacks.
func eventQuotes(tl *model.Timeline, e *model.Event) []model.Quote {
	doc := tl.Document(e.Doc)
	if doc == nil {
		return nil
	}
	out := make([]model.Quote, 0, len(e.Quotes))
	for _, i := range e.Quotes {
		if i < 0 || i >= len(doc.Quotes) {
			continue
		}
		q := doc.Quotes[i]
		if strings.TrimSpace(q.Text) == "" {
			q.Text = runeSlice(doc.Body, q.Start, q.End)
		}
		out = append(out, q)
	}
	return out
}

// runeSlice is body[start:end] counting code points, as model offsets do; out-of-range
// offsets give what overlaps.
func runeSlice(body string, start, end int) string {
	i, from, to := 0, len(body), len(body)
	for b := range body {
		if i == start {
			from = b
		}
		if i == end {
			to = b
			break
		}
		i++
	}
	if from > to {
		return ""
	}
	return body[from:to]
}

// wrapQuotes lays out quotes in w cells: a quotation in curly quotes, a reported claim
// after ≈, each run of quotes from one speaker through one source followed by one byline,
// on the last line when there is room.
func wrapQuotes(tl *model.Timeline, qs []model.Quote, w int) []quoteLine {
	var out []quoteLine
	for i, q := range qs {
		text := clean(strings.TrimSpace(q.Text))
		if q.Direct {
			text = "“" + text + "”"
		} else {
			text = "≈ " + text
		}
		for _, l := range wrap(text, w) {
			out = append(out, quoteLine{text: l, direct: q.Direct})
		}
		by := quoteByline(tl, q)
		if i+1 < len(qs) && quoteByline(tl, qs[i+1]) == by {
			continue
		}
		by = "— " + by
		if last := &out[len(out)-1]; width(last.text)+1+width(by) <= w {
			last.by = " " + by
			continue
		}
		for _, l := range wrap(by, w-2) {
			out = append(out, quoteLine{by: "  " + l})
		}
	}
	return out
}

// quoteByline names the speaker and the source, and says when a claim is only reported.
func quoteByline(tl *model.Timeline, q model.Quote) string {
	s := "unknown speaker"
	if a, ok := tl.Actor(q.Speaker); ok {
		s = displayName(a.Name, a.ID)
	}
	if !q.Direct {
		s += ", reported"
	}
	if src, ok := tl.Source(q.Source); ok {
		s += " via " + displayName(src.Name, src.ID)
	} else if q.Direct {
		s += ", said"
	}
	return s
}
