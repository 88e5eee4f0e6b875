package quote

import (
	"strings"
	"testing"
)

// quoteWords renders the direct quotes of s as "text|speaker words".
func quoteWords(s string) []string {
	d, _, qs := find(s)
	var out []string
	for _, q := range qs {
		if q.Direct {
			out = append(out, q.Text+"|"+d.Text[q.SpeakerStart:q.SpeakerEnd])
		}
	}
	return out
}

func checkSpeakers(t *testing.T, name, in string, want []string) {
	t.Helper()
	got := quoteWords(in)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", name, got, want)
	}
}

// A speaker named after the quotation, with what news copy puts between the name and the
// verb: an apposition or two, a party and state in parentheses.
func TestSpeakerAfterQuoteWithApposition(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"apposition", `"We will rebuild," Maria Lopez, the city's housing director, said on Tuesday.`,
			[]string{"We will rebuild|Maria Lopez"}},
		{"two appositions", `"It is too late," Tom Reed, the mayor of Dover, one of the towns affected, said at a meeting.`,
			[]string{"It is too late|Tom Reed"}},
		{"party in parentheses", `"The bill is dead," Sen. Ann Ward (D-Ohio) said.`, []string{"The bill is dead|Sen. Ann Ward"}},
		{"parentheses and apposition before", `Sen. Ann Ward (D-Ohio), who chairs the panel, said: "The bill is dead."`,
			[]string{"The bill is dead|Sen. Ann Ward"}},
		{"long relative clause", `Paul Grant, who runs the shelter program for homeless families in the northern districts, said, "We are full."`,
			[]string{"We are full|Paul Grant"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// A cue after a quoted question or exclamation starts a sentence of its own for the
// splitter; a short one still attributes the quotation. A partial quotation inside a
// clause takes no cue that follows it.
func TestSpeakerAfterQuestionAndInsideClause(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"question", `"Why should we pay for this?" Maria Lopez asked. The council did not answer.`,
			[]string{"Why should we pay for this?|Maria Lopez"}},
		{"exclamation", `"Never again!" shouted Tom Reed.`, []string{"Never again!|Tom Reed"}},
		{"partial inside a clause", `Maria Lopez said the city was reduced to "begging for scraps" because Tom Reed refused to help.`,
			[]string{"begging for scraps|Maria Lopez"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// The subject of the sentence speaks: after "and", for a participle after a preposition,
// and for a quotation with no cue inside a sentence, past an opening adverbial, a heading
// in capitals and a possessive.
func TestSpeakerIsTheSentenceSubject(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"coordinated verb", `Maria Lopez visited the site on Monday and said the city had one duty: "We will not wait."`,
			[]string{"We will not wait|Maria Lopez"}},
		{"participle after a preposition", `Paul Grant angered residents by saying the shelter was "not a hotel."`,
			[]string{"not a hotel|Paul Grant"}},
		{"no cue, opening adverbial", `At a rally on Friday, Tom Reed likened the budget to a "sinking ship."`,
			[]string{"sinking ship|Tom Reed"}},
		{"no cue, adverbial without comma", `Tom Reed spoke twice. A few days ago in an interview with the Dover Herald he blasted the council for being "totally incompetent."`,
			[]string{"totally incompetent|he"}},
		{"heading and possessive", `BUDGET FIGHT — Reed’s harsh letter likened the plan to "a fantasy with no money behind it."`,
			[]string{"a fantasy with no money behind it|Reed’s harsh letter"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// A passive cue gives the words to its agent after "by", or to nobody; a passive clause
// without a cue gives its subject no words.
func TestPassiveCues(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"agent", `The plan was described as "a fantasy" by Tom Reed.`, []string{"a fantasy|Tom Reed"}},
		{"no agent", `Residents have been warned of "serious delays" on the bridge.`, []string{"serious delays|"}},
		{"passive clause", `Maria Lopez was investigated for promoting "miracle" cures.`, nil},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// Titles of shows, songs and events in quotation marks are not quotations; names given
// with "called" are, and so are quotations in a headline, which capitalises everything.
func TestTitlesAreNotQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"show", `Tom Reed said on Monday on ABC's "Good Morning America" that he would run.`, nil},
		{"event", `Maria Lopez spoke at a "Rebuild Dover Forum" in March.`, nil},
		{"nickname", `Tom Reed called the tower "Big Ben" in a speech.`, []string{"Big Ben|Tom Reed"}},
		{"headline", "Reed Says Budget Plan Is 'A Sinking Ship'\n\nTom Reed spoke on Monday.", []string{"A Sinking Ship|Reed"}},
		{"one word", `Voters who listed "Independent" as their party rose.`, []string{"Independent|who"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// Other idioms and marks: "as X put it", an inch mark, and report verbs that open a
// quotation only with "that" or a colon.
func TestCueIdiomsAndMarks(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"put it", `The plan was, as Maria Lopez put it, "a sinking ship."`, []string{"a sinking ship|Maria Lopez"}},
		{"inch mark", `Tom Reed is 6'2" tall and weighs 200 pounds, his doctor said.`, nil},
		{"report verb as a noun", `Maria Lopez's new radio show "Open City Hall" airs on Sundays.`, nil},
		{"report verb with a colon", `Tom Reed announced: "We are closing the bridge."`, []string{"We are closing the bridge|Tom Reed"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// A report of a report goes to the one who reports it, as attribution corpora mark it:
// "Lynch said she recalled thinking, “...”" is Lynch's; a different pronoun is not.
func TestOuterSpeakerOfNestedReports(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"named outer", `Maria Lopez said she recalled thinking, "This is not the job I signed up for."`,
			[]string{"This is not the job I signed up for|Maria Lopez"}},
		{"same pronoun", `Maria Lopez spoke first. She said she remembers the mayor being "furious."`,
			[]string{"furious|She"}},
		{"other pronoun", `Tom Reed spoke first. He said she told him: "Stop now."`, []string{"Stop now|she"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// Headlines and captions name the speaker before a colon; a number or a role before an
// inverted name belongs to the speaker; "despite" with a participle keeps the subject.
func TestHeadlineColonAndRoles(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"colon", "A lesson from Maria Lopez: 'Keep the bridge open.'\n\nLopez spoke on Monday.", []string{"Keep the bridge open|Maria Lopez"}},
		{"name and colon open a headline", "Maria Lopez: Council Plan To Close Bridge ‘Reeks of Panic’\n\nLopez spoke on Monday.",
			[]string{"Reeks of Panic|Maria Lopez"}},
		{"number in the role", `"We were never told," said 9/11 widow Ann Ward.`, []string{"We were never told|9/11 widow Ann Ward"}},
		{"despite", `Senator Tom Reed, R-Ohio, despite admitting concerns about "trial lawyers," backed the bill.`,
			[]string{"trial lawyers|Senator Tom Reed"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// A quotation introduced by a named speaker and a colon stays theirs when a pronoun cue
// follows it; the pronoun names the speaker of the quotation after it. A clause that
// opens with "though" after a quotation does not attribute it.
func TestColonCueAndPronounAfter(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"colon then pronoun", `Sen. Ann Ward (D-Ohio) scolded him: "You called them miracles," she said. "I do not understand why."`,
			[]string{"You called them miracles|Sen. Ann Ward", "I do not understand why|she"}},
		{"though", `Maria Lopez said she speaks about housing because "you talk about what is in front of you," though she noted other issues.`,
			[]string{"you talk about what is in front of you|Maria Lopez"}},
	} {
		checkSpeakers(t, tc.name, tc.in, tc.want)
	}
}

// Verbs of direct speech beyond "said".
func TestMoreSpeechVerbs(t *testing.T) {
	for _, v := range []string{"scolded", "lamented", "fumed", "snapped", "pleaded", "blasted", "touted", "yelled", "sang"} {
		in := `"This is not the deal we were promised," Tom Reed ` + v + `.`
		checkSpeakers(t, v, in, []string{"This is not the deal we were promised|Tom Reed"})
	}
}
