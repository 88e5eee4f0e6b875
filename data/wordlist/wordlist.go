// Package wordlist reads the word lists and tables that the extraction rules consult from
// text files embedded beside them: vocabulary lives apart from the engines, as in
// HeidelTime, so that a word is added without touching a rule, and every package reads
// the same few formats.
//
// A file holds lines of data; blank lines and lines that start with # are not data, and #
// elsewhere is a word like any other ("#" before a number is no year). A line's words are
// separated by spaces. The formats:
//
//	words                    Words, Set: every word of every line
//	KEY: word word ...       Groups, GroupSets, Ints, Strings: words filed under a key
//	NAME: phrase | phrase    Lists, Sets, Phrases: phrases of one or more words under a name
//
// A key or name ends at the first colon followed by a space ("12:00: noon" files "noon"
// under "12:00") and may come back on a later line to continue its list. Files are read
// once, while the packages initialise: a malformed embedded file panics with its name and
// line, which any test of the package that embeds it reports.
package wordlist

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// File is the data lines of one resource file.
type File struct {
	Name  string
	Lines []Line
}

// Line is one data line, trimmed, with its place in the file for messages.
type Line struct {
	File string
	N    int // from 1
	Text string
}

// Error is what a malformed file panics with.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("wordlist: %s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("wordlist: %s:%d: %s", e.File, e.Line, e.Msg)
}

// Load reads a file of fsys, typically a package's embed.FS; a missing file panics.
func Load(fsys fs.FS, name string) File {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic(&Error{File: name, Msg: err.Error()})
	}
	return Parse(name, b)
}

// Parse splits data, named name in messages, into its data lines. A file that is not
// UTF-8 panics.
func Parse(name string, data []byte) File {
	f, err := parse(name, data)
	if err != nil {
		panic(err)
	}
	return f
}

func parse(name string, data []byte) (File, error) {
	f := File{Name: name, Lines: make([]Line, 0, bytes.Count(data, []byte("\n"))+1)}
	n := 0
	for s := range strings.Lines(string(data)) {
		n++
		s = strings.TrimSpace(s)
		if s == "" || s[0] == '#' {
			continue
		}
		if !utf8.ValidString(s) {
			return f, &Error{name, n, "not UTF-8"}
		}
		f.Lines = append(f.Lines, Line{name, n, s})
	}
	return f, nil
}

// Errorf is an error at the line, for a caller's own reading of a line.
func (l Line) Errorf(format string, args ...any) error {
	return &Error{l.File, l.N, fmt.Sprintf(format, args...)}
}

// Fields are the words of the line.
func (l Line) Fields() []string { return strings.Fields(l.Text) }

