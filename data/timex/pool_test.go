package timex

import (
	"reflect"
	"testing"

	"storyline/data/text"
	"storyline/model"
)

// A tagger keeps its tables for the document it last read, for the tagging that follows
// its dateline: a released Doc reused for another text of the same length in tokens
// must not be taken for the one before.
func TestTaggerTablesFollowReusedDocs(t *testing.T) {
	o := Options{DCT: model.Day(2015, 10, 7)}
	texts := []string{
		"Talks began on Monday. They ended in March 2014.",
		"The fighting began in March. It ended June 5.", // as many tokens, other words
	}
	var want [][]Timex
	for _, s := range texts {
		want = append(want, Tag(text.Analyze(s), o))
	}
	for range 3 {
		for k, s := range texts {
			d := text.Analyze(s)
			Dateline(d)
			if got := Tag(d, o); !reflect.DeepEqual(got, want[k]) {
				t.Fatalf("%q: got %v, want %v", s, got, want[k])
			}
			d.Release()
		}
	}
}
