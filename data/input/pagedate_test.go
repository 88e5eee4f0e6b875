package input

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestPublishedDay(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"RDFa in the body", `<p><span property="schema:dateCreated" content="2023-10-06T03:46:34+00:00"></span>Text</p>`, "2023-10-06"},
		{"microdata", `<span itemprop="datePublished" content="2020-01-02">2 Jan</span>`, "2020-01-02"},
		{"hAtom", `<abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr>`, "2017-07-23"},
		{"time element", `<time datetime="2019-05-06">6 May</time>`, "2019-05-06"},
		{"copyright year as microdata", `<meta itemprop="copyrightYear" content="2019">`, ""},
		{"a date-like class", `<div class="date">12.03.2021</div><p>Text</p>`, ""},
		{"a timestamp in a script", `<script>var built = "2021-04-05 10:11:12";</script>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><head></head><body>" + tc.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if d := publishedDay(doc); !d.IsZero() {
			got = d.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
