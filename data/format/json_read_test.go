package format

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode"
)

func TestReadJSONErrors(t *testing.T) {
	const v = `{"storyline":1,`
	cases := map[string]string{
		// Not a storyline timeline.
		``:                                "not a storyline timeline: the file is empty",
		`not json`:                        "not a storyline timeline: not JSON: invalid character 'o'",
		`[{"storyline":1}]`:               "not a storyline timeline: an array, not an object",
		`{"documents":[],"x":1}`:          `not a storyline timeline: no "storyline" format version; JSON from another program?`,
		`{"documents":[{"id":5}]}`:        `not a storyline timeline: no "storyline" format version`,
		`{"documents":[{"id":"d"},{"id":`: `not a storyline timeline: no "storyline" format version before the JSON breaks off: cut short: the file ends inside documents[1]`,
		// A newer storyline's, even with its keys reordered and its elements changed.
		`{"storyline": 9}`:                       "written by a newer storyline (format 9); this build reads up to 1",
		`{"documents":[{"id":5}],"storyline":2}`: "written by a newer storyline (format 2)",
		`{"documents":[{"id":5}],"storyline":1}`: `damaged storyline timeline: documents[0] at byte 14: field "id" is a number where a string belongs`,
		// Damaged.
		`{"storyline":"1"}`:                                                                                     `damaged storyline timeline: the "storyline" format version is a string, not a number`,
		`{"storyline":0}`:                                                                                       `format version 0 is not one storyline writes`,
		`{"storyline":1.5}`:                                                                                     `format version 1.5 is not one storyline writes`,
		v + `"documents":{}}`:                                                                                   `damaged storyline timeline: "documents" is an object, not an array`,
		v + `"events":[],"events":[]}`:                                                                          `the top-level key "events" appears twice`,
		v + `"documents":[]} {}`:                                                                                "a { follows the timeline's closing brace",
		v + `"documents":[{"id":"d"},{"id":"d"}]}`:                                                              `documents[1] ("d"): the ID of documents[0] again`,
		v + `"documents":[{"id":"d","published":"7 Oct"}]}`:                                                     `documents[0] ("d"): published "7 Oct" is not YYYY-MM-DD`,
		v + `"documents":[{"id":"d","timexes":[{"start":"3"}]}]}`:                                               `documents[0] at byte 28: field "timexes.start" is a string where a whole number belongs`,
		v + `"documents":[{"id":"d"}, {"id":"e",}]}`:                                                            `documents[1] at byte 38: invalid character '}' looking for beginning of object key string`,
		v + `"documents":[{"id":"d","mentions":[{"actor":"x","text":"X"}]}]}`:                                   `documents[0] ("d"): mentions[0] "X" names unknown actor "x"`,
		v + `"documents":[{"id":"d","quotes":[{"speaker":"x"}]}]}`:                                              `documents[0] ("d"): quotes[0] speaker "x" is not an actor`,
		v + `"documents":[{"id":"d","quotes":[{"source":"x"}]}]}`:                                               `documents[0] ("d"): quotes[0] source "x" is not a source`,
		v + `"documents":[],"events":[{"id":"e","document":"nope"}]}`:                                           `events[0] ("e"): unknown document "nope"`,
		v + `"documents":[{"id":"d"}],"events":[{"id":"e","document":"d","actors":["ghost"]}]}`:                 `events[0] ("e"): unknown actor "ghost"`,
		v + `"documents":[{"id":"d"}],"events":[{"id":"e","document":"d","sources":["ghost"]}]}`:                `events[0] ("e"): unknown source "ghost"`,
		v + `"documents":[{"id":"d"}],"events":[{"id":"e","document":"d","places":["atlantis"]}]}`:              `events[0] ("e"): unknown place "atlantis"`,
		v + `"places":[{"id":"p","name":"P","kind":"city","lat":12.5}]}`:                                        `place "p" has only one of lat and lon`,
		v + `"places":[{"id":"p","name":"P","kind":"city","lat":95,"lon":10}]}`:                                 `place "p" lies off the globe`,
		v + `"places":[{"id":"p"},{"id":"p"}]}`:                                                                 `places[1] ("p"): the ID of places[0] again`,
		v + `"documents":[{"id":"d"}],"events":[{"id":"e","document":"d","also":[{"id":"e","document":"d"}]}]}`: `events[0] ("e"): event ID "e" is used twice`,
		v + `"documents":[{"id":"d"}],"events":[{"id":"e","document":"d"}],"key_dates":[{"date":"2015-10-07","events":["x"]}]}`: `key_dates[0]: unknown event "x"`,
		v + `"documents":[{"id":"d"}],"events":[{"id":"e","document":"d","quotes":[3]}]}`:                                       `events[0] ("e"): quote index 3 out of range: document "d" has 0 quotes`,
		v + `"events":[{"id":"e","document":"d","start":"2015-13-01"}]}`:                                                        `events[0] ("e"): start "2015-13-01" is not an ISO date`,
		v + `"events":[{"id":"e","document":"d","start":"2015-10-07","end":"2015-10-01"}]}`:                                     `events[0] ("e"): end "2015-10-01" is before start "2015-10-07"`,
		v + `"events":[{"id":"e","document":"d","start":"0001-01-01T00:00","granularity":"time"}]}`:                             `start "0001-01-01T00:00" is not an ISO date`,
		v + `"events":[{"id":"e","document":"d","spans":[["1",2]]}]}`:                                                           `events[0] at byte 25: field "spans" is a string where a whole number belongs`,
		v + `"events":[{"id":"e","document":"d","quotes":[1.5]}]}`:                                                              `field "quotes" is the number 1.5 where a whole number belongs`,
		v + `"events":[{"id":"e"}` + "\n\n":                                                                                     "damaged storyline timeline: cut short: the file ends inside events, after events[0]",
		v + `"events":[{"id":"e"},{"id":"f","title":"`:                                                                          "cut short: the file ends inside events[1]",
		v + `"events":[{"id":"e"}]`:                                                                                             "cut short: the file ends inside the top-level object",
		`{"storyline":`:                                                                                                         `cut short: the file ends inside "storyline"`,
		v + `"docu`:                                                                                                             "cut short: the file ends inside the top-level object",
		`{"storyline":1`:                                                                                                        "cut short: the file ends inside the top-level object",
		`{"storyline":1,"documents":[{"id":"d","body":"\u001b]0;x\u0007"}],"events":[{"document":"\u001b"}]}`:                   `events[0]: unknown document "␛"`,
	}
	for in, want := range cases {
		_, err := ReadJSON(strings.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s\n got %v\nwant %q", in, err, want)
			continue
		}
		oneLineMessage(t, err)
	}
}

