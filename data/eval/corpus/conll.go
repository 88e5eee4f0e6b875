package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ReadCoNLL reads CoNLL-2003 named-entity data: a token a line with its tags, the
// named-entity tag last (IOB1: I-PER, B-PER where two names of a type touch, O), sentences
// apart by blank lines and documents by -DOCSTART- lines. Each document's text is its
// tokens joined by single spaces, a sentence a line, as the tokens stand; every name
// becomes an Entity of type PER, ORG, LOC or MISC with the syntactic type NAM.
func ReadCoNLL(r io.Reader, name string) ([]*Doc, error) {
	var docs []*Doc
	var doc *Doc
	var text strings.Builder
	at := 0 // code points written to text
	var open *Entity
	closeEntity := func() {
		if open != nil {
			doc.Entities = append(doc.Entities, *open)
			open = nil
		}
	}
	finish := func() {
		if doc == nil {
			return
		}
		closeEntity()
		doc.Text = strings.TrimRight(text.String(), "\n")
		if strings.TrimSpace(doc.Text) != "" {
			docs = append(docs, doc)
		}
		doc, at = nil, 0
		text.Reset()
	}
	begin := func() {
		finish()
		doc = &Doc{Name: fmt.Sprintf("%s#%d", name, len(docs)+1)}
	}
	inSentence := false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "-DOCSTART-") {
			begin()
			inSentence = false
			continue
		}
		if line == "" {
			if doc != nil && inSentence {
				closeEntity()
				text.WriteByte('\n')
				at++
			}
			inSentence = false
			continue
		}
		if doc == nil {
			begin()
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: a token line needs a word and a tag, got %q", name, n, line)
		}
		word, tag := fields[0], fields[len(fields)-1]
		if inSentence {
			text.WriteByte(' ')
			at++
		}
		inSentence = true
		start := at
		text.WriteString(word)
		at += utf8.RuneCountInString(word)
		prefix, typ, _ := strings.Cut(tag, "-")
		switch {
		case tag == "O":
			closeEntity()
		case (prefix == "I" || prefix == "B") && typ != "":
			if prefix == "B" || open == nil || open.Type != typ {
				closeEntity()
				open = &Entity{Span: Span{Start: start}, Type: typ, Syntactic: "NAM"}
			} else {
				open.Text += " "
			}
			open.End = at
			open.Text += word
		default:
			return nil, fmt.Errorf("%s:%d: unknown tag %q", name, n, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	finish()
	return docs, nil
}
