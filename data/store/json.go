package store

import (
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"storyline/model"
)

// A document's lists are kept in its row as JSON written and read here: the driver costs
// microseconds for every row and column it moves, more than extracting a short article
// costs per mention, so one row with a few long texts reads many times faster than a
// table's rows.
//
// Strings are written as they are, bytes outside ASCII untouched, and SQLite keeps them so
// (even invalid UTF-8), which encoding/json would not. A zero time and a nil list are null;
// an empty list is [], so that a Get equals its Put.

// jsonWriter appends JSON values, with the commas between them.
type jsonWriter struct {
	b     []byte
	comma bool
}

func (w *jsonWriter) sep() {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.comma = true
}

func (w *jsonWriter) open() {
	w.sep()
	w.b = append(w.b, '[')
	w.comma = false
}

func (w *jsonWriter) close() {
	w.b = append(w.b, ']')
	w.comma = true
}

func (w *jsonWriter) text() string { return string(w.b) }

func (w *jsonWriter) int(n int) {
	w.sep()
	w.b = strconv.AppendInt(w.b, int64(n), 10)
}

const hex = "0123456789abcdef"

// float writes v in millionths, as an integer: enough for a place's coordinates (a tenth
// of a metre), and read back without a float parser.
func (w *jsonWriter) float(v float64) { w.int(int(math.Round(v * 1e6))) }

func (w *jsonWriter) str(s string) {
	w.sep()
	w.b = append(w.b, '"')
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		w.b = append(w.b, s[last:i]...)
		switch c {
		case '"', '\\':
			w.b = append(w.b, '\\', c)
		default:
			w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		last = i + 1
	}
	w.b = append(w.b, s[last:]...)
	w.b = append(w.b, '"')
}

func (w *jsonWriter) strs(list []string) {
	w.open()
	for _, s := range list {
		w.str(s)
	}
	w.close()
}

func (w *jsonWriter) ints(list []int) {
	w.open()
	for _, n := range list {
		w.int(n)
	}
	w.close()
}

func (w *jsonWriter) spans(list []model.Span) {
	w.open()
	for _, sp := range list {
		w.open()
		w.int(sp.Start)
		w.int(sp.End)
		w.close()
	}
	w.close()
}

// jsonReader reads what jsonWriter writes. Each read skips the comma before its value; the
// first malformed value stops the reading and is reported by err.
type jsonReader struct {
	s   string
	i   int
	err error
}

func (r *jsonReader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("store: malformed row at byte %d of %.60q", r.i, r.s)
	}
	r.i = len(r.s)
}

func (r *jsonReader) skip() {
	for r.i < len(r.s) {
		switch r.s[r.i] {
		case ' ', '\t', '\n', '\r', ',':
			r.i++
		default:
			return
		}
	}
}

// isNull reads a null if one comes next.
func (r *jsonReader) isNull() bool {
	r.skip()
	if len(r.s)-r.i >= 4 && r.s[r.i:r.i+4] == "null" {
		r.i += 4
		return true
	}
	return false
}

// open enters an array; it returns false for null.
func (r *jsonReader) open() bool {
	if r.isNull() {
		return false
	}
	if r.i >= len(r.s) || r.s[r.i] != '[' {
		r.fail()
		return false
	}
	r.i++
	return true
}

// more reports whether the array has another value, and leaves it when not.
func (r *jsonReader) more() bool {
	r.skip()
	if r.i >= len(r.s) {
		r.fail()
		return false
	}
	if r.s[r.i] == ']' {
		r.i++
		return false
	}
	return true
}

// close leaves an array whose values have all been read.
func (r *jsonReader) close() {
	if r.more() {
		r.fail()
	}
}

func (r *jsonReader) int() int {
	r.skip()
	j := r.i
	if j < len(r.s) && r.s[j] == '-' {
		j++
	}
	for j < len(r.s) && r.s[j] >= '0' && r.s[j] <= '9' {
		j++
	}
	n, err := strconv.Atoi(r.s[r.i:j])
	if err != nil {
		r.fail()
		return 0
	}
	r.i = j
	return n
}

func (r *jsonReader) bool() bool { return r.int() != 0 }

