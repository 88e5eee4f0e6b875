package actor

import (
	"strconv"
	"testing"
)

// The first words stay findable as the table grows, read in place inside a longer text,
// and a word that only shares a prefix, a length or a first byte with one is not found.
func TestRootTable(t *testing.T) {
	var tab rootTable
	nodes := map[string]*node{}
	for i := range 5000 {
		w := "Name" + strconv.Itoa(i)
		nodes[w] = &node{}
		tab.put(w, nodes[w])
	}
	for _, w := range []string{"al", "iPhone", "U.S.", "Ban", "Ki-moon"} {
		nodes[w] = &node{}
		tab.put(w, nodes[w])
	}
	for w, n := range nodes {
		text := "Before " + w + " after"
		if got := tab.get(text, 7, 7+len(w)); got != n {
			t.Fatalf("get(%q) = %p, want %p", w, got, n)
		}
	}
	for _, w := range []string{"Name", "Name50000", "name1", "Ba", "Bank", "iPhon", "", "al-"} {
		text := w + " more words after it"
		if got := tab.get(text, 0, len(w)); got != nil {
			t.Errorf("get(%q) found a node", w)
		}
	}
}
