package event

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/model"
)

var dct = model.Day(2015, 10, 7)

// fixture builds an Input from text, placing each annotation at the nth occurrence (1 by
// default) of its words.
type fixture struct {
	t  *testing.T
	in Input
}

func newFixture(t *testing.T, s string) *fixture {
	return &fixture{t: t, in: Input{Doc: text.Analyze(s), DocID: "d", DCT: dct}}
}

func (f *fixture) find(words string) (int, int) {
	i := strings.Index(f.in.Doc.Text, words)
	if i < 0 {
		f.t.Fatalf("%q not in text", words)
	}
	return i, i + len(words)
}

func (f *fixture) timex(words, typ, value, signal string, w model.When) *fixture {
	a, b := f.find(words)
	f.in.Timexes = append(f.in.Timexes, Timex{Start: a, End: b, Type: typ, Value: value, Signal: signal, When: w})
	return f
}

func (f *fixture) actor(words, id string) *fixture {
	a, b := f.find(words)
	f.in.Mentions = append(f.in.Mentions, Mention{Start: a, End: b, Actor: id})
	return f
}

func (f *fixture) quote(content, speakerWords, speaker, source string, direct bool) *fixture {
	a, b := f.find(content)
	sa, sb := f.find(speakerWords)
	f.in.Quotes = append(f.in.Quotes, Quote{Start: a, End: b, Speaker: speaker, SpeakerStart: sa, SpeakerEnd: sb, Source: source, Direct: direct})
	return f
}

func (f *fixture) cite(words, id string) *fixture {
	a, b := f.find(words)
	f.in.Citations = append(f.in.Citations, Citation{Start: a, End: b, Source: id})
	return f
}

func day(y int, m time.Month, d int) model.When { return model.OnDay(model.Day(y, m, d)) }

func eventWith(t *testing.T, events []model.Event, words string) model.Event {
	t.Helper()
	for _, e := range events {
		if strings.Contains(e.Text, words) && strings.Contains(e.Title, strings.Fields(words)[0]) {
			return e
		}
	}
	for _, e := range events {
		if strings.Contains(e.Title, words) {
			return e
		}
	}
	var titles []string
	for _, e := range events {
		titles = append(titles, e.Title)
	}
	t.Fatalf("no event about %q in %q", words, titles)
	return model.Event{}
}

func TestClausesAndDates(t *testing.T) {
	s := "Russian warships launched missiles on Wednesday as government troops launched a ground offensive. " +
		"He said 112 targets have been hit since Sept. 30, when Russian warplanes began airstrikes in Syria. " +
		"U.S. policy has been aimed at removing Assad, since his regime has fueled a civil war for more than four years. " +
		"One group of U.S.-trained fighters was mostly routed by al-Qaeda linked forces."
	f := newFixture(t, s).
		timex("Wednesday", "DATE", "2015-10-07", "on", day(2015, 10, 7)).
		timex("Sept. 30", "DATE", "2015-09-30", "since", model.When{Start: model.Day(2015, 9, 30), End: dct, Gran: model.GranDay}).
		timex("more than four years", "DURATION", "P4Y", "for", model.When{Start: model.Day(2011, 10, 7), End: dct, Gran: model.GranDay, Mod: model.ModBefore})
	events := Build(f.in)
	cases := []struct{ words, iso string }{
		{"Russian warships launched missiles", "2015-10-07"},
		{"Government troops launched a ground offensive", "2015-10-07"},
		{"He said 112 targets have been hit", "2015-09-30/2015-10-07"},
		{"Russian warplanes began airstrikes in Syria", "2015-09-30"},
		{"U.S. policy has been aimed", ""},
		{"His regime has fueled a civil war", "2011-10-07/2015-10-07"},
		{"One group of U.S.-trained fighters", ""},
	}
	if len(events) != len(cases) {
		var titles []string
		for _, e := range events {
			titles = append(titles, e.Title+" @"+e.When.ISO())
		}
		t.Fatalf("got %d events %q", len(events), titles)
	}
	for _, c := range cases {
		e := eventWith(t, events, c.words)
		if e.When.ISO() != c.iso {
			t.Errorf("%q dated %q, want %q", c.words, e.When.ISO(), c.iso)
		}
	}
	if e := eventWith(t, events, "His regime"); e.When.Mod != model.ModBefore || e.DateText != "for more than four years" {
		t.Errorf("civil war: %+v", e.When)
	}
	if e := eventWith(t, events, "He said 112"); e.DateText != "since Sept. 30" {
		t.Errorf("date text %q", e.DateText)
	}
}

func TestNoDateNoGuess(t *testing.T) {
	f := newFixture(t, "Carter said the talks would go on. Troops advanced on the town.").
		actor("Carter", "carter").
		quote("the talks would go on", "Carter", "carter", "", false)
	f.in.DCT = time.Time{}
	for _, e := range Build(f.in) {
		if e.When.Dated() {
			t.Fatalf("without a publication date nothing may be dated: %+v", e)
		}
	}
}

