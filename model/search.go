package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Search is a query as the explorer reads it, like less with smart case: a query with no
// capital letter ignores case. A query that starts or ends with a letter or digit matches
// only at a word edge there, so "as" finds the word and not "has" or "was". When whole
// words find nothing, Loose lets the query end inside a word ("Hou" finds "Houla"): the
// user is most likely still typing.
type Search struct {
	Query  string // trimmed
	Case   bool   // the query has a capital letter: case counts
	Loose  bool   // the query may end inside a word
	folded string
	tokens []string // the query's words, lower case, for the index
}

// ParseSearch reads a query. The zero Search (an empty query) matches nothing.
func ParseSearch(q string) Search {
	q = strings.TrimSpace(q)
	s := Search{Query: q, folded: strings.ToLower(q), tokens: words(q)}
	for _, r := range q {
		if unicode.IsUpper(r) {
			s.Case = true
			break
		}
	}
	return s
}

// Empty reports whether there is nothing to look for.
func (s Search) Empty() bool { return s.Query == "" }

// Range is a half-open byte range of a string.
type Range struct{ Start, End int }

// Ranges are where the query occurs in text, in order, not overlapping.
func (s Search) Ranges(text string) []Range {
	var out []Range
	s.scan(text, func(r Range) bool { out = append(out, r); return true })
	return out
}

// In reports whether the query occurs in text.
func (s Search) In(text string) bool {
	found := false
	s.scan(text, func(Range) bool { found = true; return false })
	return found
}

// scan calls yield for each match until it returns false. When case is ignored and
// lower-casing keeps every byte offset (nearly always), text is searched lower-cased;
// otherwise rune by rune with case folding, slower but exact.
func (s Search) scan(text string, yield func(Range) bool) {
	if s.Query == "" {
		return
	}
	if s.Case {
		s.find(text, s.Query, yield)
		return
	}
	if lower := strings.ToLower(text); len(lower) == len(text) && len(s.folded) == len(s.Query) {
		s.find(lower, s.folded, yield)
		return
	}
	s.foldFind(text, yield)
}

// find yields the matches of q in text (of equal offsets to the original) at word edges.
func (s Search) find(text, q string, yield func(Range) bool) {
	for from := 0; from <= len(text)-len(q); {
		i := strings.Index(text[from:], q)
		if i < 0 {
			return
		}
		r := Range{from + i, from + i + len(q)}
		if s.edges(text, r) {
			if !yield(r) {
				return
			}
			from = r.End
			continue
		}
		_, size := utf8.DecodeRuneInString(text[r.Start:])
		from = r.Start + size
	}
}

func (s Search) foldFind(text string, yield func(Range) bool) {
	n := utf8.RuneCountInString(s.Query)
	for i := 0; i < len(text); {
		end, k := i, 0
		for k < n && end < len(text) {
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
			k++
		}
		if k == n && strings.EqualFold(text[i:end], s.Query) && s.edges(text, Range{i, end}) {
			if !yield(Range{i, end}) {
				return
			}
			i = end
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
}

// edges reports whether a match stands at word edges where the query asks for them.
func (s Search) edges(text string, r Range) bool {
	if first, _ := utf8.DecodeRuneInString(s.Query); isWordRune(first) && r.Start > 0 {
		if before, _ := utf8.DecodeLastRuneInString(text[:r.Start]); isWordRune(before) {
			return false
		}
	}
	if s.Loose {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(s.Query); isWordRune(last) && r.End < len(text) {
		if after, _ := utf8.DecodeRuneInString(text[r.End:]); isWordRune(after) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// words splits text into lower-case runs of letters and digits: the search index's terms.
func words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			out = append(out, strings.ToLower(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(text[start:]))
	}
	return out
}
