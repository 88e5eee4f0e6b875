package actor

import (
	"reflect"
	"slices"
	"testing"
)

func TestWordIndex(t *testing.T) {
	var x wordIndex
	for round := range 3 {
		if x.of("Assad") != nil {
			t.Fatalf("round %d: a reset index still knows a word", round)
		}
		x.add("Assad", 1)
		x.add("Putin", 2)
		x.add("Assad", 5+round)
		if got := x.of("Assad"); !slices.Equal(got, []int{1, 5 + round}) {
			t.Fatalf("round %d: Assad %v", round, got)
		}
		if got := x.of("Putin"); !slices.Equal(got, []int{2}) {
			t.Fatalf("round %d: Putin %v", round, got)
		}
		x.reset()
	}
}

// A recognizer serves one document after another from its pool: what it found in one
// must not show in the next.
func TestRecognizerReusedAlike(t *testing.T) {
	texts := []string{
		"Syrian President Bashar Assad met Sergei Shoigu in Moscow. Assad said the regime would hold. " +
			"The Free Syrian Army (FSA) and opposition forces fought on; the FSA retreated, Reuters reported.",
		"Apple Inc. unveiled the iPhone. Tim Cook said Apple would grow, the Financial Times said. Cook smiled.",
	}
	var first []*Result
	for _, s := range texts {
		_, r := recognize(s)
		first = append(first, r)
	}
	for range 2 {
		for k, s := range texts {
			if _, r := recognize(s); !reflect.DeepEqual(r, first[k]) {
				t.Fatalf("%.30q: %+v\nthe first time %+v", s, r, first[k])
			}
		}
	}
}
