package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestWordTokens(t *testing.T) {
	got := strings.Join(wordTokens("Über\u00adle\u00adbens: naïve_user, 2021 «Köln» – 東京"), "|")
	want := "Überlebens|naïve_user|2021|Köln|東京"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	if got := shingles([]string{"a", "b"}); len(got) != 1 || got[0] != "a b" {
		t.Errorf("a short text is one shingle: %q", got)
	}
	if got := shingles([]string{"a", "b", "c", "d", "e"}); strings.Join(got, "|") != "a b c d|b c d e" {
		t.Errorf("got %q", got)
	}
	if shingles(nil) != nil {
		t.Error("no tokens, no shingles")
	}
}

func TestScoreShingles(t *testing.T) {
	pred := "One two three four five six.\n\nNavigation home. Share this story"
	for _, tc := range []struct {
		name          string
		with, without []string
		want          shingleCounts
	}{
		{"found", []string{"One two three four five"}, nil, shingleCounts{TP: 2}},
		{"case counts, as in evaluate.py", []string{"one two three four"}, nil, shingleCounts{FN: 1}},
		{"half found", []string{"four five six seven"}, nil, shingleCounts{FN: 1}},
		{"short snippet", []string{"five six"}, nil, shingleCounts{TP: 1}},
		{"leak", []string{"two three four five"}, []string{"Share this story"}, shingleCounts{TP: 1, FP: 1}},
		{"absent boilerplate", []string{"two three four five"}, []string{"Accept cookies"}, shingleCounts{TP: 1}},
		{"multiset", []string{"five six", "five six"}, nil, shingleCounts{TP: 1, FN: 1}},
		{"cut word widened", []string{"ree four five six"}, nil, shingleCounts{TP: 1}},
		{"across paragraphs", []string{"six. Navigation home"}, nil, shingleCounts{TP: 1}},
	} {
		if got := scoreShingles(pred, tc.with, tc.without); got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// evaluate.py averages per-page precision over pages that predicted or leaked something
// and recall over pages with gold, then takes F1 of the averages.
func TestShingleScoreAverages(t *testing.T) {
	var s shingleScore
	s.add(shingleCounts{TP: 3, FP: 1}) // P 0.75, R 1
	s.add(shingleCounts{TP: 1, FN: 1}) // P 1, R 0.5
	s.add(shingleCounts{FN: 4})        // nothing predicted: no precision, R 0
	s.add(shingleCounts{})             // nothing to score either way: left out of both
	got := s.prf()
	p, r := (0.75+1)/2, (1+0.5+0)/3
	if math.Abs(got.P-p) > 1e-9 || math.Abs(got.R-r) > 1e-9 || math.Abs(got.F-2*p*r/(p+r)) > 1e-9 {
		t.Errorf("got %+v, want P %.4f R %.4f", got, p, r)
	}
}

func TestScoreSnippets(t *testing.T) {
	text := "The road was closed\non Thursday.\n\nShare this"
	c, missed, leaked := scoreSnippets(text, []string{"road was closed on Thursday", "reopened"}, []string{"Share this", "Cookies"})
	if c != (snippetCounts{TP: 1, FN: 1, FP: 1, TN: 1}) || len(missed) != 1 || missed[0] != "reopened" || len(leaked) != 1 {
		t.Errorf("counts %+v, missed %q, leaked %q", c, missed, leaked)
	}
	if c.accuracy() != 0.5 || c.prf().F != 0.5 {
		t.Errorf("accuracy %v, %+v", c.accuracy(), c.prf())
	}
}

func TestGoldDay(t *testing.T) {
	for in, want := range map[string]string{"2022-11-1": "2022-11-01", "2022-01.26": "2022-01-26", "": ""} {
		if got := goldDay(in); got != want {
			t.Errorf("goldDay(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLFigures(t *testing.T) {
	var out bytes.Buffer
	if err := HTML([]string{"testdata/html-eval"}, Options{Out: &out, Verbose: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2 pages; 1 of the 3 entries have no saved page",
		"  dev       1      0 |   1.000   1.000   1.000 |   1.000   1.000   1.000   1.000 | 1.000    /1 | 1.000 /1",
		"  test      1      0 |   1.000   0.545   0.706 |   1.000   0.500   0.750   0.667 | 1.000    /1 | 1.000 /1",
		`MISSED "a sentence that the page does not hold"`,
		"(1 pages read perfectly are not listed)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := HTML([]string{"testdata/html-eval"}, Options{Out: &out, Split: "test"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "  dev ") || !strings.Contains(out.String(), "1 pages\n") {
		t.Errorf("--split test reports more than the held-out half:\n%s", out.String())
	}
	if err := HTML([]string{"testdata/html-eval"}, Options{Out: &out, Split: "train"}); err == nil {
		t.Error("an unknown split is accepted")
	}
}

func TestGoldInPage(t *testing.T) {
	page := []byte(`<html><head><script>var s = "in a script";</script></head><body><p>Caf&eacute; opens
	 at <b>noon</b>.</p></body></html>`)
	for _, c := range []struct {
		with []string
		want bool
	}{
		{nil, true},
		{[]string{"Café opens at noon"}, true},
		{[]string{"closed", "in a script"}, true},
		{[]string{"Café closes"}, false},
	} {
		if got := goldInPage(page, c.with); got != c.want {
			t.Errorf("goldInPage(%q) = %v, want %v", c.with, got, c.want)
		}
	}
}
