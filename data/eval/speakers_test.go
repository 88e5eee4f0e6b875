package eval

import (
	"testing"

	"storyline/data/actor"
	"storyline/data/eval/corpus"
	"storyline/data/quote"
	"storyline/data/text"
)

func TestScoreSpeakers(t *testing.T) {
	txt := `Apple said the phone would ship in June . " I said we would , " Jobs said . The firm announced a recall .`
	doc := &corpus.Doc{Text: txt}
	at := func(s string, nth int) corpus.Span {
		rs := []rune(txt)
		w := []rune(s)
		for i, n := 0, 0; i+len(w) <= len(rs); i++ {
			if string(rs[i:i+len(w)]) == s {
				if n == nth {
					return corpus.Span{Start: i, End: i + len(w)}
				}
				n++
			}
		}
		t.Fatalf("%q not found", s)
		return corpus.Span{}
	}
	doc.Speeches = []corpus.Speech{
		{Span: at("said", 0), Speakers: []corpus.Span{at("Apple", 0)}},         // a claim: right
		{Span: at("said", 1), Speakers: []corpus.Span{at("I", 0)}},             // inside the quotation: not scored
		{Span: at("said", 2), Speakers: []corpus.Span{at("Jobs", 0)}},          // the quotation's cue: right
		{Span: at("announced", 0), Speakers: []corpus.Span{at("The firm", 0)}}, // no quote: not aligned
		{Span: at("would", 0)}, // no Arg0: not counted
	}
	d := text.Analyze(txt)
	r := actor.Recognize(d, actor.DefaultGazetteer())
	c, _ := scoreSpeakers(doc, d, quote.Find(d, r))
	want := SpeakerCounts{Inside: 1, Events: 3, Aligned: 2, ByCue: 2, Right: 2}
	if c != want {
		t.Errorf("got %+v, want %+v", c, want)
	}
}
