package format

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"storyline/model"
)

// roundTripTimelines are timelines of several shapes: the hand-made fixture, an empty one,
// a document without events, and synthetic corpora of several documents whose actors and
// sources share slugs, with undated events, intervals and time granularity.
func roundTripTimelines() map[string]*model.Timeline {
	return map[string]*model.Timeline{
		"fixture":      fixture(),
		"empty":        model.NewTimeline(nil, nil, nil, nil, nil),
		"no events":    model.NewTimeline([]model.Document{{ID: "0123456789ab", Title: "Quiet day", Body: "Nothing."}}, nil, nil, nil, nil),
		"3 documents":  synthTimeline(3, 12),
		"40 documents": synthTimeline(40, 9),
		"deep past":    deepPast(),
		"merged":       merged(),
	}
}

// merged has an event that three documents report, ranked, with the key dates.
func merged() *model.Timeline {
	tl := synthTimeline(3, 4)
	lead := -1
	var events []model.Event
	for _, e := range tl.Events {
		switch {
		case lead < 0 && e.When.Dated():
			lead = len(events)
			events = append(events, e)
		case lead >= 0 && e.Doc != events[lead].Doc && len(events[lead].Documents()) < 3 &&
			!slices.Contains(events[lead].Documents(), e.Doc):
			events[lead].Also = append(events[lead].Also, e)
		default:
			events = append(events, e)
		}
	}
	events[lead].Salience = 4.5
	out := model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, tl.Places, events)
	out.KeyDates = []model.KeyDate{{Day: model.Day(events[lead].When.Start.Date()), Salience: 7.25, Events: []string{events[lead].ID}}}
	return out
}

