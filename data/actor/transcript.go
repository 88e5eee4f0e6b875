package actor

import (
	"strings"

	"storyline/data/text"
)

// Broadcast transcripts give each turn as its speaker's name in capitals, sometimes with
// a role, then a colon: "BLITZER: Wael, this is Wolf Blitzer", "ANDERSON COOPER, CNN
// ANCHOR: Good evening". The name is a person's, written in capitals by convention: not
// an acronym, nor an organisation.

// speakerTurn finds a turn's speaker at the start of sentence s: one to four words in
// capitals at the start of a line, then an optional comma and role, then a colon. It gives
// the name's tokens [a, b) and the token after the colon; a == b for a turn labelled
// without a name ("UNIDENTIFIED MALE:"), whose words are then no name either.
func (r *recognizer) speakerTurn(s text.Sentence) (a, b, after int, ok bool) {
	toks := r.d.Tokens
	a = s.First
	if a >= s.Last || (a > 0 && !toks[a].Is(text.NewLine)) {
		return 0, 0, 0, false
	}
	b = a
	label := false
	// A reader's handle with digits ("AT2:", "JOHN99:") is no speaker's name.
	for b < s.Last && b-a < 4 && toks[b].Kind == text.Word && toks[b].Is(text.AllUpper) && (b == a || toks[b].Is(text.Space)) && !strings.ContainsAny(r.tok(b), "0123456789") {
		label = label || lexTurnLabels.has(strings.ToLower(r.tok(b)))
		b++
	}
	if b == a {
		return 0, 0, 0, false
	}
	k := b
	if k < s.Last && r.tok(k) == "," { // the role: "CNN ANCHOR", "U.S. SECRETARY OF STATE"
		for k++; k < s.Last && k-b < 8 && toks[k].Kind == text.Word; k++ {
		}
	}
	if k >= s.Last || r.tok(k) != ":" {
		return 0, 0, 0, false
	}
	if label {
		return a, a, k + 1, true
	}
	return a, b, k + 1, true
}

// turnKind says whether a candidate is a transcript turn's speaker, and whether a role
// follows the name ("ANDERSON COOPER, CNN ANCHOR:").
type turnKind uint8

const (
	turnNone turnKind = iota
	turnName
	turnNameRole
)

// checkTurns keeps the speakers of turns that look like people: a role after the name, a
// known first name opening it, its last word written as a name elsewhere in the text (the
// "Blitzer" of "Wolf Blitzer"), or turns of their own again and again, as a conversation
// has. The capitals of a table's fields ("ISSUER:", "DUE:") are none of these, and go.
//
// Two speakers or more make a conversation ("WALLACE: Secretary Clinton, ...",
// "CLINTON: Well, ..."): then a speaker whose words are no words of the language is a
// person, though the text names them once.
func (r *recognizer) checkTurns() {
	turns := map[string]int{}
	for _, c := range r.cands {
		if c.turn != turnNone {
			turns[c.name]++
		}
	}
	talk := len(turns) >= 2
	for k := range r.cands {
		c := &r.cands[k]
		if c.turn == turnNone || c.turn == turnNameRole || turns[c.name] > 1 {
			continue
		}
		if r.g.is(firstWord(c.name), clsFirstName) || r.midCapital(lastWord(c.name)) || talk && !r.commonIn(c.nameA, c.b) && r.saysSentence(c.b) {
			continue
		}
		c.drop = true
	}
}

// saysSentence reports whether what follows the turn's colon after token b is speech, a
// sentence of five words or more closed by its stop, not a table's value ("ISSUER: Ohio
// Water Authority").
func (r *recognizer) saysSentence(b int) bool {
	d := r.d
	k := b
	for k < len(d.Tokens) && k < b+4 && r.tok(k) != ":" {
		k++
	}
	words := 0
	for k++; k < len(d.Tokens); k++ {
		if d.Tokens[k].Is(text.NewLine) {
			break
		}
		switch t := d.Tokens[k]; {
		case t.Kind == text.Word:
			words++
		case words >= 5 && (r.tok(k) == "." || r.tok(k) == "?" || r.tok(k) == "!"):
			return true
		}
	}
	return false
}

// commonIn reports whether a word of [a, b) is a word of the language ("ISSUER", "DUE").
func (r *recognizer) commonIn(a, b int) bool {
	for t := a; t < b; t++ {
		if r.d.Tokens[t].Kind == text.Word && r.commonAt(t) {
			return true
		}
	}
	return false
}
