package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end the paragraph before them and start a new one after. Table rows
// count among them: a row of a results table is a statement of its own.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dd: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// skippedElements hold no text a reader sees.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true, atom.Head: true,
	atom.Img: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

// blockText writes the main-text tree trafilatura returns as storyline reads articles:
// paragraphs, headings, list items and table rows apart with a blank line between them,
// a line break where the page breaks a line, and white space inside a paragraph made one
// space. trafilatura's own ContentText runs everything into one line, which would leave
// the sentence splitter to guess where a heading ends and a paragraph begins.
func blockText(root *html.Node) string {
	return strings.Join(blockParas(root), "\n\n")
}

// blockParas is blockText's paragraphs, each on its own.
func blockParas(root *html.Node) []string {
	var w paraWriter
	w.walk(root, false)
	w.endPara()
	return w.paras
}

type paraWriter struct {
	paras []string
	lines []string        // finished lines of the paragraph being written
	line  strings.Builder // the line being written
	space bool            // white space seen since the last character written
	edge  bool            // an inline element began or ended since the last character written
	last  rune            // the last character written on the line
	quote bool            // the line has an unclosed straight double quote
}

func (w *paraWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	tag := tagOf(n)
	if skippedElements[tag] {
		return
	}
	block := blockElements[tag]
	inline := false
	switch {
	case block:
		w.endPara()
	case tag == atom.Br:
		w.endLine()
	case tag == atom.Td || tag == atom.Th:
		w.cell()
	case n.Type == html.ElementNode && tag != atom.Sub && tag != atom.Sup:
		inline = true
		w.edge = true
	}
	pre = pre || tag == atom.Pre || tag == atom.Textarea
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.endPara()
	}
	if inline {
		w.edge = true
	}
}

// tagOf names an element. The elements trafilatura builds for its result carry only
// their name, not the atom the parser would have given them.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// text writes a text node. Soft hyphens go: they are hints for breaking a word at the end
// of a line, and inside a word they would split it for every later step.
func (w *paraWriter) text(s string, pre bool) {
	for _, r := range s {
		switch {
		case r == '\u00AD':
		case pre && r == '\n':
			w.endLine()
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f':
			// HTML's white space; a no-break space is text, and stays.
			w.space = true
		default:
			if w.line.Len() > 0 && (w.space || (w.edge && w.spaceAtEdge(r))) {
				w.line.WriteByte(' ')
			}
			w.space, w.edge = false, false
			w.line.WriteRune(r)
			w.last = r
			if r == '"' {
				w.quote = !w.quote
			}
		}
	}
}

// spaceAtEdge decides whether a space stood where an inline element begins or ends
// before next. trafilatura trims the text inside and after every element it keeps, so
// "the book <i>Beautiful Code</i>, 2007" reaches storyline as "the book", "Beautiful
// Code", ", 2007"; joined bare, words would run together, and joined with spaces, commas
// would stand apart. Punctuation that closes hugs the word before it, punctuation that
// opens hugs the word after it, and a straight quote does one or the other depending on
// whether a quotation is open.
func (w *paraWriter) spaceAtEdge(next rune) bool {
	switch {
	case strings.ContainsRune(".,;:!?)]}»”’…%'", next):
		return false
	case strings.ContainsRune("([{«„“‘¿¡", w.last):
		return false
	case next == '"':
		return !w.quote
	case w.last == '"':
		return !w.quote
	}
	return true
}

// cell starts a table cell: a tab apart from the cell before it on the row.
func (w *paraWriter) cell() {
	if w.line.Len() > 0 {
		w.line.WriteByte('\t')
	}
	w.space, w.edge = false, false
}

func (w *paraWriter) endLine() {
	if l := strings.TrimSpace(w.line.String()); l != "" {
		w.lines = append(w.lines, l)
	}
	w.line.Reset()
	w.space, w.edge, w.quote = false, false, false
}

func (w *paraWriter) endPara() {
	w.endLine()
	if len(w.lines) > 0 {
		w.paras = append(w.paras, strings.Join(w.lines, "\n"))
	}
	w.lines = w.lines[:0]
}
