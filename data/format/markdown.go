package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"storyline/model"
)

// WriteMarkdown writes the timeline as a Markdown document: a heading per day (or
// interval), a bullet per event with its actors and sources, and its quotes as block
// quotes under it; undated events last, under their own heading.
func WriteMarkdown(w io.Writer, tl *model.Timeline) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n\n", mdEscape(timelineTitle(tl)))
	fmt.Fprintf(bw, "%s.\n", Summary(tl))
	heading := "\x00"
	for _, e := range tl.Events {
		h := e.When.Label()
		if !e.When.Dated() {
			h = "Undated / background"
		}
		if h != heading {
			fmt.Fprintf(bw, "\n## %s\n\n", mdEscape(h))
			heading = h
		}
		fmt.Fprintf(bw, "- **%s**", mdEscape(line(e.Title)))
		if names := actorNames(tl, e.AllActors()); names != "" {
			fmt.Fprintf(bw, " — %s", mdEscape(names))
		}
		if names := placeNames(tl, e.AllPlaces()); names != "" {
			fmt.Fprintf(bw, " · in %s", mdEscape(names))
		}
		if names := sourceNames(tl, e.AllSources()); names != "" {
			fmt.Fprintf(bw, " (via %s)", mdEscape(names))
		}
		if n := len(e.Documents()); n > 1 {
			fmt.Fprintf(bw, " · %d reports", n)
		}
		if e.DateText != "" && e.When.Dated() {
			fmt.Fprintf(bw, " · _%s_", mdEscape(line(e.DateText)))
		}
		bw.WriteByte('\n')
		doc := tl.Document(e.Doc)
		for _, qi := range e.Quotes {
			if doc == nil || qi < 0 || qi >= len(doc.Quotes) {
				continue
			}
			q := doc.Quotes[qi]
			words := mdEscape(line(q.Text))
			if q.Direct {
				words = "“" + words + "”"
			} else {
				words = "(reported) " + words
			}
			fmt.Fprintf(bw, "  > %s — %s\n", words, mdEscape(attribution(tl, q)))
		}
	}
	return bw.Flush()
}

func timelineTitle(tl *model.Timeline) string {
	if len(tl.Documents) == 1 && tl.Documents[0].Title != "" {
		return "Timeline: " + line(tl.Documents[0].Title)
	}
	return "Timeline"
}

// attribution names the speaker and the source: "Sergei Shoigu, via TASS".
func attribution(tl *model.Timeline, q model.Quote) string {
	who := "unattributed"
	if a, ok := tl.Actor(q.Speaker); ok {
		who = line(a.Name)
	}
	if s, ok := tl.Source(q.Source); ok {
		who += ", via " + line(s.Name)
	}
	return who
}

// mdEscape keeps article text from being read as Markdown markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '`', '[', ']', '<', '>', '#', '|':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
