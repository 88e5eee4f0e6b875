package ui

import (
	"strings"

	"storyline/data/text"
	"storyline/model"
)

// quoteLine is one line of a wrapped quote: text, and the byline when it fits after it.
// Kinds pick the style at render time, so a change of background keeps the wrapping.
type quoteLine struct {
	text, by string
	direct   bool
	context  bool // the sentence around the quote
}

func (q quoteLine) render(st *Styles) string {
	s := ""
	if q.context {
		return st.Dim.Render(q.text)
	}
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

// shownQuote is a quote with the sentence it stands in, when the event's words hold it.
type shownQuote struct {
	model.Quote
	sentence string
}

// eventQuotes are the quotes an event refers to, skipping indexes its document lacks.
func eventQuotes(tl *model.Timeline, e *model.Event) []shownQuote {
	doc := tl.Document(e.Doc)
	if doc == nil {
		return nil
	}
	out := make([]shownQuote, 0, len(e.Quotes))
	for _, i := range e.Quotes {
		if i < 0 || i >= len(doc.Quotes) {
			continue
		}
		q := shownQuote{Quote: doc.Quotes[i]}
		if strings.TrimSpace(q.Text) == "" {
			q.Text = runeSlice(doc.Body, q.Start, q.End)
		}
		for _, sp := range e.Spans {
			if sp.Start <= q.Start && q.Start < sp.End {
				q.sentence = strings.Join(strings.Fields(runeSlice(doc.Body, sp.Start, sp.End)), " ")
				break
			}
		}
		out = append(out, q)
	}
	return out
}

// around is the sentence with the quote's own words left out ("Carter on Wednesday said
// …, AP reported"): who said it, to whom and when, without saying it twice. It is empty
// when that adds little.
func around(sentence, quote string) string {
	q := strings.Join(strings.Fields(quote), " ")
	if q == "" {
		return ""
	}
	rest := sentence
	if i := strings.Index(sentence, q); i >= 0 {
		rest = sentence[:i] + "…" + sentence[i+len(q):]
	} else if len(sentence) < len(q)+12 {
		return ""
	}
	if len(strings.Trim(rest, " …“”\"'.,")) < 12 {
		return ""
	}
	return rest
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
func wrapQuotes(tl *model.Timeline, qs []shownQuote, w int) []quoteLine {
	var out []quoteLine
	for i, q := range qs {
		words := text.VisibleLine(strings.TrimSpace(q.Text))
		if q.Direct {
			words = "“" + words + "”"
		} else {
			words = "≈ " + words
		}
		for _, l := range wrap(words, w) {
			out = append(out, quoteLine{text: l, direct: q.Direct})
		}
		by := quoteByline(tl, q.Quote)
		if i+1 < len(qs) && quoteByline(tl, qs[i+1].Quote) == by && qs[i+1].sentence == q.sentence {
			continue
		}
		by = "— " + by
		if last := &out[len(out)-1]; width(last.text)+1+width(by) <= w {
			last.by = " " + by
		} else {
			for _, l := range wrap(by, w-2) {
				out = append(out, quoteLine{by: "  " + l})
			}
		}
		if ctx := around(q.sentence, q.Text); ctx != "" {
			for j, l := range wrap(text.VisibleLine(ctx), w-2) {
				lead := "  "
				if j == 0 {
					lead = "↳ "
				}
				out = append(out, quoteLine{text: lead + l, context: true})
			}
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
