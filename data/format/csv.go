package format

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"storyline/model"
)

// csvHeader names WriteCSV's columns; docs/formats.md describes them.
var csvHeader = []string{"id", "start", "end", "date_label", "modifier", "title", "text",
	"actors", "sources", "places", "reports", "salience", "document_title", "outlet", "url", "published"}

// WriteCSV writes one row per event, in timeline order, under a header row, as RFC 4180
// has it (CRLF line ends, fields quoted when they need to be), for spreadsheets. Dates are
// ISO 8601 so that spreadsheets read them as dates; text is made single-line, since many
// tools that take CSV split records on newlines even inside quotes.
func WriteCSV(w io.Writer, tl *model.Timeline) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	row := make([]string, len(csvHeader))
	for i := range tl.Events {
		e := &tl.Events[i]
		var end string
		if e.When.IsInterval() {
			end = csvTime(e.When.End, e.When.Gran)
		}
		var label string
		if e.When.Dated() {
			label = e.When.Label()
		}
		row = append(row[:0], e.ID, csvTime(e.When.Start, e.When.Gran), end, label, string(e.When.Mod),
			cell(e.Title), cell(e.Text),
			cell(strings.Join(actorList(tl, e.AllActors()), "; ")),
			cell(strings.Join(sourceList(tl, e.AllSources()), "; ")),
			cell(strings.Join(placeList(tl, e.AllPlaces()), "; ")),
			strconv.Itoa(len(e.Documents())), strconv.FormatFloat(e.Salience, 'f', -1, 64))
		if d := tl.Document(e.Doc); d != nil {
			row = append(row, cell(d.Title), cell(d.Source), cell(d.URL), dateString(d.Published))
		} else {
			row = append(row, "", "", "", "")
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvTime is a day, or a day and time when the event is timed; empty when undated.
func csvTime(t time.Time, g model.Granularity) string {
	if g == model.GranTime && !t.IsZero() {
		return t.Format(isoMinute)
	}
	return dateString(t)
}

// cell makes text from the articles safe for a spreadsheet cell. A cell that begins with
// = + - @ (or a tab or carriage return) is run as a formula by Excel, LibreOffice and
// Google Sheets, and article text is anyone's to write, so such a cell gets a leading
// apostrophe, which spreadsheets read as "this is text" (OWASP's advice on CSV
// injection). Only the columns that carry input text go through here: the dates, counts
// and IDs are storyline's own, and an apostrophe would turn a negative year
// (-122989-01-01) or a number into text.
func cell(s string) string {
	s = line(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
