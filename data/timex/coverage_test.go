package timex

import (
	"testing"

	"storyline/data/text"
)

// Tense is read from the clause the expression modifies: the verb before it, or, for an
// expression that opens its sentence, the verb after it.
func TestClauseTense(t *testing.T) {
	runRules(t, []ruleCase{
		// "untouched" after the date is an adjective of another phrase; "will" governs.
		{"Qantas will almost double its flights by August in the search for new markets untouched by the crisis.", "August", "DATE", "2016-08", "", ""},
		// "refused" belongs to the main clause; the relative clause is present tense.
		{"Owners who have refused to renew leases which expire on Nov. 14 protested.", "Nov. 14", "DATE", "2015-11-14", "", ""},
		{"On Monday, the company said it had hired him.", "Monday", "DATE", "2015-10-05", "", ""},
		{"On Friday, the company will open the plant.", "Friday", "DATE", "2015-10-09", "", ""},
		{"The plant, which opened in December, will close.", "December", "DATE", "2014-12", "", ""},
		{"He said the talks would resume in January.", "January", "DATE", "2016-01", "", ""},
		// A law that "takes effect" is scheduled: its month is ahead, not just behind.
		{"The law takes effect in September.", "September", "DATE", "2016-09", "", ""},
		{"The ban goes into effect in September.", "September", "DATE", "2016-09", "", ""},
	})
}

func TestMonthsWithDeicticYear(t *testing.T) {
	runRules(t, []ruleCase{
		{"Police froze it in July last year.", "July last year", "DATE", "2014-07", "", "2014-07"},
		{"The plant opens in March next year.", "March next year", "DATE", "2016-03", "", ""},
		{"The plant opened May 14 this year.", "May 14 this year", "DATE", "2015-05-14", "", "2015-05-14"},
		{"The deal took effect last November.", "last November", "DATE", "2014-11", "", ""},
		{"The deal took effect last October.", "last October", "DATE", "2014-10", "", ""},
		{"The deal takes effect next March.", "next March", "DATE", "2016-03", "", ""},
		{"The deal took effect this May.", "this May", "DATE", "2015-05", "", ""},
	})
}

func TestRanges(t *testing.T) {
	runRules(t, []ruleCase{
		// TimeML marks the two ends of a range; the second takes the first's month.
		{"The summit runs Dec. 15-16 in Brussels.", "Dec. 15", "DATE", "2015-12-15", "", ""},
		{"The summit runs Dec. 15-16 in Brussels.", "16", "DATE", "2015-12-16", "", "2015-12-16"},
		{"The talks on Dec. 15-16, 2014 ended.", "Dec. 15", "DATE", "2014-12-15", "", ""},
		{"The talks on Dec. 15-16, 2014 ended.", "16, 2014", "DATE", "2014-12-16", "", ""},
		{"The 2008-2010 recession hurt.", "2010", "DATE", "2010", "", ""},
		// A quarter named by its months is that calendar quarter.
		{"Profit rose in the April-June quarter.", "the April-June quarter", "DATE", "2015-Q2", "", "2015-Q2"},
		{"It will report on the October-December quarter.", "the October-December quarter", "DATE", "2015-Q4", "", ""},
	})
	runNone(t, []string{"The score was 15-16 at the break."})
}

func TestOrdinalDay(t *testing.T) {
	runRules(t, []ruleCase{
		{"Talks began on Sept. 3 and ended on the 7th.", "the 7th", "DATE", "2015-09-07", "", "2015-09-07"},
		{"The deadline passed on the 7th.", "the 7th", "DATE", "2015-10-07", "", ""},
	})
	runNone(t, []string{"He scored in the 7th inning.", "He lives on the 3rd floor.", "He won for the third time."})
}

