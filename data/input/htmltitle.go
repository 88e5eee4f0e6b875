package input

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"storyline/data/text"
)

// titleSeparators stand between a headline and the site's name in a page title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " » ", " › ", " · ", " :: ", " ⋆ ", " • "}

// headline picks the story's headline from what the page offers. Page titles usually
// carry the site's name ("Storm hits coast - Example News"); the headline proper is the
// page's one <h1> when the title contains it (and it is not the site's logo), and otherwise the title without a first or
// last part that names the site.
func headline(h1, title, site, host string) string {
	title = text.Squeeze(title)
	if h := h1; h != "" && !namesSite(h, site, host) && strings.Contains(strings.ToLower(title), strings.ToLower(h)) {
		return h
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && namesSite(title[i+len(sep):], site, host) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && namesSite(title[:i], site, host) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// namesSite reports whether part of a title is the site's name: the name the page
// declares, or its host name with or without the top-level domain ("Example-News.com" for
// www.example-news.com). A part that says more than the name is kept.
func namesSite(part, site, host string) bool {
	p := letters(part)
	if len(p) < 3 {
		return false
	}
	if s := letters(site); s != "" && strings.Contains(s, p) {
		return true
	}
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if i := strings.IndexByte(host, '.'); i > 0 {
		h := letters(host[:i])
		return p == letters(host) || (strings.HasPrefix(p, h) && len(p)-len(h) <= len(host)-i)
	}
	return false
}

// letters keeps the lower-cased letters and digits of s, so that "Battery-News.de" and
// "battery-news" compare alike.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// soleH1 is the text of the page's <h1> when it has exactly one.
func soleH1(doc *html.Node) string {
	h1 := soleH1Node(doc)
	if h1 == nil {
		return ""
	}
	return text.Squeeze(blockText(h1))
}

// soleH1Node is the page's <h1> when it has exactly one.
func soleH1Node(doc *html.Node) *html.Node {
	var found []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			found = append(found, n)
			return
		}
		for c := n.FirstChild; c != nil && len(found) < 2; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	if len(found) != 1 {
		return nil
	}
	return found[0]
}
