package format

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"storyline/model"
)

// ReadJSON reads a timeline in the interchange format. It walks the top-level object with
// the decoder's tokens, taking its keys in any order, and decodes each document, actor,
// source and event into the model as it comes, so that memory grows with the timeline and
// not with the file, which may be of any size. It checks what WriteJSON guarantees: dates
// parse and intervals do not end before they start as each event is read, and IDs are
// unique and every reference resolves (event to document, actor, source and quote; mention
// and quote to actor and source) once everything is read. Every string is made safe for
// the terminal. Errors are one line and say whether the JSON is no storyline timeline,
// one from a newer storyline, or a damaged one, and where.
func ReadJSON(r io.Reader) (*model.Timeline, error) {
	dec := json.NewDecoder(r)
	dec.UseNumber() // the version is read exactly, not as a float
	jr := &jsonReader{dec: dec, keys: map[string]bool{}}
	if err := jr.read(); err != nil {
		return nil, err
	}
	if err := jr.resolve(); err != nil {
		return nil, damaged(err.Error())
	}
	tl := model.NewTimeline(jr.docs, jr.actors, jr.sources, jr.places, jr.events)
	tl.KeyDates = jr.keyDates
	return tl, nil
}

type jsonReader struct {
	dec     *json.Decoder
	version int             // 0 until the "storyline" field is read
	keys    map[string]bool // top-level keys read so far
	at      place           // where the decoder is, for messages

	docs     []model.Document
	actors   []model.Actor
	sources  []model.Source
	places   []model.Place
	events   []model.Event
	keyDates []model.KeyDate
}

func (jr *jsonReader) read() error {
	tok, err := jr.dec.Token()
	switch {
	case err == io.EOF:
		return foreign("the file is empty")
	case err != nil:
		return foreign("not JSON: " + jsonProblem(err))
	case tok != json.Delim('{'):
		return foreign(tokenKind(tok) + ", not an object with a \"storyline\" format version")
	}
	for jr.dec.More() {
		if err := jr.field(); err != nil {
			return jr.failed(err)
		}
	}
	jr.at = place{last: jr.at.key}
	if _, err := jr.dec.Token(); err != nil { // the closing brace
		return jr.failed(err)
	}
	if jr.version == 0 {
		return foreign(noVersion)
	}
	if tok, err := jr.dec.Token(); err != io.EOF {
		what := "more JSON"
		if err != nil {
			what = jsonProblem(err)
		} else if d, ok := tok.(json.Delim); ok {
			what = "a " + string(d)
		}
		return damaged(fmt.Sprintf("%s follows the timeline's closing brace (byte %d)", what, jr.dec.InputOffset()))
	}
	return nil
}

// field reads one top-level key and its value.
func (jr *jsonReader) field() error {
	jr.at = place{index: -1, last: jr.at.key}
	tok, err := jr.dec.Token()
	if err != nil {
		return err
	}
	key := tok.(string) // the decoder only gives a string as an object's key
	if jr.keys[key] {
		if err := skip(jr.dec, 0); err != nil {
			return err
		}
		return formatError(fmt.Sprintf("the top-level key %q appears twice", key))
	}
	jr.keys[key] = true
	jr.at.key = key
	switch key {
	case "storyline":
		return jr.readVersion()
	case "documents":
		return readArray(jr, readDocument, &jr.docs)
	case "actors":
		return readArray(jr, readActor, &jr.actors)
	case "sources":
		return readArray(jr, readSource, &jr.sources)
	case "places":
		return readArray(jr, readPlace, &jr.places)
	case "events":
		return readArray(jr, readEvent, &jr.events)
	case "key_dates":
		return readArray(jr, readKeyDate, &jr.keyDates)
	}
	// A key this version does not know, from a tool that adds its own: pass over it a
	// token at a time, so that even a large value costs no memory.
	return skip(jr.dec, 0)
}

