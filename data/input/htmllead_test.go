package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The lead stands in a teaser box beside the headline, outside the <article> that
// trafilatura reads; the page's description holds it.
func TestFromHTMLKeepsLead(t *testing.T) {
	a := readPage(t, "lead.html")
	lead := "From March the island ferry will sail every forty minutes instead of every hour, and the last crossing of the day will leave half an hour later."
	if !strings.HasPrefix(a.Body, lead+"\n\nThe ferry company said") {
		t.Errorf("the lead does not open the text:\n%s", a.Body)
	}
	if strings.Count(a.Body, "every forty minutes") != 1 {
		t.Errorf("the lead is there twice:\n%s", a.Body)
	}
}

const leadDesc = "A long description of the article that runs to well over twelve words in all, as leads do."

func TestLeadParagraph(t *testing.T) {
	for _, tc := range []struct{ name, head, body, want string }{
		{"lead in a teaser", `<meta name="description" content="` + leadDesc + `">`,
			`<h1>Title</h1><div class="teaser"><p>` + leadDesc + `</p></div><article><p>Body.</p></article>`, leadDesc},
		{"markup in the description", `<meta name="description" content="&lt;p&gt;` + leadDesc + `&lt;/p&gt;">`,
			`<p>` + leadDesc + `</p>`, leadDesc},
		{"description cut short", `<meta property="og:description" content="A long description of the article that runs to well over twelve …">`,
			`<p><b>A long</b> description of the article that runs to well over twelve words in all, as leads do.</p>`, leadDesc},
		{"lead worded apart after its first words", `<meta name="description" content="A long description of the article that runs to well over a dozen words.">`,
			`<p>` + leadDesc + `</p>`, leadDesc},
		{"slogan too short", `<meta name="description" content="News from the harbour town every day">`,
			`<p>News from the harbour town every day</p>`, ""},
		{"only inside a longer text", `<meta name="description" content="` + leadDesc + `">`,
			`<p>` + leadDesc + ` ` + leadDesc + ` And then more and more text follows that is not the lead at all.</p>`, ""},
		{"not on the page", `<meta name="description" content="` + leadDesc + `">`, `<p>Other text.</p>`, ""},
		{"not in a script", `<meta name="description" content="` + leadDesc + `">`, `<script>var d = "` + leadDesc + `";</script>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tc.head + "</head><body>" + tc.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := leadParagraph(doc); got != tc.want {
			t.Errorf("%s: lead %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestWithLead(t *testing.T) {
	for _, tc := range []struct{ name, lead, body, want string }{
		{"put first", "The lead.", "The body.", "The lead.\n\nThe body."},
		{"no lead", "", "The body.", "The body."},
		{"already first", "One two three four five six seven eight nine ten.", "One two three four five six seven eight nine ten.\n\nBody.",
			"One two three four five six seven eight nine ten.\n\nBody."},
		{"already further down, broken across lines", "One two three four five six seven eight nine.", "Body.\n\nOne two three four\nfive six seven eight nine.",
			"Body.\n\nOne two three four\nfive six seven eight nine."},
	} {
		if got := withLead(tc.lead, tc.body); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// The standfirst stands between the headline and the article, with a byline and a
// captioned picture; the page's description is the site's slogan.
func TestFromHTMLKeepsStandfirst(t *testing.T) {
	a := readPage(t, "standfirst.html")
	if !strings.HasPrefix(a.Body, "Volunteers from the friends of the library will staff") {
		t.Errorf("the standfirst does not open the text:\n%s", a.Body)
	}
	for _, w := range []string{"By Ann Smith", "reading room on the first floor", "Local news"} {
		if strings.Contains(a.Body, w) {
			t.Errorf("body holds %q:\n%s", w, a.Body)
		}
	}
}

func TestBetweenBlocks(t *testing.T) {
	const long = "A sentence of well over twelve words that stands where a lead would stand on a page"
	const main = "The first paragraph of the main text, as trafilatura found it."
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"lead", `<h1>Head</h1><p>` + long + `</p><article><p>` + main + `</p></article>`, []string{long}},
		{"in a box beside the headline", `<div><h1>Head</h1><div class="teaser"><p>` + long + `</p></div></div><div><p>` + main + `</p></div>`, []string{long}},
		{"short byline", `<h1>Head</h1><p>By Ann Smith</p><article><p>` + main + `</p></article>`, nil},
		{"caption", `<h1>Head</h1><figure><figcaption>` + long + `</figcaption></figure><p>` + main + `</p>`, nil},
		{"navigation", `<h1>Head</h1><nav><p>` + long + `</p></nav><p>` + main + `</p>`, nil},
		{"before the headline", `<p>` + long + `</p><h1>Head</h1><p>` + main + `</p>`, nil},
		{"after the main text's start", `<h1>Head</h1><p>` + main + `</p><p>` + long + `</p>`, nil},
		{"not a leaf block", `<h1>Head</h1><div>` + long + `<p>` + main + `</p></div>`, nil},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.in + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		got := betweenBlocks(soleH1Node(doc), findElement(doc, atom.Body), "Head\n\n"+main)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
