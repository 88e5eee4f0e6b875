package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestVisibleControlsTable(t *testing.T) {
	const bad = "\uFFFD"
	cases := []struct {
		name, in string
		keep     string // VisibleControls: lines kept
		line     string // VisibleLine: one line
	}{
		{"plain", "plain text", "plain text", "plain text"},
		{"other scripts", "Καλημέρα “quoted” — ok, 東京, Шойгу, שלום", "Καλημέρα “quoted” — ok, 東京, Шойгу, שלום", "Καλημέρα “quoted” — ok, 東京, Шойгу, שלום"},
		{"C0", "nul\x00 bel\x07 bs\x08 us\x1f", "nul␀ bel␇ bs␈ us␟", "nul␀ bel␇ bs␈ us␟"},
		{"DEL", "del\x7f", "del␡", "del␡"},
		{"tab and breaks", "tab\there\nline\r\nend", "tab\there\nline\r\nend", "tab here line  end"},
		{"VT FF", "a\vb\fc", "a␋b␌c", "a b c"},
		{"C1", "c1 \u0080\u009b31m\u009f", "c1 " + bad + bad + "31m" + bad, "c1 " + bad + bad + "31m" + bad},
		{"NEL", "a\u0085b", "a" + bad + "b", "a b"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\u2028b\u2029c", "a b c"},
		{"CSI", "\x1b[31mred\x1b[0m", "␛[31mred␛[0m", "␛[31mred␛[0m"},
		{"OSC title", "a\x1b]0;pwned\x07b", "a␛]0;pwned␇b", "a␛]0;pwned␇b"},
		{"OSC 52 clipboard", "\x1b]52;c;ZXZpbA==\x1b\\", "␛]52;c;ZXZpbA==␛\\", "␛]52;c;ZXZpbA==␛\\"},
		{"bidi embeddings and overrides", "\u202aa\u202bb\u202cc\u202dd\u202ee", bad + "a" + bad + "b" + bad + "c" + bad + "d" + bad + "e", bad + "a" + bad + "b" + bad + "c" + bad + "d" + bad + "e"},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", bad + "a" + bad + "b" + bad + "c" + bad, bad + "a" + bad + "b" + bad + "c" + bad},
		{"Trojan Source", "gnp\u202e.exe\u202c", "gnp" + bad + ".exe" + bad, "gnp" + bad + ".exe" + bad},
		{"deprecated format controls", "\u206aa\u206f", bad + "a" + bad, bad + "a" + bad},
		{"interlinear annotation", "\ufff9a\ufffab\ufffb", bad + "a" + bad + "b" + bad, bad + "a" + bad + "b" + bad},
		{"bidi marks kept", "עברית\u200e 123 \u200fالعربية\u061c", "עברית\u200e 123 \u200fالعربية\u061c", "עברית\u200e 123 \u200fالعربية\u061c"},
		{"ZWNJ in Persian kept", "می\u200cخواهم", "می\u200cخواهم", "می\u200cخواهم"},
		{"ZWJ in Devanagari and emoji kept", "क्\u200dष 👩\u200d💻", "क्\u200dष 👩\u200d💻", "क्\u200dष 👩\u200d💻"},
		{"zero width kept", "a\u200bb\u2060c\ufeffd\u00ade", "a\u200bb\u2060c\ufeffd\u00ade", "a\u200bb\u2060c\ufeffd\u00ade"},
		{"replacement character kept", "a\uFFFDb", "a\uFFFDb", "a\uFFFDb"},
		{"invalid bytes", "bad \xff byte \x9b[31m", "bad " + bad + " byte " + bad + "[31m", "bad " + bad + " byte " + bad + "[31m"},
		{"surrogate", "\xed\xa0\x80", bad + bad + bad, bad + bad + bad},
		{"overlong", "\xe0\x80\xaf\xc0\xaf", bad + bad + bad + bad + bad, bad + bad + bad + bad + bad},
		{"truncated", "東\xe4\xb8", "東" + bad + bad, "東" + bad + bad},
	}
	for _, c := range cases {
		for _, f := range []struct {
			name string
			fn   func(string) string
			want string
		}{{"VisibleControls", VisibleControls, c.keep}, {"VisibleLine", VisibleLine, c.line}} {
			got := f.fn(c.in)
			if got != f.want {
				t.Errorf("%s: %s(%q) = %q, want %q", c.name, f.name, c.in, got, f.want)
			}
			if utf8.RuneCountInString(got) != utf8.RuneCountInString(c.in) {
				t.Errorf("%s: %s changed the code-point count of %q", c.name, f.name, c.in)
			}
		}
	}
}

// The byte-level fast path must agree with the rune rules for every code point.
func TestVisibleControlsEveryRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		in := "a" + string(r) + "b"
		for _, line := range []bool{false, true} {
			want := "a" + string(visibleRune(r, line)) + "b"
			if got := visible(in, line); got != want {
				t.Fatalf("%U (line %v): got %q, want %q", r, line, got, want)
			}
		}
	}
}

func TestVisibleControlsKeepsCleanText(t *testing.T) {
	for _, s := range []string{"clean “text”\n", "Шойгу сказал: «да».\n", "東京\tで"} {
		if VisibleControls(s) != s {
			t.Errorf("%q changed", s)
		}
		if got := testing.AllocsPerRun(10, func() { VisibleControls(s) }); got != 0 {
			t.Errorf("%q: %v allocations", s, got)
		}
	}
}

func FuzzVisibleControls(f *testing.F) {
	for _, s := range []string{"plain", "a\x1b]0;x\x07\u202eb\u2069\n\r\t", "\xff\x9b\xed\xa0\x80東\u2028\u0085", "می\u200cخواهم 👩\u200d💻"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keep, line := VisibleControls(s), VisibleLine(s)
		n := utf8.RuneCountInString(s)
		for _, out := range []string{keep, line} {
			if !utf8.ValidString(out) || utf8.RuneCountInString(out) != n {
				t.Fatalf("%q: %q is not valid UTF-8 of %d code points", s, out, n)
			}
		}
		if VisibleControls(keep) != keep || VisibleLine(line) != line {
			t.Fatalf("%q: cleaning twice changes it", s)
		}
		if strings.ContainsAny(line, "\t\n\r") {
			t.Fatalf("%q: %q is not one line", s, line)
		}
		shown := []rune(line)
		for i, r := range []rune(s) {
			if shown[i] != VisibleRune(r) || unsafeRune(shown[i]) {
				t.Fatalf("%q: rune %d %U shows as %U", s, i, r, shown[i])
			}
		}
		for _, r := range keep {
			if r != '\t' && r != '\n' && r != '\r' && unsafeRune(r) {
				t.Fatalf("%q: %U kept in %q", s, r, keep)
			}
		}
	})
}

// unsafeRune is, independently of the cleaner, what must never reach a terminal.
func unsafeRune(r rune) bool {
	return r < 0x20 || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x206f || r >= 0xfff9 && r <= 0xfffb
}