func TestReportsAndMerging(t *testing.T) {
	s := "Russian warships launched missiles into Syria from the Caspian Sea on Wednesday.\n" +
		"The missiles mark a major escalation.\n" +
		"Shoigu told Putin that four warships carried out 26 missile strikes from the Caspian Sea, TASS reported. He said no civilian facilities were hit.\n" +
		"Carter on Wednesday said the coalition will not cooperate, AP reported.\n" +
		"Speaking in Rome, Carter said the talks are technical and “that’s it.” “They continue to hit targets.\n" +
		"We believe that is a mistake,” he added.\n" +
		"Russian warplanes began bombing in Syria a week ago. Russian warplanes began airstrikes in Syria a week ago."
	f := newFixture(t, s).
		timex("Wednesday", "DATE", "2015-10-07", "on", day(2015, 10, 7)).
		actor("Russian warships", "russia").actor("Shoigu", "shoigu").actor("Putin", "putin").
		quote("four warships carried out 26 missile strikes from the Caspian Sea", "Shoigu", "shoigu", "tass", false).
		cite("TASS", "tass").
		quote("no civilian facilities were hit", "He said no", "shoigu", "", false).
		actor("Carter on", "carter").cite("AP", "ap").
		quote("the coalition will not cooperate", "Carter on", "carter", "ap", false).
		quote("that’s it.", "Carter said the talks", "carter", "ap", true).
		quote("They continue to hit targets.\nWe believe that is a mistake,", "he added", "carter", "ap", true)
	// The second Wednesday and the weeks-ago dates.
	second := strings.Index(s, "Wednesday said")
	f.in.Timexes = append(f.in.Timexes, Timex{Start: second, End: second + len("Wednesday"), Type: "DATE", Value: "2015-10-07", Signal: "on", When: day(2015, 10, 7)})
	for _, at := range []int{strings.Index(s, "a week ago"), strings.LastIndex(s, "a week ago")} {
		f.in.Timexes = append(f.in.Timexes, Timex{Start: at, End: at + len("a week ago"), Type: "DATE", Value: "2015-09-30", When: day(2015, 9, 30)})
	}
	sortTimexes(f.in.Timexes)
	events := Build(f.in)

	strikes := eventWith(t, events, "Russian warships launched missiles")
	if strikes.When.ISO() != "2015-10-07" || !strings.Contains(strikes.Text, "four warships carried out") || !strings.Contains(strikes.Text, "no civilian facilities") {
		t.Errorf("the report of the strikes should merge into the strikes: %+v", strikes)
	}
	if !has(strikes.Actors, "shoigu") || !has(strikes.Actors, "putin") || !has(strikes.Sources, "tass") {
		t.Errorf("strikes actors %v sources %v", strikes.Actors, strikes.Sources)
	}
	if e := eventWith(t, events, "The missiles mark"); e.When.Dated() {
		t.Errorf("a present-tense comment stays undated: %v", e.When)
	}
	carter := eventWith(t, events, "Carter on Wednesday said")
	if carter.When.ISO() != "2015-10-07" || len(carter.Quotes) != 3 || !has(carter.Sources, "ap") {
		t.Errorf("Carter's remarks are one event with his three quotes: %+v", carter)
	}
	bombing := eventWith(t, events, "Russian warplanes began bombing")
	if bombing.When.ISO() != "2015-09-30" || len(bombing.Spans) != 2 {
		t.Errorf("two mentions of the airstrikes are one event: %+v", bombing)
	}
	for _, e := range events {
		if strings.HasPrefix(e.Title, "Russian warplanes began airstrikes") {
			t.Errorf("duplicate event %q", e.Title)
		}
	}
}

