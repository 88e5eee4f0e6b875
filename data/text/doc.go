package text

// Doc is cleaned text with its tokens and sentences, computed once and shared by every
// extraction step.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	Runes     *RuneIndex
}

// Analyze cleans raw text and splits it into tokens and sentences.
func Analyze(raw string) *Doc {
	s := Clean(raw)
	toks := Tokenize(s)
	return &Doc{Text: s, Tokens: toks, Sentences: Sentences(s, toks), Runes: NewRuneIndex(s)}
}

// Tok returns the text of token i.
func (d *Doc) Tok(i int) string { return d.Text[d.Tokens[i].Start:d.Tokens[i].End] }

// Span converts a byte range of the cleaned text into code-point offsets.
func (d *Doc) Span(start, end int) (int, int) { return d.Runes.Runes(start), d.Runes.Runes(end) }

// SentenceAt returns the index of the sentence containing byte offset b, or -1.
func (d *Doc) SentenceAt(b int) int {
	lo, hi := 0, len(d.Sentences)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		s := d.Sentences[mid]
		switch {
		case b < s.Start:
			hi = mid - 1
		case b >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}
