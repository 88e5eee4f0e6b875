package timex

import (
	"strings"
	"testing"
	"time"

	"storyline/data/text"
	"storyline/model"
)

// ruleCase is one sentence with the expression expected in it. when, if set, is the
// event span as When.ISO() followed by " mod" when it has a mod.
type ruleCase struct {
	in, text, typ, value, mod, when string
}

// dct is Wednesday 7 October 2015, the seed article's publication day.
var dct = model.Day(2015, 10, 7)

func runRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	runRulesAt(t, dct, cases)
}

// runRulesAt is runRules with another document date.
func runRulesAt(t *testing.T, day time.Time, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		d := text.Analyze(c.in)
		got := Tag(d, Options{DCT: day})
		found := false
		for _, x := range got {
			if d.Text[x.Start:x.End] != c.text {
				continue
			}
			found = true
			if x.Type != c.typ || x.Value != c.value || x.Mod != c.mod {
				t.Errorf("%q: %q got %s %s %s, want %s %s %s", c.in, c.text, x.Type, x.Value, x.Mod, c.typ, c.value, c.mod)
			}
			if c.when != "" {
				w := x.When.ISO()
				if x.When.Mod != model.ModNone {
					w += " " + string(x.When.Mod)
				}
				if w != c.when {
					t.Errorf("%q: %q When %s, want %s", c.in, c.text, w, c.when)
				}
			}
		}
		if !found {
			var tagged []string
			for _, x := range got {
				tagged = append(tagged, d.Text[x.Start:x.End]+"="+x.Value)
			}
			t.Errorf("%q: %q not tagged (got %q)", c.in, c.text, tagged)
		}
	}
}

// runNone checks that nothing (or nothing but the listed text) is tagged.
func runNone(t *testing.T, ins []string) {
	t.Helper()
	for _, in := range ins {
		d := text.Analyze(in)
		for _, x := range Tag(d, Options{DCT: dct}) {
			t.Errorf("%q: unexpected %q %s %s", in, d.Text[x.Start:x.End], x.Type, x.Value)
		}
	}
}

// runOnly checks that the text yields exactly the listed expressions, in order.
func runOnly(t *testing.T, in string, want ...string) {
	t.Helper()
	d := text.Analyze(in)
	var got []string
	for _, x := range Tag(d, Options{DCT: dct}) {
		got = append(got, d.Text[x.Start:x.End])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%q: got %q, want %q", in, got, want)
	}
}

