package eval

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"

	"storyline/data/eval/corpus"
)

func ent(s, e int, typ string) entityKey {
	return entityKey{Span: corpus.Span{Start: s, End: e}, Type: typ}
}

func TestMatchEntities(t *testing.T) {
	gold := []entityKey{ent(0, 5, "ORG"), ent(10, 25, "PER"), ent(30, 40, "LOC")}
	sys := []entityKey{ent(0, 5, "ORG"), ent(14, 25, "PER"), ent(14, 20, "PER"), ent(30, 40, "ORG"), ent(50, 60, "LOC")}
	c, gm, sm := matchEntities(gold, sys, false)
	if c.Exact != 2 || c.Loose != 3 || c.Gold != 3 || c.Sys != 5 {
		t.Errorf("untyped %+v", c)
	}
	// one-to-one: the second overlapping PER stays unmatched
	if !gm[1] || sm[2] || sm[4] {
		t.Errorf("matches gold %v sys %v", gm, sm)
	}
	ct, _, _ := matchEntities(gold, sys, true)
	if ct.Exact != 1 || ct.Loose != 2 {
		t.Errorf("typed %+v", ct)
	}
}

// On MEANTIME's Apple articles the named-entity F1 with overlap matching stays above
// 0.85 in the annotated sentences.
func TestMEANTIMEEntities(t *testing.T) {
	dir := meantimeDir
	var out bytes.Buffer
	if err := MEANTIME([]string{dir}, Options{Out: &out}); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`span overlap\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no entity figures in:\n%s", out.String())
	}
	if f, _ := strconv.ParseFloat(m[3], 64); f < 0.85 {
		t.Errorf("named-entity overlap F1 %.3f < 0.85\n%s", f, out.String())
	}
	if !regexp.MustCompile(`MEANTIME speakers .*: \d+ events`).MatchString(out.String()) {
		t.Errorf("no speaker section in:\n%s", out.String())
	}
}
