// Package format writes a timeline as plain text, Markdown or JSON, and reads the JSON
// back. The JSON is storyline's interchange format, described in docs/json-format.md.
package format

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"storyline/data/text"
	"storyline/model"
)

// Version of the JSON format; readers reject versions they do not know.
const Version = 1

type jsonFile struct {
	Storyline int            `json:"storyline"`
	Documents []jsonDocument `json:"documents"`
	Actors    []jsonActor    `json:"actors"`
	Sources   []jsonSource   `json:"sources"`
	Events    []jsonEvent    `json:"events"`
}

type jsonDocument struct {
	ID            string        `json:"id"`
	Title         string        `json:"title"`
	Published     string        `json:"published"`
	PublishedFrom string        `json:"published_from,omitempty"`
	Source        string        `json:"source"`
	URL           string        `json:"url,omitempty"`
	Path          string        `json:"path,omitempty"`
	Body          string        `json:"body"`
	Timexes       []jsonTimex   `json:"timexes"`
	Mentions      []jsonMention `json:"mentions"`
	Quotes        []jsonQuote   `json:"quotes"`
}

type jsonTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

type jsonMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Actor string `json:"actor"`
}

type jsonQuote struct {
	ID           string `json:"id"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Text         string `json:"text"`
	Speaker      string `json:"speaker"`
	SpeakerStart int    `json:"speaker_start"`
	SpeakerEnd   int    `json:"speaker_end"`
	Source       string `json:"source"`
	Direct       bool   `json:"direct"`
}

type jsonActor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles,omitempty"`
}

type jsonSource struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases,omitempty"`
}

type jsonEvent struct {
	ID          string   `json:"id"`
	Start       string   `json:"start"`
	End         string   `json:"end"`
	Granularity string   `json:"granularity"`
	Mod         string   `json:"mod,omitempty"`
	DateText    string   `json:"date_text"`
	Title       string   `json:"title"`
	Text        string   `json:"text"`
	Document    string   `json:"document"`
	Spans       [][2]int `json:"spans"`
	Actors      []string `json:"actors"`
	Sources     []string `json:"sources"`
	Quotes      []int    `json:"quotes"`
}

