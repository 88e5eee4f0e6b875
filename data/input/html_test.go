package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"storyline/data/article"
	stext "storyline/data/text"
	"storyline/model"
)

func readPage(t *testing.T, name string) *article.Article {
	t.Helper()
	path := filepath.Join("testdata", "html", name)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromHTML(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestFromHTMLPublicationDay(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		// Its only dates are a founding year in the footer and a cookie that expires in 2115.
		{"undated.html", ""},
		// A date in the text, a "Published:" line that is text too, a copyright year as
		// microdata and in the footer: none of them is metadata.
		{"undated-text-dates.html", ""},
		// article:modified_time comes first and JSON-LD gives only dateModified; a <time>
		// says "Updated". The day of first publication wins.
		{"published-modified.html", "2021-06-12"},
		// JSON-LD datePublished, with a later dateModified.
		{"jsonld.html", "2022-09-14"},
	} {
		a := readPage(t, tc.page)
		got := ""
		if !a.Published.IsZero() {
			got = a.Published.Format(time.DateOnly)
			if a.DateFrom != model.DateMetadata {
				t.Errorf("%s: date from %q", tc.page, a.DateFrom)
			}
		}
		if got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.page, got, tc.want)
		}
	}
}

// The fixture with dates in its text has bite: htmldate alone, even in the fast mode
// trafilatura runs it in, takes one of them for the publication date.
func TestHtmldateAloneReadsTextDates(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "html", "undated-text-dates.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(decodePage(raw)))
	if err != nil {
		t.Fatal(err)
	}
	res, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true})
	if err != nil || res.IsZero() {
		t.Fatalf("htmldate found no date (%v): the fixture no longer shows why publishedDay reads metadata only", err)
	}
	if day := publishedDay(doc); !day.IsZero() {
		t.Errorf("publishedDay found %v", day)
	}
}

func TestFromHTMLMetadata(t *testing.T) {
	a := readPage(t, "jsonld.html")
	if a.Title != "New bakery opens in the old post office" || a.Source != "Harbour Courier" || a.URL != "https://courier.example/news/bakery-opens" {
		t.Errorf("title %q, source %q, url %q", a.Title, a.Source, a.URL)
	}
	if a := readPage(t, "published-modified.html"); a.Title != "Lighthouse reopens to visitors" || a.URL != "https://courier.example/2021/lighthouse-reopens" {
		t.Errorf("title %q, url %q", a.Title, a.URL)
	}
}

func TestFromHTMLEncodings(t *testing.T) {
	for _, tc := range []struct {
		page, title string
		want        []string
	}{
		{"windows-1252.html", "Le café du port rouvre", []string{"« C’est une renaissance »", "12 € — boisson", "réouverture"}},
		// Declared after more than 1024 bytes of script.
		{"iso-8859-1.html", "Größere Fähre für die Insel", []string{"größeres Schiff", "Überfahrt", "begrüßt"}},
	} {
		a := readPage(t, tc.page)
		if !utf8.ValidString(a.Body) || strings.ContainsRune(a.Body, utf8.RuneError) {
			t.Errorf("%s: body is not clean UTF-8", tc.page)
		}
		if a.Title != tc.title {
			t.Errorf("%s: title %q", tc.page, a.Title)
		}
		for _, w := range tc.want {
			// trafilatura makes some no-break spaces plain ones
			if !strings.Contains(strings.ReplaceAll(a.Body, "\u00a0", " "), w) {
				t.Errorf("%s: body lacks %q:\n%s", tc.page, w, a.Body)
			}
		}
	}
}

func TestFromHTMLNoArticle(t *testing.T) {
	path := filepath.Join("testdata", "html", "no-article.html")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromHTML(path, raw)
	if err == nil {
		t.Fatal("a page with no article text was read")
	}
	if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, path+": ") {
		t.Errorf("error %q is not one line naming the file", msg)
	}
}

func TestFromHTMLLeavesOutBoilerplate(t *testing.T) {
	a := readPage(t, "boilerplate.html")
	for _, w := range []string{"cookies", "Front page", "Weather forecast", "Related stories", "Storm damage bill",
		"Reader comments", "seagull77", "my cellar", "Privacy policy"} {
		if strings.Contains(a.Body, w) {
			t.Errorf("body holds %q:\n%s", w, a.Body)
		}
	}
	for _, w := range []string{"raised by a metre over the next two years", "eighteen million pounds", "Section two: lifeboat station to the harbour"} {
		if !strings.Contains(a.Body, w) {
			t.Errorf("body lacks %q:\n%s", w, a.Body)
		}
	}
}

// Headings, paragraphs and list items come out as paragraphs of their own, a blank line
// apart, and a <br> as a line break, so that the sentence splitter ends a sentence at a
// heading that has no full stop.
func TestFromHTMLParagraphs(t *testing.T) {
	a := readPage(t, "boilerplate.html")
	paras := strings.Split(a.Body, "\n\n")
	want := []string{"Sea wall to be raised by a metre", "Work begins in autumn", "The sea wall along", "The work will be done",
		"Cost shared with the government", "The cost, estimated", "Section one", "Section two"}
	if len(paras) != len(want) {
		t.Fatalf("%d paragraphs, want %d:\n%s", len(paras), len(want), a.Body)
	}
	for i, w := range want {
		if !strings.HasPrefix(paras[i], w) {
			t.Errorf("paragraph %d is %q, want it to start %q", i, paras[i], w)
		}
	}
	if !strings.Contains(paras[3], "before Christmas.\nResidents can see") {
		t.Errorf("the <br> is not a line break: %q", paras[3])
	}
	d := stext.Analyze(a.Body)
	for _, s := range d.Sentences {
		if got := d.Text[s.Start:s.End]; got == "Work begins in autumn" {
			return
		}
	}
	t.Errorf("the heading runs into the next sentence:\n%v", d.Sentences)
}
