package timex

import (
	"testing"

	"storyline/model"
)

// A date written without its year takes the one its clause points to, and without a
// tense the occurrence nearer the DCT (Wednesday 7 October 2015).
func TestYearOfUndatedDates(t *testing.T) {
	runRules(t, []ruleCase{
		// No tense: the nearer January, three months ahead rather than nine behind.
		{"The dividend is payable Jan. 2 to holders of record Dec. 15.", "Jan. 2", "DATE", "2016-01-02", "", ""},
		{"The dividend is payable Jan. 2 to holders of record Dec. 15.", "Dec. 15", "DATE", "2015-12-15", "", ""},
		// "payable" looks ahead, though the dividend was declared.
		{"Directors declared a dividend payable Feb. 1.", "Feb. 1", "DATE", "2016-02-01", "", ""},
		// A participle used as an adjective carries no past tense.
		{"The split would be paid on a still unspecified date in January.", "January", "DATE", "2016-01", "", ""},
		// What has lasted through a month lasts until the one ahead.
		{"Lenders have extended loans through January.", "January", "DATE", "2016-01", "", ""},
		{"Lenders extended loans through January.", "January", "DATE", "2015-01", "", ""},
		// A chronology in the historical present keeps the DCT's year for a month seven
		// months back.
		{"March 17 - The Security Council votes to authorize a no-fly zone.", "March 17", "DATE", "2015-03-17", "", ""},
		// The past tense keeps its month behind.
		{"The company bought the unit in February.", "February", "DATE", "2015-02", "", ""},
		// So does a present perfect before the date, but not an obligation ("have to").
		{"Oil prices have come down from the middle of December.", "the middle of December", "DATE", "2014-12", "MID", ""},
		{"Prices have already risen in December.", "December", "DATE", "2014-12", "", ""},
		{"Members have to pay by December.", "December", "DATE", "2015-12", "", ""},
	})
}

// A quarter named without its year is the one last reported, whatever the tense, unless it
// ended so long ago that a plan can only mean next year's.
func TestYearOfUndatedQuarters(t *testing.T) {
	runRules(t, []ruleCase{
		{"Hadson said it expects to report a third-quarter loss.", "third-quarter", "DATE", "2015-Q3", "", ""},
		{"The company will report third-quarter results.", "third-quarter", "DATE", "2015-Q3", "", ""},
		{"The plant will open in the first quarter.", "the first quarter", "DATE", "2016-Q1", "", ""},
		// A fiscal fourth quarter may end before the calendar's: it is this year's.
		{"Sales fell in the fourth quarter ended Sept. 30.", "the fourth quarter", "DATE", "2015-Q4", "", ""},
		{"Sales rose in the last half of 2014.", "the last half of 2014", "DATE", "2014-H2", "", ""},
		{"Sales rose in the first two quarters of 2016.", "the first two quarters of 2016", "DATE", "2016-H1", "", ""},
		{"Ford posted a third-quarter loss, against a profit in the 2014 quarter.", "the 2014 quarter", "DATE", "2014-Q3", "", ""},
		{"Sales fell from the year-earlier third quarter.", "the year-earlier third quarter", "DATE", "2014-Q3", "", ""},
	})
	runOnly(t, "He spoke for the last half hour.", "half hour")
	runRules(t, []ruleCase{
		{"Sales fell from last year's fourth quarter.", "last year's fourth quarter", "DATE", "2014-Q4", "", ""},
		{"It expects a profit in next year's first quarter.", "next year's first quarter", "DATE", "2016-Q1", "", ""},
		// The article belongs to the noun the quarter qualifies.
		{"The company posted the third-quarter loss.", "third-quarter", "DATE", "2015-Q3", "", ""},
	})
}

