package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Teasers of other articles stand after the text, each a paragraph that is all link,
// under a line that introduces them; trafilatura keeps them, for they stand inside the
// article's element.
func TestFromHTMLDropsTeasers(t *testing.T) {
	a := readPage(t, "teasers.html")
	for _, teaser := range []string{"Also worth reading", "Swimming pool roof", "New cycle path"} {
		if strings.Contains(a.Body, teaser) {
			t.Errorf("%q is in the text:\n%s", teaser, a.Body)
		}
	}
	if !strings.Contains(a.Body, "The idea came from a petition that") {
		t.Errorf("the paragraph with a link in it is gone:\n%s", a.Body)
	}
}

func parseBody(t *testing.T, body string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestDropTeasersLinks(t *testing.T) {
	doc := parseBody(t, `
		<p>Prose with <a href="/x">one link</a> in the middle of a longer sentence.</p>
		<ul><li><a href="/1">Another   article's title</a></li><li><a href="/2">A second</a> (video, four minutes)</li></ul>
		<p>Same words</p><div><a href="/3">Same words</a></div>`)
	paras := []string{
		"Prose with one link in the middle of a longer sentence.",
		"Another article's title",
		"A second (video, four minutes)",
		"Same words",
		"Not on the page",
	}
	got := dropTeasers(paras, readPageLinks(doc, ""))
	want := []string{paras[0], paras[2], paras[3], paras[4]}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("dropTeasers kept %q, want %q", got, want)
	}
}

const longPara = "A paragraph of the article that is long enough to be text rather than a heading, for it runs to more than twenty words."

func TestDropTeasersIntros(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		paras      []string
		want       int // paragraphs kept
	}{
		{"heading and kicker of teasers to the site",
			`<h1>Headline</h1><p>` + longPara + `</p><h3>Read more</h3><p>Sport</p><p><a href="https://www.example.org/b">Another article</a></p>`,
			[]string{"Headline", longPara, "Read more", "Sport", "Another article"}, 2},
		{"sources on other sites",
			`<p>` + longPara + `</p><p><em>Sources:</em></p><p><a href="https://elsewhere.net/study">elsewhere.net/study</a></p>`,
			[]string{longPara, "Sources:", "elsewhere.net/study"}, 2},
		{"pictures",
			`<p>` + longPara + `</p><p>Photos</p><p><a href="/img/photo.jpg">The harbour</a></p>`,
			[]string{longPara, "Photos", "The harbour"}, 2},
		{"a list whose last item links",
			`<p>` + longPara + `</p><ul><li>First step</li><li><a href="/how">Second step</a></li></ul>`,
			[]string{longPara, "First step", "Second step"}, 2},
		{"headline before a teaser list",
			`<h1>Headline</h1><ul><li><a href="/a">Teaser</a></li></ul><p>` + longPara + `</p>`,
			[]string{"Headline", "Teaser", longPara}, 2},
	} {
		got := dropTeasers(tc.paras, readPageLinks(parseBody(t, tc.body), "example.org"))
		if len(got) != tc.want {
			t.Errorf("%s: kept %q, want %d paragraphs", tc.name, got, tc.want)
		}
	}
}

func TestToSitePage(t *testing.T) {
	for href, want := range map[string]bool{
		"/news/other":                   true,
		"other.html":                    true,
		"https://example.org/news/a":    true,
		"http://www.example.org/a":      true,
		"https://shop.example.org/a":    true,
		"https://elsewhere.net/a":       false,
		"#comments":                     false,
		"javascript:void(0)":            false,
		"mailto:desk@example.org":       false,
		"/media/photo.JPG":              false,
		"https://example.org/paper.pdf": false,
		"":                              false,
	} {
		a := &html.Node{Type: html.ElementNode, Data: "a", Attr: []html.Attribute{{Key: "href", Val: href}}}
		if got := toSitePage(a, "example.org"); got != want {
			t.Errorf("toSitePage(%q) = %v, want %v", href, got, want)
		}
	}
	a := &html.Node{Type: html.ElementNode, Data: "a", Attr: []html.Attribute{{Key: "href", Val: "https://example.org/a"}}}
	if toSitePage(a, "") {
		t.Error("an absolute address counts as the site's with the site unknown")
	}
}