func TestSetsAndRates(t *testing.T) {
	runRules(t, []ruleCase{
		{"Flights leave Bombay on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", "", ""},
		{"Flights leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI", "", ""},
		{"He left Sunday morning.", "Sunday morning", "TIME", "2015-10-04TMO", "", ""},
		{"He stayed for days a week ago.", "a week ago", "DATE", "2015-09-30", "", ""},
		{"He swims twice per week.", "twice per week", "SET", "P1W", "", ""},
	})
	// A newspaper's name or kind is no frequency; a rate or a price is no time of its own,
	// as TimeBank and MEANTIME both leave it ("four flights a week", "visitors per week").
	runNone(t, []string{"He was quoted by the daily Vietnam News.", "The weekly newspaper Die Zeit said so.", "It puts pressure on daily life.",
		"Qantas runs four flights a week.", "It adds nearly 700 seats a week.", "It would save $500 million a year.",
		"The chip runs 15 million instructions per second.", "The site drew 100,000 visitors per week."})
}

// "over" is "more than" only where something else already governs the amount; "last"
// after a modal is the verb.
func TestOverAndLast(t *testing.T) {
	runRules(t, []ruleCase{
		{"The deal is worth $2 billion over five years.", "five years", "DURATION", "P5Y", "", ""},
		{"The jury deliberated over two days.", "two days", "DURATION", "P2D", "", ""},
		{"He was jailed for over five years.", "over five years", "DURATION", "P5Y", "MORE_THAN", ""},
		{"It was the highest in over a decade.", "over a decade", "DURATION", "P10Y", "MORE_THAN", ""},
		{"He left over 20 years ago.", "over 20 years ago", "DATE", "1995", "MORE_THAN", ""},
		{"He left about 20 years ago.", "about 20 years ago", "DATE", "1995", "APPROX", ""},
		{"The strike will last 48 hours.", "48 hours", "DURATION", "PT48H", "", ""},
		{"Prices rose in the last 48 hours.", "the last 48 hours", "DURATION", "PT48H", "", ""},
	})
}

// TimeBank marks the adjective "current" and "over the years"; the year before a
// preposition stands alone.
func TestCurrentAndTheYears(t *testing.T) {
	runRules(t, []ruleCase{
		{"Flights will rise from the current four a week.", "current", "DATE", "PRESENT_REF", "", ""},
		{"The current constitution bars it.", "current", "DATE", "PRESENT_REF", "", ""},
		{"Sales in the current quarter rose.", "the current quarter", "DATE", "2015-Q4", "", ""},
		{"He sent money over the years through others.", "the years", "DURATION", "PXY", "", ""},
		{"The year 2012 was historic.", "The year 2012", "DATE", "2012", "", ""},
		{"Growth will slow for the rest of this year.", "the rest of this year", "DATE", "2015", "", ""},
		{"He was jailed in 1988 for a killing the year before outside a bar.", "the year before", "DATE", "1987", "", ""},
	})
	runNone(t, []string{"The current account deficit widened.", "The current was strong.", "Over the years of war he suffered."})
}

// A business story's "from ... a year earlier" compares the period it reports with the same
// period a year before: the quarter of its own sentence, else the story's first.
func TestYearEarlierComparison(t *testing.T) {
	lead := "The bank's third-quarter profit rose 26%. In the second quarter, it booked a writedown. The sale, tried in 2011, failed. "
	runRules(t, []ruleCase{
		{lead + "It earned $314m, up from $250m a year earlier.", "a year earlier", "DATE", "2014-Q3", "", ""},
		{"Net income in the second quarter rose to $5 million from $4 million a year ago.", "a year ago", "DATE", "2014-Q2", "", ""},
		{lead + "He had joined the bank a year earlier.", "a year earlier", "DATE", "2010", "", ""},
		{"He moved to Paris a year ago.", "a year ago", "DATE", "2014", "", ""},
	})
}