func TestAbsoluteDates(t *testing.T) {
	runRules(t, []ruleCase{
		{"He arrived on Sept. 30.", "Sept. 30", "DATE", "2015-09-30", "", "2015-09-30"},
		{"It happened on 30 September 2015.", "30 September 2015", "DATE", "2015-09-30", "", ""},
		{"The deal closed 9/30/2015 in Paris.", "9/30/2015", "DATE", "2015-09-30", "", ""},
		{"The deal closed 30/9/2015 in Paris.", "30/9/2015", "DATE", "2015-09-30", "", ""},
		{"The law took effect Oct 7th.", "Oct 7th", "DATE", "2015-10-07", "", ""},
		{"Talks began October 7, 2014, in Geneva.", "October 7, 2014", "DATE", "2014-10-07", "", ""},
		{"Talks began June 6 , 2005 in Geneva.", "June 6 , 2005", "DATE", "2005-06-06", "", ""},
		{"The file is dated 2015-10-07.", "2015-10-07", "DATE", "2015-10-07", "", ""},
		{"They met on the 30th of September.", "the 30th of September", "DATE", "2015-09-30", "", ""},
		{"Prices rose in October 2014.", "October 2014", "DATE", "2014-10", "", "2014-10"},
		{"Prices rose in October of 2014.", "October of 2014", "DATE", "2014-10", "", ""},
		{"Sales fell in February.", "February", "DATE", "2015-02", "", ""},
		{"The vote will be held in November.", "November", "DATE", "2015-11", "", ""},
		{"The vote will be held in January.", "January", "DATE", "2016-01", "", ""},
		{"The court ruled in December.", "December", "DATE", "2014-12", "", ""},
		{"Shares fell sharply by mid-October.", "mid-October", "DATE", "2015-10", "MID", "2015-10 mid"},
		{"Shares fell in early October.", "early October", "DATE", "2015-10", "START", ""},
		{"The market crashed in the 1990s.", "the 1990s", "DATE", "199", "", "199"},
		{"Growth slowed in the '90s.", "the '90s", "DATE", "199", "", ""},
		{"He has lived there since '98.", "'98", "DATE", "1998", "", ""},
		{"The class of ’98 met on 'Reunion Day'.", "’98", "DATE", "1998", "", ""},
		{"Growth slowed in the nineties.", "the nineties", "DATE", "199", "", ""},
		{"It was built in the 19th century.", "the 19th century", "DATE", "18", "", ""},
		{"Revenue rose in fiscal 2015.", "fiscal 2015", "DATE", "FY2015", "", ""},
		{"Earnings rose in the third quarter.", "the third quarter", "DATE", "2015-Q3", "", ""},
		{"Earnings rose in Q3 2014.", "Q3 2014", "DATE", "2014-Q3", "", ""},
		{"Earnings rose in the second half of 2014.", "the second half of 2014", "DATE", "2014-H2", "", ""},
		{"The war ended in 1945.", "1945", "DATE", "1945", "", "1945"},
		{"2014 was a bad year.", "2014", "DATE", "2014", "", ""},
		{"He said the 2016 election would be close.", "2016", "DATE", "2016", "", ""},
		{"The result came at the end of the year.", "the end of the year", "DATE", "2015", "END", ""},
		{"Keynote at WWDC 2005", "2005", "DATE", "2005", "", ""},
		// A year that modifies a noun is still a year in TimeML: the model of 1990.
		{"He drove the 1990 model home.", "1990", "DATE", "1990", "", ""},
		{"Prices fell after the 1987 crash.", "1987", "DATE", "1987", "", ""},
		{"It will be reported in the company's 1989 operating results.", "1989", "DATE", "1989", "", ""},
		{"It was hard to meet demand well into the summer.", "the summer", "DATE", "2015-SU", "", ""},
		{"Funds may sell bonds in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", "", ""},
		{"He hopes he will one day return.", "one day", "DATE", "FUTURE_REF", "", ""},
		{"Forces attacked on Monday. By mid afternoon, officials said the town had fallen.", "mid afternoon", "TIME", "2015-10-05TAF", "MID", ""},
		{"Growth slowed in the late 1990s.", "the late 1990s", "DATE", "199", "END", ""},
		{"Troops have been there for years.", "years", "DURATION", "PXY", "", ""},
		{"The town was founded decades ago.", "decades ago", "DATE", "PAST_REF", "", ""},
		{"Prices fell this past weekend.", "this past weekend", "DATE", "2015-W40-WE", "", ""},
	})
	runNone(t, []string{
		"The army sent 2,000 troops.",
		"The army sent 2000 troops.",
		"The company's 2000 employees left.",
		"Police said 1500 people marched.",
		"The company is a now-defunct rival.",
		"Soldiers march on the capital.",
		"May I ask a question?",
		"Jan Smith and Sun Li met at the Sun newspaper.",
		"The score was 2:30 after the break.",
		"The iLife '11 suite is out.",
		"The vote was 1990 to 1770.",
	})
}

func TestRelativeDays(t *testing.T) {
	runRules(t, []ruleCase{
		{"Russian warships fired missiles on Wednesday.", "Wednesday", "DATE", "2015-10-07", "", "2015-10-07"},
		{"The rebels attacked last Thursday.", "last Thursday", "DATE", "2015-10-01", "", ""},
		{"The rebels attacked Thursday.", "Thursday", "DATE", "2015-10-01", "", ""},
		{"The talks will resume Thursday.", "Thursday", "DATE", "2015-10-08", "", ""},
		{"The talks will resume on Monday next week.", "Monday next week", "DATE", "2015-10-12", "", ""},
		{"The talks will resume next Monday.", "next Monday", "DATE", "2015-10-12", "", ""},
		{"He said yesterday that it was over.", "yesterday", "DATE", "2015-10-06", "", "2015-10-06"},
		{"The leaders meet tomorrow.", "tomorrow", "DATE", "2015-10-08", "", ""},
		{"The leaders meet today.", "today", "DATE", "2015-10-07", "", ""},
		{"He will speak tonight.", "tonight", "TIME", "2015-10-07TNI", "", ""},
		{"He spoke this morning.", "this morning", "TIME", "2015-10-07TMO", "", ""},
		{"Shots were heard last night.", "last night", "TIME", "2015-10-06TNI", "", ""},
		{"Shots were heard Tuesday night.", "Tuesday night", "TIME", "2015-10-06TNI", "", ""},
		{"He spoke Wednesday, Oct. 7, 2015, in Rome.", "Wednesday, Oct. 7, 2015", "DATE", "2015-10-07", "", ""},
		{"Protests were held over the weekend.", "the weekend", "DATE", "2015-W40-WE", "", ""},
		{"They marched on Christmas Day.", "Christmas Day", "DATE", "2014-12-25", "", ""},
		{"They will march on Christmas.", "Christmas", "DATE", "2015-12-25", "", ""},
		{"Shops close on Easter Sunday 2016.", "Easter Sunday 2016", "DATE", "2016-03-27", "", ""},
		{"Families gathered for Thanksgiving 2014.", "Thanksgiving 2014", "DATE", "2014-11-27", "", ""},
	})
}

