package actor

import (
	"testing"
	"unicode/utf8"

	"storyline/data/text"
)

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Russian Defense Minister Sergei Shoigu told President Vladimir Putin that Moscow continues.",
		"Assad's regime and government troops fought moderate opposition forces and forces opposing the regime.",
		"Bashar al-Assad, al-Qaeda, U.S.-led, Wal-Mart, AT&T, John F. Kennedy, Mr. Obama.",
		"the AP reported, according to TASS (Reuters) -AFP",
		"al-", "Mr.", "of the", "President", "Secretary of State",
	} {
		f.Add(s)
	}
	g := defaultGaz()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := text.Analyze(s)
		r := Recognize(d, g)
		ids := map[string]bool{}
		for _, a := range r.Actors {
			if a.ID == "" || ids[a.ID] {
				t.Fatalf("bad or duplicate actor ID %q", a.ID)
			}
			ids[a.ID] = true
		}
		for _, ms := range [][]Mention{r.Mentions, r.PlaceMentions} {
			for i, m := range ms {
				if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
					t.Fatalf("bad mention %+v", m)
				}
				if i > 0 && ms[i-1].Start > m.Start {
					t.Fatalf("mentions not sorted")
				}
			}
		}
		for _, m := range r.Mentions {
			if !ids[m.Actor] {
				t.Fatalf("mention of unknown actor %q", m.Actor)
			}
		}
		for _, c := range r.Citations {
			if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
				t.Fatalf("bad citation %+v", c)
			}
		}
	})
}
