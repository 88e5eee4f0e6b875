package format

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"storyline/model"
)

// tljs decodes WriteTimelineJS's output with numbers kept as json.Number, so that a
// number written as a string shows.
func tljs(t *testing.T, tl *model.Timeline) (map[string]any, []map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, tl); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	var top map[string]any
	if err := dec.Decode(&top); err != nil {
		t.Fatalf("%v in\n%s", err, buf.String())
	}
	title, _ := top["title"].(map[string]any)
	list, ok := top["events"].([]any)
	if title == nil || !ok {
		t.Fatalf("no title object or events array: %v", top)
	}
	var events []map[string]any
	for _, e := range list {
		events = append(events, e.(map[string]any))
	}
	return title, events
}

// The fields TimelineJS 3 knows: anything else is a typo it would ignore silently.
var (
	tljsSlideKeys = keySet("start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id")
	tljsDateKeys  = keySet("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format")
)

func keySet(keys ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// checkSlide checks a slide against TimelineJS's rules: known fields, text with string
// headline and text, string group and display_date, and dates as checkDate has them.
func checkSlide(t *testing.T, s map[string]any, dated bool) {
	t.Helper()
	id := s["unique_id"]
	for k := range s {
		if !tljsSlideKeys[k] {
			t.Errorf("%v: unknown field %q", id, k)
		}
	}
	text, _ := s["text"].(map[string]any)
	if _, ok := text["headline"].(string); !ok {
		t.Errorf("%v: text.headline is not a string: %v", id, s["text"])
	}
	if _, ok := text["text"].(string); !ok {
		t.Errorf("%v: text.text is not a string: %v", id, s["text"])
	}
	for _, k := range []string{"group", "display_date", "unique_id"} {
		if v, ok := s[k]; ok {
			if str, isStr := v.(string); !isStr || str == "" {
				t.Errorf("%v: %s should be a non-empty string: %#v", id, k, v)
			}
		}
	}
	if !dated {
		if s["start_date"] != nil || s["end_date"] != nil {
			t.Errorf("%v: the title slide has a date", id)
		}
		return
	}
	start, ok := s["start_date"].(map[string]any)
	if !ok {
		t.Fatalf("%v: no start_date", id)
	}
	a := checkDate(t, fmt.Sprint(id, " start"), start)
	if s["end_date"] != nil {
		end, ok := s["end_date"].(map[string]any)
		if !ok {
			t.Fatalf("%v: end_date is not an object", id)
		}
		if b := checkDate(t, fmt.Sprint(id, " end"), end); b.Before(a) {
			t.Errorf("%v: ends %v before it starts %v", id, b, a)
		}
	}
}

// checkDate checks a date: a year that is an integer (negative allowed), and each finer
// part an integer in range, given only with the coarser parts, on a day that exists.
func checkDate(t *testing.T, what string, d map[string]any) time.Time {
	t.Helper()
	for k := range d {
		if !tljsDateKeys[k] {
			t.Errorf("%s: unknown date field %q", what, k)
		}
	}
	parts := map[string]int{"month": 1, "day": 1}
	for _, p := range []struct {
		name, coarser string
		lo, hi        int
	}{{"year", "", -1 << 31, 1<<31 - 1}, {"month", "year", 1, 12}, {"day", "month", 1, 31}, {"hour", "day", 0, 23}, {"minute", "hour", 0, 59}} {
		v, ok := d[p.name]
		if !ok {
			if p.name == "year" {
				t.Errorf("%s: no year: %v", what, d)
			}
			continue
		}
		n, isNum := v.(json.Number)
		i, err := n.Int64()
		if !isNum || err != nil {
			t.Errorf("%s: %s is not an integer number: %#v", what, p.name, v)
			continue
		}
		if int(i) < p.lo || int(i) > p.hi {
			t.Errorf("%s: %s %d is not in %d–%d", what, p.name, i, p.lo, p.hi)
		}
		if _, ok := d[p.coarser]; p.coarser != "" && !ok {
			t.Errorf("%s: %s without %s", what, p.name, p.coarser)
		}
		parts[p.name] = int(i)
	}
	day := time.Date(parts["year"], time.Month(parts["month"]), parts["day"], parts["hour"], parts["minute"], 0, 0, time.UTC)
	if day.Day() != parts["day"] {
		t.Errorf("%s: no such day: %v", what, d)
	}
	return day
}

func TestTimelineJSFollowsTheFormat(t *testing.T) {
	for name, tl := range roundTripTimelines() {
		t.Run(name, func(t *testing.T) {
			title, events := tljs(t, tl)
			checkSlide(t, title, false)
			if len(events) != tl.DatedCount() {
				t.Fatalf("%d slides for %d dated events", len(events), tl.DatedCount())
			}
			ids := map[string]bool{title["unique_id"].(string): true}
			for i, s := range events {
				checkSlide(t, s, true)
				id, _ := s["unique_id"].(string)
				if id != tl.Events[i].ID {
					t.Errorf("slide %d is %q, want event %q", i, id, tl.Events[i].ID)
				}
				if ids[id] {
					t.Errorf("unique_id %q used twice", id)
				}
				ids[id] = true
			}
		})
	}
}

// slideOf writes a one-event timeline and returns its slide.
func slideOf(t *testing.T, e model.Event) map[string]any {
	t.Helper()
	e.ID, e.Doc = "d-e1", "d"
	tl := model.NewTimeline([]model.Document{{ID: "d"}}, nil, nil, nil, []model.Event{e})
	_, events := tljs(t, tl)
	if len(events) != 1 {
		t.Fatalf("%d slides", len(events))
	}
	checkSlide(t, events[0], true)
	return events[0]
}

func dateJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestTimelineJSDates(t *testing.T) {
	at := time.Date(2015, 10, 7, 0, 5, 0, 0, time.UTC)
	oct := model.Day(2015, 10, 1)
	cases := []struct {
		name       string
		when       model.When
		start, end string // JSON of start_date and end_date, "null" when absent
		display    string
	}{
		{"day", model.OnDay(at), `{"day":7,"month":10,"year":2015}`, "null", ""},
		{"no granularity", model.When{Start: at, End: model.Day(2015, 10, 7)}, `{"day":7,"month":10,"year":2015}`, "null", ""},
		{"time at midnight hour", model.When{Start: at, End: at, Gran: model.GranTime}, `{"day":7,"hour":0,"minute":5,"month":10,"year":2015}`, "null", ""},
		{"month", model.When{Start: oct, End: model.NaturalEnd(oct, model.GranMonth), Gran: model.GranMonth}, `{"month":10,"year":2015}`, "null", ""},
		{"year", model.When{Start: model.Day(2015, 1, 1), End: model.Day(2015, 12, 31), Gran: model.GranYear}, `{"year":2015}`, "null", ""},
		{"BC year", model.When{Start: model.Day(-44, 1, 1), End: model.Day(-44, 12, 31), Gran: model.GranYear}, `{"year":-44}`, "null", ""},
		{"decade", model.When{Start: model.Day(2010, 1, 1), End: model.Day(2019, 12, 31), Gran: model.GranDecade}, `{"year":2010}`, "null", "2010s"},
		{"quarter", model.When{Start: oct, End: model.Day(2015, 12, 31), Gran: model.GranQuarter}, `{"month":10,"year":2015}`, "null", "Q4 2015"},
		{"week", model.When{Start: model.Day(2015, 10, 5), End: model.Day(2015, 10, 11), Gran: model.GranWeek}, `{"day":5,"month":10,"year":2015}`, "null", "week 41 2015"},
		{"day interval", model.When{Start: model.Day(2015, 9, 30), End: model.Day(2015, 10, 7), Gran: model.GranDay}, `{"day":30,"month":9,"year":2015}`, `{"day":7,"month":10,"year":2015}`, ""},
		{"month interval", model.When{Start: model.Day(2015, 9, 1), End: model.Day(2015, 10, 31), Gran: model.GranMonth}, `{"month":9,"year":2015}`, `{"month":10,"year":2015}`, ""},
		{"before", model.When{Start: model.Day(2015, 10, 7), End: model.Day(2015, 10, 7), Gran: model.GranDay, Mod: model.ModBefore}, `{"day":7,"month":10,"year":2015}`, "null", "before Wed 7 Oct 2015"},
		{"after", model.When{Start: model.Day(2015, 10, 7), End: model.Day(2015, 10, 7), Gran: model.GranDay, Mod: model.ModAfter}, `{"day":7,"month":10,"year":2015}`, "null", "after Wed 7 Oct 2015"},
		{"approx", model.When{Start: model.Day(2015, 1, 1), End: model.Day(2015, 12, 31), Gran: model.GranYear, Mod: model.ModApprox}, `{"year":2015}`, "null", "about 2015"},
		{"early month", model.When{Start: oct, End: model.NaturalEnd(oct, model.GranMonth), Gran: model.GranMonth, Mod: model.ModStart}, `{"month":10,"year":2015}`, "null", "early Oct 2015"},
		{"from before", model.When{Start: model.Day(2011, 10, 7), End: model.Day(2015, 10, 7), Gran: model.GranDay, Mod: model.ModBefore}, `{"day":7,"month":10,"year":2011}`, `{"day":7,"month":10,"year":2015}`, "from before Fri 7 Oct 2011 – Wed 7 Oct 2015"},
	}
	for _, c := range cases {
		s := slideOf(t, model.Event{When: c.when, Title: c.name})
		display, _ := s["display_date"].(string)
		if got := dateJSON(s["start_date"]); got != c.start {
			t.Errorf("%s: start_date %s, want %s", c.name, got, c.start)
		}
		if got := dateJSON(s["end_date"]); got != c.end {
			t.Errorf("%s: end_date %s, want %s", c.name, got, c.end)
		}
		if display != c.display {
			t.Errorf("%s: display_date %q, want %q", c.name, display, c.display)
		}
	}
}

func TestTimelineJSLeavesOutUndated(t *testing.T) {
	title, events := tljs(t, fixture())
	for _, s := range events {
		if s["unique_id"] == "d1-e2" {
			t.Errorf("the undated event is on the timeline")
		}
	}
	if len(events) != 2 {
		t.Errorf("%d slides, want the 2 dated events", len(events))
	}
	text := title["text"].(map[string]any)
	if text["headline"] != "Timeline: Strikes" || !strings.Contains(text["text"].(string), "Not shown: 1 event without a date.") {
		t.Errorf("title slide: %v", text)
	}
	// With nothing dated there is nothing to show, and the JSON still parses.
	none := model.NewTimeline([]model.Document{{ID: "a"}}, nil, nil, nil, []model.Event{{ID: "a-e1", Doc: "a"}})
	if _, events := tljs(t, none); len(events) != 0 {
		t.Errorf("undated only: %d slides", len(events))
	}
}

func TestTimelineJSText(t *testing.T) {
	tl := merged()
	title, events := tljs(t, tl)
	if h := title["text"].(map[string]any)["headline"]; h != "Timeline: Example Daily" {
		t.Errorf("title headline %q: want the outlet of most articles", h)
	}
	lead := tl.Events[0]
	s := events[0]
	body := s["text"].(map[string]any)["text"].(string)
	if !strings.Contains(body, "— reported by 3 articles") || !strings.Contains(body, `<a href="https://example.com/`) {
		t.Errorf("body of the event three articles report: %s", body)
	}
	names := actorList(tl, lead.AllActors())
	if s["group"] != names[0] {
		t.Errorf("group %q, want the first actor %q", s["group"], names[0])
	}
}

func TestTimelineJSEscapes(t *testing.T) {
	doc := model.Document{ID: "d", Title: "A & B", Source: "<Outlet>", URL: `https://x.example/?a=1&b="2"`}
	e := model.Event{ID: "d-e1", Doc: "d", When: model.OnDay(model.Day(2015, 10, 7)),
		Title: "<script>alert('x')</script> & co", Text: "He said \"stop\" <b>now</b>\nand\x07left.", Actors: []string{"a"}}
	actors := []model.Actor{{ID: "a", Name: "Tom & <Jerry>"}}
	tl := model.NewTimeline([]model.Document{doc}, actors, nil, nil, []model.Event{e})
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if raw := buf.String(); strings.ContainsAny(raw, "<>") {
		t.Errorf("< or > unescaped in the JSON, unsafe inside a <script>:\n%s", raw)
	}
	_, events := tljs(t, tl)
	text := events[0]["text"].(map[string]any)
	if want := "&lt;script&gt;alert('x')&lt;/script&gt; &amp; co"; text["headline"] != want {
		t.Errorf("headline %q, want %q", text["headline"], want)
	}
	want := `<p>He said "stop" &lt;b&gt;now&lt;/b&gt; and␇left.</p><p>— reported by 1 article · <a href="https://x.example/?a=1&amp;b=&#34;2&#34;">A &amp; B</a></p>`
	if text["text"] != want {
		t.Errorf("text\n%q, want\n%q", text["text"], want)
	}
	if events[0]["group"] != "Tom & <Jerry>" { // plain text: TimelineJS strips markup from groups
		t.Errorf("group %q", events[0]["group"])
	}
}
