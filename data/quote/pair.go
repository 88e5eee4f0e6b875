package quote

import (
	"storyline/data/text"
)

// span is a quotation found by pairing marks: the tokens [a, b) between the opening mark
// at token open and the closing mark at token close (close == b when the quotation runs
// to the end of a paragraph or of the text without one).
type span struct {
	open, close int
	a, b        int
	after       int  // the token after the closing mark, which may take two ('')
	single      bool // single quotation marks
	closed      bool // a closing mark was found
}

// markKind classifies a token as a quotation mark.
type markKind uint8

const (
	notMark markKind = iota
	openMark
	closeMark
	eitherMark // the straight double quote
)

// doubleMark reports how token i (and, for “ and ”, the token after it) serves as a
// double quotation mark, and how many tokens it takes.
func doubleMark(d *text.Doc, i int, backticks bool) (markKind, int) {
	t := d.Tokens[i]
	if t.Kind != text.Punct {
		return notMark, 0
	}
	// Every mark opens with one of these bytes (“ ” „ with 0xE2, « » with 0xC2): the
	// other punctuation goes without comparing its text.
	switch d.Text[t.Start] {
	case '"', '`', '\'', 0xE2, 0xC2:
	default:
		return notMark, 0
	}
	switch d.Tok(i) {
	case "“", "„", "«":
		return openMark, 1
	case "”", "»":
		return closeMark, 1
	case "\"":
		return eitherMark, 1
	case "`":
		if i+1 < len(d.Tokens) && d.Tok(i+1) == "`" && !d.Tokens[i+1].Is(text.Space) {
			return openMark, 2
		}
	case "'":
		// Two apostrophes close a `` quotation in tokenized text, and both open and close
		// one in the New York Times archive (''We will fight,'' he said), where no
		// backticks are: there, like the straight quote, which way it goes is read from the
		// spaces around it.
		if i+1 < len(d.Tokens) && d.Tok(i+1) == "'" && !d.Tokens[i+1].Is(text.Space) {
			if backticks {
				return closeMark, 2
			}
			return eitherMark, 2
		}
	}
	return notMark, 0
}

// pairDouble pairs double quotation marks tolerantly: straight and curly marks close each
// other ("... ” after a straight open), a paragraph that opens a quotation without closing
// it continues into the next paragraph when that one opens with a mark, an unclosed
// quotation ends with its paragraph (or the text), and stray closing marks are ignored.
func pairDouble(d *text.Doc, para []int) []span {
	var out []span
	backticks := hasBackticks(d)
	n := len(d.Tokens)
	cur := span{open: -1}
	lastMark := -1 // the opening mark of the quotation's current paragraph
	finish := func(close, b int, closed bool, width int) {
		if cur.open >= 0 && b > cur.a {
			cur.close, cur.b, cur.closed, cur.after = close, b, closed, close+width
			out = append(out, cur)
		}
		cur = span{open: -1}
	}
	for i := 0; i < n; i++ {
		t := d.Tokens[i]
		if cur.open >= 0 && t.Is(text.NewLine) && para[i] != para[lastMark] {
			// A new paragraph while a quotation is open: it continues only if the new
			// paragraph opens with a mark.
			if k, w := doubleMark(d, i, backticks); k == openMark || k == eitherMark {
				if lastOpenUnclosed(d, lastMark, i, backticks) {
					lastMark = i
					i += w - 1
					continue
				}
			}
			finish(i, i, false, 0)
		}
		k, w := doubleMark(d, i, backticks)
		if k == notMark {
			continue
		}
		switch {
		case cur.open < 0 && k == closeMark && !(paraOpen(d, i) && i+w < n && (d.Tokens[i+w].Kind != text.Punct || d.Tok(i+w) == "…")):
			// a stray closing mark (one that opens a paragraph opens a quotation: a
			// mistyped opening mark)
		case cur.open < 0:
			if k == eitherMark && !opensHere(d, i) {
				continue
			}
			cur = span{open: i, a: i + w}
			lastMark = i
		case k == openMark && !closesHere(d, i):
			// a second opening mark: the first was never closed
			finish(i, i, false, 0)
			cur = span{open: i, a: i + w}
			lastMark = i
		default:
			finish(i, i, true, w)
		}
		i += w - 1
	}
	if cur.open >= 0 {
		finish(n, n, false, 0)
	}
	return out
}

