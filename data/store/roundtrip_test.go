package store

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"storyline/data/article"
	"storyline/model"
)

func TestRoundTripRealExtractions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	arts := append([]*article.Article{sampleArticle(t)}, meantimeArticles(t)...)
	arts = append(arts, syntheticArticles(t)...)
	all := extractAll(t, arts)
	for _, k := range all {
		if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
			t.Fatal(err)
		}
	}
	var events, quotes, mentions int
	for _, k := range all {
		same(t, s, k, testExtractor)
		events += len(k.x.Events)
		quotes += len(k.x.Document.Quotes)
		mentions += len(k.x.Document.Mentions)
	}
	// The articles must exercise what the store keeps, or the test proves little.
	if events < 100 || quotes < 20 || mentions < 200 {
		t.Fatalf("only %d events, %d quotes, %d mentions in %d articles", events, quotes, mentions, len(all))
	}
}

// TestRoundTripEdges stores what extraction rarely makes: empty lists beside nil ones,
// instants with a time of day and a zone, every granularity and mod, and strings JSON
// must escape.
func TestRoundTripEdges(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	at := time.Date(2015, 10, 7, 14, 30, 5, 123456789, time.UTC)
	zoned := time.Date(2015, 10, 7, 9, 0, 0, 0, time.FixedZone("", 2*3600))
	odd := "quote \" backslash \\ tab \t nul \x00 line\u2028 <&> é 東京 \U0001F600 invalid \xff\xfe"
	var events []model.Event
	for g := model.GranNone; g <= model.GranTime; g++ {
		for _, m := range []model.Mod{model.ModNone, model.ModBefore, model.ModApprox, model.ModEnd} {
			events = append(events, model.Event{ID: "d-e" + g.String() + string(m), Doc: "d",
				When: model.When{Start: at, End: at.AddDate(0, 1, 0), Gran: g, Mod: m}})
		}
	}
	// Years outside 0-9999 come from real text ("125,000 years ago", "the last 2,014 years").
	for _, y := range []int{-122989, -9, 0, 14005} {
		day := time.Date(y, 2, 28, 0, 0, 0, 0, time.UTC)
		events = append(events, model.Event{ID: "d-y" + strconv.Itoa(y), Doc: "d", When: model.When{Start: day, End: day.AddDate(0, 0, 1), Gran: model.GranDay}})
	}
	events = append(events,
		model.Event{ID: "d-undated", Doc: "d", Spans: []model.Span{}, Actors: []string{}, Sources: []string{}, Quotes: []int{}},
		model.Event{ID: "d-full", Doc: "d", When: model.When{Start: zoned, End: zoned, Gran: model.GranTime},
			DateText: odd, Title: odd, Text: odd, Spans: []model.Span{{Start: 0, End: 3}, {Start: 10, End: 1 << 40}},
			Actors: []string{"a1", "", odd}, Sources: []string{"s1"}, Quotes: []int{0, 2, -1}},
	)
	cases := []model.Extraction{
		{Document: model.Document{ID: "empty"}},
		{Document: model.Document{ID: "d", Title: odd, Source: odd, URL: odd, Body: odd, Published: at, DateOrigin: model.DateInferred,
			Timexes:  []model.Timex{{Start: 1, End: 2, Text: odd, Type: "TIME", Value: "2015-10-07T14:30", Mod: "APPROX"}},
			Mentions: []model.Mention{{Start: 3, End: 4, Text: odd, Actor: "a1"}, {}},
			Quotes: []model.Quote{{ID: "d-q1", Start: 5, End: 9, Text: odd, Speaker: "a1", SpeakerStart: 1, SpeakerEnd: 2, Source: "s1", Direct: true},
				{ID: "d-q2"}}},
			Actors: []model.Actor{{ID: "a1", Name: odd, Kind: model.KindPerson, Aliases: []string{}, Roles: []string{odd, ""}},
				{ID: "a2"}},
			Sources: []model.Source{{ID: "s1", Name: "Reuters", Kind: "news agency", Aliases: []string{"Thomson Reuters"}}, {ID: "s2", Aliases: []string{}}},
			Events:  events, Things: []string{"Deepwater Horizon", odd, ""}},
		{Document: model.Document{ID: "lists", Timexes: []model.Timex{}, Mentions: []model.Mention{}, Quotes: []model.Quote{}},
			Actors: []model.Actor{}, Sources: []model.Source{}, Events: []model.Event{}, Things: []string{}},
	}
	for i, x := range cases {
		k := keyed{strings.Repeat(string(rune('a'+i)), 64), x}
		if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
			t.Fatal(err)
		}
		same(t, s, k, testExtractor)
	}
}

// An extraction waiting to be written is found: the writer is held up here by taking the
// lock it writes under.
func TestGetFindsWhatWaitsToBeWritten(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	k := extractAll(t, []*article.Article{sampleArticle(t)})[0]
	s.touch(ctx, testExtractor)
	s.write.Lock()
	if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Get(ctx, k.key, testExtractor)
	var stored int
	s.db.QueryRow("SELECT count(*) FROM documents").Scan(&stored)
	s.write.Unlock()
	if err != nil || !ok || !reflect.DeepEqual(got, k.x) || stored != 0 {
		t.Fatalf("Get before the write: ok %v, err %v, equal %v, %d stored", ok, err, reflect.DeepEqual(got, k.x), stored)
	}
	same(t, s, k, testExtractor)
}

func TestGetMisses(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	k := extractAll(t, []*article.Article{sampleArticle(t)})[0]
	if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ key, extractor string }{{k.key, "another build"}, {strings.Repeat("0", 64), testExtractor}} {
		if _, ok, err := s.Get(ctx, c.key, c.extractor); ok || err != nil {
			t.Errorf("Get(%.8s, %s) = %v, %v; want a miss", c.key, c.extractor, ok, err)
		}
	}
}

// A second Put of the same key and extractor (another worker, another process) keeps the
// first: both came from the same article and the same code.
func TestPutTwiceKeepsOne(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	k := extractAll(t, []*article.Article{sampleArticle(t)})[0]
	for range 2 {
		if err := s.Put(ctx, k.key, testExtractor, k.x); err != nil {
			t.Fatal(err)
		}
	}
	same(t, s, k, testExtractor)
	in, err := s.Info(ctx)
	if err != nil || in.Documents != 1 {
		t.Fatalf("Info: %d documents, %v; want 1", in.Documents, err)
	}
}

func TestPutRefusesEventsOfAnotherDocument(t *testing.T) {
	s := openTemp(t)
	x := model.Extraction{Document: model.Document{ID: "d1"}, Events: []model.Event{{ID: "d2-e1", Doc: "d2"}}}
	if err := s.Put(context.Background(), "k", testExtractor, x); err == nil {
		t.Fatal("Put accepted an event of another document")
	}
}
