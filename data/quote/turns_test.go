package quote

import (
	"strings"
	"testing"

	"storyline/data/actor"
	"storyline/data/text"
)

func TestTranscriptTurnsAreSpeech(t *testing.T) {
	src := "Interview with Wael Ghonim\n" +
		"BLITZER: Wael, this is Wolf Blitzer in Washington.\n" +
		"So first Tunisia, now Egypt.\n" +
		"GHONIM: Yes, for sure.\n" +
		"This revolution started online.\n" +
		"BLITZER: Thank you, Wael."
	d := text.Analyze(src)
	r := actor.Recognize(d, actor.DefaultGazetteer())
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	qs := Find(d, r)
	var got []string
	for _, q := range qs {
		got = append(got, names[q.Speaker]+": "+strings.Join(strings.Fields(q.Text), " "))
	}
	want := []string{
		"Wolf Blitzer: Wael, this is Wolf Blitzer in Washington. So first Tunisia, now Egypt.",
		"Wael Ghonim: Yes, for sure. This revolution started online.",
		"Wolf Blitzer: Thank you, Wael.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("turns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, q := range qs {
		if !q.Direct {
			t.Errorf("a turn is speech word for word: %+v", q)
		}
	}
}
