package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFrontMatter(t *testing.T) {
	raw := "\uFEFF---\ntitle: \"Missiles over Syria\"\ndate: 2015-10-07T09:30:00Z\nsource: Example Daily\nurl: https://example.com/a\nauthor: ignored\n---\nBody line.\n"
	a, err := Parse("a.md", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Missiles over Syria" || a.Source != "Example Daily" || a.URL != "https://example.com/a" {
		t.Fatalf("metadata: %+v", a)
	}
	if got := a.Published.Format("2006-01-02"); got != "2015-10-07" {
		t.Fatalf("date %s", got)
	}
	if a.Body != "Body line.\n" {
		t.Fatalf("body %q", a.Body)
	}
	plain, err := Parse("a.txt", []byte("No front matter here.\n---\n"))
	if err != nil || plain.Body != "No front matter here.\n---\n" || !plain.Published.IsZero() {
		t.Fatalf("%+v %v", plain, err)
	}
}

func TestControlsMadeVisible(t *testing.T) {
	raw := "---\ntitle: evil\x1b]0;pwned\x07\n---\nHello \x1b[31mred\x1b[0m and \x1b]52;c;aGk=\x07 clip\u009b2J.\n"
	a, err := Parse("evil.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{a.Body, a.Title} {
		for _, r := range s {
			if (r < 0x20 && r != '\n' && r != '\t' && r != '\r') || (r >= 0x7f && r < 0xa0) {
				t.Fatalf("control character %U survived in %q", r, s)
			}
		}
	}
	if !strings.Contains(a.Body, "␛[31mred") || !strings.Contains(a.Title, "␛]0;pwned␇") {
		t.Fatalf("controls not shown visibly: %q / %q", a.Body, a.Title)
	}
	if utf8.RuneCountInString(a.Body) != utf8.RuneCountInString("Hello \x1b[31mred\x1b[0m and \x1b]52;c;aGk=\x07 clip\u009b2J.\n") {
		t.Fatal("replacement must keep code-point offsets")
	}
}

func TestMarkdown(t *testing.T) {
	body := "# Strikes *from* the Caspian\n\n" +
		"Russian warships **launched** missiles, [TASS](https://tass.com/x \"t\") said.\n" +
		"![a map](map.png)\n" +
		"- Shoigu spoke to <b>Putin</b>.\n" +
		"```\ncode here\n```\n" +
		"snake_case stays and _emphasis_ goes.\n"
	a, err := Parse("story.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Strikes from the Caspian" {
		t.Fatalf("title %q", a.Title)
	}
	p := PlainText(a.Body)
	if utf8.RuneCountInString(p) != utf8.RuneCountInString(a.Body) {
		t.Fatal("PlainText must keep code-point offsets")
	}
	fields := strings.Join(strings.Fields(p), " ")
	want := "Strikes from the Caspian Russian warships launched missiles, TASS said. Shoigu spoke to Putin . snake_case stays and emphasis goes."
	if fields != want {
		t.Fatalf("plain text\n got %q\nwant %q", fields, want)
	}
	if !looksLikeMarkdown("Intro\n## Section\ntext") || looksLikeMarkdown("Plain prose. Nothing else.") {
		t.Fatal("markdown sniffing")
	}
}

func TestPlainTextLeavesProseAlone(t *testing.T) {
	prose := "Russian warships launched missiles on Wednesday.\nU.S.-trained fighters were routed, AP reported."
	if PlainText(prose) != prose || hasMarkup(prose) {
		t.Fatal("prose without markup must come back as it is")
	}
	for _, s := range []string{"a *b*", "# H", "x\n- item", "x\n12. item", "[a](b)", "a <b>", "===", "x\n> q"} {
		if !hasMarkup(s) {
			t.Errorf("%q has markup", s)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("---\ntitle: a\ndate: 2015-10-07\n---\nText [x](y) *z*."))
	f.Add([]byte("# H\n\n> quote\n1. item\n```\nc\n```"))
	f.Add([]byte("\x1b]0;t\x07\xc2\x9b"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse("fuzz.md", raw)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		if !utf8.ValidString(a.Body) || strings.ContainsAny(a.Body, "\x1b\x07\x00\u009b") {
			t.Fatalf("body not clean: %q", a.Body)
		}
		if utf8.RuneCountInString(PlainText(a.Body)) != utf8.RuneCountInString(a.Body) {
			t.Fatal("PlainText changed the code-point count")
		}
	})
}

func TestRuleIsNotFrontMatter(t *testing.T) {
	a, err := Parse("rule.md", []byte("---\nA story begins under a rule.\n"))
	if err != nil || !strings.Contains(a.Body, "A story begins") {
		t.Fatalf("%+v %v", a, err)
	}
}
