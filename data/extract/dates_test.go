package extract

import (
	"strings"
	"testing"
	"time"

	"storyline/data/article"
	"storyline/model"
)

func extractOne(t *testing.T, name, body string, flag time.Time) *model.Timeline {
	t.Helper()
	a, err := article.Parse(name, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return runArticles(t, RunOptions{Options: Options{Date: flag}}, a)
}

func TestPublicationDates(t *testing.T) {
	flag := model.Day(2020, 1, 1)
	cases := []struct {
		name, body string
		flag       time.Time
		want       string
		origin     model.DateOrigin
	}{
		{"fm.md", "---\ndate: 2015-10-07\n---\nMOSCOW, Oct 1 (Reuters) - Talks began on Monday.", flag, "2015-10-07", model.DateFrontMatter},
		{"full.txt", "WASHINGTON, October 7, 2015 (AP) — Talks began on Monday.", flag, "2015-10-07", model.DateDateline},
		{"flag.txt", "Talks began on Monday, officials said.", flag, "2020-01-01", model.DateFlag},
		{"partial.txt", "MOSCOW, Oct 7 (Reuters) - The strikes began on Sept. 30, 2015.", time.Time{}, "2015-10-07", model.DateDateline},
		{"inferred.txt", "The ceasefire was signed on 3 March 2014 in Minsk. Fighting resumed two weeks later.", time.Time{}, "2014-03-03", model.DateInferred},
		{"none.txt", "Talks began on Monday, officials said.", time.Time{}, "", model.DateUnknown},
	}
	for _, c := range cases {
		doc := extractOne(t, c.name, c.body, c.flag).Documents[0]
		got := ""
		if doc.Dated() {
			got = doc.Published.Format("2006-01-02")
		}
		if got != c.want || doc.DateOrigin != c.origin {
			t.Errorf("%s: published %q from %q, want %q from %q", c.name, got, doc.DateOrigin, c.want, c.origin)
		}
	}
}

func TestUndatedArticleStaysUnresolved(t *testing.T) {
	tl := extractOne(t, "none.txt", "Talks began on Monday, officials said. They will resume next week.", time.Time{})
	for _, x := range tl.Documents[0].Timexes {
		if !strings.Contains(x.Value, "X") {
			t.Errorf("%q resolved to %q without a publication date", x.Text, x.Value)
		}
	}
	for _, e := range tl.Events {
		if e.When.Dated() {
			t.Errorf("event %q dated %s without a publication date", e.Title, e.When.ISO())
		}
	}
}

func TestDatelineIsNotATitleButASource(t *testing.T) {
	tl := extractOne(t, "wire.txt", "MOSCOW, Oct 7 (Reuters) - Russian warships fired missiles on Wednesday, the ministry said.", model.Day(2015, 10, 7))
	doc := tl.Documents[0]
	if doc.Source != "Reuters" || doc.Title != "wire.txt" {
		t.Errorf("source %q, title %q", doc.Source, doc.Title)
	}
	if len(tl.Events) != 1 || !strings.HasPrefix(tl.Events[0].Title, "Russian warships fired") || tl.Events[0].When.ISO() != "2015-10-07" {
		t.Fatalf("events %+v", tl.Events)
	}
}

func TestSeveralArticlesShareActors(t *testing.T) {
	a1, _ := article.Parse("one.txt", []byte("---\ndate: 2015-10-07\n---\nRussian Defense Minister Sergei Shoigu said on Wednesday the strikes went on."))
	a2, _ := article.Parse("two.txt", []byte("---\ndate: 2015-10-08\n---\nShoigu said on Thursday that more strikes followed."))
	tl := runArticles(t, RunOptions{}, a1, a2)
	ids := tl.LookupActor("Sergei Shoigu")
	if len(ids) != 1 || tl.ActorCount(ids[0]) != 2 {
		t.Fatalf("Shoigu should be one actor in both articles: %v %+v", ids, tl.Actors)
	}
	if tl.Events[0].Doc != tl.Documents[0].ID || tl.Events[1].Doc != tl.Documents[1].ID || tl.Events[1].When.ISO() != "2015-10-08" {
		t.Fatalf("events %+v", tl.Events)
	}
}

// TestWireCreditsAndDatelineTown: a wire story's bracketed credit holds no event and names
// no actor, and its dateline's town is where an event happened only when the sentence
// names no other place.
func TestWireCreditsAndDatelineTown(t *testing.T) {
	tl := extractOne(t, "wire.txt", "TRIPOLI (Reuters) - Rebels retreated from Ras Lanuf on Thursday after heavy shelling.\n\n"+
		"(Reporting by Mohammed Abbas in Benghazi; Writing by Alastair Macdonald; Editing by Jon Hemming)", model.Day(2011, 3, 10))
	if len(tl.Events) != 1 {
		t.Fatalf("want the one event, got %+v", tl.Events)
	}
	if got := tl.Events[0].Places; len(got) != 1 || !strings.Contains(got[0], "ras-lanuf") {
		t.Errorf("places %v, want Ras Lanuf alone", got)
	}
	for _, a := range tl.Actors {
		t.Errorf("actor %q from a credit line", a.Name)
	}
	tl = extractOne(t, "wire.txt", "TRIPOLI (Reuters) - Explosions shook the capital on Thursday.", model.Day(2011, 3, 10))
	if len(tl.Events) != 1 || len(tl.Events[0].Places) != 1 || !strings.Contains(tl.Events[0].Places[0], "tripoli") {
		t.Errorf("events %+v, want one at Tripoli", tl.Events)
	}
}
