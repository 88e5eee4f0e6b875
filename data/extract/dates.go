package extract

import (
	"time"

	"storyline/data/article"
	"storyline/data/event"
	"storyline/data/text"
	"storyline/data/timex"
	"storyline/model"
)

// publication decides the article's own date, most trustworthy first: what the input
// declares (front matter, a JSON field, a page's metadata), a dateline with a full date,
// the --date flag, a date in the file's path, a dateline's month and day with the year of
// the dates in the text, and last a date inferred from the text. Never today's date: without any of these the article stays undated and relative expressions
// stay unresolved. It also returns the dateline's extent, whose date belongs to no event.
func publication(a *article.Article, d *text.Doc, flag time.Time) (time.Time, model.DateOrigin, event.Range) {
	var line event.Range
	dl, gran, start, end, hasDateline := timex.Dateline(d)
	if end > start { // "WASHINGTON (AP) —" is a dateline too, without a date
		line = event.Range{Start: start, End: end}
	}
	switch {
	case !a.Published.IsZero():
		if a.DateFrom == model.DateUnknown {
			return a.Published, model.DateFrontMatter, line
		}
		return a.Published, a.DateFrom, line
	case hasDateline && gran == model.GranDay && !dl.IsZero() && dl.Year() > 1:
		return dl, model.DateDateline, line
	case !flag.IsZero():
		return flag, model.DateFlag, line
	case !a.PathDate.IsZero():
		return a.PathDate, model.DatePath, line
	}
	inferred, ok := timex.InferDate(d)
	if hasDateline && !dl.IsZero() && ok {
		// A dateline without a year ("MOSCOW, Oct 7 (Reuters)"): the year of the text's
		// own dates, moved back a year if that would put the story in the future.
		t := time.Date(inferred.Year(), dl.Month(), dl.Day(), 0, 0, 0, 0, time.UTC)
		if t.After(inferred.AddDate(0, 6, 0)) {
			t = t.AddDate(-1, 0, 0)
		}
		return t, model.DateDateline, line
	}
	if ok {
		return inferred, model.DateInferred, line
	}
	return time.Time{}, model.DateUnknown, line
}
