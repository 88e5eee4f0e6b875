package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"storyline/data/actor"
	"storyline/data/sample"
	"storyline/data/text"
	"storyline/model"
)

// The hand-annotated sample article is the acceptance test for actors, sources, quotes
// and claims together.

func loadSample(t testing.TB) (*text.Doc, *sample.Gold) {
	t.Helper()
	g, err := sample.LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	return text.Analyze(sample.Text()), g
}

// norm folds the no-break spaces of the article into plain spaces, as text.Clean does.
func norm(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

func goldKind(k string) model.ActorKind {
	if k == "government" {
		return model.KindOrganization
	}
	return model.ActorKind(k)
}

func TestSampleActors(t *testing.T) {
	d, g := loadSample(t)
	r := actor.Recognize(d, actor.DefaultGazetteer())
	byName := map[string]model.Actor{}
	for _, a := range r.Actors {
		byName[strings.ToLower(a.Name)] = a
	}
	// Each alias occurrence, except inside a longer alias occurrence (which is checked
	// itself: "Russian" in "Russian warships", "Assad" in "Assad's regime").
	type occ struct {
		start, end int
		actor      string
	}
	var occs []occ
	for _, ga := range g.Actors {
		for _, al := range append([]string{ga.Name}, ga.Aliases...) {
			for _, o := range occurrences(d.Text, norm(al)) {
				occs = append(occs, occ{o[0], o[1], ga.Name})
			}
		}
	}
	for _, ga := range g.Actors {
		a, ok := byName[strings.ToLower(ga.Name)]
		if !ok {
			t.Errorf("actor %q not found", ga.Name)
			continue
		}
		if a.Kind != goldKind(ga.Kind) {
			t.Errorf("actor %q: kind %s, want %s", ga.Name, a.Kind, goldKind(ga.Kind))
		}
	}
	for _, o := range occs {
		inside := false
		for _, p := range occs {
			if p.start <= o.start && p.end >= o.end && p.end-p.start > o.end-o.start {
				inside = true
			}
		}
		if inside {
			continue
		}
		want := byName[strings.ToLower(o.actor)].ID
		found := false
		for _, m := range r.Mentions {
			if m.Start >= o.start && m.End <= o.end && m.Actor == want {
				found = true
			}
			if m.Start <= o.start && m.End >= o.end && m.Actor != want {
				t.Errorf("%q at %d: covered by a mention %q of %s, want %s", d.Text[o.start:o.end], o.start, m.Text, m.Actor, want)
			}
		}
		if !found {
			t.Errorf("%q at %d: no mention of %s", d.Text[o.start:o.end], o.start, want)
		}
	}
	for _, na := range g.NotActors {
		if a, ok := byName[strings.ToLower(na)]; ok {
			t.Errorf("%q must not be an actor, got %+v", na, a)
		}
		for _, m := range r.Mentions {
			if m.Text == na {
				t.Errorf("%q must not be a mention, got one of %s at %d", na, m.Actor, m.Start)
			}
		}
	}
	srcs := map[string]bool{}
	for _, s := range r.Sources {
		srcs[s.Name] = true
		if _, ok := byName[strings.ToLower(s.Name)]; ok {
			t.Errorf("source %q is also an actor", s.Name)
		}
	}
	for _, gs := range g.Sources {
		if !srcs[gs.Name] {
			t.Errorf("source %q not found; have %v", gs.Name, srcs)
		}
	}
}

// occurrences returns the byte ranges where s stands in text as whole words.
func occurrences(text, s string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return out
		}
		a, b := i+k, i+k+len(s)
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			out = append(out, [2]int{a, b})
		}
		i = a + 1
	}
}

func TestSampleQuotes(t *testing.T) {
	d, g := loadSample(t)
	r := actor.Recognize(d, actor.DefaultGazetteer())
	qs := Find(d, r)
	actorName := map[string]string{}
	for _, a := range r.Actors {
		actorName[a.ID] = a.Name
	}
	sourceName := map[string]string{}
	for _, s := range r.Sources {
		sourceName[s.ID] = s.Name
	}
	check := func(kind string, gq sample.GoldQuote, direct bool) {
		t.Helper()
		var got *Quote
		for i := range qs {
			if qs[i].Direct == direct && strings.HasPrefix(qs[i].Text, norm(gq.Starts)) {
				got = &qs[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s %q not found", kind, gq.Starts)
			return
		}
		if direct && !strings.HasSuffix(got.Text, norm(gq.Ends)) {
			t.Errorf("%s %q: text %q, want it to end with %q", kind, gq.Starts, got.Text, gq.Ends)
		}
		if actorName[got.Speaker] != gq.Speaker {
			t.Errorf("%s %q: speaker %q, want %q", kind, gq.Starts, actorName[got.Speaker], gq.Speaker)
		}
		if got.SpeakerEnd <= got.SpeakerStart {
			t.Errorf("%s %q: no speaker span", kind, gq.Starts)
		}
		if gq.Source != "" && sourceName[got.Source] != gq.Source {
			t.Errorf("%s %q: source %q, want %q", kind, gq.Starts, sourceName[got.Source], gq.Source)
		}
	}
	for _, gq := range g.Quotes {
		check("quote", gq, true)
	}
	for _, gq := range g.Claims {
		check("claim", gq, false)
	}
	direct := 0
	for _, q := range qs {
		if q.Direct {
			direct++
		}
	}
	if direct != len(g.Quotes) {
		t.Errorf("%d direct quotes, want %d", direct, len(g.Quotes))
	}
}
