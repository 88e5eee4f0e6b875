package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Teasers of other articles stand after the text, each a paragraph that is all link;
// trafilatura keeps them, for they stand inside the article's element.
func TestFromHTMLDropsTeaserLinks(t *testing.T) {
	a := readPage(t, "teasers.html")
	for _, teaser := range []string{"Swimming pool roof", "New cycle path"} {
		if strings.Contains(a.Body, teaser) {
			t.Errorf("the teaser %q is in the text:\n%s", teaser, a.Body)
		}
	}
	if !strings.Contains(a.Body, "The idea came from a petition that") {
		t.Errorf("the paragraph with a link in it is gone:\n%s", a.Body)
	}
}

func TestDropLinked(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body>
		<p>Prose with <a href="/x">one link</a> in the middle of a longer sentence.</p>
		<ul><li><a href="/1">Another   article's title</a></li><li><a href="/2">A second</a> (video, four minutes)</li></ul>
		<p>Same words</p><div><a href="/3">Same words</a></div></body>`))
	if err != nil {
		t.Fatal(err)
	}
	paras := []string{
		"Prose with one link in the middle of a longer sentence.",
		"Another article's title",
		"A second (video, four minutes)",
		"Same words",
		"Not on the page",
	}
	got := dropLinked(paras, pageLinkShares(doc))
	want := []string{paras[0], paras[2], paras[3], paras[4]}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("dropLinked kept %q, want %q", got, want)
	}
}
