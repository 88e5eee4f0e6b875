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

// mergePair is a pair of one-document events, from different documents and dated to the
// same day, judged by hand as reports of the same happening or not.
type mergePair struct {
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
	var pairs []mergePair
	var dirs []string
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".json") {
			raw, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			var ps []mergePair
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
	groups := map[string]map[string]int{} // topic -> report (ID, and document+text) -> merged event
	for _, t := range topics {
		if !slices.ContainsFunc(pairs, func(p mergePair) bool { return p.Topic == t.Name }) {
			continue
		}
		tl, _, err := readTopic(t)
		if err != nil {
			return err
		}
		groups[t.Name] = reportGroups(story.Build(tl, story.Options{}))
	}
	var c struct{ tp, fp, fn, tn, missing int }
	var wrong []string
	for _, p := range pairs {
		g, ok := groups[p.Topic]
		if !ok {
			return fmt.Errorf("pair %d: topic %q is not among the folders given", p.Pair, p.Topic)
		}
		a, okA := lookupReport(g, p.IDA, p.DocA, p.TextA)
		b, okB := lookupReport(g, p.IDB, p.DocB, p.TextB)
		if !okA || !okB {
			c.missing++
			continue
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
	fmt.Fprintf(w, "Event merging: %d pairs judged (%d the same happening), %d not found in this extraction\n",
		len(pairs), c.tp+c.fn, c.missing)
	fmt.Fprintf(w, "  same happening  P %.3f  R %.3f  F1 %.3f   (%d merged right, %d merged wrongly, %d left apart wrongly, %d apart right)\n",
		r.P, r.R, r.F, c.tp, c.fp, c.fn, c.tn)
	if o.Verbose {
		for _, s := range wrong {
			fmt.Fprintln(w, s)
		}
	}
	return nil
}

// reportGroups maps each report of a built timeline, by its ID and words, by its ID, and by
// its document and words, to the index of the event it belongs to.
func reportGroups(tl *model.Timeline) map[string]int {
	out := map[string]int{}
	for i := range tl.Events {
		for _, r := range tl.Events[i].Reports() {
			out["exact "+r.ID+" "+r.Text] = i
			out["id "+r.ID] = i
			out["text "+r.Doc+" "+r.Text] = i
		}
	}
	return out
}

// lookupReport finds a judged event: the report with its ID and words; else, when the
// extraction has changed since the pairs were drawn, one of its document with its words,
// or one with its ID.
func lookupReport(g map[string]int, id, doc, text string) (int, bool) {
	for _, k := range []string{"exact " + id + " " + text, "text " + doc + " " + text, "id " + id} {
		if i, ok := g[k]; ok {
			return i, true
		}
	}
	return 0, false
}
