package corpus

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// ReadTimeML reads a TimeML file (.tml, as in TimeBank, AQUAINT and TempEval-3): the text is
// the character data of <TEXT> with its tags removed, the document creation time comes from
// the TIMEX3 whose functionInDocument is CREATION_TIME, and every other TIMEX3 inside <TEXT>
// is gold.
func ReadTimeML(path string) (*Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := parseTimeML(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return doc, nil
}

func parseTimeML(r io.Reader) (*Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	doc := &Doc{}
	var text strings.Builder
	runes := 0
	inText, sawText := false, false
	type open struct {
		start int
		attrs map[string]string
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "TIMEX3":
				stack = append(stack, open{runes, attrMap(t.Attr)})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "s":
				// Sentence elements abut ("2008</s><s>The"): keep them apart as the
				// original line breaks did.
				if inText && text.Len() > 0 && !strings.HasSuffix(text.String(), "\n") {
					text.WriteByte('\n')
					runes++
				}
			case "TIMEX3":
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				a := o.attrs
				if a["functionInDocument"] == "CREATION_TIME" {
					if doc.DCT.IsZero() {
						doc.DCT = parseDate(a["value"])
					}
					if inText {
						doc.DCTSpan = &Span{o.start, runes}
					}
					continue
				}
				if !inText {
					continue
				}
				s := text.String()
				doc.Timexes = append(doc.Timexes, Timex{
					Span:  Span{o.start, runes},
					Text:  runeSlice(s, o.start, runes),
					Type:  a["type"],
					Value: a["value"],
					Mod:   a["mod"],
				})
			}
		case xml.CharData:
			if inText {
				text.Write(t)
				runes += utf8.RuneCount(t)
			}
		}
	}
	if !sawText {
		return nil, errors.New("no <TEXT> element: not a TimeML document")
	}
	doc.Text = text.String()
	return doc, nil
}

func attrMap(attrs []xml.Attr) map[string]string {
	m := make(map[string]string, len(attrs))
	for _, a := range attrs {
		m[a.Name.Local] = a.Value
	}
	return m
}

// runeSlice returns the code points [a, b) of s.
func runeSlice(s string, a, b int) string {
	i, start := 0, -1
	for pos := range s {
		if i == a {
			start = pos
		}
		if i == b {
			if start < 0 {
				return ""
			}
			return s[start:pos]
		}
		i++
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}
