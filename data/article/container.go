package article

import (
	"fmt"
	"strings"
	"time"

	"storyline/data/text"
	"storyline/model"
)

// Meta is what a container declares about the article it holds: the fields of a JSON
// record, the metadata of a web page.
type Meta struct {
	Title, Source, URL string
	Published          time.Time
	DateFrom           model.DateOrigin // what declared Published
}

// FromText makes an article of text taken out of a container (a JSON record, a web page),
// with the same checks and cleaning as a file: within the size limit, not empty, control
// characters made visible. The text is taken as plain text, not Markdown.
func FromText(path string, m Meta, body string) (*Article, error) {
	fail := func(format string, args ...any) error { return &Error{Path: path, Msg: fmt.Sprintf(format, args...)} }
	if len(body) > MaxSize {
		return nil, fail("%v", tooLarge(int64(len(body))))
	}
	body = strings.TrimPrefix(body, "\uFEFF")
	if strings.TrimSpace(body) == "" {
		return nil, fail("no article text")
	}
	v := text.VisibleControls
	a := &Article{Path: path, Title: v(text.Squeeze(m.Title)), Source: v(text.Squeeze(m.Source)), URL: v(strings.TrimSpace(m.URL)),
		Published: m.Published, DateFrom: m.DateFrom, Body: v(body)}
	if !a.Published.IsZero() && a.DateFrom == model.DateUnknown {
		a.DateFrom = model.DateField
	}
	return a, nil
}