func (jr *jsonReader) readVersion() error {
	tok, err := jr.dec.Token()
	if err != nil {
		return err
	}
	n, ok := tok.(json.Number)
	if !ok {
		if _, open := tok.(json.Delim); open {
			if err := skip(jr.dec, 1); err != nil {
				return err
			}
		}
		return formatError("the \"storyline\" format version is " + tokenKind(tok) + ", not a number")
	}
	v, err := strconv.Atoi(n.String())
	switch {
	case err != nil || v < 1:
		return formatError(fmt.Sprintf("the \"storyline\" format version %s is not one storyline writes", n))
	case v > Version:
		return newerError(v)
	}
	jr.version = v
	return nil
}

// readArray reads the array of one top-level key element by element, decoding each with
// read and appending it to list. null counts as an empty array.
func readArray[T any](jr *jsonReader, read func(*json.Decoder) (T, string, error), list *[]T) error {
	tok, err := jr.dec.Token()
	if err != nil || tok == nil {
		return err
	}
	if tok != json.Delim('[') {
		if tok == json.Delim('{') {
			if err := skip(jr.dec, 1); err != nil {
				return err
			}
		}
		return formatError(fmt.Sprintf("%q is %s, not an array", jr.at.key, tokenKind(tok)))
	}
	for i := 0; jr.dec.More(); i++ {
		jr.at.index, jr.at.inside, jr.at.offset = i, true, jr.dec.InputOffset()
		item, id, err := read(jr.dec)
		var fe formatError
		if errors.As(err, &fe) {
			return formatError(fmt.Sprintf("%s%s: %s", jr.at, idNote(id), fe))
		} else if err != nil {
			return err
		}
		*list = append(*list, item)
		jr.at.inside = false
	}
	_, err = jr.dec.Token() // the closing bracket
	return err
}

// failed words an error met while reading, by what it says about the file.
func (jr *jsonReader) failed(err error) error {
	var newer newerError
	if errors.As(err, &newer) {
		return err
	}
	msg, broken, ok := jr.describe(err)
	if !ok {
		return fmt.Errorf("reading %s: %w", jr.at, err) // the reader failed, not the file
	}
	if !jr.keys["storyline"] {
		// No version yet: the keys may have been reordered, so look on for one before
		// judging the file by an element that a newer format may well have changed.
		if broken {
			return foreign("no \"storyline\" format version before the JSON breaks off: " + msg)
		}
		switch v := jr.versionAhead(); {
		case v > Version:
			return newerError(v)
		case v == 0:
			return foreign(noVersion)
		}
	}
	return damaged(msg)
}

// describe words what is wrong with the file at the place reading stopped, and whether
// the JSON breaks off there, which leaves the decoder unable to go on. Errors that are not
// the file's give ok false.
func (jr *jsonReader) describe(err error) (msg string, broken, ok bool) {
	var fe formatError
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &fe):
		return string(fe), false, true
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "cut short: the file ends inside " + jr.at.String(), true, true
	case errors.As(err, &syntax), errors.As(err, &typ):
		// The decoder counts an element's error offsets from where the element began, so
		// the element and where it begins are what place it.
		at := jr.dec.InputOffset()
		if jr.at.inside {
			at = jr.at.offset
		}
		return fmt.Sprintf("%s at byte %d: %s", jr.at, at, jsonProblem(err)), syntax != nil, true
	}
	return "", true, false
}

// versionAhead skips the rest of the top-level object, from an element that did not
// decode, to the "storyline" field, and returns its version, or 0 when there is none or
// the JSON breaks off first.
func (jr *jsonReader) versionAhead() int {
	if jr.at.index >= 0 {
		for jr.dec.More() {
			if skip(jr.dec, 0) != nil {
				return 0
			}
		}
		if _, err := jr.dec.Token(); err != nil {
			return 0
		}
	}
	for jr.dec.More() {
		key, err := jr.dec.Token()
		if err != nil {
			return 0
		}
		if key == "storyline" {
			tok, _ := jr.dec.Token()
			n, _ := tok.(json.Number)
			v, _ := strconv.Atoi(n.String())
			return v
		}
		if skip(jr.dec, 0) != nil {
			return 0
		}
	}
	return 0
}

// skip reads tokens until depth open brackets have closed; from depth 0, one whole value.
func skip(dec *json.Decoder, depth int) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth <= 0 {
			return nil
		}
	}
}
