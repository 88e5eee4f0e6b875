package input

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkShares maps the text of each element of the page, white space left out, to the
// share of that text that stands inside links. trafilatura's result tree no longer says
// which words were links, so its paragraphs are found again on the page by their text.
// Where several elements hold the same text, the smallest share counts: text that stands
// once as prose is not a teaser.
type linkShares map[string]float64

func pageLinkShares(doc *html.Node) linkShares {
	var x linkIndex
	x.walk(doc, false)
	return x.shares
}

type linkIndex struct {
	text   strings.Builder // the page's text, white space and soft hyphens left out
	linked []int32         // linked[i]: bytes of text[:i] inside links
	shares linkShares
}

func (x *linkIndex) walk(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		x.add(n.Data, inLink)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if skippedElements[n.DataAtom] {
		return
	}
	start := x.text.Len()
	inLink = inLink || n.DataAtom == atom.A
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c, inLink)
	}
	if end := x.text.Len(); end > start && n.Type == html.ElementNode {
		x.record(start, end)
	}
}

func (x *linkIndex) add(s string, inLink bool) {
	if len(x.linked) == 0 {
		x.linked = append(x.linked, 0)
	}
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00AD' {
			continue
		}
		x.text.WriteRune(r)
		last := x.linked[len(x.linked)-1]
		for range utf8.RuneLen(r) {
			if inLink {
				last++
			}
			x.linked = append(x.linked, last)
		}
	}
}

func (x *linkIndex) record(start, end int) {
	if x.shares == nil {
		x.shares = linkShares{}
	}
	key := x.text.String()[start:end]
	share := float64(x.linked[end]-x.linked[start]) / float64(end-start)
	if old, ok := x.shares[key]; !ok || share < old {
		x.shares[key] = share
	}
}

// of gives the link share of a paragraph of the result; -1 when the page has no element
// with its text.
func (s linkShares) of(para string) float64 {
	key := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00AD' {
			return -1
		}
		return r
	}, para)
	if v, ok := s[key]; ok {
		return v
	}
	return -1
}

// linkedShare is the share of its text in links from which a paragraph of the result is
// taken for a link to another page rather than text: a teaser of a related or latest
// article, an entry of a "read more" list, a menu entry trafilatura let through. On the
// development half, shares from 0.5 to 0.99 all gain; 0.8 loses no main text there.
const linkedShare = 0.8

// dropLinked leaves out the paragraphs of the result that are (almost) all link text
// on the page. trafilatura weighs the links of a whole list or section, and keeps a list
// of teasers that stands inside the article's element; one paragraph at a time, such a
// list is plain to see whatever the page's language.
func dropLinked(paras []string, s linkShares) []string {
	var out []string
	for _, p := range paras {
		if s.of(p) < linkedShare {
			out = append(out, p)
		}
	}
	return out
}
