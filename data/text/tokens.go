package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the sort of a token.
type Kind uint8

const (
	Word  Kind = iota + 1 // letters, with inner apostrophes, or an initialism such as "U.S."
	Num                   // digits, with inner , . : between digits and suffixes such as "th" or "s"
	Punct                 // any other single rune
)

// Flag describes a token's shape and surroundings.
type Flag uint8

const (
	Upper    Flag = 1 << iota // first letter is upper case
	AllUpper                  // every letter is upper case (and there are at least two)
	NewLine                   // a line break comes before it
	NewPara                   // a blank line (or the start of the text) comes before it
	Space                     // white space comes before it
)

// Token is a run of the cleaned text, by byte offsets.
type Token struct {
	Start, End int
	Kind       Kind
	Flags      Flag
}

// Is reports whether all the given flags are set.
func (t Token) Is(f Flag) bool { return t.Flags&f == f }

// Text returns the token's text in s.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Tokenize splits cleaned text into tokens. Possessive clitics ("'s", "’s") are tokens of
// their own so that "Assad's" yields the name "Assad"; hyphens and slashes are separate
// punctuation so that later steps can decide whether "al-Qaeda" or "9/30" belong together
// (adjacent tokens have no gap between them).
func Tokenize(s string) []Token {
	return appendTokens(make([]Token, 0, len(s)/4+1), s) // news runs four to six bytes a token
}

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []Token, s string) []Token {
	var pending Flag = NewLine | NewPara
	lines := 0
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' { // between most tokens
			pending |= Space
			i++
			continue
		}
		var t Token
		switch {
		// Most tokens start with an ASCII letter or digit.
		case c < utf8.RuneSelf && asciiWord[c] == wordDigit:
			t = scanNum(s, i)
		case c < utf8.RuneSelf && asciiWord[c] != 0:
			t = scanWord(s, i)
		default:
			r, w := decode(s, i)
			if r == '\n' {
				lines++
				if lines >= 2 {
					pending |= NewPara
				}
				pending |= NewLine | Space
				i += w
				continue
			}
			if unicode.IsSpace(r) {
				pending |= Space
				i += w
				continue
			}
			switch {
			case isLetter(r):
				t = scanWord(s, i)
			case isApostrophe(r) && isClitic(s, i+w):
				t = Token{Start: i, End: i + w + 1, Kind: Word}
			default:
				t = Token{Start: i, End: i + w, Kind: Punct}
			}
		}
		t.Flags |= pending
		pending, lines = 0, 0
		toks = append(toks, t)
		i = t.End
	}
	return toks
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(r) || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads letters and digits, inner apostrophes ("don't", "O'Neil") and initialisms
// ("U.S.", "a.m."), stopping before a possessive clitic.
func scanWord(s string, i int) Token {
	start := i
	upper, lower := 0, 0
	first := true // no letter yet
	t := Token{Start: start, Kind: Word}
	segLetters := 0 // letters since the last period, for initialisms
	dotted := false
	for i < len(s) {
		// A run of lower-case ASCII letters: most of any English word.
		if s[i]-'a' < 26 {
			j := i + 1
			for j < len(s) && s[j]-'a' < 26 {
				j++
			}
			lower += j - i
			segLetters += j - i
			first = false
			i = j
			continue
		}
		// Other ASCII letters and digits by table.
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] == 0 && c != '\'' && c != '.' {
				break // the space or punctuation after most words: none of the cases below
			}
			if asciiWord[c] != 0 {
				switch asciiWord[c] {
				case wordUpper:
					upper++
					if first {
						t.Flags |= Upper
					}
					first = false
				case wordLower:
					lower++
					first = false
				}
				segLetters++
				i++
				continue
			}
		}
		r, w := decode(s, i)
		if isWordRune(r) {
			if unicode.IsUpper(r) {
				upper++
				if first {
					t.Flags |= Upper
				}
			} else if unicode.IsLower(r) {
				lower++
			}
			if isLetter(r) {
				first = false
			}
			segLetters++
			i += w
			continue
		}
		if isApostrophe(r) && i+w < len(s) {
			n, _ := decode(s, i+w)
			if !isLetter(n) {
				break
			}
			// A final 's is a clitic token of its own.
			if isClitic(s, i+w) {
				break
			}
			i += w
			continue
		}
		if r == '.' && segLetters == 1 && i+1 < len(s) {
			// Initialism: a single letter, a period, and either another letter-period pair
			// or (having had one) the end of the initialism.
			n, nw := decode(s, i+1)
			if isLetter(n) && i+1+nw < len(s) && s[i+1+nw] == '.' {
				dotted = true
				segLetters = 0
				i++
				continue
			}
			if dotted {
				i++
				break
			}
		}
		break
	}
	t.End = i
	if upper >= 2 && lower == 0 {
		t.Flags |= AllUpper
	}
	return t
}

// asciiWord classes the ASCII runes isWordRune accepts, as count in scanWord needs them.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = wordDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wordLower
		t[c-'a'+'A'] = wordUpper
	}
	return t
}()

const (
	wordDigit = iota + 1
	wordLower
	wordUpper
)

// isClitic reports whether an "s" that ends a word starts at i (after an apostrophe).
func isClitic(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	return i+1 >= len(s) || !isWordRune(runeAt(s, i+1))
}

func runeAt(s string, i int) rune {
	r, _ := decode(s, i)
	return r
}

// numSuffix is the length of the letters that belong to the number before them: lower case
// ("30th", "1990s", "8pm", "5bn") or one capital alone ("3G"), never the start of a word
// that merely abuts ("2008The").
func numSuffix(s string) int {
	n := 0
	for n < len(s) && s[n] < utf8.RuneSelf && isLetter(rune(s[n])) {
		n++
	}
	switch {
	case n == 0:
		return 0
	case n == 1:
		return 1
	}
	for i := 0; i < n; i++ {
		if s[i] < 'a' {
			return 0
		}
	}
	return n
}

// scanNum reads digits with inner separators between digits ("1,000", "3.5", "8:30") and a
// directly following alphabetic suffix ("30th", "1990s", "3G").
func scanNum(s string, i int) Token {
	t := Token{Start: i, Kind: Num}
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == ':') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	t.End = i + numSuffix(s[i:])
	return t
}
