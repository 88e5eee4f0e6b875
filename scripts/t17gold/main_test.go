package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/data/eval/corpus"
)

func TestTimeMLRoundTrip(t *testing.T) {
	body := "Café owners met on Friday & said \"next week\" <maybe>."
	a := &article{published: "2011-05-25", timexes: []timex{
		{start: 19, end: 25, typ: "DATE", value: "2011-05-20", words: "Friday"},
		{start: 34, end: 43, typ: "DATE", value: "2011-W22", words: "next week"},
	}}
	doc, err := timeML("t_1", body, a)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "t_1.tml")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := corpus.ReadTimeML(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(got.Text) != body {
		t.Errorf("text %q, want %q", got.Text, body)
	}
	if len(got.Timexes) != 2 || got.Timexes[1].Value != "2011-W22" || got.DCT.Format("2006-01-02") != "2011-05-25" {
		t.Errorf("read back %+v, DCT %v", got.Timexes, got.DCT)
	}
}

func TestTimeMLRefusesMovedWords(t *testing.T) {
	a := &article{published: "2011-05-25", timexes: []timex{{start: 4, end: 10, typ: "DATE", value: "2011-05-20", words: "Friday"}}}
	if _, err := timeML("t_1", "On Friday it rained.", a); err == nil {
		t.Error("words one code point off were accepted")
	}
}

func TestGoldReads(t *testing.T) {
	seen := map[string]bool{} // articles of the sets read so far: no article is in two
	var gold map[string]*article
	for _, set := range []struct {
		tsv               string
		articles, timexes int
	}{{timexTSV, 40, 272}, {timexBTSV, 40, 306}, {timexCTSV, 39, 288}, {timexDTSV, 39, 248}} {
		g, err := readGold(set.tsv)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for name, a := range g {
			n += len(a.timexes)
			if seen[name] {
				t.Errorf("%s is in two sets", name)
			}
			seen[name] = true
		}
		if len(g) != set.articles || n != set.timexes {
			t.Errorf("%d articles, %d expressions; want %d and %d", len(g), n, set.articles, set.timexes)
		}
		if gold == nil {
			gold = g
		}
	}
	if err := readNames(namesTSV, gold); err != nil {
		t.Fatal(err)
	}
	names := 0
	for _, a := range gold {
		names += len(a.names)
	}
	if names != 1104 {
		t.Errorf("%d names, want 1104", names)
	}
}

func TestCoNLLRoundTrip(t *testing.T) {
	body := "Barack Obama met NATO in Brussels .\nThe talks ended ."
	a := &article{names: []name{{0, 2, "PER", "Barack Obama"}, {3, 4, "ORG", "NATO"}, {5, 6, "LOC", "Brussels"}}}
	doc, err := coNLL("t_1", body, a)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := corpus.ReadCoNLL(strings.NewReader(doc), "t_1")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Entities) != 3 || docs[0].Entities[0].Text != "Barack Obama" || docs[0].Entities[2].Type != "LOC" {
		t.Errorf("read back %+v", docs)
	}
	a.names[1].words = "Brussels"
	if _, err := coNLL("t_1", body, a); err == nil {
		t.Error("a name at the wrong tokens was accepted")
	}
}

func TestMergeReads(t *testing.T) {
	pairs, err := readMerge(mergeTSV)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, p := range pairs {
		n[p.set]++
		if p.a.doc == p.b.doc || p.a.end <= p.a.start || p.b.end <= p.b.start {
			t.Errorf("pair %s %d: %+v", p.set, p.pair, p)
		}
	}
	if n["same-day"] != 292 || n["undated"] != 120 {
		t.Errorf("sets %v, want 292 same-day and 120 undated pairs", n)
	}
	if _, err := readMerge("same-day\t1\tx\ta\t1\t2\tb\t3\t4\tmaybe\n"); err == nil {
		t.Error("a judgment other than same or different was accepted")
	}
}
