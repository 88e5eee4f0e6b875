package format

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// Reading tells three failures apart, since each asks something else of the user: JSON
// that is no storyline timeline (another program's), a timeline from a newer storyline
// (upgrade), and a damaged timeline (the message says where).

const noVersion = "no \"storyline\" format version; JSON from another program?"

func foreign(msg string) error { return errors.New("not a storyline timeline: " + msg) }

func damaged(msg string) error { return errors.New("damaged storyline timeline: " + msg) }

type newerError int

func (v newerError) Error() string {
	return fmt.Sprintf("written by a newer storyline (format %d); this build reads up to %d", int(v), Version)
}

// formatError is a check the file fails, worded completely but for the "damaged" prefix.
type formatError string

func (e formatError) Error() string { return string(e) }

func problem(format string, args ...any) error { return formatError(fmt.Sprintf(format, args...)) }

// place is where in the file reading is, for messages: a top-level key, and in its array
// the element being read, or the last one read.
type place struct {
	key    string // "" between keys
	last   string // between keys, the key read last
	index  int    // -1 before the array's first element
	inside bool   // in element index rather than after it
	offset int64  // the byte the element starts at, or the comma before it
}

func (p place) String() string {
	switch {
	case p.key == "" && p.last != "":
		return fmt.Sprintf("the top-level object, after %q", p.last)
	case p.key == "":
		return "the top-level object"
	case p.inside:
		return fmt.Sprintf("%s[%d]", p.key, p.index)
	case p.index >= 0:
		return fmt.Sprintf("%s, after %s[%d]", p.key, p.key, p.index)
	}
	return fmt.Sprintf("%q", p.key)
}

// idNote names an element by its ID as well as its place, when it has one.
func idNote(id string) string {
	if id == "" {
		return ""
	}
	return fmt.Sprintf(" (%q)", id)
}

// jsonProblem words a decoding error without Go's type names, on one line.
func jsonProblem(err error) string {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		what := "a " + typ.Value
		switch {
		case strings.HasPrefix(typ.Value, "number "):
			what = "the " + typ.Value // out of range, or not whole
		case typ.Value == "array" || typ.Value == "object":
			what = "an " + typ.Value
		case typ.Value == "bool":
			what = "true or false"
		}
		if typ.Field != "" {
			return fmt.Sprintf("field %q is %s where %s belongs", typ.Field, what, jsonKind(typ.Type))
		}
		return fmt.Sprintf("%s where %s belongs", what, jsonKind(typ.Type))
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// jsonKind names in JSON's terms what a Go type decodes from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64, reflect.Uint32:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

// tokenKind names what a value that begins with tok is.
func tokenKind(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '[' {
			return "an array"
		}
		return "an object"
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "true or false"
	}
	return "null"
}