// float reads what jsonWriter.float writes: millionths, as an integer.
func (r *jsonReader) float() float64 { return float64(r.int()) / 1e6 }

// lastStrs reads a list that rows written before it existed lack: nil when the row ends.
func (r *jsonReader) lastStrs() []string {
	r.skip()
	if r.i < len(r.s) && r.s[r.i] == ']' {
		return nil
	}
	return r.strs()
}

// str reads a string. One without escapes is a slice of the row text, which saves an
// allocation per string.
func (r *jsonReader) str() string {
	r.skip()
	if r.i >= len(r.s) || r.s[r.i] != '"' {
		r.fail()
		return ""
	}
	r.i++
	end := strings.IndexByte(r.s[r.i:], '"')
	if end < 0 {
		r.fail()
		return ""
	}
	if strings.IndexByte(r.s[r.i:r.i+end], '\\') >= 0 {
		return r.unescape()
	}
	s := r.s[r.i : r.i+end]
	r.i += end + 1
	return s
}

// unescape reads the rest of a string that has escapes, a run between them at a time.
func (r *jsonReader) unescape() string {
	var b []byte
	for {
		rest := r.s[r.i:]
		quote := strings.IndexByte(rest, '"')
		if quote < 0 {
			r.fail()
			return ""
		}
		esc := strings.IndexByte(rest[:quote], '\\')
		if esc < 0 {
			r.i += quote + 1
			return string(append(b, rest[:quote]...))
		}
		b = append(b, rest[:esc]...)
		r.i += esc // at the backslash; the quote found is the escape's, or after it
		if e := r.s[r.i+1]; e != 'u' {
			b = append(b, unescaped(e))
			r.i += 2
			continue
		}
		c, ok := r.hex4(r.i + 2)
		if !ok {
			r.fail()
			return ""
		}
		r.i += 6
		if lo, ok := r.hex4(r.i + 2); ok && utf16.IsSurrogate(c) && r.s[r.i:r.i+2] == `\u` {
			c = utf16.DecodeRune(c, lo)
			r.i += 6
		}
		b = utf8.AppendRune(b, c)
	}
}

// unescaped is what a one-letter escape stands for: a control character, or the letter
// itself (\" \\ \/).
func unescaped(e byte) byte {
	switch e {
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return e
}

func (r *jsonReader) hex4(i int) (rune, bool) {
	if i+4 > len(r.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(r.s[i:i+4], 16, 16)
	return rune(n), err == nil
}

func (r *jsonReader) time() time.Time {
	if r.isNull() {
		return time.Time{}
	}
	t, err := parseTime(r.str())
	if err != nil {
		r.fail()
	}
	return t
}

func (r *jsonReader) strs() []string { return list(r, (*jsonReader).str) }

func (r *jsonReader) ints() []int { return list(r, (*jsonReader).int) }

func (r *jsonReader) spans() []model.Span {
	return list(r, row(func(r *jsonReader) model.Span { return model.Span{Start: r.int(), End: r.int()} }))
}

// list reads an array, each value with read: nil for null, empty for [].
func list[T any](r *jsonReader, read func(*jsonReader) T) []T {
	if !r.open() {
		return nil
	}
	out := []T{}
	for r.more() {
		out = append(out, read(r))
	}
	return out
}

// row reads an array of values into one T.
func row[T any](read func(*jsonReader) T) func(*jsonReader) T {
	return func(r *jsonReader) T {
		r.open()
		v := read(r)
		r.close()
		return v
	}
}

// rows reads a list of rows, as packLists writes them; the list is nil when it
// was nil at Put (present is false), since SQLite gives [] for no rows either way.
func rows[T any](r *jsonReader, present bool, read func(*jsonReader) T) []T {
	out := list(r, row(read))
	if !present {
		return nil
	}
	return out
}

// timeColumn and parseTimeColumn keep a time in a column of its own, as jsonWriter.time
// does in a row.
func timeColumn(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

func parseTimeColumn(s sql.NullString) (time.Time, error) {
	if !s.Valid {
		return time.Time{}, nil
	}
	return parseTime(s.String)
}
