package input

import (
	"regexp"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"storyline/data/article"
	"storyline/model"
)

// FromHTML reads a saved web page: its main text as trafilatura finds it (navigation,
// adverts, related links and reader comments left out, and the teasers it lets through
// as well), with paragraphs apart and the lead first even where trafilatura takes it for
// part of the page's header; its
// headline, site and address; and the day it was first published, from the page's
// metadata only.
func FromHTML(name string, raw []byte) (*article.Article, error) {
	fail := &article.Error{Path: name, Msg: "no article text found in the web page"}
	doc, err := html.Parse(strings.NewReader(decodePage(raw)))
	if err != nil {
		return nil, fail
	}
	dropNotText(doc)
	day, h1, lead := publishedDay(doc), soleH1(doc), findLead(doc)
	res, err := trafilatura.ExtractDocument(doc, extractOptions)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, fail
	}
	md := res.Metadata
	paras := dropTeasers(blockParas(res.ContentNode), readPageLinks(doc, md.Hostname))
	body := lead.before(strings.Join(paras, "\n\n"))
	if onlyTitle(body, md.Title) {
		return nil, fail
	}
	m := article.Meta{Title: headline(h1, md.Title, md.Sitename, md.Hostname), URL: md.URL, Source: md.Sitename}
	if m.Source == "" {
		m.Source = md.Hostname
	}
	if !day.IsZero() {
		m.Published, m.DateFrom = day, model.DateMetadata
	}
	a, err := article.FromText(name, m, body)
	if err != nil {
		return nil, err
	}
	a.PathDate = dateFromURL(a.URL)
	return a, nil
}

// extractOptions were chosen on the development half of trafilatura's evaluation pages
// (docs/html-eval.md has the figures of each alternative). The fallback lets
// readability and DOM Distiller stand in when trafilatura's own text is short: recall
// rises more than precision falls. Deduplication stays off: with a fresh cache for each
// page it only ever removed text that a page repeats, and it rejected whole pages whose
// one paragraph had been seen twice while the page was read. Comments are left out and
// tables kept. The date is read separately (publishedDay), so htmldate is not run here.
var extractOptions = trafilatura.Options{
	EnableFallback:  true,
	Focus:           trafilatura.Balanced,
	ExcludeComments: true,
	Deduplicate:     false,
	HtmlDateMode:    trafilatura.Disabled,
}

// dropNotText takes out what a reader does not read as the page's text. Ruby annotations
// (<rt>, <rp>) spell out how the characters before them are pronounced and would double
// every annotated word. A short <noscript> is what a browser without scripts shows
// instead of the page, mostly "please enable JavaScript" or a tracking pixel, which
// trafilatura's last resort, the text of the whole page, would otherwise take in; a long
// one is kept, for some blogs put the whole post there.
func dropNotText(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (c.DataAtom == atom.Rt || c.DataAtom == atom.Rp || c.DataAtom == atom.Noscript && isNotice(c)) {
			n.RemoveChild(c)
		} else {
			dropNotText(c)
		}
		c = next
	}
}

// noticeWords bounds the words of a <noscript> notice.
const noticeWords = 30

// isNotice reports whether a <noscript> holds fewer than noticeWords words. Its content
// is one raw text node when the page is parsed as a browser with scripts would parse it.
func isNotice(n *html.Node) bool {
	var raw strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			raw.WriteString(c.Data)
		}
	}
	return len(strings.Fields(markup.ReplaceAllString(raw.String(), " "))) < noticeWords
}

var markup = regexp.MustCompile(`<[^>]*>`)

// onlyTitle reports a page with no article text: trafilatura falls back to the text of
// the whole page, which on an empty page or one built by scripts is its title at most.
func onlyTitle(body, title string) bool {
	b := strings.Fields(body)
	return len(b) <= len(strings.Fields(title))
}
