package input

import (
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedDay reads the day a page declares it was first published. Only what the page
// states as metadata counts: its meta tags, its JSON-LD, its <time> elements and the
// address it gives for itself. htmldate, even in its fast mode, goes on to search
// elements whose class says "date", headings, and the whole markup for anything shaped
// like a date; on a news page that finds a founding year in the footer, a cookie's expiry
// in a script or a date the story mentions as readily as the day it appeared. So
// htmldate is given a copy of the page that holds nothing else.
func publishedDay(doc *html.Node) time.Time {
	res, err := htmldate.FromDocument(metadataOnly(doc), htmldate.Options{
		UseOriginalDate:     true, // first publication, not the last update
		SkipExtensiveSearch: true,
	})
	if err != nil || res.IsZero() {
		return time.Time{}
	}
	y, m, d := res.DateTime.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// metadataOnly copies into an empty page the parts of doc that state dates as metadata.
// A copyright year given as microdata is left out: it dates the site, not the story.
func metadataOnly(doc *html.Node) *html.Node {
	head := &html.Node{Type: html.ElementNode, Data: "head", DataAtom: atom.Head}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Meta && !strings.EqualFold(attr(n, "itemprop"), "copyrightYear"),
				n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical"):
				head.AppendChild(cloneTree(n))
				return
			case n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json"):
				head.AppendChild(cloneTree(n))
				return
			case n.DataAtom == atom.Time, n.DataAtom == atom.Abbr && isHAtomDate(n):
				body.AppendChild(cloneTree(n))
				return
			}
			if m := microdataMeta(n); m != nil {
				head.AppendChild(m)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	root := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	root.AppendChild(head)
	root.AppendChild(body)
	out := &html.Node{Type: html.DocumentNode}
	out.AppendChild(root)
	return out
}

// microdataMeta restates an element's machine-readable date as a meta element, which is
// where htmldate looks for one: RDFa (<span property="schema:dateCreated" content="...">)
// and microdata (<span itemprop="datePublished" content="...">, <time itemprop=...
// datetime="...">) may stand on any element of the page.
func microdataMeta(n *html.Node) *html.Node {
	if n.DataAtom == atom.Meta {
		return nil
	}
	value := attr(n, "content")
	if value == "" {
		value = attr(n, "datetime")
	}
	if value == "" {
		return nil
	}
	for _, key := range []string{"itemprop", "property"} {
		name := attr(n, key)
		if name == "" || strings.EqualFold(name, "copyrightYear") {
			continue
		}
		if i := strings.LastIndexByte(name, ':'); key == "property" && strings.HasPrefix(strings.ToLower(name), "schema:") {
			name, key = name[i+1:], "itemprop" // RDFa with schema.org's vocabulary means what microdata means
		}
		return &html.Node{Type: html.ElementNode, Data: "meta", DataAtom: atom.Meta,
			Attr: []html.Attribute{{Key: key, Val: name}, {Key: "content", Val: value}}}
	}
	return nil
}

// isHAtomDate spots a microformat date: <abbr class="published" title="2017-07-23T17:06">,
// which states the date in its title for machines, or Facebook's data-utime.
func isHAtomDate(n *html.Node) bool {
	if attr(n, "data-utime") != "" {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		switch c {
		case "published", "date-published", "time-published":
			return attr(n, "title") != ""
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// cloneTree copies a node and everything under it, detached from its parent.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}