func TestRelativeSpans(t *testing.T) {
	runRules(t, []ruleCase{
		{"Russia began bombing a week ago.", "a week ago", "DATE", "2015-09-30", "", "2015-09-30"},
		{"Russia began bombing two years ago.", "two years ago", "DATE", "2013", "", "2013"},
		{"Russia began bombing three months ago.", "three months ago", "DATE", "2015-07", "", ""},
		{"He has been hit since Sept. 30, they said.", "Sept. 30", "DATE", "2015-09-30", "", "2015-09-30/2015-10-07"},
		{"Work has gone on over the last two days.", "the last two days", "DURATION", "P2D", "", "2015-10-05/2015-10-07"},
		{"Prices rose earlier this month.", "earlier this month", "DATE", "2015-10", "", ""},
		{"Prices will rise next year.", "next year", "DATE", "2016", "", "2016"},
		{"Prices rose last year.", "last year", "DATE", "2014", "", ""},
		{"Prices rose last week.", "last week", "DATE", "2015-W40", "", "2015-W40"},
		{"Prices rose this week.", "this week", "DATE", "2015-W41", "", ""},
		{"Prices rose last month.", "last month", "DATE", "2015-09", "", ""},
		// The year and decade before this one, as TimeBank and MEANTIME both annotate
		// them; a week or a month back is a span ending now.
		{"Prices have risen over the past decade.", "the past decade", "DATE", "200", "", ""},
		{"Prices have risen over the past year.", "the past year", "DATE", "2014", "", "2014"},
		{"Prices have risen over the past month.", "the past month", "DURATION", "P1M", "", "2015-09-07/2015-10-07"},
		{"Prices will rise in the next six months.", "the next six months", "DURATION", "P6M", "", "2015-10-07/2016-04-07"},
		{"The war ended in 2005. Two years later, peace came.", "Two years later", "DATE", "2007", "", ""},
		{"The war ended on May 5, 2005. The next day, peace came.", "The next day", "DATE", "2005-05-06", "", ""},
		{"The war ended on May 5, 2005. The previous day, shots rang.", "The previous day", "DATE", "2005-05-04", "", ""},
		{"The war ended in 2005. That year, peace came.", "That year", "DATE", "2005", "", ""},
		{"Sales rose in recent years.", "recent years", "DURATION", "PXY", "", ""},
		{"Fighting went on last summer.", "last summer", "DATE", "2015-SU", "", ""},
		{"Fighting went on in the summer of 2014.", "the summer of 2014", "DATE", "2014-SU", "", ""},
		{"Sales fell in the first quarter of 2015.", "the first quarter of 2015", "DATE", "2015-Q1", "", ""},
		{"It reported third-quarter earnings.", "third-quarter", "DATE", "2015-Q3", "", ""},
		{"The bomb went off on Aug. 12, 2014. The day before, police had arrested three men.", "The day before", "DATE", "2014-08-11", "", ""},
		{"Troops killed 15 militants over the last 24 hours.", "the last 24 hours", "DURATION", "PT24H", "", "2015-10-06/2015-10-07"},
		{"The Fed signaled it could raise rates as early as December.", "December", "DATE", "2015-12", "", ""},
		{"The next meeting is Dec. 15-16.", "Dec. 15", "DATE", "2015-12-15", "", ""},
		{"Rates rose in the early 2000s.", "the early 2000s", "DATE", "200", "START", ""},
		{"Rates rose in the late 1980's.", "the late 1980's", "DATE", "198", "END", ""},
	})
}

