package ui

import (
	"strings"
	"testing"
	"time"

	"storyline/model"
)

func detailOf(t *testing.T, tl *model.Timeline, ev, w, h int) []string {
	t.Helper()
	d := newDetailPane(tl)
	d.sync(plainStyles(), 0, ev, w, h)
	return stripAll(d.lines)
}

func TestDetailShowsEverythingAboutTheEvent(t *testing.T) {
	tl := fixture(t)
	s := strings.Join(detailOf(t, tl, 6, 70, 10), "\n") // Carter
	for _, want := range []string{
		"When     Wed 7 Oct 2015",
		"U.S. Defense Secretary Ashton Carter ruled out cooperation with Russia",
		"Actors   Ashton Carter · person",
		"         United States · country",
		"Sources  Associated Press · news agency",
		"Article  Russia fires cruise missiles at Syria from the Caspian Sea",
		"         ap-2015-10-07-caspian · Associated Press\n         published Wed 7 Oct 2015",
		"Quotes   4",
		"“that’s it”",
		"≈ the U.S. will conduct basic, technical talks with Russia",
		"— Ashton Carter, reported via Associated Press",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "inferred") {
		t.Error("the fixture's date comes from front matter")
	}
	s = strings.Join(detailOf(t, tl, 2, 70, 10), "\n") // the interval
	if !strings.Contains(s, "30 Sep – 7 Oct 2015 (8 days)") || !strings.Contains(s, "from the words “since Sept. 30”") || !strings.Contains(s, "Sergei Shoigu · person · Russian Defense Minister") {
		t.Errorf("interval detail:\n%s", s)
	}
	s = strings.Join(detailOf(t, tl, 0, 70, 10), "\n") // before 2011
	if !strings.Contains(s, "from before Fri 7 Oct 2011 – Wed 7 Oct 2015") || strings.Contains(s, "days)") {
		t.Errorf("a 'before' interval should not claim a length:\n%s", s)
	}
}

func TestDetailSaysWhenThePublicationDateWasInferred(t *testing.T) {
	docs := []model.Document{{ID: "d", Title: "T", Published: model.Day(2015, 10, 7), DateOrigin: model.DateInferred}}
	events := []model.Event{{ID: "e", Title: "x", Text: "x", Doc: "d", When: model.OnDay(model.Day(2015, 10, 7))}}
	s := strings.Join(detailOf(t, model.NewTimeline(docs, nil, nil, nil, events), 0, 70, 10), "\n")
	if !strings.Contains(s, "published Wed 7 Oct 2015 (date inferred, not stated)") {
		t.Errorf("inferred date not said:\n%s", s)
	}
	docs[0].Published = time.Time{}
	s = strings.Join(detailOf(t, model.NewTimeline(docs, nil, nil, nil, events), 0, 70, 10), "\n")
	if !strings.Contains(s, "publication date unknown") {
		t.Errorf("unknown date not said:\n%s", s)
	}
}

func TestDetailScrolls(t *testing.T) {
	d := newDetailPane(fixture(t))
	d.sync(plainStyles(), 0, 6, 40, 5)
	n := len(d.lines)
	d.scroll(100)
	if d.top != n-5 || len(d.Render()) != 5 {
		t.Errorf("scrolled to %d of %d", d.top, n)
	}
	d.sync(plainStyles(), 0, 5, 40, 5)
	if d.top != 0 {
		t.Error("a new event should start at the top")
	}
	if d.info() == "" {
		t.Error("a long detail should say where it is")
	}
}

// A merged event's detail says how many documents, outlets and cited sources report it,
// and lists each other report with its article and words.
func TestDetailListsReports(t *testing.T) {
	docs := []model.Document{
		{ID: "d1", Title: "Strikes", Source: "BBC", Published: model.Day(2015, 10, 7)},
		{ID: "d2", Title: "Missiles fired", Source: "Reuters", Published: model.Day(2015, 10, 8)},
		{ID: "d3", Title: "Caspian launch", Source: "bbc", Published: model.Day(2015, 10, 8)},
	}
	e := model.Event{ID: "d1-e1", Doc: "d1", When: model.OnDay(model.Day(2015, 10, 7)), Text: "Russian warships fired 26 missiles.",
		Also: []model.Event{
			{ID: "d2-e4", Doc: "d2", When: model.OnDay(model.Day(2015, 10, 7)), Text: "Warships in the Caspian launched missiles on Wednesday.", Sources: []string{"ap"}},
			{ID: "d3-e2", Doc: "d3", When: model.OnDay(model.Day(2015, 10, 7)), Text: "Four ships fired cruise missiles."},
		}}
	tl := model.NewTimeline(docs, nil, []model.Source{{ID: "ap", Name: "Associated Press"}}, nil, []model.Event{e})
	d := detailPane{tl: tl, ev: 0, w: 80, h: 40}
	got := strings.Join(stripAll(d.build(plainStyles())), "\n")
	for _, want := range []string{
		"Reports  3 documents from 2 outlets; 1 source cited",
		"Missiles fired · Reuters · 8 Oct 2015",
		"Warships in the Caspian launched missiles on Wednesday.",
		"Sources  Associated Press",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("detail lacks %q:\n%s", want, got)
		}
	}
}
