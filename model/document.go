package model

import "time"

// DateOrigin says where a document's publication date came from.
type DateOrigin string

// The origins, most trustworthy first: what the input declares (front matter, a JSON
// field, a web page's metadata), a dateline in the text, the --date flag, the file's path,
// and last a date inferred from the dates the text mentions.
const (
	DateUnknown     DateOrigin = ""
	DateFrontMatter DateOrigin = "front matter"
	DateField       DateOrigin = "json field"
	DateMetadata    DateOrigin = "html metadata"
	DateDateline    DateOrigin = "dateline"
	DateFlag        DateOrigin = "flag"
	DatePath        DateOrigin = "path"
	DateInferred    DateOrigin = "inferred"
)

// Document is one article and what was found in it. Offsets count code points from the
// start of Body.
type Document struct {
	ID         string // from a hash of the article's content, so the same article has the same ID wherever it is read
	Title      string
	Source     string // the outlet that published it, as given
	URL        string
	Path       string // where it was read from, for messages
	Published  time.Time
	DateOrigin DateOrigin
	Body       string
	Timexes    []Timex
	Mentions   []Mention
	Quotes     []Quote
}

// Dated reports whether the publication date is known.
func (d *Document) Dated() bool { return !d.Published.IsZero() }

// Span is a half-open range of code points in a document body.
type Span struct{ Start, End int }

// Timex is a time expression in TimeML TIMEX3 terms.
type Timex struct {
	Start, End int
	Text       string
	Type       string // DATE, TIME, DURATION, SET
	Value      string // e.g. 2015-10-07, 2015-W41, P4Y, PAST_REF, XXXX-09-30
	Mod        string // TimeML mod: MORE_THAN, APPROX, START, ...
}

// Mention is a stretch of text naming an actor.
type Mention struct {
	Start, End int
	Text       string
	Actor      string // actor ID
}

// Quote is something an actor said: direct (in quotation marks) or reported (a claim).
type Quote struct {
	ID                       string
	Start, End               int // the quoted or reported words
	Text                     string
	Speaker                  string // actor ID, or "" when unknown
	SpeakerStart, SpeakerEnd int    // the words that name the speaker; both 0 when none
	Source                   string // source ID, or ""
	Direct                   bool
}
