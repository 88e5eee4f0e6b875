package input

import (
	"bytes"
	"time"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"storyline/data/article"
	"storyline/model"
)

// FromHTML reads a saved web page: its main text as trafilatura finds it (navigation,
// adverts, related links and reader comments left out), and its title, site, address and
// publication date from the page's metadata.
func FromHTML(name string, raw []byte) (*article.Article, error) {
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{
		ExcludeComments: true,
		Deduplicate:     true,
		// The date the page declares it was first published, not when it was updated;
		// never a date guessed from the running text, which on a news page is as likely
		// a founding year in the footer or a cookie's expiry as the story's day.
		HtmlDateMode:    trafilatura.Fast,
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true},
	})
	if err != nil || res == nil {
		return nil, &article.Error{Path: name, Msg: "no article text found in the web page"}
	}
	md := res.Metadata
	m := article.Meta{Title: md.Title, URL: md.URL, Source: md.Sitename}
	if m.Source == "" {
		m.Source = md.Hostname
	}
	if !md.Date.IsZero() {
		y, mo, d := md.Date.Date()
		m.Published, m.DateFrom = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), model.DateMetadata
	}
	a, err := article.FromText(name, m, res.ContentText)
	if err != nil {
		return nil, err
	}
	a.PathDate = dateFromURL(a.URL)
	return a, nil
}