func sortTimexes(tx []Timex) {
	for i := 1; i < len(tx); i++ {
		for j := i; j > 0 && tx[j].Start < tx[j-1].Start; j-- {
			tx[j], tx[j-1] = tx[j-1], tx[j]
		}
	}
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestTitle(t *testing.T) {
	cases := []struct {
		in   string
		cut  bool
		want string
	}{
		{"when Russian warplanes began airstrikes in Syria.", true, "Russian warplanes began airstrikes in Syria"},
		{"Meanwhile, there has been no progress.", false, "There has been no progress"},
		{"Since then, Ireland and Portugal have received bailouts.", false, "Since then, Ireland and Portugal have received bailouts"},
	}
	for _, c := range cases {
		if got := title(c.in, c.cut); got != c.want {
			t.Errorf("title(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLongTitleIsCut(t *testing.T) {
	got := title(strings.Repeat("word ", 40), false)
	if n := utf8.RuneCountInString(got); n > titleMax || !strings.HasSuffix(got, "word…") || !strings.HasPrefix(got, "Word word") {
		t.Errorf("title %q (%d code points)", got, n)
	}
}

func TestStemAndSimilar(t *testing.T) {
	for in, want := range map[string]string{"strikes": "strike", "launched": "launch", "bombing": "bomb", "forces": "force", "countries": "country", "press": "press", "crashes": "crash"} {
		if got := stem(in); got != want {
			t.Errorf("stem(%s) = %s, want %s", in, got, want)
		}
	}
	ids := map[string]uint32{}
	set := func(ws ...string) []uint32 {
		var out []uint32
		for _, w := range ws {
			if _, ok := ids[w]; !ok {
				ids[w] = uint32(len(ids))
			}
			out = append(out, ids[w])
		}
		slices.Sort(out)
		return out
	}
	if !similar(set("russian", "warplane", "began", "airstrike", "syria"), set("russian", "warplane", "began", "bomb", "syria", "week", "strike", "assad")) {
		t.Error("same happening, other words")
	}
	if similar(set("apple", "release", "phone"), set("microsoft", "release", "tablet")) {
		t.Error("different happenings")
	}
}

func TestLongDocumentIsLinear(t *testing.T) {
	var b strings.Builder
	for range 3000 {
		b.WriteString("Officials said the talks went on. Troops launched an offensive on the town as rebels withdrew.\n")
	}
	f := newFixture(t, b.String())
	events := Build(f.in)
	if len(events) == 0 {
		t.Fatal("no events")
	}
}

func BenchmarkBuildLong(b *testing.B) {
	var sb strings.Builder
	for range 500 {
		sb.WriteString("Officials said the talks went on. Troops launched an offensive on the town as rebels withdrew.\n")
	}
	in := Input{Doc: text.Analyze(sb.String()), DocID: "d", DCT: dct}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		Build(in)
	}
}

func TestQuotedStatementTitleNamesSpeaker(t *testing.T) {
	long := "We will not cooperate with a strategy that is tragically flawed and that keeps hitting the wrong targets in the wrong places,"
	f := newFixture(t, "“"+long+"” Carter said on Wednesday. “We are ready,” he added.").
		timex("Wednesday", "DATE", "2015-10-07", "on", day(2015, 10, 7)).
		actor("Carter", "carter").
		quote(long, "Carter", "carter", "", true).
		quote("We are ready,", "he added", "carter", "", true)
	f.in.Names = func(id string) string { return map[string]string{"carter": "Ashton Carter"}[id] }
	events := Build(f.in)
	if len(events) != 1 || !strings.HasPrefix(events[0].Title, "Ashton Carter: “We will not cooperate") {
		t.Fatalf("%+v", events)
	}
	short := newFixture(t, "“We are ready,” Carter said.").actor("Carter", "carter").quote("We are ready,", "Carter", "carter", "", true)
	short.in.Names = f.in.Names
	if e := Build(short.in); e[0].Title != "“We are ready,” Carter said" {
		t.Fatalf("a short quotation keeps its own attribution: %q", e[0].Title)
	}
}

func TestPastPerfectIsNotTheReportDay(t *testing.T) {
	f := newFixture(t, "The deal was reached on Tuesday. Germany had resisted the plan for months, arguing that taxpayers should not pay.").
		timex("Tuesday", "DATE", "2015-10-06", "on", day(2015, 10, 6)).
		actor("Germany", "germany").
		quote("taxpayers should not pay", "Germany", "germany", "", false)
	for _, e := range Build(f.in) {
		if strings.HasPrefix(e.Title, "Germany had resisted") && e.When.Dated() {
			t.Errorf("a past perfect takes neither the report day nor the narrative's: %s", e.When.ISO())
		}
	}
}

// The per-token quote marks agree with inQuote, for quotes in a row and for quotes whose
// ends do not rise with their starts.
func TestQuotedTokensMatchInQuote(t *testing.T) {
	d := text.Analyze(`He said "we will go" and "stay" there, "for now " she said, "and 'here' too".`)
	for _, qs := range [][]Quote{
		{{Start: 9, End: 19, Direct: true}, {Start: 26, End: 30, Direct: true}},
		{{Start: 9, End: 70, Direct: true}, {Start: 26, End: 30, Direct: true}, {Start: 41, End: 49, Direct: true}},
		{{Start: 0, End: 3}, {Start: 60, End: 76, Direct: true}},
	} {
		s := newScope(&Input{Doc: d, Quotes: qs})
		for i, tok := range d.Tokens {
			if s.quoted[i] != s.inQuote(tok.Start) {
				t.Fatalf("quotes %v, token %d %q: quoted %v", qs, i, d.Tok(i), s.quoted[i])
			}
		}
		s.release()
	}
}