// The reader before streaming stopped at 64 MB. This file of 72 MB is made as it is read,
// so that it never exists whole in memory, and the timeline it holds is small: reading it
// needs memory for the timeline and one element, not for the file.
func TestReadJSONOver64MB(t *testing.T) {
	const events, textSize = 70_000, 1000
	text := strings.Repeat("Missiles were launched from the Caspian Sea. ", textSize/45)
	pr, pw := io.Pipe()
	defer pr.Close() // on failure, ends the writer too
	size := make(chan int, 1)
	go func() {
		w := bufio.NewWriter(pw)
		n, _ := w.WriteString(`{"storyline":1,"documents":[{"id":"d","body":"…"}],"events":[`)
		var line []byte
		for i := range events {
			line = fmt.Appendf(line[:0], "\n"+`{"id":"d-e%d","start":"2015-10-07","document":"d","text":%q},`, i+1, text)
			if i == events-1 {
				line[len(line)-1] = ']'
			}
			w.Write(line)
			n += len(line)
		}
		w.WriteString("}\n")
		pw.CloseWithError(w.Flush())
		size <- n + 2
	}()
	tl, err := ReadJSON(pr)
	if err != nil {
		t.Fatal(err)
	}
	if n := <-size; n <= 64<<20 || len(tl.Events) != events {
		t.Fatalf("read %d events from %d bytes, want %d events from more than 64 MB", len(tl.Events), n, events)
	}
}

// A file cut anywhere says it is cut short, and where, in one line.
func TestReadJSONCutShort(t *testing.T) {
	file := writeJSON(t, fixture())
	for n := range len(file) - 1 {
		_, err := ReadJSON(bytes.NewReader(file[:n]))
		if err == nil {
			t.Fatalf("cut at byte %d of %d: read without error", n, len(file))
		}
		if n > len(`{ "storyline": 1,`) && !strings.Contains(err.Error(), "damaged storyline timeline: cut short: the file ends inside ") {
			t.Fatalf("cut at byte %d: %v", n, err)
		}
		oneLineMessage(t, err)
	}
	tl := synthTimeline(2, 6)
	file = writeJSON(t, tl)
	at := bytes.Index(file, []byte(`"id": "`+tl.Events[4].ID))
	_, err := ReadJSON(bytes.NewReader(file[:at+10]))
	if err == nil || !strings.HasSuffix(err.Error(), "the file ends inside events[4]") {
		t.Fatalf("cut inside the fifth event: %v", err)
	}
}

func TestReadJSONMakesControlsVisible(t *testing.T) {
	in := `{"storyline":1,"documents":[{"id":"d\u009b","title":"t\u001b]0;x\u0007","body":"\u001b[2J"}],` +
		`"actors":[{"id":"a\u0000","name":"\u001b[31mRed","kind":"\u0007","aliases":["\u001b"]}],` +
		`"sources":[{"id":"s","name":"\u001bP","kind":"\u001b"}],` +
		`"events":[{"id":"e\u001b","document":"d\u009b","title":"\u001b]52;c;aGk=\u0007","actors":["a\u0000"],"mod":"\u001b","date_text":"\u0007","start":"2015-10-07"}]}`
	tl, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	WriteText(&out, tl)
	WriteMarkdown(&out, tl)
	fmt.Fprintf(&out, "%+v %+v %+v %+v", tl.Documents, tl.Actors, tl.Sources, tl.Events)
	if strings.ContainsAny(out.String(), "\x00\x07\x1b\u009b") {
		t.Fatalf("control characters reached the output: %q", out.String())
	}
}

// oneLineMessage fails unless the error is one line of printable text.
func oneLineMessage(t testing.TB, err error) {
	t.Helper()
	for _, r := range err.Error() {
		if !unicode.IsPrint(r) {
			t.Fatalf("error is not one printable line: %q", err)
		}
	}
}
