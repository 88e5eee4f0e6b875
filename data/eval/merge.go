package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"storyline/data/eval/corpus"
	"storyline/data/story"
	"storyline/model"
)

// MergePair is a pair of one-document events, from different documents and dated to the
// same day, judged by hand as reports of the same happening or not: the file of them that
// Merge reads (scripts/t17gold writes one).
type MergePair struct {
	Pair  int    `json:"pair"`
	Topic string `json:"topic"`
	IDA   string `json:"id_a"`
	DocA  string `json:"doc_a"`
	TextA string `json:"text_a"`
	IDB   string `json:"id_b"`
	DocB  string `json:"doc_b"`
	TextB string `json:"text_b"`
	Same  *bool  `json:"same"`
}

// Merge scores the merging of events across documents on pairs judged by hand (a .json
// file of pairs) over Timeline17-style topics (the folders): each topic is read and built
// as storyline builds a corpus, and a pair is predicted the same happening when both its
// events end up in one merged event. Precision, recall and F1 of "same".
func Merge(paths []string, o Options) error {
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	var pairs []MergePair
	var dirs []string
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".json") {
			raw, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			var ps []MergePair
			if err := json.Unmarshal(raw, &ps); err != nil {
				return fmt.Errorf("%s: %v", p, err)
			}
			for _, pr := range ps {
				if pr.Same == nil {
					return fmt.Errorf("%s: pair %d is not judged (no \"same\")", p, pr.Pair)
				}
			}
			pairs = append(pairs, ps...)
		} else {
			dirs = append(dirs, p)
		}
	}
	if len(pairs) == 0 || len(dirs) == 0 {
		return fmt.Errorf("give a .json file of judged pairs and the folders of their topics")
	}
	topics, err := corpus.ReadTLSTopics(dirs)
	if err != nil {
		return err
	}
	groups := map[string]*reportIndex{} // topic -> report -> merged event
	for _, t := range topics {
		if !slices.ContainsFunc(pairs, func(p MergePair) bool { return p.Topic == t.Name }) {
			continue
		}
		tl, _, err := readTopic(t)
		if err != nil {
			return err
		}
		groups[t.Name] = reportGroups(story.Build(tl, story.Options{}))
	}
	var c struct{ tp, fp, fn, tn, missing, loose int }
	var wrong []string
	for _, p := range pairs {
		g, ok := groups[p.Topic]
		if !ok {
			return fmt.Errorf("pair %d: topic %q is not among the folders given", p.Pair, p.Topic)
		}
		a, looseA, okA := g.lookup(p.IDA, p.DocA, p.TextA)
		b, looseB, okB := g.lookup(p.IDB, p.DocB, p.TextB)
		if !okA || !okB {
			c.missing++
			continue
		}
		if looseA || looseB {
			c.loose++
		}
		same, want := a == b, *p.Same
		switch {
		case same && want:
			c.tp++
		case same:
			c.fp++
			wrong = append(wrong, fmt.Sprintf("  merged, not the same (pair %d):\n    %s\n    %s", p.Pair, clip(p.TextA, 150), clip(p.TextB, 150)))
		case want:
			c.fn++
			wrong = append(wrong, fmt.Sprintf("  apart, the same (pair %d):\n    %s\n    %s", p.Pair, clip(p.TextA, 150), clip(p.TextB, 150)))
		default:
			c.tn++
		}
	}
	r := prf(c.tp, c.tp+c.fp, c.tp+c.fn)
	fmt.Fprintf(w, "Event merging: %d pairs judged (%d the same happening), %d not found in this extraction, %d found by their words alone\n",
		len(pairs), c.tp+c.fn, c.missing, c.loose)
	fmt.Fprintf(w, "  same happening  P %.3f  R %.3f  F1 %.3f   (%d merged right, %d merged wrongly, %d left apart wrongly, %d apart right)\n",
		r.P, r.R, r.F, c.tp, c.fp, c.fn, c.tn)
	if o.Verbose {
		for _, s := range wrong {
			fmt.Fprintln(w, s)
		}
	}
	return nil
}

// reportIndex finds the event of a judged report in a built timeline: by its ID and
// words, by its document and words, or, when the extraction has changed since the pairs
// were drawn (a sentence more or less in an event, its number moved), by the report of its
// document that shares most of its words. An ID alone would name another event by then.
type reportIndex struct {
	exact map[string]int
	byDoc map[string][]docReport
}

type docReport struct {
	words map[string]bool
	event int
}

func reportGroups(tl *model.Timeline) *reportIndex {
	x := &reportIndex{exact: map[string]int{}, byDoc: map[string][]docReport{}}
	for i := range tl.Events {
		for _, r := range tl.Events[i].Reports() {
			x.exact["exact "+r.ID+" "+r.Text] = i
			x.exact["text "+r.Doc+" "+r.Text] = i
			x.byDoc[r.Doc] = append(x.byDoc[r.Doc], docReport{wordSet(r.Text), i})
		}
	}
	return x
}

// lookup gives the event, and whether it was found by shared words rather than exactly.
func (x *reportIndex) lookup(id, doc, text string) (event int, loose, ok bool) {
	for _, k := range []string{"exact " + id + " " + text, "text " + doc + " " + text} {
		if i, ok := x.exact[k]; ok {
			return i, false, true
		}
	}
	want := wordSet(text)
	best, bestShare := -1, 0.6 // most of the judged words, or none
	for _, r := range x.byDoc[doc] {
		shared := 0
		for w := range want {
			if r.words[w] {
				shared++
			}
		}
		if share := float64(shared) / float64(max(1, min(len(want), len(r.words)))); share > bestShare {
			best, bestShare = r.event, share
		}
	}
	return best, true, best >= 0
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		out[w] = true
	}
	return out
}
