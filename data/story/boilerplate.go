package story

import (
	"strings"
	"unicode"

	"storyline/model"
)

// Boilerplate thresholds. A sentence a site prints on page after page (a promo, a
// comment-policy line, a share prompt, a correspondent's credit) is found from the corpus
// itself, for any site: the same words in a good share of one source's documents. A
// background sentence that an outlet repeats in a few reports of a running story stays
// below the share; an explainer box repeated word for word across a series does too, and
// event merging joins its copies instead.
const (
	boilerMinDocs  = 4
	boilerMinShare = 0.10
)

// Boilerplate returns the indexes of the timeline's events whose text is boilerplate.
func Boilerplate(t *model.Timeline) map[int]bool {
	perSource := map[string]int{}
	for _, d := range t.Documents {
		perSource[sourceKey(d)]++
	}
	type key struct{ source, text string }
	docs := map[key]map[string]bool{}
	keys := make([]key, len(t.Events))
	for i, e := range t.Events {
		d := t.Document(e.Doc)
		if d == nil {
			continue
		}
		k := key{sourceKey(*d), normalise(e.Text)}
		keys[i] = k
		if docs[k] == nil {
			docs[k] = map[string]bool{}
		}
		docs[k][e.Doc] = true
	}
	out := map[int]bool{}
	for i, k := range keys {
		n := len(docs[k])
		if k.text != "" && n >= boilerMinDocs && float64(n) >= boilerMinShare*float64(perSource[k.source]) {
			out[i] = true
		}
	}
	return out
}

// sourceKey groups a document with the others of its outlet; documents that name none are
// grouped together, as one dump usually comes from one place.
func sourceKey(d model.Document) string { return strings.ToLower(d.Source) }

// normalise keeps the letters and digits of a sentence, lower-cased and one space apart:
// the same promo with other punctuation or spacing is the same promo. Digits stay, for
// reports of a running story often repeat a sentence with a new toll or date, and those
// are news.
func normalise(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
