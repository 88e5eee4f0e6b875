package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/data/actor"
	"storyline/data/text"
)

func find(s string) (*text.Doc, *actor.Result, []Quote) {
	d := text.Analyze(s)
	r := actor.Recognize(d, benchGaz)
	return d, r, Find(d, r)
}

// render shows a quote as "text|speaker words|speaker actor|source" for comparison.
func render(d *text.Doc, r *actor.Result, q Quote) string {
	name := map[string]string{}
	for _, a := range r.Actors {
		name[a.ID] = a.Name
	}
	for _, s := range r.Sources {
		name[s.ID] = s.Name
	}
	return q.Text + "|" + d.Text[q.SpeakerStart:q.SpeakerEnd] + "|" + name[q.Speaker] + "|" + name[q.Source]
}

func directs(d *text.Doc, r *actor.Result, qs []Quote) []string {
	var out []string
	for _, q := range qs {
		if q.Direct {
			out = append(out, render(d, r, q))
		}
	}
	return out
}

func claims(d *text.Doc, r *actor.Result, qs []Quote) []string {
	var out []string
	for _, q := range qs {
		if !q.Direct {
			out = append(out, render(d, r, q))
		}
	}
	return out
}

func TestDirectAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"cue after", `"We will win," Ashton Carter said.`, []string{"We will win|Ashton Carter|Ashton Carter|"}},
		{"inverted", `"We will win," said Ashton Carter, the defense secretary.`, []string{"We will win|Ashton Carter|Ashton Carter|"}},
		{"cue before with colon", `Ashton Carter said: "We will win."`, []string{"We will win|Ashton Carter|Ashton Carter|"}},
		{"pronoun after", `Ashton Carter spoke in Rome. "We will win," he added.`, []string{"We will win|he|Ashton Carter|"}},
		{"pronoun prefers the last speaker", `Sergei Shoigu told Vladimir Putin that the strikes worked. "It went well," he said.`,
			[]string{"It went well|he|Sergei Shoigu|"}},
		{"role speaker", `Defense Minister Sergei Shoigu met troops. "It went well," the minister said.`,
			[]string{"It went well|the minister|Sergei Shoigu|"}},
		{"organisation speaker", `Apple sued Samsung. "We will defend our inventions," the company said.`,
			[]string{"We will defend our inventions|the company|Apple|"}},
		{"continued in the next sentence", `"We will win," Carter said. "There is no doubt about it."`,
			[]string{"We will win|Carter|Carter|", "There is no doubt about it|Carter|Carter|"}},
		{"interrupted quotation", `"We will win," Carter said, "and we will win soon."`,
			[]string{"We will win|Carter|Carter|", "and we will win soon|Carter|Carter|"}},
		{"partial quote in a claim", `Ashton Carter said the plan was "tragically flawed," the AP reported.`,
			[]string{"tragically flawed|Ashton Carter|Ashton Carter|Associated Press"}},
		{"according to a source", `"Work is done," Shoigu said, according to TASS.`, []string{"Work is done|Shoigu|Shoigu|TASS"}},
		{"told a source", `Angela Merkel told the BBC: "Europe must act."`, []string{"Europe must act|Angela Merkel|Angela Merkel|BBC"}},
		{"single marks", `'We are doing all we can,' a council spokesperson said.`, []string{"We are doing all we can|a council spokesperson||"}},
		{"nested single marks", `"He told me, 'Do not stay,' and I left," Linda Harris said.`,
			[]string{"He told me, 'Do not stay,' and I left|Linda Harris|Linda Harris|"}},
		{"scare quotes are not quotes", `The so-called "peace plan" failed.`, nil},
		{"apostrophes are not marks", `Russia's "that's it" moment came in the ’90s, Carter said.`,
			[]string{"that's it|Carter|Carter|"}},
		{"wire dateline source", "MOSCOW (Reuters) - \"We are ready,\" Dmitry Peskov said.", []string{"We are ready|Dmitry Peskov|Dmitry Peskov|Reuters"}},
		// The New York Times archive writes two apostrophes for both marks.
		{"archive marks, cue after", "''I wouldn't object to carving that back,'' Ms. Batchelder said.",
			[]string{"I wouldn't object to carving that back|Ms. Batchelder|Batchelder|"}},
		{"archive marks, inverted", "Such income ''is highly concentrated among the top 1 percent,'' said Lily Batchelder, a tax expert.",
			[]string{"is highly concentrated among the top 1 percent|Lily Batchelder|Lily Batchelder|"}},
		{"tokenized marks, cue after", "`` We will win , '' Ashton Carter said .", []string{"We will win|Ashton Carter|Ashton Carter|"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, r, qs := find(tc.in)
			got := directs(d, r, qs)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestMarkPairing(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // quoted words
	}{
		{"straight open, curly close", `"Intensive work is done,” Shoigu said.`, []string{"Intensive work is done"}},
		{"curly both", `“Intensive work is done,” Shoigu said.`, []string{"Intensive work is done"}},
		{"multi-paragraph", "Carter said: \"We will go on.\n\n\"And we will win.\"\n\nHe left.", []string{"We will go on.\n\n\"And we will win"}},
		{"unbalanced opening mark ends with its paragraph", "Carter said: \"We will go on and on\n\nHe left. Later he returned.", []string{"We will go on and on"}},
		{"a quotation running to the end of the text", `Carter said: "We will go on and on`, []string{"We will go on and on"}},
		{"stray closing mark", `Carter said it was over” and left. "Done," he said.`, []string{"Done"}},
		{"closing mark typed for an opening one", "Carter spoke.\n\n” … what we learned is that it was over,” he said.", []string{"… what we learned is that it was over"}},
		{"LaTeX-style marks", "Jobs called it `` a nominal charge '' , Apple said .", []string{"a nominal charge"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, qs := find(tc.in)
			var got []string
			for _, q := range qs {
				if q.Direct {
					got = append(got, q.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestClaims(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"says", "Russia says its attacks are targeting the Islamic State.", []string{"its attacks are targeting the Islamic State|Russia|Russia|"}},
		{"cut at but", "Russia says its attacks are working, but the U.S. says they are not.",
			[]string{"its attacks are working|Russia|Russia|", "they are not|U.S.|United States|"}},
		{"told that", "Sergei Shoigu told President Vladimir Putin in televised remarks that four warships fired, TASS reported.",
			[]string{"four warships fired|Sergei Shoigu|Sergei Shoigu|TASS"}},
		{"participle", "The U.S. military has challenged the claims, saying at least 50% of the strikes missed.",
			[]string{"at least 50% of the strikes missed|U.S. military|United States|"}},
		{"trailing attribution", "The strike killed 12 people, police said.", []string{"The strike killed 12 people|police||"}},
		{"agreeing on a plan is no claim", "European Union finance ministers agreed early Tuesday on a 90-day plan, ending two days of talks.", nil},
		{"time words before that", "Angela Merkel said late Monday that the talks would go on.", []string{"the talks would go on|Angela Merkel|Angela Merkel|"}},
		{"according to a person", "The plan will fail, according to Ashton Carter.", []string{"The plan will fail|Ashton Carter|Ashton Carter|"}},
		{"report verbs need that", "Apple announced the iPhone. Apple announced that sales rose.", []string{"sales rose|Apple|Apple|"}},
		{"not a clause", "He said goodbye. She said in a statement on Monday.", nil},
		{"cognition after a name", "Carter believes the coalition will hold.", []string{"the coalition will hold|Carter|Carter|"}},
		{"no claims inside quotes", `"We believe that is a mistake," Carter said.`, nil},
		{"clause opening with a plural noun", "Nvidia forecast revenue. The company said sales to China had fallen, according to a filing.",
			[]string{"sales to China had fallen|The company|Nvidia|"}},
		{"passive cue names nobody", "Leaders have been warned that the planet is heating.", []string{"the planet is heating|||"}},
		{"a second predicate is not reported", "Christine Lagarde said the decision had been unanimous but declined to say more.",
			[]string{"the decision had been unanimous|Christine Lagarde|Christine Lagarde|"}},
		{"a colon introduces a quotation, not a claim", `Asked whether the bank was late, she replied: "I don't think so."`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, r, qs := find(tc.in)
			got := claims(d, r, qs)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParagraphSource(t *testing.T) {
	d, r, qs := find("Ashton Carter said the talks would be basic and “that’s it.” He said the plan was flawed, the AP reported.\n\nHe said the talks were over.")
	got := claims(d, r, qs)
	want := []string{"the talks would be basic and “that’s it.”|Ashton Carter|Ashton Carter|Associated Press",
		"the plan was flawed|He|Ashton Carter|Associated Press", "the talks were over|He|Ashton Carter|"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}

func TestNoPunctuationAndOddInput(t *testing.T) {
	for _, in := range []string{
		"",
		strings.Repeat("Carter said the plan would work and Russia says it will not ", 300),
		strings.Repeat(`"`, 500),
		strings.Repeat("“ ", 200) + strings.Repeat("” ", 200),
		"\"\n\n\"\n\n\"",
		"said said said said",
		"He said",
		"according to",
	} {
		d, _, qs := find(in)
		checkQuotes(t, d, qs)
	}
}

func checkQuotes(t *testing.T, d *text.Doc, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(d.Text) || q.Start > q.End {
			t.Fatalf("quote %d out of the text: %+v", i, q)
		}
		if d.Text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %d text mismatch", i)
		}
		if q.SpeakerStart < 0 || q.SpeakerEnd > len(d.Text) || q.SpeakerStart > q.SpeakerEnd {
			t.Fatalf("quote %d speaker out of the text: %+v", i, q)
		}
		if q.CueStart < 0 || q.CueEnd > len(d.Text) || q.CueStart > q.CueEnd {
			t.Fatalf("quote %d cue out of the text: %+v", i, q)
		}
		if i > 0 && qs[i-1].Start > q.Start {
			t.Fatalf("quotes not sorted at %d", i)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"Intensive work,” Shoigu said, according to TASS.`,
		"Carter said: \"We will go on.\n\n\"And on.\"",
		`He said the plan was "flawed," the AP reported. 'Yes,' she said.`,
		"“unbalanced", "” stray", "`` a '' b", "Russia says it works, but the U.S. says no.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := text.Analyze(s)
		r := actor.Recognize(d, benchGaz)
		checkQuotes(t, d, Find(d, r))
	})
}
