package timex

import (
	"path/filepath"
	"reflect"
	"testing"

	"storyline/data/eval/corpus"
	"storyline/data/text"
	"storyline/model"
)

// The core matchers' gates only spare calls: tagging with every matcher tried at every
// trigger gives the same expressions, on the sample, the MEANTIME texts and phrases made
// for the gated matchers.
func TestGatesChangeNothing(t *testing.T) {
	texts := []string{readFixture(t, "caspian-strikes-2015.txt"),
		"In the spring of 2015 and the autumn, all day and all year long, over the years and for the month. " +
			"Some day, one day, a day will come when someday it ends. The early morning of June 5, late evening trade, " +
			"on Christmas Day and Easter 2016, Dec. 15-16 and Oct. 7-9, a two-year-long war, a week-long strike, " +
			"the night before, this morning. In the year the plan ran, the summer and the winter of 1999. " +
			"At 8:30 a.m. EDT on Wednesday, next Monday, last Tuesday night and noon Friday, 1400 GMT. " +
			"In the 21st century, the twenty-first century and the nineteenth century. Profit for the " +
			"first quarter rose from a year-earlier loss; the year-ago quarter and the quarter before. " +
			"Earlier this month, in the past week, over the weekend, in recent years and the coming days, " +
			"last week and this past weekend, the same day, next year and the previous month.",
		"In the 1990s and the '90s, the 1980's, the nineties and the year 2012; fiscal 2015, financial year 2014, " +
			"FY2016 and FY16. Q3 2015, H1, the final quarter, the April-June quarter and the 2017 third quarter. " +
			"Three times a week, twice a year, once a month, several times a day, Mondays, semi-annual meetings, " +
			"$5 per year, every other day, each spring and every two weeks. On 9/30/2015, 2015-10-07 and 30.09.2015. " +
			"A few weeks ago, several months, weeks ago, a couple of days later, dozens of years, twenty-five years, " +
			"the day before yesterday, right now, these days, at present, at the moment, more recently, in the past " +
			"and the future. Last March, next May, the 30th of September, the thirtieth of June and Sept. 30."}
	files, _ := filepath.Glob(filepath.Join("..", "eval", "testdata", "meantime-apple", "*.xml"))
	for _, f := range files {
		if doc, err := corpus.ReadMEANTIME(f); err == nil {
			texts = append(texts, doc.Text)
		}
	}
	o := Options{DCT: model.Day(2015, 10, 7)}
	for _, s := range texts {
		d := text.Analyze(s)
		if got, want := tag(nil, d, o, false), tag(nil, d, o, true); !reflect.DeepEqual(got, want) {
			t.Fatalf("gated %v\nungated %v", got, want)
		}
	}
}
