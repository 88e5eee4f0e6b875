package text

import (
	"strconv"
	"testing"
)

func TestInternerIDsInOrderAcrossResets(t *testing.T) {
	var in Interner
	if _, ok := in.Lookup("x"); ok {
		t.Fatal("empty interner found a word")
	}
	for round := range 3 {
		n := 10 + 3000*round // grows on the second round
		for k := range n {
			if id := in.ID("w" + strconv.Itoa(k)); id != uint32(k) {
				t.Fatalf("round %d: ID(w%d) = %d", round, k, id)
			}
		}
		for k := range n {
			if id, ok := in.Lookup("w" + strconv.Itoa(k)); !ok || id != uint32(k) || in.ID("w"+strconv.Itoa(k)) != id {
				t.Fatalf("round %d: w%d not found again", round, k)
			}
		}
		if in.Len() != n {
			t.Fatalf("round %d: Len %d", round, in.Len())
		}
		in.Reset()
		if _, ok := in.Lookup("w1"); ok || in.Len() != 0 {
			t.Fatal("Reset kept a word")
		}
	}
}