// Context a reader uses: the week or day the sentence has just named, the month that
// qualifies a noun, the year written before a quarter, a game's halves.
func TestContextOfTheSentence(t *testing.T) {
	runRules(t, []ruleCase{
		{"He robbed four stores last week, on Tuesday and Thursday.", "Tuesday", "DATE", "2015-09-29", "", ""},
		{"He robbed four stores last week, on Tuesday and Thursday.", "Thursday", "DATE", "2015-10-01", "", ""},
		{"A man was arrested Monday night. An officer saw him about 8:30 p.m. near a store.", "about 8:30 p.m.", "TIME", "2015-10-05T20:30", "APPROX", ""},
		{"He died on Monday. The funeral will be at 3 p.m.", "3 p.m.", "TIME", "2015-10-07T15:00", "", ""},
		{"“September sales were strong,” he said.", "September", "DATE", "2015-09", "", ""},
		{"The truce was signed in the September ceasefire deal.", "September", "DATE", "2015-09", "", ""},
		{"By the end of the 2016 third quarter, it will retire them.", "the end of the 2016 third quarter", "DATE", "2016-Q3", "END", ""},
		{"The airline ended 2014 with 723 aircraft.", "2014", "DATE", "2014", "", ""},
		{"He was ousted after months of protests.", "months", "DURATION", "PXM", "", ""},
		{"They played well all year long.", "all year long", "DURATION", "P1Y", "", ""},
	})
	runNone(t, []string{
		"Smith scored twice in the first half.", "Winds reached 160 kilometers per hour.",
		"He drove 100 miles an hour.", "He met April Jones.", "After years of the war, peace came.",
	})
}

// A frequency adjective recurs only when it qualifies an occasion; before a measure or
// another noun it describes the thing. Used as an adverb, a word in -ly recurs.
func TestFrequencyAdjectives(t *testing.T) {
	runRules(t, []ruleCase{
		{"Jobs spoke at the annual conference.", "annual", "SET", "P1Y", "", ""},
		{"The board holds a semi-annual review.", "semi-annual", "SET", "P6M", "", ""},
		{"They meet bi-weekly.", "bi-weekly", "SET", "P2W", "", ""},
		{"The group meets annually.", "annually", "SET", "P1Y", "", ""},
		{"The cabinet meets weekly in Geneva.", "weekly", "SET", "P1W", "", ""},
		{"Ministers hold daily meetings.", "daily", "SET", "P1D", "", ""},
		{"Sales rose 8% annually through 1992.", "annually", "SET", "P1Y", "", ""},
	})
	runNone(t, []string{
		"Annual revenue rose.", "The annual rate of inflation was 2 percent.",
		"It pays semi-annual dividends.", "Shares slid in after hours trading.",
		"Du Pont raised its quarterly dividend.", "Qantas plans daily flights to Bombay.",
		"That is less than 5% of the average daily volume.",
	})
}

func TestFrequenciesAndVagueAmounts(t *testing.T) {
	runRules(t, []ruleCase{
		{"He meets them three times a year.", "three times a year", "SET", "P1Y", "", ""},
		{"He calls once a month.", "once a month", "SET", "P1M", "", ""},
		{"He died a few days ago.", "a few days ago", "DATE", "PAST_REF", "", ""},
		{"The deal lasted a few years.", "a few years", "DURATION", "PXY", "", ""},
		{"Sales fell the prior year.", "the prior year", "DATE", "2014", "", ""},
		{"Sales fell the preceding week.", "the preceding week", "DATE", "2015-W40", "", ""},
	})
	runNone(t, []string{"He came once.", "He tried three times."})
}

func TestClockWithDate(t *testing.T) {
	runRules(t, []ruleCase{
		// A clock time written against its date is one expression.
		{"The polls close at 8:30 a.m. EDT Thursday.", "8:30 a.m. EDT Thursday", "TIME", "2015-10-08T08:30", "", ""},
		{"The meeting ends 10 a.m. Friday, he said.", "10 a.m. Friday", "TIME", "2015-10-02T10:00", "", ""},
		// With a preposition between, they stay two; the clock still takes the day.
		{"The meeting is Friday at 8 p.m.", "8 p.m.", "TIME", "2015-10-09T20:00", "", ""},
		{"The meeting is Friday at 8 p.m.", "Friday", "DATE", "2015-10-09", "", ""},
		{"The vote is at 9 a.m. today.", "9 a.m. today", "TIME", "2015-10-07T09:00", "", ""},
		// British clock times put a dot between hours and minutes, before am or pm only.
		{"The blast came at 10.30pm.", "10.30pm", "TIME", "2015-10-07T22:30", "", ""},
		{"The blast came at 9.15 a.m.", "9.15 a.m.", "TIME", "2015-10-07T09:15", "", ""},
		// A part of the day named before its date is a time on that date.
		{"The explosion happened on the morning of Oct. 5.", "the morning of Oct. 5", "TIME", "2015-10-05TMO", "", ""},
		{"Rebels attacked in the early morning of Oct. 5.", "the early morning of Oct. 5", "TIME", "2015-10-05TMO", "START", ""},
	})
	runNone(t, []string{"Shares were up 2.5 points.", "He spoke on the night of the election."})
}

