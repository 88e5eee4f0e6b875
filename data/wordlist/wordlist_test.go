package wordlist

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

const sample = `# A comment, then a blank line.

  # An indented comment.
12:00: noon midday
past: was were
past: said   told
`

func TestLines(t *testing.T) {
	f := Parse("x.txt", []byte(sample+"\r\nlast\r\n"))
	var got []string
	for _, l := range f.Lines {
		got = append(got, l.File+":"+string(rune('0'+l.N))+":"+l.Text)
	}
	want := []string{"x.txt:4:12:00: noon midday", "x.txt:5:past: was were", "x.txt:6:past: said   told", "x.txt:8:last"}
	if !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	if w := f.Words(); !slices.Equal(w, strings.Fields("12:00: noon midday past: was were past: said told last")) {
		t.Errorf("words %q", w)
	}
}

func TestGroups(t *testing.T) {
	g := Parse("x.txt", []byte(sample)).Groups()
	want := Named[[]string]{"12:00": {"noon", "midday"}, "past": {"was", "were", "said", "told"}}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("groups %q, want %q", g, want)
	}
	gs := Parse("x.txt", []byte(sample)).GroupSets()
	if !gs.Get("past")["told"] || gs["past"]["noon"] || len(gs["past"]) != 4 {
		t.Errorf("group sets %v", gs)
	}
	defer func() {
		if recover() == nil {
			t.Error("Get of a name the file lacks did not panic")
		}
	}()
	gs.Get("pats")
}

func TestTables(t *testing.T) {
	ints := Parse("n.txt", []byte("# n\n1: one\n12: twelve\n12: dozen\n-1: yesterday\n")).Ints()
	if want := map[string]int{"one": 1, "twelve": 12, "dozen": 12, "yesterday": -1}; !maps.Equal(ints, want) {
		t.Errorf("ints %v, want %v", ints, want)
	}
	strs := Parse("s.txt", []byte("P1D: daily nightly\nP1W: weekly\n")).Strings()
	if want := map[string]string{"daily": "P1D", "nightly": "P1D", "weekly": "P1W"}; !maps.Equal(strs, want) {
		t.Errorf("strings %v, want %v", strs, want)
	}
}

func TestLists(t *testing.T) {
	src := "# lists\nnouns: news  agency | newspaper||\nnouns: wire service\nempty:\nodd: a:b | ' | \"\n"
	l := Parse("l.txt", []byte(src)).Lists()
	want := Named[[]string]{
		"nouns": {"news agency", "newspaper", "wire service"},
		"empty": {},
		"odd":   {"a:b", "'", `"`},
	}
	if !reflect.DeepEqual(l, want) {
		t.Errorf("lists %q, want %q", l, want)
	}
	s := Parse("l.txt", []byte(src)).Sets()
	if !s["nouns"]["news agency"] || s["nouns"]["news"] || s["empty"] == nil {
		t.Errorf("sets %v", s)
	}
	p := Parse("p.txt", []byte("APPROX: about | around\nMORE_THAN: more than\n")).Phrases()
	if want := map[string]string{"about": "APPROX", "around": "APPROX", "more than": "MORE_THAN"}; !maps.Equal(p, want) {
		t.Errorf("phrases %v, want %v", p, want)
	}
}

func TestHasLower(t *testing.T) {
	s := Parse("s.txt", []byte("government\nUN\n")).Set()
	for w, want := range map[string]bool{"government": true, "Government": true, "GOVERNMENT": true, "UN": true, "un": false, "army": false} {
		if s.HasLower(w) != want {
			t.Errorf("HasLower(%q) = %v", w, !want)
		}
	}
}

