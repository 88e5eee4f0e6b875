package input

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadStdin feeds arbitrary bytes to the reader as standard input: whatever the
// content (prose, JSON Lines, JSON, broken records), it never panics, every error is one
// line naming the input, and every article is valid UTF-8 with a body.
func FuzzReadStdin(f *testing.F) {
	for _, s := range []string{
		"Plain prose.", `{"text": "one"}` + "\n" + `{"text": "two"}`, `[{"text": "a"}, 3]`,
		`{"maintext": "x", "date_publish": 1338000000}`, `{"storyline": 99}`, "---\ntitle: t\n---\nbody",
		"{\"text\": \"\xff\"}\n{", "[", "{}", `{"body": ["a", "b"], "source": {"name": "N"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if looksLikeHTML(bytes.TrimLeft(raw, " \t\r\n")) {
			return // web pages have a fuzz target of their own
		}
		for it := range Read(context.Background(), Expand([]string{"-"}), Options{Stdin: bytes.NewReader(raw)}) {
			if it.Err != nil {
				if msg := it.Err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, "standard input") {
					t.Fatalf("error %q", msg)
				}
				continue
			}
			if a := it.Article; a != nil && (!utf8.ValidString(a.Body) || strings.TrimSpace(a.Body) == "") {
				t.Fatalf("article body %q", a.Body)
			}
		}
	})
}

// FuzzDateFromPath: any path gives a real day or none.
func FuzzDateFromPath(f *testing.F) {
	for _, s := range []string{"a/2012-05-25/b.txt", "2012/02/30/x", "x/2011/mar/19/y", "20120525"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		d := dateFromPath(p)
		if !d.IsZero() && (d.Year() < 1900 || d.Year() > 2099 || d.Hour() != 0) {
			t.Fatalf("dateFromPath(%q) = %v", p, d)
		}
	})
}