// A bare weekday goes with the tense of its clause, found after the expression when the
// clause opens with it.
func TestWeekdayTense(t *testing.T) {
	runRules(t, []ruleCase{
		{"Ciba said that at the close of business Saturday, 5,000 shares had been tendered.", "Saturday", "DATE", "2015-10-03", "", ""},
		{"Shares are to resume trading in Paris Monday.", "Monday", "DATE", "2015-10-12", "", ""},
		{"The Times said in an editorial on Saturday, April 25: The court took a detour.", "Saturday, April 25", "DATE", "2015-04-25", "", ""},
		// A plan told in the past tense was for a day now past; told now, for one ahead.
		{"The offer had been due to expire Friday evening.", "Friday evening", "TIME", "2015-10-02TEV", "", ""},
		{"The talks were scheduled to end Monday.", "Monday", "DATE", "2015-10-05", "", ""},
		{"The offer is due to expire Friday.", "Friday", "DATE", "2015-10-09", "", ""},
		// "as planned" compares: the main verb's tense holds.
		{"The attack began as previously planned Saturday night.", "Saturday night", "TIME", "2015-10-03TNI", "", ""},
		{"The talks will open as scheduled Monday.", "Monday", "DATE", "2015-10-12", "", ""},
		// A day's figures are in: it is one gone by, though the clause is in the present.
		{"The price is a premium over Saturday's closing price.", "Saturday", "DATE", "2015-10-03", "", ""},
		{"Saturday's vote is key.", "Saturday", "DATE", "2015-10-10", "", ""},
		{"He meets the envoy Thursday.", "Thursday", "DATE", "2015-10-08", "", ""},
	})
	// A day in words after "in" is an adverb; after "on" it is the day.
	runRules(t, []ruleCase{
		{"The explosion in April first triggered the slide.", "April", "DATE", "2015-04", "", ""},
		{"The vote is on April first.", "April first", "DATE", "2015-04-01", "", ""},
	})
}

func TestFractionsMonthSetsAndSpelledYears(t *testing.T) {
	runRules(t, []ruleCase{
		{"Prices rise each July.", "each July", "SET", "XXXX-07", "", ""},
		{"Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D", "", ""},
		{"The group began to fall apart in mid-1996 after the defection.", "mid-1996", "DATE", "1996", "MID", ""},
		{"The goal to halve it by the year two thousand has been missed.", "the year two thousand", "DATE", "2000", "", ""},
	})
	runNone(t, []string{"The army sent two thousand troops."})
}