func TestMergedEventsAndKeyDatesAreWritten(t *testing.T) {
	got := string(writeJSON(t, merged()))
	for _, want := range []string{`"reports": 3, "salience": 4.5, "also": [{`, `"key_dates": [` + "\n" + `  {"date": "`, `"salience": 7.25, "events": ["`} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

// deepPast has the years extraction finds in "125,000 years ago" and "the last 2,014
// years", outside the four digits of plain ISO dates.
func deepPast() *model.Timeline {
	doc := model.Document{ID: "5f0c2a9e41d7", Title: "Origins", Published: model.Day(2005, 11, 29), DateOrigin: model.DateInferred, Body: "…"}
	events := []model.Event{
		{ID: "5f0c2a9e41d7-e1", Doc: doc.ID, DateText: "to 125,000 years ago", When: model.When{Start: model.Day(-122989, 1, 1), End: model.Day(-122989, 12, 31), Gran: model.GranYear}},
		{ID: "5f0c2a9e41d7-e2", Doc: doc.ID, DateText: "of the last 2,014 years", When: model.When{Start: model.Day(-9, 11, 29), End: model.Day(2005, 11, 29), Gran: model.GranDay}},
		{ID: "5f0c2a9e41d7-e3", Doc: doc.ID, DateText: "in 12,000 years", When: model.When{Start: model.Day(14005, 1, 1), End: model.Day(14005, 12, 31), Gran: model.GranYear, Mod: model.ModApprox}},
	}
	return model.NewTimeline([]model.Document{doc}, nil, nil, nil, events)
}

func TestJSONRoundTrip(t *testing.T) {
	for name, tl := range roundTripTimelines() {
		t.Run(name, func(t *testing.T) {
			first := writeJSON(t, tl)
			back, err := ReadJSON(bytes.NewReader(first))
			if err != nil {
				t.Fatal(err)
			}
			sameTimeline(t, tl, back)
			if again := writeJSON(t, back); !bytes.Equal(first, again) {
				t.Fatalf("writing what was read changed the bytes:\n%s\n----\n%s", first, again)
			}
			oneElementALine(t, first)
		})
	}
}

// The layout is the format's documented face (docs/json-format.md): version first, a line
// per key and per element.
func TestWriteJSONLayout(t *testing.T) {
	if got := string(writeJSON(t, fixture())); got != fixtureJSON {
		t.Fatalf("got\n%s\nwant\n%s", got, fixtureJSON)
	}
}

const fixtureJSON = `{
 "storyline": 1,
 "documents": [
  {"id": "d1", "title": "Strikes", "published": "2015-10-07", "published_from": "front matter", "source": "", "body": "Russian warships launched missiles on Wednesday. “They continue to hit targets,” he added.", "timexes": [{"start": 38, "end": 47, "text": "Wednesday", "type": "DATE", "value": "2015-10-07"}], "mentions": [{"start": 0, "end": 16, "text": "Russian warships", "actor": "russia"}], "quotes": [{"id": "d1-q1", "start": 50, "end": 75, "text": "They continue to hit targets", "speaker": "carter", "speaker_start": 78, "speaker_end": 80, "source": "ap", "direct": true}]}
 ],
 "actors": [
  {"id": "russia", "name": "Russia", "kind": "country", "aliases": ["Russian warships"]},
  {"id": "carter", "name": "Ashton Carter", "kind": "person", "aliases": [], "roles": ["Defense Secretary"]}
 ],
 "sources": [
  {"id": "ap", "name": "Associated Press", "kind": "news agency", "aliases": ["AP"]}
 ],
 "places": [
  {"id": "caspian-sea", "name": "Caspian Sea", "kind": "place"},
  {"id": "latakia", "name": "Latakia", "kind": "city", "country": "Syria", "lat": 35.52, "lon": 35.78, "aliases": ["Lattakia"]}
 ],
 "events": [
  {"id": "d1-e3", "start": "2011-10-07", "end": "2015-10-07", "granularity": "day", "mod": "before", "date_text": "", "title": "Civil war *fuelled*", "text": "", "document": "d1", "spans": [], "actors": [], "sources": [], "quotes": [], "reports": 1},
  {"id": "d1-e1", "start": "2015-10-07", "end": "2015-10-07", "granularity": "day", "date_text": "Wednesday", "title": "Russian warships launched missiles", "text": "Russian warships launched missiles on Wednesday.", "document": "d1", "spans": [[0, 48]], "actors": ["russia"], "sources": [], "places": ["caspian-sea", "latakia"], "quotes": [], "reports": 1},
  {"id": "d1-e2", "start": "", "end": "", "granularity": "", "date_text": "", "title": "They continue to hit targets", "text": "…", "document": "d1", "spans": [], "actors": ["carter"], "sources": ["ap"], "quotes": [0], "reports": 1}
 ]
}
`

// Writing into a pipe that closes stops at the first failed write, as `storyline --format
// json | head` wants, and says why.
func TestWriteJSONStopsAtWriteError(t *testing.T) {
	w := &failingWriter{room: 100 << 10}
	err := WriteJSON(w, synthTimeline(40, 9))
	if !errors.Is(err, errPipe) || w.writes > 3 {
		t.Fatalf("error %v after %d writes", err, w.writes)
	}
}

var errPipe = errors.New("broken pipe")

type failingWriter struct{ room, writes int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if len(p) > w.room {
		return 0, errPipe
	}
	w.room -= len(p)
	return len(p), nil
}

// A tool that rewrites the file may reorder its keys: the reader takes them in any order,
// resolves references at the end, and passes over keys it does not know.
func TestReadJSONAnyKeyOrder(t *testing.T) {
	tl := synthTimeline(4, 6)
	var top map[string]json.RawMessage
	if err := json.Unmarshal(writeJSON(t, tl), &top); err != nil {
		t.Fatal(err)
	}
	top["generator"] = json.RawMessage(`{"name": "jq", "args": [[1], {"x": null}]}`)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range []string{"events", "generator", "sources", "actors", "storyline", "documents"} {
		if i > 0 {
			b.WriteString(",")
		}
		key, _ := json.Marshal(k)
		b.Write(key)
		b.WriteString(":")
		b.Write(top[k])
	}
	b.WriteString("}")
	back, err := ReadJSON(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	sameTimeline(t, tl, back)
}

func writeJSON(t testing.TB, tl *model.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, tl); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sameTimeline fails unless the two timelines hold the same documents, actors, sources
// and events, in the same order.
func sameTimeline(t testing.TB, want, got *model.Timeline) {
	t.Helper()
	same(t, "documents", want.Documents, got.Documents)
	same(t, "actors", want.Actors, got.Actors)
	same(t, "sources", want.Sources, got.Sources)
	same(t, "events", want.Events, got.Events)
	same(t, "key dates", want.KeyDates, got.KeyDates)
}

func same[T any](t testing.TB, what string, want, got []T) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%s: %d, want %d", what, len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(want[i], got[i]) {
			t.Fatalf("%s[%d] changed:\n got %+v\nwant %+v", what, i, got[i], want[i])
		}
	}
}

// oneElementALine checks the layout the format promises line tools: the version and each
// key on a line of its own, and each element of an array a whole JSON value on one line.
func oneElementALine(t testing.TB, file []byte) {
	t.Helper()
	for n, line := range strings.Split(strings.TrimSuffix(string(file), "\n"), "\n") {
		switch {
		case line == "{" || line == "}" || line == " ]," || line == " ]" || strings.HasPrefix(line, ` "storyline": `):
		case strings.HasPrefix(line, ` "`) && (strings.HasSuffix(line, ": [") || strings.HasSuffix(line, ": [],") || strings.HasSuffix(line, ": []")):
		case strings.HasPrefix(line, "  {"):
			if !json.Valid([]byte(strings.TrimSuffix(line[2:], ","))) {
				t.Fatalf("line %d is not one element: %.200s", n+1, line)
			}
		default:
			t.Fatalf("line %d is out of the layout: %.200s", n+1, line)
		}
	}
}
