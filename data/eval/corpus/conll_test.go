package corpus

import (
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	data := `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
Smith NNP I-NP B-PER
in IN I-PP O
São NNP I-NP I-LOC
Paulo NNP I-NP I-LOC

-DOCSTART- -X- O O

LONDON NNP I-NP I-LOC
1996-08-30 CD I-NP O
`
	docs, err := ReadCoNLL(strings.NewReader(data), "t")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	d := docs[0]
	if d.Text != "EU rejects German call .\nPeter Blackburn Smith in São Paulo" {
		t.Fatalf("text %q", d.Text)
	}
	want := []string{"ORG EU", "MISC German", "PER Peter Blackburn", "PER Smith", "LOC São Paulo"}
	if len(d.Entities) != len(want) {
		t.Fatalf("entities %+v", d.Entities)
	}
	rs := []rune(d.Text)
	for i, e := range d.Entities {
		if got := e.Type + " " + string(rs[e.Start:e.End]); got != want[i] || e.Text != want[i][len(e.Type)+1:] {
			t.Errorf("entity %d: %q (%q), want %q", i, got, e.Text, want[i])
		}
	}
	if docs[1].Text != "LONDON 1996-08-30" || len(docs[1].Entities) != 1 {
		t.Errorf("second document: %q %+v", docs[1].Text, docs[1].Entities)
	}
	if _, err := ReadCoNLL(strings.NewReader("word X-FOO\n"), "bad"); err == nil {
		t.Error("an unknown tag should be an error")
	}
}

// FuzzReadCoNLL: any input is read or refused with an error, and every entity's span lies
// in its document's text.
func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n")
	f.Add("a B-PER\nb I-PER\n\nc I-LOC\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCoNLL(strings.NewReader(s), "f")
		if err != nil {
			return
		}
		for _, d := range docs {
			n := len([]rune(d.Text))
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > n || e.Start >= e.End {
					t.Fatalf("entity %+v outside %d code points", e, n)
				}
			}
		}
	})
}
