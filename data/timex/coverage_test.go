package timex

import "testing"

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
	})
}
