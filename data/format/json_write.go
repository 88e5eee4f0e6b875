package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"storyline/model"
)

// WriteJSON writes the timeline in the interchange format: the version first, then each
// document, actor, source, place and event on a line of its own (docs/json-format.md). Elements
// are encoded one at a time into a reused buffer, so that writing needs memory for one
// element, not for the file; the same timeline always gives the same bytes.
func WriteJSON(w io.Writer, tl *model.Timeline) error {
	jw := newJSONWriter(w)
	jw.raw(fmt.Sprintf("{\n \"storyline\": %d,\n", Version))
	writeArray(jw, "documents", tl.Documents, jw.document)
	jw.raw(",\n")
	writeArray(jw, "actors", tl.Actors, jw.actor)
	jw.raw(",\n")
	writeArray(jw, "sources", tl.Sources, jw.source)
	jw.raw(",\n")
	writeArray(jw, "places", tl.Places, jw.place)
	jw.raw(",\n")
	writeArray(jw, "events", tl.Events, jw.event)
	if len(tl.KeyDates) > 0 {
		jw.raw(",\n")
		writeArray(jw, "key_dates", tl.KeyDates, jw.keyDate)
	}
	jw.raw("\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.out.Flush()
}

// jsonWriter holds what writing reuses from one element to the next: the output buffer,
// the encoder and its buffer, and the element forms with their slices.
type jsonWriter struct {
	out    *bufio.Writer
	line   bytes.Buffer // an element as the encoder writes it
	spaced []byte       // and as the file has it
	enc    *json.Encoder
	err    error // the first error; later writes do nothing

	doc    jsonDocument
	actorF jsonActor
	srcF   jsonSource
	placeF jsonPlace
	ev     jsonEvent

	// timeString's cache of the last time written.
	lastTime time.Time
	lastGran model.Granularity
	lastText string
}

func newJSONWriter(w io.Writer) *jsonWriter {
	jw := &jsonWriter{out: bufio.NewWriterSize(w, 64<<10)}
	jw.enc = json.NewEncoder(&jw.line)
	jw.enc.SetEscapeHTML(false) // "<" and "&" stay readable; the file is not embedded in HTML
	return jw
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.out.WriteString(s)
	}
}

// writeArray writes `"key": [`, then each item as an element line, then `]`; an empty
// array stays on the key's line.
func writeArray[T any](jw *jsonWriter, key string, items []T, form func(*T) any) {
	jw.raw(" \"" + key + "\": [")
	for i := range items {
		if jw.err != nil {
			return // a closed pipe: stop at once rather than encode the rest for nothing
		}
		if i > 0 {
			jw.raw(",")
		}
		jw.raw("\n  ")
		jw.element(form(&items[i]))
	}
	if len(items) > 0 {
		jw.raw("\n ")
	}
	jw.raw("]")
}

// element encodes one element on one line: JSON escapes every line break inside strings.
func (jw *jsonWriter) element(v any) {
	if jw.err != nil {
		return
	}
	jw.line.Reset()
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	b := jw.line.Bytes()
	jw.spaced = spaced(jw.spaced[:0], b[:len(b)-1]) // without the newline Encode ends each value with
	_, jw.err = jw.out.Write(jw.spaced)
}

// spaced appends compact JSON to dst with a space after each colon and comma between
// values, as people write JSON on one line and as the indented files of earlier versions
// had it: `"name": "Kyiv Post"` reads better, and greps the same in old files and new.
func spaced(dst, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		c := b[i]
		dst = append(dst, c)
		switch c {
		case ':', ',':
			dst = append(dst, ' ')
		case '"':
			end := i + 1 + stringEnd(b[i+1:])
			dst = append(dst, b[i+1:end]...)
			i = end - 1
		}
	}
	return dst
}

// stringEnd is the length of a JSON string's rest, after its opening quote, through its
// closing quote: the first quote not escaped by an odd run of backslashes. Looking for the
// quote alone is fast, and article text has few of them.
func stringEnd(b []byte) int {
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return len(b)
		}
		q := i + j
		k := q
		for k > 0 && b[k-1] == '\\' {
			k--
		}
		if (q-k)%2 == 0 {
			return q + 1
		}
		i = q + 1
	}
}
