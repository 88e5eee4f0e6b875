package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"storyline/data/article"
	"storyline/data/sample"
	"storyline/model"
)

// sampleTimeline runs the whole pipeline on the embedded sample story.
func sampleTimeline(t testing.TB) (*model.Timeline, *sample.Gold) {
	t.Helper()
	a, err := article.Parse(sample.Name, sample.Article)
	if err != nil {
		t.Fatal(err)
	}
	tl := runArticles(t, RunOptions{}, a)
	g, err := sample.LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	return tl, g
}

// lineOf maps a code-point offset of the body to its 1-based line.
func lineOf(body string, offset int) int {
	return strings.Count(string([]rune(body)[:offset]), "\n") + 1
}

func actorName(tl *model.Timeline, id string) string {
	a, _ := tl.Actor(id)
	return a.Name
}

func sourceName(tl *model.Timeline, id string) string {
	s, _ := tl.Source(id)
	return s.Name
}

func names(tl *model.Timeline, ids []string, name func(*model.Timeline, string) string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, name(tl, id))
	}
	return out
}

func describe(tl *model.Timeline) string {
	var b strings.Builder
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "  %-22s %s %v %v\n", e.When.ISO(), e.Title, names(tl, e.Actors, actorName), names(tl, e.Sources, sourceName))
	}
	return b.String()
}

func TestSampleTimexes(t *testing.T) {
	tl, g := sampleTimeline(t)
	doc := tl.Documents[0]
	if doc.Published != model.Day(2015, 10, 7) || doc.DateOrigin != model.DateFrontMatter {
		t.Fatalf("publication date %v from %q", doc.Published, doc.DateOrigin)
	}
	for _, gt := range g.Timexes {
		found := false
		for _, x := range doc.Timexes {
			if x.Text == gt.Text && lineOf(doc.Body, x.Start) == gt.Line {
				found = true
				if x.Type != gt.Type || x.Value != gt.Value {
					t.Errorf("line %d %q: got %s %s, want %s %s", gt.Line, gt.Text, x.Type, x.Value, gt.Type, gt.Value)
				}
			}
		}
		if !found {
			t.Errorf("line %d: time expression %q not found with that exact extent", gt.Line, gt.Text)
		}
	}
}

// matchesDate checks an event's time against the gold notation: a day, an interval a/b,
// "before X" (undated, or starting no later than X), or "undated".
func matchesDate(w model.When, gold string) bool {
	switch {
	case gold == "undated":
		return !w.Dated()
	case strings.HasPrefix(gold, "before "):
		limit := strings.TrimPrefix(gold, "before ")
		return !w.Dated() || w.Start.Format("2006-01-02") <= limit
	}
	return w.ISO() == gold
}

