package format

import (
	"cmp"
	"html"
	"io"
	"strings"
	"time"

	"storyline/model"
)

// The TimelineJS 3 forms (https://timeline.knightlab.com/docs/json-format.html). Dates
// are numbers, months counted from 1; TimelineJS reads each part it is given, so a date
// carries only the parts its granularity knows.
type tljsDate struct {
	Year   int  `json:"year"`
	Month  int  `json:"month,omitempty"`
	Day    int  `json:"day,omitempty"`
	Hour   *int `json:"hour,omitempty"` // pointers, for a timed event at 00:00 says so
	Minute *int `json:"minute,omitempty"`
}

type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

type tljsSlide struct {
	UniqueID    string    `json:"unique_id"`
	StartDate   *tljsDate `json:"start_date,omitempty"` // none on the title slide
	EndDate     *tljsDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
}

// tljsTitleID is the title slide's ID: TimelineJS puts it in the same namespace as the
// events', which are "<document>-e<n>".
const tljsTitleID = "storyline-title"

// WriteTimelineJS writes the timeline as TimelineJS 3 JSON, the data TL.Timeline loads: a
// title slide that says what the corpus is and what span it covers, then one slide per
// dated event. Undated events are left out, since TimelineJS places every slide at its
// start date and refuses one without; the title slide counts them. A timeline with no
// dated events gives an empty events array, which TimelineJS reports as having no events.
//
// Headlines and texts are HTML, which TimelineJS sanitises and shows, so article text is
// escaped into them; group and display_date are plain text. The JSON escapes <, > and &
// as well, because pages often paste it into a <script>.
func WriteTimelineJS(w io.Writer, tl *model.Timeline) error {
	jw := newJSONWriter(w)
	jw.enc.SetEscapeHTML(true)
	jw.raw("{\n \"title\": ")
	jw.element(tljsTitle(tl))
	jw.raw(",\n")
	var slide tljsSlide
	writeArray(jw, "events", tl.Events[:tl.DatedCount()], func(e *model.Event) any {
		slide = tljsEvent(tl, e)
		return &slide
	})
	jw.raw("\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.out.Flush()
}

func tljsEvent(tl *model.Timeline, e *model.Event) tljsSlide {
	s := tljsSlide{UniqueID: e.ID, StartDate: tljsDateAt(e.When.Start, e.When.Gran)}
	if e.When.IsInterval() {
		s.EndDate = tljsDateAt(e.When.End, e.When.Gran)
	}
	// TimelineJS dates are points of a year, month, day or minute; a qualifier or a
	// granularity it has no unit for would be lost, so the label says it instead.
	switch e.When.Gran {
	case model.GranCentury, model.GranDecade, model.GranQuarter, model.GranSeason, model.GranWeek:
		s.DisplayDate = e.When.Label()
	}
	if e.When.Mod != model.ModNone {
		s.DisplayDate = e.When.Label()
	}
	if names := actorList(tl, e.AllActors()); len(names) > 0 {
		s.Group = names[0]
	}
	s.Text = tljsText{Headline: htmlText.Replace(line(e.Title)), Text: tljsBody(tl, e)}
	return s
}

// htmlText escapes text for HTML outside attributes, where quotes may stay as they are,
// readable to whoever edits the file.
var htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func tljsDateAt(t time.Time, g model.Granularity) *tljsDate {
	d := &tljsDate{Year: t.Year()}
	if g == model.GranNone {
		g = model.GranDay // as model.NaturalEnd takes a date of no granularity
	}
	if g <= model.GranYear {
		return d
	}
	d.Month = int(t.Month())
	if g <= model.GranMonth {
		return d
	}
	d.Day = t.Day()
	if g == model.GranTime {
		h, m := t.Hour(), t.Minute()
		d.Hour, d.Minute = &h, &m
	}
	return d
}

// tljsBody is the event's text, where it happened, then who reports it: how many articles, the sources they
// cite, and a link to the article the event was taken from.
func tljsBody(tl *model.Timeline, e *model.Event) string {
	var b strings.Builder
	if t := line(e.Text); t != "" {
		b.WriteString("<p>" + htmlText.Replace(t) + "</p>")
	}
	if names := placeList(tl, e.AllPlaces()); len(names) > 0 {
		b.WriteString("<p>in " + htmlText.Replace(strings.Join(names, ", ")) + "</p>")
	}
	by := []string{"— reported by " + Plural(len(e.Documents()), "article", "articles")}
	if names := sourceList(tl, e.AllSources()); len(names) > 0 {
		by = append(by, "via "+htmlText.Replace(strings.Join(names, ", ")))
	}
	if d := tl.Document(e.Doc); d != nil && isWebURL(d.URL) {
		name := cmp.Or(line(d.Title), line(d.Source), d.URL)
		by = append(by, `<a href="`+html.EscapeString(d.URL)+`">`+htmlText.Replace(name)+"</a>")
	}
	b.WriteString("<p>" + strings.Join(by, " · ") + "</p>")
	return b.String()
}

// isWebURL keeps links to the web: TimelineJS sanitises what it shows, but a link that
// goes nowhere useful (a file path, javascript:) is better not written at all.
func isWebURL(u string) bool {
	u = strings.ToLower(u)
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

// tljsTitle names the corpus (its one article's title, or the outlet most of its articles
// come from) and says how much of it the timeline shows, over what span.
func tljsTitle(tl *model.Timeline) tljsSlide {
	headline := "storyline"
	if len(tl.Documents) == 1 && tl.Documents[0].Title != "" {
		headline = "Timeline: " + line(tl.Documents[0].Title)
	} else if outlet := commonOutlet(tl); outlet != "" {
		headline = "Timeline: " + outlet
	}
	text := Summary(tl)
	dated := tl.Events[:tl.DatedCount()]
	if len(dated) > 0 {
		first, last := dated[0].When.Start, dated[0].When.Start // sorted by start
		for _, e := range dated {
			last = later(later(last, e.When.Start), e.When.End)
		}
		text += ": " + model.When{Start: model.Day(first.Date()), End: model.Day(last.Date()), Gran: model.GranDay}.Label()
	}
	text += "."
	if n := len(tl.Events) - len(dated); n > 0 && len(dated) > 0 {
		text += " Not shown: " + Plural(n, "event", "events") + " without a date."
	}
	return tljsSlide{UniqueID: tljsTitleID, Text: tljsText{Headline: htmlText.Replace(headline), Text: "<p>" + htmlText.Replace(text) + "</p>"}}
}

// commonOutlet is the outlet that published the most documents (on a tie, the first to
// reach that count), or "".
func commonOutlet(tl *model.Timeline) string {
	counts := map[string]int{}
	best := ""
	for _, d := range tl.Documents {
		if s := line(d.Source); s != "" {
			counts[s]++
			if counts[s] > counts[best] {
				best = s
			}
		}
	}
	return best
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