// WriteJSON writes the timeline in the interchange format, indented.
func WriteJSON(w io.Writer, tl *model.Timeline) error {
	f := jsonFile{Storyline: Version, Documents: []jsonDocument{}, Actors: []jsonActor{}, Sources: []jsonSource{}, Events: []jsonEvent{}}
	for _, d := range tl.Documents {
		jd := jsonDocument{ID: d.ID, Title: d.Title, Published: dateString(d.Published), PublishedFrom: string(d.DateOrigin),
			Source: d.Source, URL: d.URL, Path: d.Path, Body: d.Body,
			Timexes: []jsonTimex{}, Mentions: []jsonMention{}, Quotes: []jsonQuote{}}
		for _, t := range d.Timexes {
			jd.Timexes = append(jd.Timexes, jsonTimex{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod})
		}
		for _, m := range d.Mentions {
			jd.Mentions = append(jd.Mentions, jsonMention{m.Start, m.End, m.Text, m.Actor})
		}
		for _, q := range d.Quotes {
			jd.Quotes = append(jd.Quotes, jsonQuote{q.ID, q.Start, q.End, q.Text, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Source, q.Direct})
		}
		f.Documents = append(f.Documents, jd)
	}
	for _, a := range tl.Actors {
		f.Actors = append(f.Actors, jsonActor{a.ID, a.Name, string(a.Kind), nonNil(a.Aliases), a.Roles})
	}
	for _, s := range tl.Sources {
		f.Sources = append(f.Sources, jsonSource{s.ID, s.Name, s.Kind, s.Aliases})
	}
	for _, e := range tl.Events {
		je := jsonEvent{ID: e.ID, Granularity: e.When.Gran.String(), Mod: string(e.When.Mod), DateText: e.DateText,
			Title: e.Title, Text: e.Text, Document: e.Doc, Spans: [][2]int{},
			Actors: nonNil(e.Actors), Sources: nonNil(e.Sources), Quotes: e.Quotes}
		if je.Quotes == nil {
			je.Quotes = []int{}
		}
		if e.When.Dated() {
			je.Start, je.End = timeString(e.When.Start, e.When.Gran), timeString(e.When.End, e.When.Gran)
		}
		for _, sp := range e.Spans {
			je.Spans = append(je.Spans, [2]int{sp.Start, sp.End})
		}
		f.Events = append(f.Events, je)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func timeString(t time.Time, g model.Granularity) string {
	if g == model.GranTime {
		return t.Format("2006-01-02T15:04")
	}
	return dateString(t)
}

// ReadJSON reads a timeline written by WriteJSON, checking that every reference (event to
// document, actor, source and quote; mention and quote to actor) resolves.
func ReadJSON(r io.Reader) (*model.Timeline, error) {
	var f jsonFile
	dec := json.NewDecoder(io.LimitReader(r, 64<<20))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("not a storyline JSON timeline: %v", err)
	}
	if f.Storyline != Version {
		return nil, fmt.Errorf("storyline JSON version %d is not supported (this build reads version %d)", f.Storyline, Version)
	}
	f.visibleControls()
	actors := map[string]bool{}
	var tlActors []model.Actor
	for _, a := range f.Actors {
		actors[a.ID] = true
		tlActors = append(tlActors, model.Actor{ID: a.ID, Name: a.Name, Kind: model.ActorKind(a.Kind), Aliases: a.Aliases, Roles: a.Roles})
	}
	sources := map[string]bool{}
	var tlSources []model.Source
	for _, s := range f.Sources {
		sources[s.ID] = true
		tlSources = append(tlSources, model.Source{ID: s.ID, Name: s.Name, Kind: s.Kind, Aliases: s.Aliases})
	}
	quotes := map[string]int{}
	var docs []model.Document
	for _, jd := range f.Documents {
		d := model.Document{ID: jd.ID, Title: jd.Title, Source: jd.Source, URL: jd.URL, Path: jd.Path, Body: jd.Body, DateOrigin: model.DateOrigin(jd.PublishedFrom)}
		if jd.Published != "" {
			t, err := time.Parse("2006-01-02", jd.Published)
			if err != nil {
				return nil, fmt.Errorf("document %q: published %q is not YYYY-MM-DD", jd.ID, jd.Published)
			}
			d.Published = t
		}
		for _, t := range jd.Timexes {
			d.Timexes = append(d.Timexes, model.Timex{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value, Mod: t.Mod})
		}
		for _, m := range jd.Mentions {
			if !actors[m.Actor] {
				return nil, fmt.Errorf("document %q: mention %q names unknown actor %q", jd.ID, m.Text, m.Actor)
			}
			d.Mentions = append(d.Mentions, model.Mention{Start: m.Start, End: m.End, Text: m.Text, Actor: m.Actor})
		}
		for _, q := range jd.Quotes {
			if q.Speaker != "" && !actors[q.Speaker] {
				return nil, fmt.Errorf("document %q: quote speaker %q is not an actor", jd.ID, q.Speaker)
			}
			if q.Source != "" && !sources[q.Source] {
				return nil, fmt.Errorf("document %q: quote source %q is not a source", jd.ID, q.Source)
			}
			d.Quotes = append(d.Quotes, model.Quote{ID: q.ID, Start: q.Start, End: q.End, Text: q.Text, Speaker: q.Speaker,
				SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd, Source: q.Source, Direct: q.Direct})
		}
		quotes[jd.ID] = len(jd.Quotes)
		docs = append(docs, d)
	}
	var events []model.Event
	for _, je := range f.Events {
		nq, ok := quotes[je.Document]
		if !ok {
			return nil, fmt.Errorf("event %q: unknown document %q", je.ID, je.Document)
		}
		e := model.Event{ID: je.ID, DateText: je.DateText, Title: je.Title, Text: je.Text, Doc: je.Document, Actors: je.Actors, Sources: je.Sources, Quotes: je.Quotes}
		w, err := readWhen(je)
		if err != nil {
			return nil, fmt.Errorf("event %q: %v", je.ID, err)
		}
		e.When = w
		for _, a := range je.Actors {
			if !actors[a] {
				return nil, fmt.Errorf("event %q: unknown actor %q", je.ID, a)
			}
		}
		for _, s := range je.Sources {
			if !sources[s] {
				return nil, fmt.Errorf("event %q: unknown source %q", je.ID, s)
			}
		}
		for _, q := range je.Quotes {
			if q < 0 || q >= nq {
				return nil, fmt.Errorf("event %q: quote index %d out of range", je.ID, q)
			}
		}
		for _, sp := range je.Spans {
			e.Spans = append(e.Spans, model.Span{Start: sp[0], End: sp[1]})
		}
		events = append(events, e)
	}
	return model.NewTimeline(docs, tlActors, tlSources, events), nil
}

func readWhen(je jsonEvent) (model.When, error) {
	if je.Start == "" {
		return model.When{}, nil
	}
	parse := func(s string) (time.Time, error) {
		if t, err := time.Parse("2006-01-02T15:04", s); err == nil {
			return t, nil
		}
		return time.Parse("2006-01-02", s)
	}
	a, err := parse(je.Start)
	if err != nil {
		return model.When{}, fmt.Errorf("start %q is not an ISO date", je.Start)
	}
	b := a
	if je.End != "" {
		if b, err = parse(je.End); err != nil {
			return model.When{}, fmt.Errorf("end %q is not an ISO date", je.End)
		}
	}
	if b.Before(a) {
		return model.When{}, fmt.Errorf("end %s is before start %s", je.End, je.Start)
	}
	g := model.ParseGranularity(je.Granularity)
	if g == model.GranNone {
		g = model.GranDay
	}
	return model.When{Start: a, End: b, Gran: g, Mod: model.Mod(je.Mod)}, nil
}

// visibleControls makes control characters in every string of the file visible, as the
// article reader does, so that a crafted file cannot reach the terminal raw.
func (f *jsonFile) visibleControls() {
	v := text.VisibleControls
	all := func(ss []string) {
		for i := range ss {
			ss[i] = v(ss[i])
		}
	}
	for i := range f.Documents {
		d := &f.Documents[i]
		d.Title, d.Source, d.URL, d.Path, d.Body = v(d.Title), v(d.Source), v(d.URL), v(d.Path), v(d.Body)
		for j := range d.Timexes {
			d.Timexes[j].Text = v(d.Timexes[j].Text)
		}
		for j := range d.Mentions {
			d.Mentions[j].Text = v(d.Mentions[j].Text)
		}
		for j := range d.Quotes {
			d.Quotes[j].Text = v(d.Quotes[j].Text)
		}
	}
	for i := range f.Actors {
		a := &f.Actors[i]
		a.Name = v(a.Name)
		all(a.Aliases)
		all(a.Roles)
	}
	for i := range f.Sources {
		s := &f.Sources[i]
		s.Name, s.Kind = v(s.Name), v(s.Kind)
		all(s.Aliases)
	}
	for i := range f.Events {
		e := &f.Events[i]
		e.Title, e.Text, e.DateText = v(e.Title), v(e.Text), v(e.DateText)
	}
}
