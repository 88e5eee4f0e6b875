package event

import (
	"time"

	"storyline/data/text"
	"storyline/model"
)

// Input is what the other extraction steps found in one document. All offsets are byte
// offsets into Doc.Text.
type Input struct {
	Doc       *text.Doc
	DocID     string
	DCT       time.Time // zero when the publication date is unknown
	Skip      []Range   // stretches that hold no events (a headline repeated as a title)
	Dateline  Range     // "MOSCOW, Oct 7 (Reuters) -": not part of any event's title
	Timexes   []Timex
	Mentions  []Mention
	Places    []Mention // of places: Actor is a place ID
	Citations []Citation
	Quotes    []Quote
	// Names gives an actor's display name, for titles of quoted statements. Optional.
	Names func(actor string) string
}

// Range is a half-open byte range.
type Range struct{ Start, End int }

// Timex is a time expression: its TIMEX3 value and the span it gives an event.
type Timex struct {
	Start, End int
	Type       string
	Value      string
	Signal     string
	When       model.When
}

// Mention is a stretch of text naming an actor.
type Mention struct {
	Start, End int
	Actor      string
	Person     bool // a named person, whom "his" and "her" can refer to
}

// Citation is a source named in the text.
type Citation struct {
	Start, End int
	Source     string
}

// Quote is a direct quote or reported claim, by index in the document's quote list.
type Quote struct {
	Start, End               int
	Speaker                  string
	SpeakerStart, SpeakerEnd int
	Source                   string
	Direct                   bool
}
