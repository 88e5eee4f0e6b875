package model

// Event is one entry of the timeline: something that happened (or was said) at a time,
// found in one document, possibly mentioned more than once.
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
	Quotes   []int // indexes into the document's Quotes
}
