package input

import (
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageLinks says of the page's elements how much of their text stands inside links.
// trafilatura's result tree no longer says which words were links, so its paragraphs
// are found again on the page by their text, white space left out.
type pageLinks struct {
	text   string  // the page's text, white space and soft hyphens left out
	linked []int32 // linked[i]: bytes of text[:i] inside any link
	toSite []int32 // toSite[i]: bytes of text[:i] inside links to other pages of the site
	elems  []span  // the page's elements, in document order of their start
	byText map[string]int
}

// span is an element's text, text[start:end]; parent indexes elems, -1 for none.
type span struct {
	start, end, parent int
	tag                atom.Atom
}

// readPageLinks indexes the page's elements by their text. host is the site's host
// name ("" when unknown), which tells links to the site's other pages from the rest.
func readPageLinks(doc *html.Node, host string) *pageLinks {
	w := linkWalker{host: siteHost(host), linked: []int32{0}, toSite: []int32{0}}
	w.walk(doc, 0, -1)
	p := &pageLinks{text: w.text.String(), linked: w.linked, toSite: w.toSite, elems: w.elems, byText: map[string]int{}}
	for i, e := range p.elems {
		if e.end == e.start {
			continue
		}
		// Where several elements hold the same text, the one with the smallest share
		// counts: text that stands once as prose is not a teaser.
		key := p.text[e.start:e.end]
		if j, ok := p.byText[key]; !ok || p.share(i) < p.share(j) {
			p.byText[key] = i
		}
	}
	return p
}

func siteHost(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }

type linkWalker struct {
	host           string
	text           strings.Builder
	linked, toSite []int32
	elems          []span
}

// link says whether a text node stands inside a link, and whether that link leads to
// another page of the site.
type link uint8

const (
	anyLink link = 1 << iota
	siteLink
)

func (w *linkWalker) walk(n *html.Node, in link, parent int) {
	switch n.Type {
	case html.TextNode:
		w.add(n.Data, in)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if skippedElements[n.DataAtom] {
		return
	}
	if n.Type == html.ElementNode {
		w.elems = append(w.elems, span{start: w.text.Len(), parent: parent, tag: n.DataAtom})
		parent = len(w.elems) - 1
	}
	if n.DataAtom == atom.A && in == 0 {
		in = anyLink
		if toSitePage(n, w.host) {
			in |= siteLink
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, in, parent)
	}
	if n.Type == html.ElementNode {
		w.elems[parent].end = w.text.Len()
	}
}

func (w *linkWalker) add(s string, in link) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00AD' {
			continue
		}
		w.text.WriteRune(r)
		l, t := w.linked[len(w.linked)-1], w.toSite[len(w.toSite)-1]
		for range utf8.RuneLen(r) {
			if in&anyLink != 0 {
				l++
			}
			if in&siteLink != 0 {
				t++
			}
			w.linked, w.toSite = append(w.linked, l), append(w.toSite, t)
		}
	}
}

// toSitePage reports whether a link leads to another page of the site: not to a place
// on the same page, a script, an address to write to, a picture or a download, nor to
// another site. A list of sources or of pictures links that way too, teasers do not.
// With the site's host unknown, only relative addresses count.
func toSitePage(a *html.Node, host string) bool {
	href := ""
	for _, at := range a.Attr {
		if at.Key == "href" {
			href = strings.TrimSpace(at.Val)
		}
	}
	u, err := url.Parse(href)
	if href == "" || strings.HasPrefix(href, "#") || err != nil || u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return false
	}
	switch strings.ToLower(path.Ext(u.Path)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".mp3", ".mp4", ".zip":
		return false
	}
	if u.Host == "" {
		return true
	}
	h := siteHost(u.Hostname())
	return host != "" && (h == host || strings.HasSuffix(h, "."+host) || strings.HasSuffix(host, "."+h))
}

// find gives the element that holds a paragraph of the result; -1 when none has its
// text.
func (p *pageLinks) find(para string) int {
	key := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00AD' {
			return -1
		}
		return r
	}, para)
	if i, ok := p.byText[key]; ok {
		return i
	}
	return -1
}

// share is the share of element i's text inside links.
func (p *pageLinks) share(i int) float64 { return p.shareOf(i, p.linked) }

// siteShare is the share of element i's text inside links to other pages of the site.
func (p *pageLinks) siteShare(i int) float64 { return p.shareOf(i, p.toSite) }

func (p *pageLinks) shareOf(i int, prefix []int32) float64 {
	e := p.elems[i]
	return float64(prefix[e.end]-prefix[e.start]) / float64(e.end-e.start)
}

// isItem reports whether element i is, or is all the text of, an item of a list or a
// row or cell of a table.
func (p *pageLinks) isItem(i int) bool {
	e := p.elems[i]
	for a := i; a >= 0 && p.elems[a].start == e.start && p.elems[a].end == e.end; a = p.elems[a].parent {
		switch p.elems[a].tag {
		case atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th:
			return true
		}
	}
	return false
}