// TestMalformed: every error names the file and the line.
func TestMalformed(t *testing.T) {
	for _, c := range []struct {
		src  string
		load func(File) any
		line int
	}{
		{"# x\nno key here\n", func(f File) any { return f.Groups() }, 2},
		{"key:word\n", func(f File) any { return f.Groups() }, 1},
		{"two words: x\n", func(f File) any { return f.Lists() }, 1},
		{": x\n", func(f File) any { return f.Strings() }, 1},
		{"1: one\nx: two\n", func(f File) any { return f.Ints() }, 2},
		{"1: one\n\n2: one\n", func(f File) any { return f.Ints() }, 3},
		{"A: x\nB: y | x\n", func(f File) any { return f.Phrases() }, 2},
		{"ok\n\xff\n", func(f File) any { return f }, 2},
	} {
		var err *Error
		func() {
			defer func() { err, _ = recover().(*Error) }()
			c.load(Parse("bad.txt", []byte(c.src)))
		}()
		if err == nil || err.File != "bad.txt" || err.Line != c.line || !strings.HasPrefix(err.Error(), "wordlist: bad.txt:") {
			t.Errorf("%q: panic %v, want one at bad.txt:%d", c.src, err, c.line)
		}
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{"r/a.txt": {Data: []byte("x y\n")}}
	if s := Load(fsys, "r/a.txt").Set(); !s["x"] || !s["y"] {
		t.Errorf("set %v", s)
	}
	defer func() {
		if _, ok := recover().(*Error); !ok {
			t.Error("a missing file did not panic with an *Error")
		}
	}()
	Load(fsys, "r/missing.txt")
}

func TestShared(t *testing.T) {
	if Months["sept"] != 9 || Months["december"] != 12 || len(Months) != 24 {
		t.Errorf("months %v", Months)
	}
	if Weekdays["thurs"] != 4 || Weekdays["sunday"] != 7 {
		t.Errorf("weekdays %v", Weekdays)
	}
	if MonthNames[8] != "september" || WeekdayNames[2] != "wednesday" {
		t.Errorf("names %q %q", MonthNames, WeekdayNames)
	}
}

// FuzzParse: whatever the bytes, the readers return or fail with an *Error at a line of the
// file, and what they return is made of words: no spaces, nothing empty.
func FuzzParse(f *testing.F) {
	for _, s := range []string{sample, "a | b\n", "k: a | b c |\n", "1: x\n2: x\n", "#\n:\n", "k:\tv\r\n", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := parse("f.txt", data)
		lines := strings.Count(string(data), "\n") + 1
		check := func(err error) {
			var e *Error
			if err != nil && (!errors.As(err, &e) || e.File != "f.txt" || e.Line < 1 || e.Line > lines) {
				t.Fatalf("error %v", err)
			}
		}
		check(err)
		if err != nil {
			return
		}
		word := func(w string) {
			if w == "" || strings.IndexFunc(w, unicode.IsSpace) >= 0 {
				t.Fatalf("word %q", w)
			}
		}
		phrase := func(p string) {
			if p == "" || strings.Join(strings.Fields(p), " ") != p || strings.Contains(p, "|") {
				t.Fatalf("phrase %q", p)
			}
		}
		for _, w := range file.Words() {
			word(w)
		}
		g, err := file.groups()
		check(err)
		for k, ws := range g {
			word(k)
			for _, w := range ws {
				word(w)
			}
		}
		_, err = file.ints()
		check(err)
		s, err := file.strs()
		check(err)
		for w, k := range s {
			word(w)
			word(k)
		}
		l, err := file.lists()
		check(err)
		for _, ps := range l {
			for _, p := range ps {
				phrase(p)
			}
		}
		p, err := file.phrases()
		check(err)
		for ph := range p {
			phrase(ph)
		}
	})
}

// BenchmarkLoad is the cost at init of a file of the size of the largest lists.
func BenchmarkLoad(b *testing.B) {
	var sb strings.Builder
	for i := range 200 {
		sb.WriteString("# a comment line\nlist: word" + strings.Repeat(" w", i%7) + " | two words | three\n")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Parse("b.txt", data).Sets()
	}
}

// BenchmarkShared is the cost at init of the shared lists.
func BenchmarkShared(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Load(shared, "resources/months.txt").Ints()
		Load(shared, "resources/weekdays.txt").Ints()
	}
}

func TestFunctionWordsByKind(t *testing.T) {
	s := FunctionWords([]string{"articles", "possessives"}, "still")
	for _, w := range []string{"a", "the", "my", "their", "still"} {
		if !s[w] {
			t.Errorf("%q missing from %v", w, s)
		}
	}
	if s["this"] || s["some"] {
		t.Errorf("kinds not asked for are in %v", s)
	}
}

func TestGenders(t *testing.T) {
	for w, want := range map[string]Gender{"Mrs.": GenderFemale, "MR": GenderMale, "spokeswoman": GenderFemale,
		"Widower": GenderMale, "President": GenderUnknown, "": GenderUnknown} {
		if got := WordGender(w); got != want {
			t.Errorf("WordGender(%q) = %v, want %v", w, got, want)
		}
	}
	for name, want := range map[string]Gender{"Barbara": GenderFemale, "George": GenderMale, "Jordan": GenderUnknown} {
		if got := GivenNameGender(name); got != want {
			t.Errorf("GivenNameGender(%q) = %v, want %v", name, got, want)
		}
	}
}
