package model

import "slices"

// Event is one entry of the timeline: something that happened (or was said) at a time,
// as one document reports it, possibly mentioned more than once. When other documents
// report the same happening, their reports are in Also and the event stands for all of
// them.
type Event struct {
	ID       string
	When     When
	DateText string // the words that gave the date, e.g. "since Sept. 30"
	Title    string // short form for one line
	Text     string // the sentence or sentences
	Doc      string // document ID
	Spans    []Span // where the event is mentioned in the document
	Actors   []string
	Sources  []string
	Places   []string // where it happened: place IDs
	Quotes   []int    // indexes into the document's Quotes

	Also     []Event // the same happening as other documents report it; their own Also is empty
	Salience float64 // how much it matters across the corpus (see story); 0 when not ranked
}

// Reports are the event's own report and those in Also.
func (e *Event) Reports() []*Event {
	out := make([]*Event, 0, 1+len(e.Also))
	out = append(out, e)
	for i := range e.Also {
		out = append(out, &e.Also[i])
	}
	return out
}

// Documents are the distinct documents that report the event, its own first.
func (e *Event) Documents() []string {
	out := []string{e.Doc}
	var seen map[string]bool // for a happening that many report, instead of scanning out
	if len(e.Also) > 16 {
		seen = map[string]bool{e.Doc: true}
	}
	for _, r := range e.Also {
		switch {
		case seen != nil && !seen[r.Doc]:
			seen[r.Doc] = true
			out = append(out, r.Doc)
		case seen == nil && !slices.Contains(out, r.Doc):
			out = append(out, r.Doc)
		}
	}
	return out
}

// AllActors are the actors of all the event's reports, each once, its own first.
func (e *Event) AllActors() []string { return e.union(func(r *Event) []string { return r.Actors }) }

// AllSources are the sources of all the event's reports, each once, its own first.
func (e *Event) AllSources() []string { return e.union(func(r *Event) []string { return r.Sources }) }

// AllPlaces are the places of all the event's reports, each once, its own first.
func (e *Event) AllPlaces() []string { return e.union(func(r *Event) []string { return r.Places }) }

func (e *Event) union(of func(*Event) []string) []string {
	if len(e.Also) == 0 {
		return of(e)
	}
	var out []string
	for _, r := range e.Reports() {
		for _, id := range of(r) {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}
