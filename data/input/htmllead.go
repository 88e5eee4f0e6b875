package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lead is what the page says before its main text that trafilatura may have left out.
type lead struct {
	described string     // the paragraph the page's description repeats
	h1, body  *html.Node // the page's only <h1> and its <body>
}

// findLead reads the page before trafilatura takes it apart.
func findLead(doc *html.Node) lead {
	return lead{described: leadParagraph(doc), h1: soleH1Node(doc), body: findElement(doc, atom.Body)}
}

// before puts the lead before the main text: the paragraphs between the headline and
// the main text, then the described paragraph in front of them, each unless the text
// already holds it.
func (l lead) before(text string) string {
	if l.body != nil {
		between := betweenBlocks(l.h1, l.body, text)
		for i := len(between) - 1; i >= 0; i-- {
			text = withLead(between[i], text)
		}
	}
	return withLead(l.described, text)
}

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

// betweenMinWords bounds the words of a block between the headline and the main text
// worth taking: bylines, dates, breadcrumbs and share prompts stand there too, and are
// short.
const betweenMinWords = 12

// betweenMaxBlocks bounds the blocks taken between the headline and the main text.
const betweenMaxBlocks = 3

// betweenBlocks finds the paragraphs that stand between the page's only <h1> and the
// first paragraph of the main text trafilatura found, where a lead or a standfirst stands
// and where trafilatura often sees only the header of the page. Only leaf blocks (no
// block inside them) of betweenMinWords words or more count, outside navigation, asides,
// footers and forms.
func betweenBlocks(h1, body *html.Node, text string) []string {
	start := mainStart(body, text)
	if h1 == nil || start == nil {
		return nil
	}
	var out []string
	after := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch {
		case n == start:
			return true
		case n == h1:
			after = true
			return false
		case n.Type != html.ElementNode || skippedElements[n.DataAtom] || notMainElements[n.DataAtom]:
			return false
		case after && blockElements[n.DataAtom] && !hasBlock(n) && !holds(n, start):
			if t := flatText(n); len(strings.Fields(t)) >= betweenMinWords {
				out = append(out, t)
			}
			return len(out) >= betweenMaxBlocks
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(body)
	return out
}

// notMainElements hold no part of an article's text.
var notMainElements = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Figure: true, atom.Figcaption: true,
}

// mainStartWords is how many words of the main text's first paragraph find it on the page.
const mainStartWords = 6

// mainStart finds on the page the element that holds the first words of the first
// paragraph of text (as blockText writes it) that has mainStartWords words or more.
func mainStart(body *html.Node, text string) *html.Node {
	for _, p := range strings.Split(text, "\n\n") {
		if w := strings.Fields(p); len(w) >= mainStartWords {
			return smallestHolding(body, strings.Join(w[:mainStartWords], " "))
		}
	}
	return nil
}

// hasBlock reports whether a block element stands anywhere inside n.
func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.DataAtom] || hasBlock(c)) {
			return true
		}
	}
	return false
}

// holds reports whether d is n or inside it.
func holds(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}