// Cut splits "KEY: rest" into the key and the rest. The key is what stands before the
// first colon that a space or the end of the line follows; a line where that is nothing,
// or more than one word, has no key and is an error.
func (l Line) Cut() (key, rest string, err error) {
	for i := 0; i < len(l.Text); i++ {
		if l.Text[i] != ':' {
			continue
		}
		if i+1 < len(l.Text) && !isSpace(l.Text[i+1]) {
			continue
		}
		key, rest = l.Text[:i], l.Text[i+1:]
		if key == "" || strings.IndexFunc(key, unicode.IsSpace) >= 0 {
			break
		}
		return key, strings.TrimSpace(rest), nil
	}
	return "", "", l.Errorf("want KEY: words, got %q", l.Text)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// Words are the words of every line, in order.
func (f File) Words() []string {
	var out []string
	for _, l := range f.Lines {
		out = append(out, l.Fields()...)
	}
	return out
}

// Set holds the words of a list. It is a plain map, looked up as one.
type Set map[string]bool

// Set is the words of every line.
func (f File) Set() Set {
	s := Set{}
	for _, l := range f.Lines {
		for _, w := range strings.Fields(l.Text) {
			s[w] = true
		}
	}
	return s
}

func setOf(ws []string) Set {
	s := make(Set, len(ws))
	for _, w := range ws {
		s[w] = true
	}
	return s
}

// Words are the set's words, sorted: a set composed into another.
func (s Set) Words() []string { return slices.Sorted(maps.Keys(s)) }

// HasLower reports whether w is in the set as it stands or lower-cased: how a list of
// lower-case words matches a capitalised token ("The", "Government").
func (s Set) HasLower(w string) bool {
	if s[w] {
		return true
	}
	if lw := strings.ToLower(w); lw != w {
		return s[lw]
	}
	return false
}

// Named holds the lists of a file by their names.
type Named[T any] map[string]T

// Get is the list of the name, which must be in the file: a misspelt name panics while the
// package loads rather than give an empty list.
func (n Named[T]) Get(name string) T {
	v, ok := n[name]
	if !ok {
		panic(fmt.Sprintf("wordlist: no list %q", name))
	}
	return v
}

// Groups files the words of "KEY: word word" lines under their keys, in order.
func (f File) Groups() Named[[]string] { return must(f.groups()) }

func (f File) groups() (Named[[]string], error) {
	m := Named[[]string]{}
	for _, l := range f.Lines {
		k, rest, err := l.Cut()
		if err != nil {
			return nil, err
		}
		m[k] = append(m[k], strings.Fields(rest)...)
	}
	return m, nil
}

// GroupSets is Groups with each group as a set.
func (f File) GroupSets() Named[Set] {
	m := Named[Set]{}
	for k, ws := range f.Groups() {
		m[k] = setOf(ws)
	}
	return m
}

// Ints maps each word of "N: word word" lines to its number N: "3: march mar".
func (f File) Ints() map[string]int { return must(f.ints()) }

func (f File) ints() (map[string]int, error) {
	m := map[string]int{}
	return m, f.table(func(l Line, k, w string) error {
		n, err := strconv.Atoi(k)
		if err != nil {
			return l.Errorf("key %q is not a number", k)
		}
		m[w] = n
		return nil
	})
}

// Strings maps each word of "VALUE: word word" lines to its value: "P1W: weekly".
func (f File) Strings() map[string]string { return must(f.strs()) }

func (f File) strs() (map[string]string, error) {
	m := map[string]string{}
	return m, f.table(func(_ Line, k, w string) error { m[w] = k; return nil })
}

// table calls put for every word of a keyed file with its key. A word filed under two
// keys is an error: a table gives each word one value.
func (f File) table(put func(l Line, key, word string) error) error {
	keyOf := map[string]string{}
	for _, l := range f.Lines {
		k, rest, err := l.Cut()
		if err != nil {
			return err
		}
		for _, w := range strings.Fields(rest) {
			if old, ok := keyOf[w]; ok && old != k {
				return l.Errorf("%q is under %s already", w, old)
			}
			keyOf[w] = k
			if err := put(l, k, w); err != nil {
				return err
			}
		}
	}
	return nil
}

// Lists files the phrases of "NAME: phrase | phrase" lines under their names, in order,
// each phrase's words joined by one space: "outletnouns: news agency | newspaper".
func (f File) Lists() Named[[]string] { return must(f.lists()) }

func (f File) lists() (Named[[]string], error) {
	m := Named[[]string]{}
	for _, l := range f.Lines {
		k, rest, err := l.Cut()
		if err != nil {
			return nil, err
		}
		ps := m[k]
		if ps == nil {
			ps = []string{} // a name with no phrase yet is still a list
		}
		m[k] = append(ps, splitPhrases(rest)...)
	}
	return m, nil
}

// Phrases maps each phrase of "VALUE: phrase | phrase" lines to its value: "APPROX: about
// | around". A phrase filed under two values is an error.
func (f File) Phrases() map[string]string { return must(f.phrases()) }

func (f File) phrases() (map[string]string, error) {
	m := map[string]string{}
	for _, l := range f.Lines {
		k, rest, err := l.Cut()
		if err != nil {
			return nil, err
		}
		for _, p := range splitPhrases(rest) {
			if old, ok := m[p]; ok && old != k {
				return nil, l.Errorf("%q is under %s already", p, old)
			}
			m[p] = k
		}
	}
	return m, nil
}

// splitPhrases are the phrases between bars, each with its words joined by one space.
func splitPhrases(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Sets is Lists with each list as a set of its phrases.
func (f File) Sets() Named[Set] {
	m := Named[Set]{}
	for k, ps := range f.Lists() {
		m[k] = setOf(ps)
	}
	return m
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