// A company that reports a quarter in the past tense has closed it, though its fiscal
// year ends before the calendar's: the story's later "latest period" is that quarter, and
// the same period a year back is named after it in many ways.
func TestReportedPeriods(t *testing.T) {
	d := "Ralston Purina reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion."
	runRules(t, []ruleCase{{d, "the latest period", "DATE", "2015-Q4", "", ""}})
	// The reported period a year back, however the year is named.
	q3 := "Net income rose in the third quarter, "
	runRules(t, []ruleCase{
		{q3 + "against $3 million in the corresponding period last year.", "the corresponding period last year", "DATE", "2014-Q3", "", ""},
		{q3 + "up from last year's quarter.", "last year's quarter", "DATE", "2014-Q3", "", ""},
		{q3 + "up from the quarter a year ago.", "the quarter a year ago", "DATE", "2014-Q3", "", ""},
	})
	runOnly(t, "The period of mourning ended last year.", "last year")
	// A second company's report is the period from then on.
	two := "Delta's earnings soared in the fiscal first quarter. Separately, America West reported third-quarter profit " +
		"jumped, from $4 million a year earlier."
	runRules(t, []ruleCase{{two, "a year earlier", "DATE", "2014-Q3", "", ""}})
	// After the months of the year to date, the year before is a year.
	nine := "Profit rose in the third quarter. For the nine months, it earned $2 billion, up from $1.6 billion a year earlier. " +
		"The year-ago results included a charge."
	runRules(t, []ruleCase{
		{nine, "a year earlier", "DATE", "2014", "", ""},
		{nine, "year-ago", "DATE", "2014", "", ""},
		{nine + " Sales rose in the third quarter, from $2 million a year ago.", "a year ago", "DATE", "2014-Q3", "", ""},
		{"Profit rose in the third quarter. For the nine months, it earned $2 billion. In the year-earlier period, it had $1.6 billion.",
			"the year-earlier period", "DURATION", "P9M", "", ""},
		{"Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "DURATION", "P9M", "", ""},
	})
	runRules(t, []ruleCase{{"Analysts were predicting 2016 BellSouth earnings of $3.90 a share.", "2016", "DATE", "2016", "", ""}})
	// An outlook reports nothing yet.
	runOnly(t, "The company expects fourth-quarter earnings to rise. Sales in the latest period fell.", "fourth-quarter")
}

func TestSeasonsAndPlans(t *testing.T) {
	spring := model.Day(2016, 3, 22)
	runRulesAt(t, spring, []ruleCase{
		// Said in spring: this summer is the one ahead, even in a past-tense clause.
		{"Protesters crowded the road and pledged to join the protests this summer.", "this summer", "DATE", "2016-SU", "", ""},
		{"The talks that are supposed to conclude by May resumed.", "May", "DATE", "2016-05", "", ""},
	})
}

// "The year ended March 31" is a year's span; the date names its end.
func TestYearEnded(t *testing.T) {
	runRules(t, []ruleCase{
		{"Cilcorp had revenue of $76 million for the year ended March 31.", "the year", "DURATION", "P1Y", "", ""},
		{"Cilcorp had revenue of $76 million for the year ended March 31.", "March 31", "DATE", "2015-03-31", "", ""},
		{"For the fiscal year ending Sept. 30, profit rose.", "the fiscal year", "DURATION", "P1Y", "", ""},
		{"Sales will rise in the current fiscal year.", "the current fiscal year", "DATE", "2015", "", ""},
	})
}

// "In the near future" and "over the short term" are the future, as TimeML values them; the
// adjective "near-term" is no expression.
func TestNearFuture(t *testing.T) {
	runRules(t, []ruleCase{
		{"Prices will rise in the near future.", "the near future", "DATE", "FUTURE_REF", "", ""},
		{"Over the short term, rates will stay low.", "the short term", "DATE", "FUTURE_REF", "", ""},
	})
	runNone(t, []string{"The near-term outlook is weak."})
}

// A show's title is no time: ABC News' "This Week", NBC's "Today"; a quotation that opens
// with "This week" is.
func TestShowTitles(t *testing.T) {
	runNone(t, []string{`James Baker, speaking on ABC News' "This Week," said no.`, `He said on NBC's "Today" show that he would run.`,
		"He told USA Today that he would run.", "This is VOA Today."})
	runRules(t, []ruleCase{
		{`He said, "This week we will act."`, "This week", "DATE", "2015-W41", "", ""},
	})
}

// An age is no time expression: "Howes, 37 years old when he was kidnapped".
func TestAgesUnmarked(t *testing.T) {
	runNone(t, []string{"Howes, 37 years old when he was kidnapped, is missing."})
	runRules(t, []ruleCase{{"The siege lasted 37 years.", "37 years", "DURATION", "P37Y", "", ""}})
}

// The end of the year, however it is written.
func TestYearEnd(t *testing.T) {
	runRules(t, []ruleCase{
		{"Profit should rise by year-end.", "year-end", "DATE", "2015", "END", ""},
		{"It should close by year's end.", "year's end", "DATE", "2015", "END", ""},
		{"The rate was 5% at year end.", "year end", "DATE", "2015", "END", ""},
	})
	runRulesAt(t, model.Day(2016, 2, 10), []ruleCase{
		{"Cash at year-end was $5 million, it said.", "year-end", "DATE", "2015", "END", ""},
	})
	runNone(t, []string{"The year ended well for the company."})
}

// "The previous Friday" and "the following Monday" count from the day the text placed.
func TestPreviousAndFollowingWeekday(t *testing.T) {
	runRules(t, []ruleCase{
		{"Prices fell on Friday. They were down from the previous Friday.", "the previous Friday", "DATE", "2015-09-25", "", ""},
		{"He arrived on Oct. 3. He left the following Monday.", "the following Monday", "DATE", "2015-10-05", "", ""},
	})
}

// "In the morning" is the morning of the day the text has placed; with no day placed it is
// no expression.
func TestMorningOfTheDayPlaced(t *testing.T) {
	runRules(t, []ruleCase{
		{"Stocks fell on Friday. Dealers placed orders in the morning to start the day.", "the morning", "TIME", "2015-10-02TMO", "", ""},
	})
	runNone(t, []string{"He runs in the morning."})
}

// "A high for the year of $42": the year, followed by an amount.
func TestYearOfAnAmount(t *testing.T) {
	runRules(t, []ruleCase{{"The stock rose to a high for the year of $42.", "the year", "DATE", "2015", "", ""}})
	runNone(t, []string{"It was the best in the year of the dragon."})
}

func TestApproximateAgoAndDayParts(t *testing.T) {
	runRules(t, []ruleCase{
		{"He left a week or so ago.", "a week or so ago", "DATE", "2015-09-30", "APPROX", ""},
		{"It was a several-year effort.", "several-year", "DURATION", "PXY", "", ""},
		{"Prices rose in mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2015-10-06TAF", "MID", ""},
	})
}
