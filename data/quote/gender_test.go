package quote

import (
	"testing"

	"storyline/data/wordlist"
)

// "she" and "he" skip a person of the other gender, known by a given name, a courtesy
// title, a gendered role or the pronouns of sentences that name that person alone.
func TestPronounsKeepTheirGender(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"given name", `"We must act," Maria Lopez said. "Too slow," Tom Reed said. She called the plan "a disgrace."`,
			"a disgrace|She|Maria Lopez|"},
		{"courtesy title", `"We must act," Mrs. Ward said. "Too slow," Mr. Reed said. She called the plan "a disgrace."`,
			"a disgrace|She|Ward|"},
		{"role in an apposition", `"We must act," Alex Ward, the company's spokeswoman, said. "Too slow," Sam Reed said. She called the plan "a disgrace."`,
			"a disgrace|She|Alex Ward|"},
		{"pronouns of her sentences", `Alex Ward arrived early. She had spent the night in her office. "Too slow," Kim Reed said on Monday; his staff agreed. She called the plan "a disgrace."`,
			"a disgrace|She|Alex Ward|"},
		{"he", `"We must act," Tom Reed said. "Too slow," Maria Lopez said. He called the plan "a disgrace."`,
			"a disgrace|He|Tom Reed|"},
	} {
		d, r, qs := find(tc.in)
		got := ""
		for _, q := range qs {
			if q.Direct && q.Text == "a disgrace" {
				got = render(d, r, q)
			}
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestGendersAsWordlistNumbersThem(t *testing.T) {
	if genderUnknown != int(wordlist.GenderUnknown) || genderMale != int(wordlist.GenderMale) || genderFemale != int(wordlist.GenderFemale) {
		t.Fatal("quote's genders are not wordlist's")
	}
}
