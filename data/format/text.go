package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/model"
)

// WriteText prints one event a line, like `git log --oneline` piped: the date (ISO, an
// interval, or "undated"), the title, then the actors and the sources in brackets.
func WriteText(w io.Writer, tl *model.Timeline) error {
	bw := bufio.NewWriter(w)
	width := 0
	for _, e := range tl.Events {
		width = max(width, utf8.RuneCountInString(dateColumn(e.When)))
	}
	for _, e := range tl.Events {
		d := dateColumn(e.When)
		fmt.Fprintf(bw, "%s%s  %s", d, strings.Repeat(" ", width-utf8.RuneCountInString(d)), line(e.Title))
		if names := actorNames(tl, e.AllActors()); names != "" {
			fmt.Fprintf(bw, "  [%s]", names)
		}
		if names := sourceNames(tl, e.AllSources()); names != "" {
			fmt.Fprintf(bw, "  (via %s)", names)
		}
		if n := len(e.Documents()); n > 1 {
			fmt.Fprintf(bw, "  {%d reports}", n)
		}
		bw.WriteByte('\n')
	}
	if len(tl.Events) == 0 {
		fmt.Fprintln(bw, Summary(tl))
	}
	return bw.Flush()
}

// dateColumn is the ISO date with a mod prefix: "2015-10-07", "<2011-10-07/2015-10-07".
func dateColumn(w model.When) string {
	if !w.Dated() {
		return "undated"
	}
	switch w.Mod {
	case model.ModBefore:
		return "<" + w.ISO()
	case model.ModAfter:
		return ">" + w.ISO()
	case model.ModApprox:
		return "~" + w.ISO()
	}
	return w.ISO()
}

// line makes article text safe and single-line for output.
func line(s string) string {
	return text.Squeeze(text.VisibleControls(s))
}

func actorNames(tl *model.Timeline, ids []string) string {
	return strings.Join(actorList(tl, ids), ", ")
}

func sourceNames(tl *model.Timeline, ids []string) string {
	return strings.Join(sourceList(tl, ids), ", ")
}

// actorList is the single-line names of the actors that are known.
func actorList(tl *model.Timeline, ids []string) []string {
	var names []string
	for _, id := range ids {
		if a, ok := tl.Actor(id); ok {
			names = append(names, line(a.Name))
		}
	}
	return names
}

// sourceList is the single-line names of the sources that are known.
func sourceList(tl *model.Timeline, ids []string) []string {
	var names []string
	for _, id := range ids {
		if s, ok := tl.Source(id); ok {
			names = append(names, line(s.Name))
		}
	}
	return names
}

// Summary says what was found, for thin input: "no dated events in 1 article".
func Summary(tl *model.Timeline) string {
	docs := Plural(len(tl.Documents), "article", "articles")
	switch {
	case len(tl.Events) == 0:
		return "no events found in " + docs
	case tl.DatedCount() == 0:
		return fmt.Sprintf("no dated events in %s (%s, all undated)", docs, Plural(len(tl.Events), "event", "events"))
	}
	return fmt.Sprintf("%s (%d dated) in %s", Plural(len(tl.Events), "event", "events"), tl.DatedCount(), docs)
}

// Plural is n with the noun that fits it: "1 article", "3 articles".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
