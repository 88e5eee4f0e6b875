package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBlockText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"white space", "<p>  One\n  two\t three </p>", "One two three"},
		{"line break", "<p>One<br>two</p>", "One\ntwo"},
		{"heading and list", "<h2>Head</h2><ul><li>a</li><li>b</li></ul>", "Head\n\na\n\nb"},
		{"table", "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Rovers</td><td>12</td></tr></table>", "Team\tPoints\n\nRovers\t12"},
		{"pre keeps lines", "<pre>a  b\nc</pre>", "a b\nc"},
		{"soft hyphens", "<p>Über\u00adle\u00adben</p>", "Überleben"},
		{"no-break space kept", "<p>12\u00a0€</p>", "12\u00a0€"},
		{"scripts skipped", "<p>a<script>x()</script>b</p>", "ab"},
		// trafilatura trims the text in and after the elements it keeps.
		{"trimmed edges", "<p>the book<i>Beautiful Code</i>, 2007</p>", "the book Beautiful Code, 2007"},
		{"opening bracket", "<p>(<b>see</b>)</p>", "(see)"},
		{"straight quotes", `<p>he said "<i>no</i>"<b>twice</b></p>`, `he said "no" twice`},
		{"sub and sup", "<p>H<sub>2</sub>O and x<sup>2</sup></p>", "H2O and x2"},
	} {
		doc, err := html.Parse(strings.NewReader("<body>" + tc.in + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := blockText(doc); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// trafilatura builds its result from elements that carry their name but no atom.
func TestBlockTextWithoutAtoms(t *testing.T) {
	body := &html.Node{Type: html.ElementNode, Data: "body"}
	for _, s := range []string{"One.", "Two."} {
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		body.AppendChild(p)
	}
	if got := blockText(body); got != "One.\n\nTwo." {
		t.Errorf("got %q", got)
	}
}
