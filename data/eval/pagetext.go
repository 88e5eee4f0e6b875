package eval

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// goldInPage reports whether the saved page holds any of its With snippets anywhere in
// its text, scripts included. Some pages were saved at another time than their snippets
// were taken (a paywall since, a newer version of the story, a front page that moved on):
// no reader could find their main text, and the report counts them apart.
func goldInPage(raw []byte, with []string) bool {
	if len(with) == 0 {
		return true
	}
	all := oneSpace(pageText(raw))
	for _, s := range with {
		if strings.Contains(all, oneSpace(s)) {
			return true
		}
	}
	return false
}

// pageText is every text node of the page, entities decoded, one after another with a
// space between.
func pageText(raw []byte) string {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
			b.WriteByte(' ')
		}
	}
}
