package format

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/model"
)

// rlo reverses what follows it on screen: "gnp\u202e.exe" reads as "gnpexe.".
const rlo = "\u202e"

func bidiTimeline() *model.Timeline {
	body := "Officials said " + rlo + "txet" + "\u202c the file was gnp" + rlo + ".exe, “it is " + rlo + "safe”."
	doc := model.Document{ID: "d1", Title: "Headline " + rlo + "enildaeh", Source: "Outlet" + rlo, Published: model.Day(2015, 10, 7),
		DateOrigin: model.DateFrontMatter, Body: body,
		Quotes: []model.Quote{{ID: "d1-q1", Text: "it is " + rlo + "safe", Speaker: "a", Source: "s", Direct: true}}}
	events := []model.Event{{ID: "d1-e1", When: model.OnDay(model.Day(2015, 10, 7)), DateText: "today" + rlo,
		Title: "The file was gnp" + rlo + ".exe", Text: "The file was gnp" + rlo + ".exe \u2067x\u2069.", Doc: "d1",
		Actors: []string{"a"}, Sources: []string{"s"}, Places: []string{"p"}, Quotes: []int{0}}}
	actors := []model.Actor{{ID: "a", Name: "Mallory" + rlo, Kind: model.KindPerson}}
	sources := []model.Source{{ID: "s", Name: "Agency" + rlo, Kind: "news"}}
	places := []model.Place{{ID: "p", Name: "Ville" + rlo, Kind: model.PlaceCity, Country: "Land" + rlo}}
	return model.NewTimeline([]model.Document{doc}, actors, sources, places, events)
}

// noBidi fails if a bidi control reached the output, and checks that its place is shown.
func noBidi(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			t.Fatalf("%s: %U reached the output raw: %q", what, r, out)
		}
	}
	if !strings.Contains(out, "gnp\uFFFD.exe") {
		t.Fatalf("%s: the override is not shown in its place: %q", what, out)
	}
}

func TestBidiOverrideNeverReachesTextOrMarkdown(t *testing.T) {
	for _, name := range []string{"text", "markdown", "csv"} {
		var out bytes.Buffer
		if err := Write(&out, name, bidiTimeline()); err != nil {
			t.Fatal(err)
		}
		noBidi(t, name, out.String())
	}
}

// A timeline file read back is cleaned like an article: its bodies rune for rune, so the
// offsets in it still point at the same words.
func TestReadJSONReplacesBidiControls(t *testing.T) {
	var file bytes.Buffer
	if err := WriteJSON(&file, bidiTimeline()); err != nil {
		t.Fatal(err)
	}
	tl, err := ReadJSON(&file)
	if err != nil {
		t.Fatal(err)
	}
	d := tl.Documents[0]
	if strings.Contains(d.Body+d.Title, rlo) || !strings.Contains(d.Body, "gnp\uFFFD.exe") {
		t.Fatalf("read back as %q / %q", d.Title, d.Body)
	}
	if utf8.RuneCountInString(d.Body) != utf8.RuneCountInString(bidiTimeline().Documents[0].Body) {
		t.Fatal("the body's code points moved")
	}
	for _, name := range []string{"text", "markdown"} {
		var out bytes.Buffer
		if err := Write(&out, name, tl); err != nil {
			t.Fatal(err)
		}
		noBidi(t, name+" after JSON", out.String())
	}
}