// hasTerms checks the words of the event's own mentions (its clauses), not the whole
// sentences, so that two events of one sentence are told apart.
func hasTerms(body string, e model.Event, terms []string) bool {
	rs := []rune(body)
	var b strings.Builder
	for _, sp := range e.Spans {
		b.WriteString(string(rs[sp.Start:sp.End]))
		b.WriteByte(' ')
	}
	text := strings.ToLower(b.String())
	for _, term := range terms {
		ok := false
		for _, alt := range strings.Split(term, "|") {
			if strings.Contains(text, strings.ToLower(alt)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func onLines(body string, e model.Event, lines []int) []int {
	var on []int
	for _, sp := range e.Spans {
		if l := lineOf(body, sp.Start); slices.Contains(lines, l) && !slices.Contains(on, l) {
			on = append(on, l)
		}
	}
	return on
}

func TestSampleEvents(t *testing.T) {
	tl, g := sampleTimeline(t)
	body := tl.Documents[0].Body
	for _, ge := range g.Events {
		var match *model.Event
		for i := range tl.Events {
			e := &tl.Events[i]
			if len(onLines(body, *e, ge.Lines)) > 0 && hasTerms(body, *e, ge.KeyTerms) && matchesDate(e.When, ge.Date) {
				match = e
				break
			}
		}
		if match == nil {
			t.Errorf("gold event %s (%s, lines %v, terms %v) not on the timeline:\n%s", ge.ID, ge.Date, ge.Lines, ge.KeyTerms, describe(tl))
			continue
		}
		have := names(tl, match.Actors, actorName)
		for _, a := range ge.Actors {
			if !slices.Contains(have, a) {
				t.Errorf("event %s: actor %q missing from %v", ge.ID, a, have)
			}
		}
		srcs := names(tl, match.Sources, sourceName)
		for _, s := range ge.Sources {
			if !slices.Contains(srcs, s) {
				t.Errorf("event %s: source %q missing from %v", ge.ID, s, srcs)
			}
		}
	}
	// Two mentions of the start of the airstrikes, one event.
	var starts []model.Event
	for _, e := range tl.Events {
		if e.When.ISO() == "2015-09-30" && hasTerms(body, e, []string{"warplanes"}) {
			starts = append(starts, e)
		}
	}
	if len(starts) != 1 || len(onLines(body, starts[0], []int{6, 14})) != 2 {
		t.Errorf("the airstrikes' start must be one event mentioned on lines 6 and 14, got %d:\n%s", len(starts), describe(tl))
	}
	for _, e := range tl.Events {
		if hasTerms(body, e, []string{"civil war"}) && e.When.Dated() && e.When.Start == model.Day(2015, 10, 7) {
			t.Errorf("the civil war is dated on the publication day: %v", e.When)
		}
	}
}

// TestSampleActors checks what the pipeline hands the timeline; that every alias
// occurrence is a mention of its actor is checked where mentions are made
// (data/quote's sample test).
func TestSampleActors(t *testing.T) {
	tl, g := sampleTimeline(t)
	kinds := map[string]model.ActorKind{"government": model.KindOrganization}
	for _, ga := range g.Actors {
		ids := tl.LookupActor(ga.Name)
		var a model.Actor
		for _, id := range ids {
			if x, _ := tl.Actor(id); x.Name == ga.Name {
				a = x
			}
		}
		if a.ID == "" {
			t.Errorf("actor %q not found", ga.Name)
			continue
		}
		want := model.ActorKind(ga.Kind)
		if k, ok := kinds[ga.Kind]; ok {
			want = k
		}
		if a.Kind != want {
			t.Errorf("actor %q is a %s, want %s", ga.Name, a.Kind, want)
		}
	}
	for _, na := range g.NotActors {
		for _, a := range tl.Actors {
			if strings.EqualFold(a.Name, na) || slices.ContainsFunc(a.Aliases, func(s string) bool { return strings.EqualFold(s, na) }) {
				t.Errorf("%q must not be an actor (found %s %q)", na, a.Kind, a.Name)
			}
		}
	}
	for _, gs := range g.Sources {
		found := false
		for _, s := range tl.Sources {
			if s.Name == gs.Name {
				found = true
				if s.Kind != gs.Kind {
					t.Errorf("source %s is a %q, want %q", s.Name, s.Kind, gs.Kind)
				}
			}
		}
		if !found {
			t.Errorf("source %q not found among %v", gs.Name, tl.Sources)
		}
	}
}

func TestSampleQuotes(t *testing.T) {
	tl, g := sampleTimeline(t)
	doc := tl.Documents[0]
	check := func(kind string, gq sample.GoldQuote, direct bool) {
		for _, q := range doc.Quotes {
			if q.Direct != direct || !strings.HasPrefix(q.Text, gq.Starts) || lineOf(doc.Body, q.Start) != gq.Line {
				continue
			}
			if direct && !strings.HasSuffix(strings.TrimRight(q.Text, ".,”\" "), gq.Ends) {
				t.Errorf("%s %q ends %q, want …%q", kind, gq.Starts, q.Text, gq.Ends)
			}
			if got := actorName(tl, q.Speaker); got != gq.Speaker {
				t.Errorf("%s %q: speaker %q, want %q", kind, gq.Starts, got, gq.Speaker)
			}
			if got := sourceName(tl, q.Source); gq.Source != "" && got != gq.Source {
				t.Errorf("%s %q: source %q, want %q", kind, gq.Starts, got, gq.Source)
			}
			if q.SpeakerEnd <= q.SpeakerStart {
				t.Errorf("%s %q: no span for the words naming the speaker", kind, gq.Starts)
			}
			return
		}
		t.Errorf("%s on line %d starting %q not found", kind, gq.Line, gq.Starts)
	}
	for _, gq := range g.Quotes {
		check("quote", gq, true)
	}
	for _, gq := range g.Claims {
		check("claim", gq, false)
	}
}

// TestSampleOffsets checks the conversion to code points: every mention, quote and time
// expression points at its own words in the body, whose no-break spaces and curly quotes
// make byte and code-point offsets differ.
func TestSampleOffsets(t *testing.T) {
	tl, _ := sampleTimeline(t)
	doc := tl.Documents[0]
	body := []rune(doc.Body)
	at := func(a, b int) string { return strings.ReplaceAll(string(body[a:b]), "\u00a0", " ") }
	for _, m := range doc.Mentions {
		if got := at(m.Start, m.End); got != m.Text {
			t.Errorf("mention %q at %d-%d reads %q", m.Text, m.Start, m.End, got)
		}
		if _, ok := tl.Actor(m.Actor); !ok {
			t.Errorf("mention %q names unknown actor %q", m.Text, m.Actor)
		}
	}
	for _, x := range doc.Timexes {
		if got := at(x.Start, x.End); got != x.Text {
			t.Errorf("timex %q at %d-%d reads %q", x.Text, x.Start, x.End, got)
		}
	}
	for _, q := range doc.Quotes {
		if got := strings.Join(strings.Fields(at(q.Start, q.End)), " "); got != q.Text {
			t.Errorf("quote %q reads %q", q.Text, got)
		}
		if q.SpeakerEnd <= q.SpeakerStart || q.SpeakerEnd > len(body) {
			t.Errorf("quote %q: speaker span %d-%d", q.Text, q.SpeakerStart, q.SpeakerEnd)
		}
	}
	if len(doc.Mentions) < 30 || len(doc.Quotes) < 12 || len(doc.Timexes) < 7 {
		t.Fatalf("too little found: %d mentions, %d quotes, %d timexes", len(doc.Mentions), len(doc.Quotes), len(doc.Timexes))
	}
}
