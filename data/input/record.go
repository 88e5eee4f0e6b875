package input

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"storyline/data/article"
	"storyline/model"
)

// record holds the fields that crawlers and data sets (news-please, newspaper, CC-News,
// Timeline17, NewsAPI, schema.org) use for an article, each kept raw until read. Where
// several name the same thing, the first non-empty one in the order below wins; names match
// regardless of case.
type record struct {
	Text        json.RawMessage `json:"text"`
	Maintext    json.RawMessage `json:"maintext"`
	Body        json.RawMessage `json:"body"`
	Content     json.RawMessage `json:"content"`
	Article     json.RawMessage `json:"article"`
	ArticleBody json.RawMessage `json:"articleBody"`

	Title    json.RawMessage `json:"title"`
	Headline json.RawMessage `json:"headline"`

	Date          json.RawMessage `json:"date"`
	Time          json.RawMessage `json:"time"`
	Published     json.RawMessage `json:"published"`
	DatePublish   json.RawMessage `json:"date_publish"`
	PublishedAt   json.RawMessage `json:"publishedAt"`
	DatePublished json.RawMessage `json:"datePublished"`

	URL json.RawMessage `json:"url"`

	Source       json.RawMessage `json:"source"`
	SourceDomain json.RawMessage `json:"source_domain"`
	SiteName     json.RawMessage `json:"site_name"`
	Domain       json.RawMessage `json:"domain"`

	Storyline json.RawMessage `json:"storyline"`
}

// TextFields and the others list the field names in the order they are tried, for help
// and messages.
var (
	TextFields   = []string{"text", "maintext", "body", "content", "article", "articleBody"}
	TitleFields  = []string{"title", "headline"}
	DateFields   = []string{"date", "time", "published", "date_publish", "publishedAt", "datePublished"}
	SourceFields = []string{"source", "source_domain", "site_name", "domain"}
)

// recordArticle reads one JSON record as an article named at (a file and line).
func recordArticle(at string, raw []byte, pathDate time.Time) (*article.Article, error) {
	fail := func(format string, args ...any) error {
		return &article.Error{Path: at, Msg: fmt.Sprintf(format, args...)}
	}
	var r record
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fail("not a JSON record: %s", jsonProblem(err))
	}
	body := first(textField, r.Text, r.Maintext, r.Body, r.Content, r.Article, r.ArticleBody)
	if strings.TrimSpace(body) == "" {
		if len(r.Storyline) > 0 {
			return nil, fail("a storyline timeline, not an article; open it on its own")
		}
		return nil, fail("no article text (looked for the fields %s)", strings.Join(TextFields, ", "))
	}
	m := article.Meta{
		Title:  first(textField, r.Title, r.Headline),
		URL:    first(textField, r.URL),
		Source: first(source, r.Source, r.SourceDomain, r.SiteName, r.Domain),
	}
	for _, d := range []json.RawMessage{r.Date, r.Time, r.Published, r.DatePublish, r.PublishedAt, r.DatePublished} {
		if t, ok := date(d); ok {
			m.Published, m.DateFrom = t, model.DateField
			break
		}
	}
	a, err := article.FromText(at, m, body)
	if err != nil {
		return nil, err
	}
	if a.PathDate = dateFromURL(a.URL); a.PathDate.IsZero() {
		a.PathDate = pathDate
	}
	return a, nil
}

// first returns the first non-empty value that read gives.
func first(read func(json.RawMessage) string, fields ...json.RawMessage) string {
	for _, f := range fields {
		if s := read(f); strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// textField reads a string, or a list of strings (paragraphs) joined by blank lines.
func textField(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	var s string
	if raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return s
	}
	var list []string
	if raw[0] == '[' && json.Unmarshal(raw, &list) == nil {
		return strings.Join(list, "\n\n")
	}
	return ""
}

// source reads a name, or an object that carries one ({"id": "bbc-news", "name": "BBC News"}).
func source(raw json.RawMessage) string {
	if s := textField(raw); s != "" {
		return s
	}
	var o struct{ Name, Title, Domain string }
	if len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, &o) == nil {
		return cmp.Or(o.Name, o.Title, o.Domain)
	}
	return ""
}

// date reads a date written as text, as seconds or milliseconds since 1970, or wrapped as
// MongoDB exports write it ({"$date": ...}).
func date(raw json.RawMessage) (time.Time, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}, false
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return time.Time{}, false
		}
		t, err := article.ParseDate(s)
		return t, err == nil
	case '{':
		var o struct {
			Date json.RawMessage `json:"$date"`
		}
		if json.Unmarshal(raw, &o) == nil {
			return date(o.Date)
		}
		return time.Time{}, false
	}
	var n float64
	if json.Unmarshal(raw, &n) != nil || n <= 0 || math.IsInf(n, 0) {
		return time.Time{}, false
	}
	if n >= 1e11 { // milliseconds
		n /= 1000
	}
	if n >= 1e11 {
		return time.Time{}, false
	}
	t := time.Unix(int64(n), 0).UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// jsonProblem words a decoding error without Go's type names.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v at byte %d", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "it is a JSON " + te.Value + ", not an object"
	}
	return err.Error()
}
