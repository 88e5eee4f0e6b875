package eval

import (
	"bytes"
	"strings"
	"testing"
)

func TestCoNLLReport(t *testing.T) {
	var out bytes.Buffer
	if err := CoNLL([]string{"testdata/conll"}, Options{Out: &out, Verbose: true}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{
		"1 documents, 3 gold",
		"typed overlap      1.000   1.000   1.000   (3 matches)", // the dateline's place, the person, the city
	} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "FALSE") {
		t.Errorf("the MISC name (Syrian) should count neither way:\n%s", s)
	}
	if err := CoNLL([]string{"testdata/no-such-folder"}, Options{Out: &out}); err == nil {
		t.Error("a missing path should be an error")
	}
}
