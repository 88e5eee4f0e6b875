package ui

import (
	"strings"
	"testing"

	"storyline/model"
)

// longArticle is an article with the event's sentence far down, so that the reader must
// scroll to it.
func longArticle() *model.Timeline {
	var b strings.Builder
	for i := range 60 {
		b.WriteString("Filler sentence number " + strings.Repeat("x", i%7) + " about nothing much at all.\n\n")
	}
	start := len([]rune(b.String()))
	sentence := "The ministry said the talks would resume in Geneva on Monday."
	b.WriteString(sentence + "\n\nMore text follows here.")
	doc := model.Document{ID: "d1", Title: "Talks to resume", Source: "Agency One", URL: "https://example.org/talks", Body: b.String()}
	other := model.Document{ID: "d2", Title: "Geneva talks", Body: "Diplomats expect the talks to resume in Geneva."}
	e := model.Event{ID: "e1", Doc: "d1", When: model.OnDay(model.Day(2016, 3, 14)), Title: "Talks to resume in Geneva", Text: sentence,
		Spans: []model.Span{{Start: start, End: start + len([]rune(sentence))}},
		Also:  []model.Event{{ID: "e2", Doc: "d2", Text: "Diplomats expect the talks to resume in Geneva.", Spans: []model.Span{{Start: 0, End: 47}}}}}
	return model.NewTimeline([]model.Document{doc, other}, nil, nil, nil, []model.Event{e})
}

func TestReaderOpensAtTheEventsWords(t *testing.T) {
	m := newPlain(t, longArticle(), 100, 30, Options{})
	m = send(m, keyMsg("o"))
	if m.read == nil {
		t.Fatalf("o should open the reader: %q", footerText(m))
	}
	s := screen(m)
	if !strings.Contains(s, "Article") || !strings.Contains(s, "The ministry said the talks would resume") {
		t.Errorf("the reader should show the event's sentence:\n%s", s)
	}
	if strings.Contains(s, "Talks to resume\n") || m.read.top == 0 {
		t.Errorf("the reader should have scrolled past the start (top %d)", m.read.top)
	}
	line := m.read.render(&m.styles, 100)[m.read.first-m.read.top]
	if !strings.Contains(line, m.styles.Match.Render("The ministry said the talks would resume in Geneva on")) {
		t.Errorf("the event's words should be marked: %q", line)
	}
	m = send(m, keyMsg("g"))
	if s := screen(m); !strings.Contains(s, "Talks to resume") || !strings.Contains(s, "Agency One · https://example.org/talks") {
		t.Errorf("the top shows the title and where the article came from:\n%s", s)
	}
	m = send(m, keyMsg("tab"))
	if m.read == nil || m.read.doc.ID != "d2" || !strings.Contains(footerText(m), "report 2 of 2") {
		t.Errorf("tab should open the next report's article: %+v, %q", m.read, footerText(m))
	}
	m = send(m, keyMsg("esc"))
	if m.read != nil || !strings.Contains(screen(m), "Timeline") {
		t.Error("esc should close the reader")
	}
}

func TestReaderWrapsEveryCharacterOnce(t *testing.T) {
	tl := longArticle()
	r := &reader{doc: &tl.Documents[0], spans: tl.Events[0].Spans}
	for _, w := range []int{10, 33, 80} {
		r.layout(w)
		var got strings.Builder
		body := []rune(r.doc.Body)
		last := 0
		for _, l := range r.lines {
			if l.head != "" {
				continue
			}
			if l.start < last {
				t.Fatalf("width %d: lines overlap at %d", w, l.start)
			}
			got.WriteString(string(body[l.start:l.end]))
			last = l.end
			if width(string(body[l.start:l.end])) > w {
				t.Errorf("width %d: line too wide: %q", w, string(body[l.start:l.end]))
			}
		}
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if squeeze(got.String()) != squeeze(r.doc.Body) {
			t.Errorf("width %d: the lines lose text", w)
		}
	}
}

func TestQuoteContextLeavesTheQuoteOut(t *testing.T) {
	cases := map[[2]string]string{
		{"Carter on Wednesday said the coalition has not agreed, AP reported.", "the coalition has not agreed"}: "Carter on Wednesday said …, AP reported.",
		{"“We will win,” he said.", "We will win"}:                                                              "", // adds too little
		{"The minister, speaking in Rome, said more.", "a quote elsewhere"}:                                     "The minister, speaking in Rome, said more.",
		{"", "anything"}: "",
	}
	for in, want := range cases {
		if got := around(in[0], in[1]); got != want {
			t.Errorf("around(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}