func TestPresentAndSince(t *testing.T) {
	runRules(t, []ruleCase{
		// "is" settles the clause as present: the nearest Friday, not last week's.
		{"The meeting is Wednesday and ends 10 a.m. Friday, he said.", "10 a.m. Friday", "TIME", "2015-10-09T10:00", "", ""},
		// What holds since a month began in the past.
		{"He has been in office since November.", "November", "DATE", "2014-11", "", ""},
	})
}

// Phrases of news that place or measure a time without a date word of their own, and
// dates run together with what qualifies them.
func TestNewsPhrases(t *testing.T) {
	runRules(t, []ruleCase{
		{"It will seek more financing at a later date.", "a later date", "DATE", "FUTURE_REF", "", ""},
		{"Sales followed the trend of the last half of the '80s.", "the last half of the '80s", "DATE", "198", "END", ""},
		{"It's the second day of an offensive by the army.", "the second day", "DATE", "2015-10-07", "", ""},
		{"The loan may be extended for an additional year.", "an additional year", "DURATION", "P1Y", "", ""},
		{"The board gave him a further two years.", "a further two years", "DURATION", "P2Y", "", ""},
		{"They will live without power for a while.", "a while", "DURATION", "PXX", "", ""},
		{"It acted under a June agreement with the group.", "June", "DATE", "2015-06", "", ""},
		{"He missed a May deadline.", "May", "DATE", "2015-05", "", ""},
		{"By mid afternoon, officials were saying the operation was over.", "mid afternoon", "TIME", "2015-10-07TAF", "MID", ""},
		{"The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "TIME", "2015-11-06T17:00", "", ""},
		{"Women's Day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "DATE", "2016-03-08", "", ""},
		{"We don't minimize the challenges of the near term.", "the near term", "DATE", "FUTURE_REF", "", ""},
	})
	runNone(t, []string{"Critics of the May government said it was weak."})
}

func TestAnaphoricUnits(t *testing.T) {
	runRules(t, []ruleCase{
		{"Net income rose in the third quarter. Sales for the quarter fell.", "the quarter", "DATE", "2015-Q3", "", "2015-Q3"},
		{"He was hired in March 2012. Later in the year he left.", "Later in the year", "DATE", "2012", "END", ""},
		{"Talks began on Sept. 3. During the month, prices fell.", "the month", "DATE", "2015-09", "", ""},
		{"The index fell on Friday. For the week, it dropped 3.8%.", "the week", "DATE", "2015-W40", "", ""},
		{"Volume was 443.6 million Thursday, the week's most active session.", "the week", "DATE", "2015-W40", "", ""},
		{"He spoke in Denver on Tuesday. Later in the day he flew home.", "Later in the day", "DATE", "2015-10-06", "END", ""},
		// "earlier in the year", as TimeBank marks it: the span with its position.
		{"He came back later in the week.", "later in the week", "DATE", "2015-W41", "END", ""},
		{"Prices rose earlier in the year.", "earlier in the year", "DATE", "2015", "START", ""},
		{"The Fed expects the economy to slow in coming months.", "coming months", "DURATION", "PXM", "", ""},
		{"Sales fell in 2012. Profit rose in the first nine months of the year.", "the year", "DATE", "2012", "", ""},
	})
	// No date placed yet, a generic use, or a phrase that goes on: left alone.
	runNone(t, []string{
		"Sales for the quarter fell.",
		"He was the best player of the year.",
		"Prices for the week fell.", "The day began badly.",
	})
	d := "Profit rose in 2012. Earnings in the quarter ended Sept. 30 rose."
	runRules(t, []ruleCase{{d, "Sept. 30", "DATE", "2015-09-30", "", ""}})
}

func TestSomeDay(t *testing.T) {
	runRules(t, []ruleCase{
		{"One day he will return.", "One day", "DATE", "FUTURE_REF", "", ""},
		{"Someday she will lead.", "Someday", "DATE", "FUTURE_REF", "", ""},
		{"Some day they left.", "Some day", "DATE", "PAST_REF", "", ""},
		{"He stayed for one day.", "one day", "DURATION", "P1D", "", ""},
		{"One day after the attack, police came.", "One day", "DURATION", "P1D", "", ""},
		// A day that "comes" is no amount of time; nor is the day that refers back to it.
		{"If there ever came a day when I could not go on, I would tell you.", "a day", "DATE", "FUTURE_REF", "", ""},
		{"A day will come when we win.", "A day", "DATE", "FUTURE_REF", "", ""},
		{"Then came a day when he left.", "a day", "DATE", "PAST_REF", "", ""},
		{"If there ever came a day when I could not go on, I would say so. That day has come.", "That day", "DATE", "PRESENT_REF", "", ""},
		{"He stayed for a day when the storm hit.", "a day", "DURATION", "P1D", "", ""},
	})
}

// The issue's list, where no other table covers it.
func TestIssueList(t *testing.T) {
	runRules(t, []ruleCase{
		{"The polls close at midnight Tuesday.", "midnight Tuesday", "TIME", "2015-10-06T24:00", "", ""},
		{"Shelling has gone on since midnight.", "midnight", "TIME", "2015-10-07T00:00", "", ""},
		// Ages are durations (TIDES marks them, anchored before the DCT).
		{"The three-year-old boy was found.", "three-year-old", "DURATION", "P3Y", "", ""},
		// Event-anchored expressions count from the last date the text placed.
		{"He was elected in 2008 and re-elected two years earlier.", "two years earlier", "DATE", "2006", "", ""},
		{"The talks opened on Sept. 3. The previous day, he flew in.", "The previous day", "DATE", "2015-09-02", "", ""},
		{"The plant opened in 2009. Sales doubled that year.", "that year", "DATE", "2009", "", ""},
		// Deictic ones count from the DCT even after another date.
		{"The plant opened in 2009. Sales doubled last year.", "last year", "DATE", "2014", "", ""},
	})
	runNone(t, []string{"The former chairman resigned.", "He is a former minister."})
}

// A results story refers back to its period without naming it again; TimeBank gives these
// the reported period's value. A quarter still ahead of the DCT is an outlook, not the
// period reported.
func TestResultsStoryPeriods(t *testing.T) {
	q := "Ford posted a third-quarter loss. "
	runRules(t, []ruleCase{
		{q + "In the quarter, sales fell.", "the quarter", "DATE", "2015-Q3", "", ""},
		{q + "In the latest quarter, it took a charge.", "the latest quarter", "DATE", "2015-Q3", "", ""},
		{q + "The most recent quarter was weak.", "The most recent quarter", "DATE", "2015-Q3", "", ""},
		{q + "Net income was $5 million in the year-earlier period.", "the year-earlier period", "DATE", "2014-Q3", "", ""},
		{q + "It compared with a year-earlier profit of $35 million.", "year-earlier", "DATE", "2014-Q3", "", ""},
		// A comparison without "from": opening the sentence, or after the amount.
		{q + "A year earlier, it earned $2 million.", "A year earlier", "DATE", "2014-Q3", "", ""},
		{q + "It earned $1.9 million, or 29 cents a share, a year ago.", "a year ago", "DATE", "2014-Q3", "", ""},
		// The period compared with does not become the one "the quarter" means.
		{q + "Profit rose from $100 million a year earlier. During the quarter, it issued shares.", "the quarter", "DATE", "2015-Q3", "", ""},
		{q + "It expects a loss for the full year.", "the full year", "DATE", "2015", "", ""},
		{q + "Full-year sales will rise.", "Full-year", "DATE", "2015", "", ""},
		{"Sales rose from year-ago levels.", "year-ago", "DATE", "2014", "", ""},
		// "a year-long war" is the adjective, not "a year".
		{"It ended a year-long war.", "year-long", "DURATION", "P1Y", "", ""},
	})
	runNone(t, []string{"Full-year sales will rise."})
	runOnly(t, "We estimate fourth-quarter sales will rise. Full-year sales will rise too.", "fourth-quarter")
	runOnly(t, q+"He lost in the quarter-final.", "third-quarter")
}

// Rules drawn from unseen news: each with the neighbouring case that must stay as it was.
func TestUnseenNewsRules(t *testing.T) {
	runRules(t, []ruleCase{
		// "its plans" is a noun: the clause is past, not planned.
		{"The company shelved its plans on Aug. 30.", "Aug. 30", "DATE", "2015-08-30", "", ""},
		{"The company plans to open on Aug. 30.", "Aug. 30", "DATE", "2016-08-30", "", ""},
		// What lasts until a month lasts until one ahead, unless the clause is past.
		{"Workers must wait until July to see a raise.", "July", "DATE", "2016-07", "", ""},
		{"The office was closed until July.", "July", "DATE", "2015-07", "", ""},
		// The market's session is a part of the day.
		{"Shares fell 2% in morning trade.", "morning", "TIME", "2015-10-07TMO", "", ""},
		{"The game starts at 7:30 p.m.", "7:30 p.m.", "TIME", "2015-10-07T19:30", "", ""},
		{"Right now, he is confident.", "Right now", "DATE", "PRESENT_REF", "", ""},
		{"Leaders gather at yearly COP meetings.", "yearly", "SET", "P1Y", "", ""},
		{"The festival runs each spring.", "each spring", "SET", "XXXX-SP", "", ""},
		{"Shoppers crowded stores on Black Friday.", "Black Friday", "DATE", "2014-11-28", "", ""},
		{"Cyber Monday sales will rise.", "Cyber Monday", "DATE", "2015-11-30", "", ""},
		{"Crowds came on the August Bank Holiday Monday.", "August Bank Holiday Monday", "DATE", "2015-08-31", "", ""},
		// Counted past the DCT in a past-tense clause: the count ran from a time the text
		// never placed.
		{"As a two-year-old he appeared on television and a year later he won.", "a year later", "DATE", "XXXX", "", ""},
		{"He was elected in 2008 and re-elected a year later.", "a year later", "DATE", "2009", "", ""},
		// "Hope" in a name is no future cue.
		{"He appeared with Bob Hope and a year later he won.", "a year later", "DATE", "XXXX", "", ""},
		{"Mugabe, a 93 year-old, spoke.", "93 year-old", "DURATION", "P93Y", "", ""},
		{"Hours before the game, the coach spoke.", "Hours", "DURATION", "PTXH", "", ""},
		{"It became a pariah in a matter of weeks.", "weeks", "DURATION", "PXW", "", ""},
		{"He left years before.", "years before", "DATE", "PAST_REF", "", ""},
	})
	runNone(t, []string{
		"He scored at 7:14 of the first period.",
		"He read the daily Vietnam News.",
		"He played for Sheffield Wednesday.",
		"In the days after the attack, police came.",
	})
}

// Broadcast transcripts say years in words; financial reports speak of "the full year" and
// "the latest quarter" of the report itself (DCT 2015-10-07).
func TestSpelledYearsAndReportUnits(t *testing.T) {
	runRules(t, []ruleCase{
		{"The law was passed in nineteen ninety-six by the Congress.", "nineteen ninety-six", "DATE", "1996", "", ""},
		{"It happened in January nineteen ninety-seven, officials said.", "January nineteen ninety-seven", "DATE", "1997-01", "", ""},
		{"The plan dates from nineteen oh five.", "nineteen oh five", "DATE", "1905", "", ""},
		{"Computers were to fail in the year two thousand.", "the year two thousand", "DATE", "2000", "", ""},
		{"Profit for the full year rose.", "the full year", "DATE", "2015", "", ""},
		{"Sales in the latest quarter fell.", "the latest quarter", "DATE", "2015-Q3", "", ""},
	})
	// Counts stay counts.
	for _, in := range []string{"Some two thousand troops arrived.", "The meeting ran from twelve fifteen.", "He counted nineteen five-dollar bills."} {
		d := text.Analyze(in)
		for _, x := range Tag(d, Options{DCT: dct}) {
			if x.Value == "2000" || x.Value == "1215" || x.Value == "1905" {
				t.Errorf("%q: %q taken for the year %s", in, d.Text[x.Start:x.End], x.Value)
			}
		}
	}
}

// Durations keep their article and the word that places them in a longer span, as the
// TimeML guidelines mark extents.
func TestDurationExtents(t *testing.T) {
	runRules(t, []ruleCase{
		{"Profit rose in the first nine months of the year.", "the first nine months", "DURATION", "P9M", "", ""},
		{"The talks lasted the four days of the summit.", "the four days", "DURATION", "P4D", "", ""},
		{"Over the six months, sales fell.", "the six months", "DURATION", "P6M", "", ""},
	})
}

// TestWebNewsPhrases holds the forms of web and wire news of the 2000s: datelines, ranges
// of days, plans told in the past, years of named prizes.
func TestWebNewsPhrases(t *testing.T) {
	runRules(t, []ruleCase{
		{"JOHANNESBURG | Wed Oct 7 , 2015 10:00 am BST JOHANNESBURG (Reuters) - Talks began.", "Wed Oct 7 , 2015 10:00 am BST", "TIME", "2015-10-07T10:00", "", ""},
		{"Wednesday 7 October 2015 02.16 BST Troops moved north.", "Wednesday 7 October 2015 02.16 BST", "TIME", "2015-10-07T02:16", "", ""},
		{"The quake struck at around 5 o'clock in the afternoon.", "around 5 o'clock in the afternoon", "TIME", "2015-10-07T17:00", "APPROX", ""},
		{"The ferry left at 10 at night.", "10 at night", "TIME", "2015-10-07T22:00", "", ""},
		{"Zuma will visit Tripoli next week, the presidency said in a statement on Wednesday.", "Wednesday", "DATE", "2015-10-07", "", ""},
		{"When Obama unveiled his plans for Afghanistan in March, he promised help.", "March", "DATE", "2015-03", "", ""},
		{"The leader agreed Tuesday to not seek re-election in December.", "December", "DATE", "2015-12", "", ""},
		{"He said he hoped to have the vessel in place by Friday.", "Friday", "DATE", "2015-10-09", "", ""},
		{"Profits fell over the previous three years.", "the previous three years", "DURATION", "P3Y", "", ""},
		{"Prices will rise in the coming year.", "the coming year", "DURATION", "P1Y", "", ""},
		{"He was trapped for five or six days.", "five", "DURATION", "P5D", "", ""},
		{"It takes between two and four weeks.", "two", "DURATION", "P2W", "", ""},
		{"They placed 2005 Nobel Peace Prize co-winner Mohamed ElBaradei under arrest.", "2005", "DATE", "2005", "", ""},
		{"Survivors have been found after as long as 13 days.", "as long as 13 days", "DURATION", "P13D", "EQUAL_OR_LESS", ""},
		{"updated Wed Oct 07 2015 23:03:00 GMT-0400 (EDT)", "Wed Oct 07 2015 23:03:00 GMT", "TIME", "2015-10-07T23:03:00", "", ""},
		{"Records show an ambulance was not called until 1221.", "1221", "TIME", "2015-10-07T12:21", "", ""},
		{"The doctor made a series of calls between 1100 and 1200.", "1100", "TIME", "2015-10-07T11:00", "", ""},
		{"He waited until 2010 to act.", "2010", "DATE", "2010", "", ""},
		{"The ambulance arrived at about 1100.", "about 1100", "TIME", "2015-10-07T11:00", "APPROX", ""},
		{"Tony Smith reporting 1003 : Dominic Casciani, home affairs correspondent", "1003", "TIME", "2015-10-07T10:03", "", ""},
		{"A hearing has been set for 5 April in Los Angeles.", "5 April", "DATE", "2016-04-05", "", ""},
		{"The singer has been confirmed to take part in a tribute concert in December.", "December", "DATE", "2015-12", "", ""},
		{"Troops opened fire at 8 p.m. Minutes later, the square was empty.", "Minutes later", "TIME", "2015-10-07T20:00", "APPROX", ""},
		{"The crowd gathered on Monday night. Hours later they had gone.", "Hours later", "DATE", "2015-10-05", "APPROX", ""},
		{"Minutes later, the minister will speak.", "Minutes later", "DATE", "FUTURE_REF", "", ""},
	})
	runNone(t, []string{
		"Coming soon is the Future Combat System from Lockheed Martin.",
		"Rates rose from 5 to 6 percent.",
	})
}
