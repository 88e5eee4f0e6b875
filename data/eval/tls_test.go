package eval

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// The hand-made topic names two days that several reports agree on, a third day with one
// report of little weight, and a gold timeline of the two: storyline finds both days and
// tells each with the sentence that carries its news.
func TestTLSOnHandMadeTopic(t *testing.T) {
	var out bytes.Buffer
	if err := TLS([]string{"testdata/tls"}, Options{Out: &out, Verbose: true}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Date-F1 1.000",
		"baseline, the days with most articles: Date-F1 ",
		"* 2012-06-10  United Nations observers left Syria on Sunday",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if !regexp.MustCompile(`\* 2012-05-25  [^\n]*Houla[^\n]*108`).MatchString(got) {
		t.Errorf("the massacre's day is not told by a report of it:\n%s", got)
	}
}

func TestTLSRefusesAFolderWithoutTopics(t *testing.T) {
	err := TLS([]string{"testdata/tls/houla/timelines"}, Options{Out: &bytes.Buffer{}})
	if err == nil || !strings.Contains(err.Error(), "no topic") {
		t.Errorf("err = %v, want one saying there is no topic", err)
	}
}
