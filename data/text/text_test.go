package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanKeepsCodePoints(t *testing.T) {
	in := "a\u00a0b\u2009c\r\nd\re\u2028f\tg\x1bh\u0085i “q”"
	out := Clean(in)
	if utf8.RuneCountInString(out) != utf8.RuneCountInString(in) {
		t.Fatalf("rune count changed: %q", out)
	}
	if want := "a b c \nd\ne\nf g h i “q”"; out != want {
		t.Fatalf("got %q want %q", out, want)
	}
	if s := "plain ASCII.\n"; Clean(s) != s {
		t.Fatal("plain text must pass through")
	}
}

func TestRuneIndex(t *testing.T) {
	s := strings.Repeat("ab\u00a0“é”c", 40) + "end"
	x := NewRuneIndex(s)
	r := 0
	for b := range s {
		if got := x.Runes(b); got != r {
			t.Fatalf("Runes(%d) = %d, want %d", b, got, r)
		}
		if got := x.Bytes(r); got != b {
			t.Fatalf("Bytes(%d) = %d, want %d", r, got, b)
		}
		r++
	}
	if x.Runes(len(s)) != utf8.RuneCountInString(s) || x.Bytes(r) != len(s) {
		t.Fatal("end offsets")
	}
	// A text that ends at the end of a block of marks: its end has a mark of its own.
	for _, n := range []int{64, 128, 192} {
		s := strings.Repeat("é", 10) + strings.Repeat("x", n-20)
		x := NewRuneIndex(s)
		runes := utf8.RuneCountInString(s)
		if x.Runes(len(s)) != runes || x.Bytes(runes) != len(s) || x.Bytes(runes-1) != len(s)-1 || x.Bytes(5) != 10 {
			t.Fatalf("%d bytes: Runes(end) = %d, want %d; Bytes(%d) = %d, want %d", n, x.Runes(len(s)), runes, runes, x.Bytes(runes), len(s))
		}
	}
	a := NewRuneIndex("ascii")
	if a.Runes(3) != 3 || a.Bytes(3) != 3 || a.Runes(99) != 5 {
		t.Fatal("ascii fast path")
	}
}

