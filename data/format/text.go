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
// interval, or "undated"), the title, then the actors in brackets, the places after an
// "@" and the sources in parentheses.
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
		if names := placeNames(tl, e.AllPlaces()); names != "" {
			fmt.Fprintf(bw, "  @ %s", names)
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

// line makes article text safe and single-line for output, as the explorer shows it.
func line(s string) string {
	return text.Squeeze(text.VisibleLine(s))
}

func actorNames(tl *model.Timeline, ids []string) string {
	return strings.Join(actorList(tl, ids), ", ")
}

func sourceNames(tl *model.Timeline, ids []string) string {
	return strings.Join(sourceList(tl, ids), ", ")
}

func placeNames(tl *model.Timeline, ids []string) string {
	return strings.Join(placeList(tl, ids), ", ")
}

// actorList, sourceList and placeList are the single-line names of those that are known.
func actorList(tl *model.Timeline, ids []string) []string {
	return nameList(ids, func(id string) (string, bool) { a, ok := tl.Actor(id); return a.Name, ok })
}

func sourceList(tl *model.Timeline, ids []string) []string {
	return nameList(ids, func(id string) (string, bool) { s, ok := tl.Source(id); return s.Name, ok })
}

func placeList(tl *model.Timeline, ids []string) []string {
	return nameList(ids, func(id string) (string, bool) { p, ok := tl.Place(id); return p.Name, ok })
}

func nameList(ids []string, name func(string) (string, bool)) []string {
	var names []string
	for _, id := range ids {
		if n, ok := name(id); ok {
			names = append(names, line(n))
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
