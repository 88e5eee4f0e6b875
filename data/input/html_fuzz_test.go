package input

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzFromHTML checks what any page, however broken, must give: no panic, an error of one
// line naming the page, or an article whose text fields are valid UTF-8 without control
// characters other than tab and newline. Each run parses the page and runs trafilatura
// with its fallbacks, about a millisecond for the small seeds, so the seed corpus stays
// small and CI gives this target fewer executions than the parsers' targets.
func FuzzFromHTML(f *testing.F) {
	for _, seed := range []string{
		"",
		"<p>",
		"<html><head><title>T</title></head><body><p>One two three four five six seven.</p></body></html>",
		"<meta charset=windows-1252><title>caf\xe9</title><p>\x93Quoted\x94 text \x80 with enough words to be kept as an article.</p>",
		"<article><h1>Head</h1><p>Line one<br>line two\r\nline three\x00\x1b[31m</p><pre>a\r\nb</pre><table><tr><td>a<td>b</table></article>",
		"<script type=application/ld+json>{\"datePublished\":\"2020-01-02\"}</script><time datetime=x>y</time><p>Text of the story here.</p>",
		"\xff\xfe<\x00p\x00>\x00\xe9\x00",
		"<noscript><p>Please enable JavaScript.</p></noscript><ruby>漢<rt>かん</rt></ruby><p>Story \u00ad\u202e text</p>",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := FromHTML("page.html", raw)
		if err != nil {
			if msg := err.Error(); strings.ContainsAny(msg, "\r\n") || !strings.HasPrefix(msg, "page.html: ") {
				t.Fatalf("error %q is not one line naming the page", msg)
			}
			return
		}
		for name, s := range map[string]string{"body": a.Body, "title": a.Title, "source": a.Source, "url": a.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
			for _, r := range s {
				if unicode.IsControl(r) && r != '\t' && r != '\n' {
					t.Fatalf("%s holds control character %U: %q", name, r, s)
				}
			}
		}
		if strings.TrimSpace(a.Body) == "" {
			t.Fatal("an article without text")
		}
	})
}