func toks(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		out = append(out, s[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := map[string]string{
		"Assad's regime, that’s it":          "Assad|'s|regime|,|that|’s|it",
		"U.S.-trained al-Qaeda fighters":     "U.S.|-|trained|al|-|Qaeda|fighters",
		"Sept. 30, 2015 at 8:30 a.m. EDT":    "Sept|.|30|,|2015|at|8:30|a.m.|EDT",
		"the 1990s, 30th, 3G, 1,000 and 50%": "the|1990s|,|30th|,|3G|,|1,000|and|50|%",
		"9/30/2015 and 2015-10-07":           "9|/|30|/|2015|and|2015|-|10|-|07",
		"2008The end":                        "2008|The|end",
		"don't O'Neil ’90s":                  "don't|O'Neil|’|90s",
		"\"Quote,” he said.":                 "\"|Quote|,|”|he|said|.",
	}
	for in, want := range cases {
		if got := strings.Join(toks(in), "|"); got != want {
			t.Errorf("%q:\n got %s\nwant %s", in, got, want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	s := "First line\n\nNATO said Hi.\nnext"
	ts := Tokenize(s)
	if !ts[0].Is(NewPara) || !ts[0].Is(Upper) {
		t.Error("first token starts a paragraph")
	}
	if !ts[2].Is(NewPara|NewLine|AllUpper|Upper) || !ts[1].Is(Space) {
		t.Errorf("NATO flags %b", ts[2].Flags)
	}
	if last := ts[len(ts)-1]; !last.Is(NewLine) || last.Is(NewPara) || last.Is(Upper) {
		t.Errorf("next flags %b", last.Flags)
	}
}

func sentences(s string) []string {
	d := Analyze(s)
	var out []string
	for _, x := range d.Sentences {
		out = append(out, d.Text[x.Start:x.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"He said 112 targets have been hit since Sept. 30, when strikes began. The U.S. military disagreed.",
			[]string{"He said 112 targets have been hit since Sept. 30, when strikes began.", "The U.S. military disagreed."}},
		{"One group of U.S.-trained fighters was routed. Mr. Smith and Dr. J. Doe left at 8 p.m. on Oct. 7.",
			[]string{"One group of U.S.-trained fighters was routed.", "Mr. Smith and Dr. J. Doe left at 8 p.m. on Oct. 7."}},
		{"It works in the U.S. The rest waits.", []string{"It works in the U.S.", "The rest waits."}},
		{`"Why?" he asked. "Because," she said.`, []string{`"Why?" he asked.`, `"Because," she said.`}},
		{"He said “that’s it.” Then he left.", []string{"He said “that’s it.”", "Then he left."}},
		{"Apple Inc. said sales rose. Shares of Acme Inc. fell.", []string{"Apple Inc. said sales rose.", "Shares of Acme Inc. fell."}},
		{"Headline without a stop\nFirst sentence here.", []string{"Headline without a stop", "First sentence here."}},
		{"no punctuation at all", []string{"no punctuation at all"}},
		{"“Will it work?” Mr. Clyburn asked. Nobody knew.", []string{"“Will it work?” Mr. Clyburn asked.", "Nobody knew."}},
		{"“Stop!” shouted the officer, waving. They stopped.", []string{"“Stop!” shouted the officer, waving.", "They stopped."}},
		{"“Will it work?” Mr. Clyburn left the room.", []string{"“Will it work?”", "Mr. Clyburn left the room."}},
		// The wire's ASCII marks, a quotation opened with two backquotes.
		{"He met Clinton last week. ``We are back,'' Adams said.", []string{"He met Clinton last week.", "``We are back,'' Adams said."}},
	}
	for _, c := range cases {
		got := sentences(c.in)
		if strings.Join(got, "‖") != strings.Join(c.want, "‖") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestHardWrappedParagraphs(t *testing.T) {
	in := "Russian warships launched missiles into Syria from the Caspian Sea on\n" +
		"Wednesday as government troops launched a ground offensive in the west of\n" +
		"the country, officials said.\n\n" +
		"A second paragraph follows here."
	d := Analyze(in)
	if len(d.Sentences) != 2 {
		t.Fatalf("got %d sentences: %q", len(d.Sentences), sentences(in))
	}
	if d.Sentences[0].Para != 0 || d.Sentences[1].Para != 1 {
		t.Fatal("paragraph numbers")
	}
	lines := Analyze("One line.\nAnother line.")
	if lines.Sentences[1].Para != 1 {
		t.Fatal("in unwrapped text each line is a paragraph")
	}
}

func TestLongSentenceBounded(t *testing.T) {
	d := Analyze(strings.Repeat("word ", 3*MaxSentenceTokens))
	if len(d.Sentences) != 3 {
		t.Fatalf("got %d sentences", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		if s.Last-s.First > MaxSentenceTokens {
			t.Fatal("sentence longer than the bound")
		}
	}
}

func TestSentenceAt(t *testing.T) {
	d := Analyze("One. Two. Three.")
	for i, s := range d.Sentences {
		if d.SentenceAt(s.Start) != i || d.SentenceAt(s.End-1) != i {
			t.Fatal("SentenceAt")
		}
	}
	if d.SentenceAt(4) != -1 { // the space between sentences
		t.Fatal("between sentences")
	}
}

// A terminal followed by a run of closers near the bound must not carry the sentence past it.
func TestLongSentenceBoundedAtTerminal(t *testing.T) {
	for n := MaxSentenceTokens - 10; n <= MaxSentenceTokens; n++ {
		d := Analyze(strings.Repeat("w ", n) + "w.\"')\"')\" Next one.")
		for _, s := range d.Sentences {
			if s.Last-s.First > MaxSentenceTokens {
				t.Fatalf("n=%d: sentence of %d tokens", n, s.Last-s.First)
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"U.S. policy. Sept. 30, 2015.", "“a” 'b' \"c”", "1,000.5:3 2008The", "\n\n# H\n- x\n", "a.b.c.d."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyze(s)
		if utf8.ValidString(s) && utf8.RuneCountInString(d.Text) != utf8.RuneCountInString(s) {
			t.Fatal("Clean changed the code-point count")
		}
		prev := 0
		for _, tk := range d.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(d.Text) {
				t.Fatalf("bad token %+v", tk)
			}
			prev = tk.End
		}
		last := 0
		for _, x := range d.Sentences {
			if x.First != last || x.Last <= x.First || x.Last-x.First > MaxSentenceTokens {
				t.Fatalf("sentences must tile the tokens: %+v", x)
			}
			last = x.Last
		}
		if last != len(d.Tokens) {
			t.Fatal("sentences must cover every token")
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	s := strings.Repeat("Russian Defense Minister Sergei Shoigu told President Vladimir Putin that four warships carried out 26 missile strikes, Russia's TASS news agency reported. “They continue to hit targets,” he added on Oct. 7.\n", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Analyze(s)
	}
}

func TestToLowerIsStringsToLower(t *testing.T) {
	for _, s := range []string{"Assad's U.S.-TRAINED Rebels", "ÉGYPTE and İstanbul, \u212Aelvin", "plain ascii words", "tHe oF a.M. [Z] @at"} {
		d := Analyze(s)
		for i := range d.Tokens {
			if got, want := d.ToLower(i), strings.ToLower(d.Tok(i)); got != want {
				t.Fatalf("%q token %d: ToLower %q, want %q", s, i, got, want)
			}
			ascii := true
			for _, r := range d.Tok(i) {
				ascii = ascii && r < utf8.RuneSelf
			}
			if d.IsASCII(i) != ascii {
				t.Fatalf("%q token %d: IsASCII %v", s, i, !ascii)
			}
			if d.Lowercase(i) != (d.Tok(i) == d.LowerTok(i)) {
				t.Fatalf("%q token %d: Lowercase %v", s, i, d.Lowercase(i))
			}
		}
	}
}
