package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"storyline/data/eval"
	"storyline/data/extract"
	"storyline/data/input"
	"storyline/data/text"
)

//go:embed merge.tsv
var mergeTSV string

// report is one report of a judged pair: its document (the ID storyline gives the article)
// and its place in the article's text, in code points.
type report struct {
	doc        string
	start, end int
}

// judgedPair is a pair of reports from two articles of a topic, judged as reports of the
// same happening or not; set is "same-day" (both dated to one day) or "undated" (the
// first has no date of its own).
type judgedPair struct {
	set   string
	pair  int
	topic string
	a, b  report
	same  bool
}

func readMerge(s string) ([]judgedPair, error) {
	var out []judgedPair
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("merge.tsv:%d: %d fields, want 10", n+1, len(f))
		}
		var nums [5]int
		for k, i := range []int{1, 4, 5, 7, 8} {
			v, err := strconv.Atoi(f[i])
			if err != nil {
				return nil, fmt.Errorf("merge.tsv:%d: %q is no number", n+1, f[i])
			}
			nums[k] = v
		}
		if f[9] != "same" && f[9] != "different" {
			return nil, fmt.Errorf("merge.tsv:%d: judgment %q, want same or different", n+1, f[9])
		}
		out = append(out, judgedPair{set: f[0], pair: nums[0], topic: f[2],
			a: report{f[3], nums[1], nums[2]}, b: report{f[6], nums[3], nums[4]}, same: f[9] == "same"})
	}
	return out, nil
}

// layoutMerge writes the judged pairs as `storyline eval merge` reads them, one file a set,
// each report's words read from its article.
func layoutMerge(t17, out string, pairs []judgedPair) error {
	bodies := map[string][]rune{}
	topics := map[string]bool{}
	for _, p := range pairs {
		topics[p.topic] = true
	}
	for topic := range topics {
		path := filepath.Join(t17, topic, "articles.jsonl")
		for it := range input.Read(context.Background(), input.Expand([]string{path}), input.Options{}) {
			if it.Article == nil {
				continue
			}
			bodies[extract.DocumentID(extract.Key(it.Article, extract.Options{}))] = []rune(it.Article.Body)
		}
	}
	words := func(r report) (string, error) {
		body, ok := bodies[r.doc]
		if !ok || r.end > len(body) || r.start >= r.end {
			return "", fmt.Errorf("document %s has no text at %d to %d in %s", r.doc, r.start, r.end, t17)
		}
		return text.Squeeze(string(body[r.start:r.end])), nil
	}
	sets := map[string][]eval.MergePair{}
	for _, p := range pairs {
		ta, err := words(p.a)
		if err != nil {
			return fmt.Errorf("%s pair %d: %w", p.set, p.pair, err)
		}
		tb, err := words(p.b)
		if err != nil {
			return fmt.Errorf("%s pair %d: %w", p.set, p.pair, err)
		}
		same := p.same
		sets[p.set] = append(sets[p.set], eval.MergePair{Pair: p.pair, Topic: p.topic, DocA: p.a.doc, TextA: ta, DocB: p.b.doc, TextB: tb, Same: &same})
	}
	dir := filepath.Join(out, "merge")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for set, ps := range sets {
		raw, err := json.MarshalIndent(ps, "", " ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, set+".json"), raw, 0o644); err != nil {
			return err
		}
	}
	return nil
}
