package format

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/model"
)

// csvRows writes the timeline as CSV and parses it back, header first.
func csvRows(t *testing.T, tl *model.Timeline) ([][]string, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll() // also checks every row has the header's width
	if err != nil {
		t.Fatalf("%v in\n%s", err, buf.String())
	}
	return rows, buf.String()
}

// column is the named field of a parsed row.
func column(row []string, name string) string { return row[slices.Index(csvHeader, name)] }

func TestCSVRows(t *testing.T) {
	for name, tl := range roundTripTimelines() {
		rows, raw := csvRows(t, tl)
		if !slices.Equal(rows[0], csvHeader) {
			t.Errorf("%s: header %v", name, rows[0])
		}
		if len(rows)-1 != len(tl.Events) {
			t.Errorf("%s: %d rows for %d events", name, len(rows)-1, len(tl.Events))
		}
		if strings.Count(raw, "\r\n") != len(rows) {
			t.Errorf("%s: want a CRLF after every record, as RFC 4180 has it", name)
		}
		for i, row := range rows[1:] {
			if column(row, "id") != tl.Events[i].ID {
				t.Errorf("%s: row %d is %s, want %s", name, i+1, column(row, "id"), tl.Events[i].ID)
			}
		}
	}
}

var (
	dayRE    = regexp.MustCompile(`^-?\d{4,}-\d\d-\d\d$`)
	minuteRE = regexp.MustCompile(`^-?\d{4,}-\d\d-\d\dT\d\d:\d\d$`)
)

func TestCSVDates(t *testing.T) {
	tl := synthTimeline(3, 12)
	rows, _ := csvRows(t, tl)
	for i, row := range rows[1:] {
		e := tl.Events[i]
		start, end := column(row, "start"), column(row, "end")
		switch {
		case !e.When.Dated():
			if start != "" || end != "" || column(row, "date_label") != "" {
				t.Errorf("undated %s has a date: %v", e.ID, row)
			}
		case e.When.Gran == model.GranTime:
			if !minuteRE.MatchString(start) {
				t.Errorf("%s: start %q is not an ISO date and time", e.ID, start)
			}
		default:
			if !dayRE.MatchString(start) {
				t.Errorf("%s: start %q is not an ISO date", e.ID, start)
			}
		}
		if e.When.IsInterval() != (end != "") || (end != "" && !dayRE.MatchString(end)) {
			t.Errorf("%s: end %q for %v", e.ID, end, e.When)
		}
		if e.When.Dated() && column(row, "date_label") != e.When.Label() {
			t.Errorf("%s: date_label %q", e.ID, column(row, "date_label"))
		}
		if p := column(row, "published"); p != "" && !dayRE.MatchString(p) {
			t.Errorf("%s: published %q", e.ID, p)
		}
	}

	rows, _ = csvRows(t, fixture())
	want := [][]string{
		{"d1-e3", "2011-10-07", "2015-10-07", "from before Fri 7 Oct 2011 – Wed 7 Oct 2015", "before"},
		{"d1-e1", "2015-10-07", "", "Wed 7 Oct 2015", ""},
		{"d1-e2", "", "", "", ""},
	}
	for i, w := range want {
		if got := rows[i+1][:5]; !slices.Equal(got, w) {
			t.Errorf("row %d: %q, want %q", i+1, got, w)
		}
	}
	// Negative years stay dates: the formula guard leaves generated columns alone.
	rows, _ = csvRows(t, deepPast())
	if got := column(rows[2], "start"); got != "-0009-11-29" {
		t.Errorf("start of the last 2,014 years: %q", got)
	}
}

func TestCSVFieldsRoundTrip(t *testing.T) {
	tl := merged()
	rows, _ := csvRows(t, tl)
	row := rows[1]
	lead := tl.Events[0]
	if column(row, "reports") != "3" || column(row, "salience") != "4.5" {
		t.Errorf("reports %q, salience %q", column(row, "reports"), column(row, "salience"))
	}
	if got, want := column(row, "actors"), strings.Join(actorList(tl, lead.AllActors()), "; "); got != want || !strings.Contains(got, "; ") {
		t.Errorf("actors %q, want %q", got, want)
	}
	doc := tl.Document(lead.Doc)
	for name, want := range map[string]string{"document_title": doc.Title, "outlet": doc.Source, "url": doc.URL, "published": "2011-02-02"} {
		if column(row, name) != want {
			t.Errorf("%s %q, want %q", name, column(row, name), want)
		}
	}

	title := "Talks, \"the last\" chance,\r\nthey said;\ttwice"
	e := model.Event{ID: "d-e1", Doc: "d", Title: title, Text: "a,b\n\n\"c\"", When: model.OnDay(model.Day(2015, 10, 7))}
	rows, raw := csvRows(t, model.NewTimeline([]model.Document{{ID: "d"}}, nil, nil, nil, []model.Event{e}))
	if got := column(rows[1], "title"); got != "Talks, \"the last\" chance, they said; twice" {
		t.Errorf("title %q: want the text exactly, on one line", got)
	}
	if got := column(rows[1], "text"); got != `a,b "c"` {
		t.Errorf("text %q", got)
	}
	if !strings.Contains(raw, `"Talks, ""the last"" chance, they said; twice"`) {
		t.Errorf("title not quoted as RFC 4180 has it:\n%s", raw)
	}
}

func TestCSVFormulaGuard(t *testing.T) {
	doc := model.Document{ID: "d", Title: "@SUM(A1:A9)", Source: "+Outlet", URL: "=HYPERLINK(\"http://x\")", Published: model.Day(2015, 10, 7)}
	actors := []model.Actor{{ID: "a", Name: "-Minus"}, {ID: "b", Name: "Plain"}}
	sources := []model.Source{{ID: "s", Name: "=Wire"}}
	events := []model.Event{
		{ID: "d-e1", Doc: "d", Title: "=1+2", Text: "\t=cmd|' /C calc'!A0", Actors: []string{"a", "b"}, Sources: []string{"s"},
			When: model.When{Start: model.Day(-44, 3, 15), End: model.Day(-44, 3, 15), Gran: model.GranDay}},
		{ID: "d-e2", Doc: "d", Title: "1 = 1, said @them", Text: "plain", When: model.When{Start: time.Date(2015, 10, 7, 9, 30, 0, 0, time.UTC), End: time.Date(2015, 10, 7, 9, 30, 0, 0, time.UTC), Gran: model.GranTime}},
	}
	rows, _ := csvRows(t, model.NewTimeline([]model.Document{doc}, actors, sources, nil, events))
	want := map[string]string{"title": "'=1+2", "text": "'=cmd|' /C calc'!A0", "actors": "'-Minus; Plain", "sources": "'=Wire",
		"document_title": "'@SUM(A1:A9)", "outlet": "'+Outlet", "url": "'=HYPERLINK(\"http://x\")", "start": "-0044-03-15", "reports": "1"}
	for name, w := range want {
		if got := column(rows[1], name); got != w {
			t.Errorf("%s: %q, want %q", name, got, w)
		}
	}
	if got := column(rows[2], "title"); got != "1 = 1, said @them" {
		t.Errorf("only a leading sign is guarded: %q", got)
	}
	if got := column(rows[2], "start"); got != "2015-10-07T09:30" {
		t.Errorf("timed start %q", got)
	}
}