func TestTimesOfDay(t *testing.T) {
	runRules(t, []ruleCase{
		{"The market opens at 8:30 a.m. EDT each day.", "8:30 a.m. EDT", "TIME", "2015-10-07T08:30", "", ""},
		{"The vote closed at 8 p.m.", "8 p.m.", "TIME", "2015-10-07T20:00", "", ""},
		{"The vote closed at noon.", "noon", "TIME", "2015-10-07T12:00", "", ""},
		{"The blast came at 10pm.", "10pm", "TIME", "2015-10-07T22:00", "", ""},
		{"The blast came at 1400 GMT.", "1400 GMT", "TIME", "2015-10-07T14:00", "", ""},
		{"He spoke Tuesday at 3 p.m.", "3 p.m.", "TIME", "2015-10-06T15:00", "", ""},
	})
}

func TestDurations(t *testing.T) {
	runRules(t, []ruleCase{
		{"His regime has fueled a civil war for more than four years.", "more than four years", "DURATION", "P4Y", "MORE_THAN", "2011-10-07/2015-10-07 before"},
		{"The freeze lasts for a 90-day period.", "90-day", "DURATION", "P90D", "", ""},
		{"The talks lasted two hours.", "two hours", "DURATION", "PT2H", "", ""},
		{"The talks lasted twenty-five minutes.", "twenty-five minutes", "DURATION", "PT25M", "", ""},
		{"The talks lasted several weeks.", "several weeks", "DURATION", "PXW", "", ""},
		{"The talks lasted about three days.", "about three days", "DURATION", "P3D", "APPROX", ""},
		{"The siege lasted nearly a decade.", "nearly a decade", "DURATION", "P10Y", "LESS_THAN", ""},
		{"The siege lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M", "", ""},
		{"The talks took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", "", ""},
		{"The flight took 3½ hours.", "3½ hours", "DURATION", "PT3H30M", "", ""},
		{"The call lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", "", ""},
		{"The strike lasted half a year.", "half a year", "DURATION", "P6M", "", ""},
		{"He served at least 10 years.", "at least 10 years", "DURATION", "P10Y", "EQUAL_OR_MORE", ""},
		{"He signed a two-year contract.", "two-year", "DURATION", "P2Y", "", ""},
		{"They settled a decades-long dispute.", "decades-long", "DURATION", "PXY", "", ""},
	})
}

func TestSets(t *testing.T) {
	runRules(t, []ruleCase{
		{"The council meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2", "", ""},
		{"The report is published annually.", "annually", "SET", "P1Y", "", ""},
		{"The council meets each year.", "each year", "SET", "P1Y", "", ""},
		{"The council meets every two weeks.", "every two weeks", "SET", "P2W", "", ""},
		{"He runs twice a week.", "twice a week", "SET", "P1W", "", ""},
		{"They work 10 hours a day.", "a day", "SET", "P1D", "", ""},
		{"The shop opens on Mondays.", "Mondays", "SET", "XXXX-WXX-1", "", ""},
	})
}

func TestVague(t *testing.T) {
	runRules(t, []ruleCase{
		{"The rebels now control the city.", "now", "DATE", "PRESENT_REF", "", "2015-10-07"},
		{"The rebels recently took the city.", "recently", "DATE", "PAST_REF", "", ""},
		{"The rebels currently hold the city.", "currently", "DATE", "PRESENT_REF", "", ""},
		{"Nobody knows what the future holds.", "the future", "DATE", "FUTURE_REF", "", ""},
		{"Such strikes happened in the past.", "the past", "DATE", "PAST_REF", "", ""},
	})
}

func TestSignals(t *testing.T) {
	cases := []struct{ in, signal, when string }{
		{"The curfew lasts until Friday.", "until", "2015-10-07/2015-10-09"},
		{"They must decide by Friday.", "by", "2015-10-09"},
		{"Nothing happened before 2014.", "before", "2014"},
		{"He has lived there since 2011.", "since", "2011-01-01/2015-10-07"},
	}
	for _, c := range cases {
		d := text.Analyze(c.in)
		got := Tag(d, Options{DCT: dct})
		if len(got) != 1 {
			t.Errorf("%q: %d expressions", c.in, len(got))
			continue
		}
		if got[0].Signal != c.signal || got[0].When.ISO() != c.when {
			t.Errorf("%q: signal %q When %s, want %q %s", c.in, got[0].Signal, got[0].When.ISO(), c.signal, c.when)
		}
	}
}
