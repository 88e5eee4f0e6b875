package story

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/model"
)

// Boilerplate thresholds. Text a site prints on page after page (a promo, a
// comment-policy line, a share prompt, a correspondent's credit) is found from the corpus
// itself, for any site: the same run of words in a good share of one source's documents.
// Pages glue such text to whatever precedes it ("BACK 1 of 5 NEXT The pun - ancient
// artform ..."), so runs of words are counted rather than whole sentences, and an event
// whose runs are mostly such text is boilerplate. A background sentence that an outlet
// repeats in a few reports of a running story stays below the share; an explainer box
// repeated word for word across a series does too, and event merging joins its copies. A
// source with fewer than boilerMinDocs documents has no boilerplate: in a handful of
// articles, a sentence in all of them is more likely shared news than a page's furniture.
const (
	boilerMinDocs  = 8
	boilerMinShare = 0.10
	boilerRun      = 4   // words in a run
	boilerPart     = 0.5 // of an event's runs
)

// boilerplate returns the indexes of the timeline's events whose text is boilerplate.
func boilerplate(t *model.Timeline) map[int]bool {
	sourceOf := map[string]uint64{} // source -> its number, mixed into its runs' keys
	perSource := map[uint64]int{}
	docSource := make(map[string]uint64, len(t.Documents))
	docNum := make(map[string]int32, len(t.Documents))
	for i, d := range t.Documents {
		k := sourceKey(d)
		n, ok := sourceOf[k]
		if !ok {
			n = uint64(len(sourceOf)+1) * 0x9E3779B97F4A7C15
			sourceOf[k] = n
		}
		perSource[n]++
		docSource[d.ID], docNum[d.ID] = n, int32(i+1)
	}
	type count struct{ docs, last int32 }
	counts := map[uint64]count{} // a source's run -> the documents it occurs in
	runs := make([][]uint64, len(t.Events))
	// A document's events one after another, so that a run counts each document once.
	order := make([]int, len(t.Events))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(docNum[t.Events[a].Doc], docNum[t.Events[b].Doc]) })
	each(len(t.Events), func(i int) {
		if src, ok := docSource[t.Events[i].Doc]; ok {
			runs[i] = wordRuns(t.Events[i].Text, src)
		}
	})
	for _, i := range order {
		e := &t.Events[i]
		doc := docNum[e.Doc]
		for _, r := range runs[i] {
			if c := counts[r]; c.last != doc {
				counts[r] = count{c.docs + 1, doc}
			}
		}
	}
	out := map[int]bool{}
	for i, e := range t.Events {
		if len(runs[i]) == 0 {
			continue
		}
		need := max(boilerMinDocs, int(math.Ceil(boilerMinShare*float64(perSource[docSource[e.Doc]]))))
		common := 0
		for _, r := range runs[i] {
			if int(counts[r].docs) >= need {
				common++
			}
		}
		if float64(common) >= boilerPart*float64(len(runs[i])) {
			out[i] = true
		}
	}
	return out
}

// wordRuns hashes each run of boilerRun consecutive words of a text (letters and digits,
// lower-cased), mixed with the source's number; a shorter text is one run.
func wordRuns(s string, source uint64) []uint64 {
	var words []uint64
	h := fnv.New64a()
	var buf []byte
	flush := func() {
		if len(buf) > 0 {
			h.Reset()
			h.Write(buf)
			words = append(words, h.Sum64())
			buf = buf[:0]
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		} else {
			flush()
		}
	}
	flush()
	if len(words) == 0 {
		return nil
	}
	n := max(1, len(words)-boilerRun+1)
	out := make([]uint64, n)
	for i := range n {
		x := source
		for _, w := range words[i:min(i+boilerRun, len(words))] {
			x = (x ^ w) * 0x100000001B3
		}
		out[i] = x
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
