package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadMinWords bounds the words of a description worth looking for on the page: shorter
// ones are mostly the site's slogan, which may well stand in its header.
const leadMinWords = 12

// leadKeyWords is how many of a description's first words are looked for.
const leadKeyWords = 10

// leadParagraph finds the article's lead (its standfirst, teaser or summary) on the page
// when the page describes itself with it. News pages put the lead above the article
// body, often in the header beside the headline or in an element styled as a teaser,
// where trafilatura takes it for boilerplate; the same text stands in the page's
// description meta tags. The lead is the smallest element of the body whose text holds
// one of the descriptions (a description cut short with an ellipsis is matched by what
// comes before it), unless that element holds much more than the description. It returns
// "" when no description is long enough or none stands on the page.
func leadParagraph(doc *html.Node) string {
	body := findElement(doc, atom.Body)
	if body == nil {
		return ""
	}
	for _, d := range descriptions(doc) {
		key := strings.TrimRight(d, ".…· ")
		if strings.HasSuffix(d, "...") || strings.HasSuffix(d, "…") {
			d = key
		}
		w := strings.Fields(d)
		if len(w) < leadMinWords {
			continue
		}
		if n := smallestHolding(body, strings.Join(w[:leadKeyWords], " ")); n != nil {
			lead := flatText(n)
			if len(lead) <= 2*len(d) {
				return lead
			}
		}
	}
	return ""
}

// descriptions lists the page's descriptions (description, og:description,
// twitter:description, dcterms.description...) with white space made single spaces,
// each once, in the page's order.
func descriptions(doc *html.Node) []string {
	var out []string
	seen := map[string]bool{}
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Meta {
			return n.DataAtom != atom.Body
		}
		var name, content string
		for _, a := range n.Attr {
			switch a.Key {
			case "name", "property", "itemprop":
				name = strings.ToLower(a.Val)
			case "content":
				content = strings.Join(strings.Fields(markup.ReplaceAllString(a.Val, " ")), " ")
			}
		}
		if strings.HasSuffix(name, "description") && content != "" && !seen[content] {
			seen[content] = true
			out = append(out, content)
		}
		return true
	})
	return out
}

// smallestHolding descends from n to the deepest element whose text holds s; nil when n's
// text does not hold it.
func smallestHolding(n *html.Node, s string) *html.Node {
	if !strings.Contains(flatText(n), s) {
		return nil
	}
	for {
		var inner *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && strings.Contains(flatText(c), s) {
				inner = c
				break
			}
		}
		if inner == nil {
			return n
		}
		n = inner
	}
}

// flatText is the text a reader sees in n, white space made single spaces.
func flatText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skippedElements[n.DataAtom]:
			return
		case n.Type == html.ElementNode && blockElements[n.DataAtom]:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// findElement returns the first element named a under n.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walkElements(n, func(e *html.Node) bool {
		if found == nil && e.DataAtom == a {
			found = e
		}
		return found == nil
	})
	return found
}

// walkElements calls f on every element under n in document order, going into an
// element's children only when f returns true.
func walkElements(n *html.Node, f func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !f(c) {
			continue
		}
		walkElements(c, f)
	}
}

// leadCheckWords is how many of the lead's first words show that the main text has it.
const leadCheckWords = 8

// withLead puts the lead before the main text unless the main text already begins with
// it or holds it further down.
func withLead(lead, body string) string {
	w := strings.Fields(lead)
	if len(w) == 0 {
		return body
	}
	if len(w) > leadCheckWords {
		w = w[:leadCheckWords]
	}
	if strings.Contains(strings.Join(strings.Fields(body), " "), strings.Join(w, " ")) {
		return body
	}
	return lead + "\n\n" + body
}
