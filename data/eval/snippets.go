package eval

import (
	"strings"

	"storyline/data/text"
)

// snippetCounts are trafilatura's own evaluation counts (scripts/comparison in
// go-trafilatura): a With snippet in the text is a true positive and one missing a false
// negative; a Without snippet in the text is a false positive and one absent a true
// negative.
type snippetCounts struct{ TP, FN, FP, TN int }

func (c *snippetCounts) add(o snippetCounts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// scoreSnippets checks the snippets against the text with runs of white space made one
// space on both sides (trafilatura scores its text with every paragraph break flattened,
// storyline keeps the breaks, and a snippet may run across one) and soft hyphens taken
// out (they only say where a word may break at the end of a line; some snippets keep
// them, storyline drops them). It returns the With snippets missed and the Without
// snippets leaked.
func scoreSnippets(text string, with, without []string) (c snippetCounts, missed, leaked []string) {
	flat := oneSpace(text)
	for _, s := range with {
		if strings.Contains(flat, oneSpace(s)) {
			c.TP++
		} else {
			c.FN++
			missed = append(missed, s)
		}
	}
	for _, s := range without {
		if strings.Contains(flat, oneSpace(s)) {
			c.FP++
			leaked = append(leaked, s)
		} else {
			c.TN++
		}
	}
	return c, missed, leaked
}

func oneSpace(s string) string {
	return text.Squeeze(strings.ReplaceAll(s, "\u00AD", ""))
}

// precision, recall, accuracy and F-score as go-trafilatura's comparison computes them.
func (c snippetCounts) prf() PRF { return prf(c.TP, c.TP+c.FP, c.TP+c.FN) }

func (c snippetCounts) accuracy() float64 {
	return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN)
}
