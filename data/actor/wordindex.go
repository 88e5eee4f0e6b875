package actor

import (
	"slices"
	"strings"
)

// wordIndex lists candidates under words, each list in the order they were added. A
// recognizer keeps its indexes from one document to the next: reset empties them and
// keeps their lists' arrays.
type wordIndex struct {
	at    map[string]int // a word's list in lists
	lists [][]int
	used  int // lists[:used] belong to words
}

// add puts candidate k under word w.
func (x *wordIndex) add(w string, k int) {
	if x.at == nil {
		x.at = map[string]int{}
	}
	l, ok := x.at[w]
	if !ok {
		if x.used == len(x.lists) {
			x.lists = append(x.lists, nil)
		}
		l = x.used
		x.used++
		x.at[w] = l
		x.lists[l] = x.lists[l][:0]
	}
	x.lists[l] = append(x.lists[l], k)
}

// of returns the candidates under word w, nil when there are none.
func (x *wordIndex) of(w string) []int {
	if l, ok := x.at[w]; ok {
		return x.lists[l]
	}
	return nil
}

// ofFold returns the candidates under the words that equal w but for case, nil when
// there are none: a transcript's "ELBARADEI:" is the ElBaradei of the text, which title
// case ("Elbaradei") would miss. It reads every word, so it is for the few names written
// in capitals.
func (x *wordIndex) ofFold(w string) []int {
	var ks []int
	for k, l := range x.at {
		if strings.EqualFold(k, w) {
			ks = append(ks, x.lists[l]...)
		}
	}
	slices.Sort(ks)
	return ks
}

// reset forgets every word, which the candidates' names would otherwise keep alive.
func (x *wordIndex) reset() {
	clear(x.at)
	x.used = 0
}
