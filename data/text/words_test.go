package text

import "testing"

// Interned while the test binary initialises, as the extraction steps do.
var (
	wednesday = Intern("wednesday")
	usWord    = Intern("u.s.")
	testClass = func() (c Classes[uint8]) {
		*c.Add("wednesday") |= 1
		*c.Add("said") |= 2
		return c
	}()
)

func TestWordsOfTokens(t *testing.T) {
	d := Analyze("On WEDNESDAY the U.S. said so; Wednesday.")
	var got []WordID
	for i := range d.Tokens {
		got = append(got, d.Words[i])
	}
	if got[1] != wednesday || got[7] != wednesday || got[3] != usWord {
		t.Fatalf("words %v: want %d for both Wednesdays and %d for U.S.", got, wednesday, usWord)
	}
	if got[0] != NoWord {
		t.Fatal(`"on" is in no word list here`)
	}
	if testClass.Of(d.Words[1]) != 1 || testClass.Of(d.Words[4]) != 2 || testClass.Of(d.Words[2]) != 0 {
		t.Fatal("classes")
	}
	if testClass.Of(WordID(1<<30)) != 0 {
		t.Fatal("a word interned after the table was built has no class")
	}
}

func TestInternAfterAnalyzePanics(t *testing.T) {
	Analyze("seal the vocabulary")
	defer func() {
		if recover() == nil {
			t.Fatal("Intern after the first document must panic")
		}
	}()
	Intern("a word too late")
}

func TestWordTableMatchesMap(t *testing.T) {
	ids := map[string]WordID{}
	for i := range 5000 {
		ids["w"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = WordID(len(ids) + 1)
	}
	for _, w := range []string{"a", "of", "wednesday", "u.s.", "eight-ch", "nine-char", "a-much-longer-word-form", "’s"} {
		ids[w] = WordID(len(ids) + 1)
	}
	tbl := newWordTable(ids)
	for w, id := range ids {
		if got := tbl.lookup(w, 0, len(w)); got != id {
			t.Fatalf("lookup(%q) = %d, want %d", w, got, id)
		}
		// The same word inside a text, where the hash reads the bytes around it.
		s := "xx " + w + " yyyyyyyyyy"
		if got := tbl.lookup(s, 3, 3+len(w)); got != id {
			t.Fatalf("lookup(%q) in %q = %d, want %d", w, s, got, id)
		}
		for _, other := range []string{w + "x", w[:len(w)-1], "x" + w} {
			if _, known := ids[other]; !known && other != "" {
				if got := tbl.lookup(other, 0, len(other)); got != NoWord {
					t.Fatalf("lookup(%q) = %d, want none", other, got)
				}
			}
		}
	}
}
