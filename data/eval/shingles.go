package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The token-overlap measure of ScrapingHub's article-extraction benchmark (evaluate.py in
// scrapinghub/article-extraction-benchmark): texts are cut into \w+ tokens and shingles of
// shingleN consecutive tokens, counted as multisets, and a page's true positives are the
// shingles the prediction shares with the gold text. Tokens keep their case, as there:
// the IGNORECASE flag of its pattern changes nothing for \w.
const shingleN = 4

// shingleCounts are one page's counts, before evaluate.py's normalisation (which divides
// all three by their sum and so leaves precision and recall as they are).
type shingleCounts struct{ TP, FP, FN int }

// wordTokens splits text as Python's re.findall(r'\w+') does: a token is a run of letters,
// digits and underscores in any script. Soft hyphens are taken out first, as for snippets.
func wordTokens(s string) []string {
	return strings.FieldsFunc(strings.ReplaceAll(s, "\u00AD", ""), func(r rune) bool { return !isWordRune(r) })
}

// shingles lists a text's shingles: every run of shingleN tokens, or the whole text as
// one shingle when it is shorter. A shingle is its tokens joined by a space, which no
// token contains.
func shingles(toks []string) []string {
	if len(toks) == 0 {
		return nil
	}
	n := min(shingleN, len(toks))
	out := make([]string, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+n], " "))
	}
	return out
}

// snippetShingles counts the shingles of snippets taken one by one, so that no shingle
// runs from the end of one snippet into the next.
func snippetShingles(snippets []string) map[string]int {
	m := map[string]int{}
	for _, s := range snippets {
		for _, sh := range shingles(wordTokens(s)) {
			m[sh]++
		}
	}
	return m
}

// ngramCounter counts how often a run of tokens occurs in a text, for runs of any length
// up to shingleN: a snippet shorter than shingleN tokens is one shingle of its own length
// and is looked for among the text's runs of that length.
type ngramCounter struct {
	toks  []string
	byLen [shingleN + 1]map[string]int
}

func newNgramCounter(text string) *ngramCounter { return &ngramCounter{toks: wordTokens(text)} }

func (c *ngramCounter) count(shingle string) int {
	n := strings.Count(shingle, " ") + 1
	if c.byLen[n] == nil {
		m := map[string]int{}
		for i := 0; i+n <= len(c.toks); i++ {
			m[strings.Join(c.toks[i:i+n], " ")]++
		}
		c.byLen[n] = m
	}
	return c.byLen[n][shingle]
}

// wholeWords widens a snippet to whole words where it occurs in the text. The snippets of
// trafilatura's set are cut at characters, some inside a word ("sation des rapports"),
// and a cut word would otherwise never match a token of even a perfect output. A snippet
// the text does not hold as it stands is left as it is. Both are flattened with oneSpace.
func wholeWords(flat, snippet string) string {
	i := strings.Index(flat, snippet)
	if i < 0 || snippet == "" {
		return snippet
	}
	start, end := i, i+len(snippet)
	for start > 0 && isWordRune(lastRune(flat[:start])) && isWordRune(firstRune(snippet)) {
		start -= len(string(lastRune(flat[:start])))
	}
	for end < len(flat) && isWordRune(firstRune(flat[end:])) && isWordRune(lastRune(snippet)) {
		end += len(string(firstRune(flat[end:])))
	}
	return flat[start:end]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// scoreShingles adapts evaluate.py to pages that come with snippets instead of a whole gold
// text. The With snippets are the known part of the main text: each of their shingles the
// prediction holds is a true positive, each it lacks a false negative. The Without snippets
// are known text outside the main text: each of their shingles the prediction holds beyond
// what the With snippets account for is a false positive. The rest of the prediction is
// text nobody has judged and counts for nothing. Multisets as in evaluate.py: a shingle
// the gold holds twice must be found twice. Snippets are first widened to whole words.
func scoreShingles(pred string, with, without []string) shingleCounts {
	var c shingleCounts
	flat := oneSpace(pred)
	widen := func(snippets []string) []string {
		out := make([]string, len(snippets))
		for i, s := range snippets {
			out[i] = wholeWords(flat, oneSpace(s))
		}
		return out
	}
	with, without = widen(with), widen(without)
	p := newNgramCounter(flat)
	gold := snippetShingles(with)
	for sh, g := range gold {
		n := p.count(sh)
		c.TP += min(g, n)
		c.FN += max(0, g-n)
	}
	for sh, bad := range snippetShingles(without) {
		surplus := max(0, p.count(sh)-gold[sh])
		c.FP += min(bad, surplus)
	}
	return c
}

// shingleScore averages per-page precision and recall as evaluate.py does: precision over
// the pages where something was predicted or leaked, recall over the pages with gold, and
// F1 from the two averages.
type shingleScore struct {
	pSum, rSum float64
	pN, rN     int
}

func (s *shingleScore) add(c shingleCounts) {
	tp, fp, fn := float64(c.TP), float64(c.FP), float64(c.FN)
	if c.TP+c.FP > 0 {
		s.pSum += pageRatio(tp, fp, fn)
		s.pN++
	}
	if c.TP+c.FN > 0 {
		s.rSum += pageRatio(tp, fn, fp)
		s.rN++
	}
}

// pageRatio is evaluate.py's precision_score(tp, fp, fn) and, with fp and fn swapped, its
// recall_score: a page with nothing wrong scores 1 and one with nothing right 0.
func pageRatio(tp, wrong, other float64) float64 {
	switch {
	case wrong == 0 && other == 0:
		return 1
	case tp == 0 && wrong == 0:
		return 0
	}
	return tp / (tp + wrong)
}

func (s shingleScore) prf() PRF {
	var r PRF
	if s.pN > 0 {
		r.P = s.pSum / float64(s.pN)
	}
	if s.rN > 0 {
		r.R = s.rSum / float64(s.rN)
	}
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}
