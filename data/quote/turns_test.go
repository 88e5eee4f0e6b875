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

// A journalist's turn ("BEN WEDEMAN, CNN SENIOR INTERNATIONAL CORRESPONDENT:") is speech
// all the same, with no actor for its speaker; the guest's turn after it is the guest's.
func TestJournalistsTurnsAreSpeechWithoutAnActor(t *testing.T) {
	src := "Crowds gathered in Cairo.\n" +
		"BEN WEDEMAN, CNN SENIOR INTERNATIONAL CORRESPONDENT: The crowds are growing here tonight.\n" +
		"MOHAMED ELBARADEI, OPPOSITION LEADER: We want him to go now.\n"
	d := text.Analyze(src)
	r := actor.Recognize(d, actor.DefaultGazetteer())
	qs := Find(d, r)
	if len(qs) != 2 {
		t.Fatalf("want two turns, got %+v", qs)
	}
	if qs[0].Speaker != "" || !strings.HasPrefix(qs[0].Text, "The crowds are growing") {
		t.Errorf("the correspondent's turn: %+v", qs[0])
	}
	if qs[1].Speaker == "" || !strings.HasPrefix(qs[1].Text, "We want him") {
		t.Errorf("the guest's turn: %+v", qs[1])
	}
}