// hasBackticks reports whether the text opens quotations with two backticks, as tokenized
// text does: then two apostrophes only ever close one.
func hasBackticks(d *text.Doc) bool {
	for i := 0; i+1 < len(d.Tokens); i++ {
		if d.Tok(i) == "`" && d.Tok(i+1) == "`" {
			return true
		}
	}
	return false
}

// paraOpen reports whether token i opens a paragraph.
func paraOpen(d *text.Doc, i int) bool {
	return i == 0 || d.Tokens[i].Is(text.NewLine)
}

// lastOpenUnclosed reports whether the paragraph of the mark at open ends, before token
// i, without any further double mark: the sign of a quotation continued by the next
// paragraph.
func lastOpenUnclosed(d *text.Doc, open, i int, backticks bool) bool {
	for j := open + 1; j < i; j++ {
		if k, _ := doubleMark(d, j, backticks); k != notMark {
			return false
		}
	}
	return true
}

// opensHere reports whether a straight double quote at i, with no quotation open, opens
// one: anything but a mark that hangs on the word before it and is followed by a space,
// which closes a quotation whose opening mark was lost. Tokenized text ("“ We love
// the Beatles , ” said", '" We love') puts spaces on both sides of every mark. A mark
// that hangs on a number is an inch mark.
func opensHere(d *text.Doc, i int) bool {
	if i+1 >= len(d.Tokens) {
		return false
	}
	if i > 0 && !d.Tokens[i].Is(text.Space) && d.Tokens[i-1].Kind == text.Num {
		return false // an inch mark: "6'3\" tall"
	}
	hangs := i > 0 && !d.Tokens[i].Is(text.Space) && d.Tokens[i-1].Kind == text.Word
	return !(hangs && d.Tokens[i+1].Is(text.Space))
}

// closesHere reports whether a mark at i hangs on the word before it, as a closing mark
// does even when it is typed as an opening one.
func closesHere(d *text.Doc, i int) bool {
	if i == 0 || d.Tokens[i].Is(text.Space) {
		return false
	}
	return i+1 >= len(d.Tokens) || d.Tokens[i+1].Is(text.Space) || d.Tokens[i+1].Kind == text.Punct
}

// pairSingle pairs single quotation marks (‘...’ and '...') outside double quotations, as
// British outlets use them. An apostrophe inside a word never gets here: the tokenizer
// keeps it in the word.
func pairSingle(d *text.Doc, para []int, inside []bool) []span {
	var out []span
	open := -1
	for i, t := range d.Tokens {
		if inside[i] {
			open = -1
			continue
		}
		if open >= 0 && t.Is(text.NewLine) && para[i] != para[open] {
			open = -1
		}
		if t.Kind != text.Punct {
			continue
		}
		w := d.Tok(i)
		if w != "‘" && w != "’" && w != "'" {
			continue
		}
		next := i + 1
		attachedNext := next < len(d.Tokens) && !d.Tokens[next].Is(text.Space)
		attachedPrev := i > 0 && !t.Is(text.Space)
		switch {
		case open < 0 && (w == "‘" || w == "'") && !attachedPrev && attachedNext && d.Tokens[next].Kind == text.Word:
			open = i
		case open >= 0 && (w == "’" || w == "'") && attachedPrev && !attachedNext || (open >= 0 && attachedPrev && next < len(d.Tokens) && d.Tokens[next].Kind == text.Punct):
			if i-open > 2 || i-open == 2 && d.Tok(open) == "‘" {
				// one word only between curly marks ("Trump Was ‘Mocking’ Clinton"): a
				// straight mark around one word is too often an apostrophe
				out = append(out, span{open: open, a: open + 1, close: i, b: i, after: i + 1, single: true, closed: true})
			}
			open = -1
		}
	}
	return out
}
