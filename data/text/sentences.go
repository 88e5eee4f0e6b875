package text

import (
	_ "embed"
	"strings"
)

//go:embed abbreviations.txt
var abbreviationsTxt string

//go:embed openers.txt
var openersTxt string

//go:embed attribution.txt
var attributionTxt string

type abbrevClass uint8

const (
	abbrevTitle abbrevClass = iota + 1
	abbrevAmbiguous
)

var (
	abbreviations = map[string]abbrevClass{}
	openers       = map[string]bool{}
	attribution   = map[string]bool{}
)

func init() {
	for _, line := range strings.Split(abbreviationsTxt, "\n") {
		class, words, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		c := abbrevAmbiguous
		if strings.TrimSpace(class) == "title" {
			c = abbrevTitle
		}
		for _, w := range strings.Fields(words) {
			abbreviations[w] = c
		}
	}
	for _, set := range []struct {
		txt string
		m   map[string]bool
	}{{openersTxt, openers}, {attributionTxt, attribution}} {
		for _, line := range strings.Split(set.txt, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				set.m[w] = true
			}
		}
	}
}

// Sentence is a run of tokens [First, Last) spanning bytes [Start, End) of the text.
type Sentence struct {
	Start, End  int
	First, Last int
	Para        int // paragraph number, from 0
}

// MaxSentenceTokens bounds a sentence so that text without punctuation cannot make any
// per-sentence step quadratic in the size of the input.
const MaxSentenceTokens = 250

// Sentences splits tokenized text into sentences. A sentence ends at . ! ? or … (with any
// closing quotes and brackets that follow) before something that can open a sentence,
// unless the period belongs to an abbreviation; it always ends at a blank line, and at a
// single line break unless the text is hard-wrapped prose.
func Sentences(s string, toks []Token) []Sentence { return appendSentences(nil, s, toks) }

// appendSentences appends the sentences of the tokenized text s to out.
func appendSentences(out []Sentence, s string, toks []Token) []Sentence {
	from := len(out)
	if len(toks) == 0 {
		return out
	}
	wrapped := isHardWrapped(s)
	first, lineStart := 0, 0
	cut := func(last int) {
		if last > first {
			out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Is(NewLine) {
			afterHeading := s[toks[lineStart].Start:toks[lineStart].End] == "#"
			lineStart = i
			if i > first && (t.Is(NewPara) || !wrapped || afterHeading || isBlockStart(s, t)) && !isTitleBefore(s, toks, i) {
				cut(i)
			}
		}
		if i-first >= MaxSentenceTokens {
			cut(i)
		}
		if !isTerminal(s, toks, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-first < MaxSentenceTokens && !toks[j].Is(Space) && (isCloser(s, toks[j]) || isTerminal(s, toks, j)) {
			j++
		}
		if j == len(toks) {
			break
		}
		if endsSentence(s, toks, i, j) {
			cut(j)
			i = j - 1
		}
	}
	cut(len(toks))
	numberParagraphs(toks, out[from:], wrapped)
	return out
}

// numberParagraphs counts paragraphs: a blank line starts one, and so does a single line
// break unless the text is hard-wrapped.
func numberParagraphs(toks []Token, ss []Sentence, wrapped bool) {
	p := 0
	for k := range ss {
		if t := toks[ss[k].First]; k > 0 && (t.Is(NewPara) || (!wrapped && t.Is(NewLine))) {
			p++
		}
		ss[k].Para = p
	}
}

func isTerminal(s string, toks []Token, i int) bool {
	t := toks[i]
	if t.Kind == Word {
		return t.End-t.Start > 1 && s[t.End-1] == '.' && strings.Count(s[t.Start:t.End], ".") > 1
	}
	if t.Kind != Punct {
		return false
	}
	switch s[t.Start:t.End] {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func isCloser(s string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch s[t.Start:t.End] {
	case "\"", "'", "”", "’", "»", ")", "]", "}":
		return true
	}
	return false
}

func isOpener(s string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch s[t.Start:t.End] {
	case "\"", "'", "`", "“", "‘", "«", "(", "[", "—", "–", "-":
		return true
	}
	return false
}

// endsSentence decides whether the terminal token i, followed by closers up to j, ends a
// sentence before token j.
func endsSentence(s string, toks []Token, i, j int) bool {
	next := toks[j]
	if next.Is(NewPara) {
		return true
	}
	if !next.Is(Space) { // "U.S.-trained", "end.Next": no space, no boundary
		return false
	}
	t := toks[i]
	ambiguous := false
	if t.Kind == Word { // an initialism such as "U.S." carrying the period
		ambiguous = true
	} else if s[t.Start:t.End] == "." && i > 0 && !t.Is(Space) {
		prev := toks[i-1]
		if prev.Kind == Word {
			w := s[prev.Start:prev.End]
			switch abbreviations[w] {
			case abbrevTitle:
				return false
			case abbrevAmbiguous:
				ambiguous = true
			}
			if len(w) == 1 && prev.Is(Upper) { // an initial: "John F. Kennedy"
				ambiguous = true
			}
		}
	}
	if ambiguous {
		return isOpener(s, next) || (next.Kind == Word && openers[s[next.Start:next.End]])
	}
	if attributedQuestion(s, toks, i, j) {
		return false
	}
	return next.Is(Upper) || next.Kind == Num || isOpener(s, next) || next.Is(NewLine)
}

// isTitleBefore reports whether the line break before token i follows a title
// abbreviation ("Mr.\nSmith"), which never ends a sentence.
func isTitleBefore(s string, toks []Token, i int) bool {
	if i < 2 || s[toks[i-1].Start:toks[i-1].End] != "." {
		return false
	}
	p := toks[i-2]
	return p.Kind == Word && abbreviations[s[p.Start:p.End]] == abbrevTitle
}

// isBlockStart reports whether a line begins a Markdown block: a heading, list item or quote.
func isBlockStart(s string, t Token) bool {
	switch s[t.Start:t.End] {
	case "#", "-", "*", "+", ">", "•":
		return true
	}
	return false
}

// isHardWrapped guesses whether single line breaks are just wrapping: many long lines
// that end without sentence punctuation.
func isHardWrapped(s string) bool {
	lines, open := 0, 0
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimRight(line, " ")
		if line == "" {
			continue
		}
		lines++
		if len(line) >= 40 && !strings.ContainsAny(line[len(line)-1:], ".!?:\"')]”’") {
			open++
		}
	}
	return open >= 2 && open*4 >= lines
}

// attributedQuestion reports whether a quoted question or exclamation is followed by its
// attribution: “Why?” Mr. Clyburn asked. A few words, then an attributing verb, then the end
// of the sentence or a comma.
func attributedQuestion(s string, toks []Token, i, j int) bool {
	if p := s[toks[i].Start:toks[i].End]; (p != "?" && p != "!") || j == i+1 || !isCloser(s, toks[j-1]) {
		return false
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		if t.Is(NewLine) && k > j {
			return false
		}
		if t.Kind == Word && attribution[strings.ToLower(s[t.Start:t.End])] {
			return k+1 == len(toks) || strings.ContainsAny(s[toks[k+1].Start:toks[k+1].End], ".,;!?")
		}
	}
	return false
}
