// Package format writes a timeline as plain text, Markdown, JSON, CSV or TimelineJS JSON,
// and reads storyline's JSON back. That JSON is the interchange format, described in
// docs/json-format.md; the others are for reading elsewhere (docs/formats.md).
package format

// Version of the JSON format, the file's first field. Readers accept this version and
// those before it, and refuse newer ones by name, since a newer file may mean something
// this build cannot know.
const Version = 1

// The forms of the file's elements. Each document, actor, source and event is encoded and
// decoded on its own, one at a time, so the tags here are the whole of the field names.

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

// jsonPlace gives coordinates only for a place the gazetteer locates.
type jsonPlace struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
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
	Places      []string `json:"places,omitempty"`
	Quotes      []int    `json:"quotes"`
	// Of a timeline's own events only: how many documents report the happening, how much
	// it matters, and the other documents' reports.
	Reports  int         `json:"reports,omitempty"`
	Salience float64     `json:"salience,omitempty"`
	Also     []jsonEvent `json:"also,omitempty"`
}

type jsonKeyDate struct {
	Date     string   `json:"date"`
	Salience float64  `json:"salience"`
	Events   []string `json:"events"`
}
