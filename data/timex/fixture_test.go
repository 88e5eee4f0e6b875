package timex

import (
	"encoding/json"
	"testing"
	"time"

	"storyline/data/sample"
	"storyline/data/text"
	"storyline/model"
)

// readFixture returns the seed article or its gold annotation, which ship with the
// embedded sample story.
func readFixture(t testing.TB, name string) string {
	t.Helper()
	switch name {
	case "caspian-strikes-2015.txt":
		return sample.Text()
	case "caspian-strikes-2015.gold.json":
		return string(sample.GoldJSON)
	}
	t.Fatalf("no fixture %s", name)
	return ""
}

// TestCaspianGold checks every gold time expression of the seed article: extent, type,
// value and mod, with nothing else tagged.
func TestCaspianGold(t *testing.T) {
	raw := readFixture(t, "caspian-strikes-2015.txt")
	goldRaw := readFixture(t, "caspian-strikes-2015.gold.json")
	var gold struct {
		Timexes []struct{ Text, Type, Value string } `json:"timexes"`
	}
	if err := json.Unmarshal([]byte(goldRaw), &gold); err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(raw)
	got := Tag(d, Options{DCT: model.Day(2015, 10, 7)})
	if len(got) != len(gold.Timexes) {
		for _, x := range got {
			t.Logf("tagged %q %s %s", d.Text[x.Start:x.End], x.Type, x.Value)
		}
		t.Fatalf("tagged %d expressions, gold has %d", len(got), len(gold.Timexes))
	}
	for k, g := range gold.Timexes {
		x := got[k]
		if s := d.Text[x.Start:x.End]; s != g.Text || x.Type != g.Type || x.Value != g.Value {
			t.Errorf("#%d: got %q %s %s, want %q %s %s", k, s, x.Type, x.Value, g.Text, g.Type, g.Value)
		}
	}
	if got[4].Mod != "MORE_THAN" {
		t.Errorf("more than four years: mod %q, want MORE_THAN", got[4].Mod)
	}
}

// TestCaspianWhen checks the calendar spans of the events the seed article's expressions
// date, signals applied.
func TestCaspianWhen(t *testing.T) {
	d := text.Analyze(readFixture(t, "caspian-strikes-2015.txt"))
	got := Tag(d, Options{DCT: model.Day(2015, 10, 7)})
	byText := map[string]Timex{}
	for _, x := range got {
		byText[d.Text[x.Start:x.End]] = x
	}
	day := func(m time.Month, dd int) time.Time { return model.Day(2015, m, dd) }
	cases := []struct {
		text   string
		signal string
		want   model.When
	}{
		{"Wednesday", "on", model.OnDay(day(10, 7))},
		{"the last two days", "over", model.When{Start: day(10, 5), End: day(10, 7), Gran: model.GranDay}},
		{"Sept. 30", "since", model.When{Start: day(9, 30), End: day(10, 7), Gran: model.GranDay}},
		{"more than four years", "for", model.When{Start: model.Day(2011, 10, 7), End: day(10, 7), Gran: model.GranDay, Mod: model.ModBefore}},
		{"a week ago", "ago", model.OnDay(day(9, 30))},
	}
	for _, c := range cases {
		x, ok := byText[c.text]
		if !ok {
			t.Errorf("%q not tagged", c.text)
			continue
		}
		if x.Signal != c.signal {
			t.Errorf("%q: signal %q, want %q", c.text, x.Signal, c.signal)
		}
		if x.When != c.want {
			t.Errorf("%q: When %+v, want %+v", c.text, x.When, c.want)
		}
	}
}

// TestCaspianNoDCT: without a publication date nothing relative is resolved, and nothing
// falls back to today.
func TestCaspianNoDCT(t *testing.T) {
	d := text.Analyze(readFixture(t, "caspian-strikes-2015.txt"))
	want := []string{"XXXX-XX-XX", "P2D", "XXXX-09-30", "XXXX-XX-XX", "P4Y", "XXXX-XX-XX", "XXXX-XX-XX"}
	got := Tag(d, Options{})
	if len(got) != len(want) {
		t.Fatalf("tagged %d, want %d", len(got), len(want))
	}
	for k, x := range got {
		if x.Value != want[k] {
			t.Errorf("#%d %q: value %s, want %s", k, d.Text[x.Start:x.End], x.Value, want[k])
		}
		if x.When.Dated() {
			t.Errorf("#%d %q: dated %v without a DCT", k, d.Text[x.Start:x.End], x.When)
		}
	}
}
