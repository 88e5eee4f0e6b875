package quote

import (
	"strings"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// Gender evidence lets "he" and "she" skip a person of the other gender ("Warren said ...
// Merkley said ... she called" is Warren's). Each person actor is scored from what the
// article says of them: a courtesy title before a mention ("Mrs. Clinton"), a gendered
// role ("spokeswoman", "congressman", "widow") in their roles or in an apposition after a
// mention, a given name that names one gender (data/wordlist/resources/genders.txt), and the pronouns of
// sentences that name that person and no other. Unknown stays
// unknown: the pronoun then takes the last fitting speaker as before.

// The genders as wordlist numbers them (TestGendersAsWordlistNumbersThem), untyped so
// that the vote tables take them as they are.
const (
	genderUnknown = 0
	genderMale    = 1
	genderFemale  = 2
)

// maleWords and femaleWords are the titles and roles that name a man or a woman.
var (
	maleWords   = wordlist.GenderWords(wordlist.GenderMale)
	femaleWords = wordlist.GenderWords(wordlist.GenderFemale)
)

func genderOfWord(w string) int { return int(wordlist.WordGender(w)) }

// genderWords holds genderOfWord of every word it does not find unknown, by WordID.
var genderWords = func() (c text.Classes[int8]) {
	for _, m := range []wordlist.Set{maleWords, femaleWords} {
		for w := range m {
			w = strings.TrimSuffix(w, ".")
			*c.Add(w) = int8(genderOfWord(w))
		}
	}
	return c
}()

// pronounGenders gives the personal pronouns their gender, by WordID: a token is one of
// them in any case (no other letter lowers to theirs) exactly when its WordID is.
var pronounGenders = func() (c text.Classes[int8]) {
	for w := range pronounLists.Get("male") {
		*c.Add(w) = genderMale
	}
	for w := range pronounLists.Get("female") {
		*c.Add(w) = genderFemale
	}
	return c
}()

// genderOfTok is genderOfWord of token i's text, read from its WordID when the token is
// ASCII and does not end in a period (the WordID is then of the word genderOfWord reads).
func (f *finder) genderOfTok(i int) int {
	if w := f.d.LowerTok(i); strings.HasSuffix(w, ".") || !f.d.IsASCII(i) {
		return genderOfWord(f.tok(i))
	}
	return int(genderWords.Of(f.d.Words[i]))
}

// genders scores the person actors of the document, by index in r.Actors.
func (f *finder) genders() []int8 {
	d := f.d
	score := make([]int, len(f.r.Actors)) // > 0 male, < 0 female
	vote := func(a int32, g, weight int) {
		switch g {
		case genderMale:
			score[a] += weight
		case genderFemale:
			score[a] -= weight
		}
	}
	for a, act := range f.r.Actors {
		if f.actorOf[act.ID] != int32(a) || act.Kind != model.KindPerson {
			continue // an ID given twice counts once, as the last actor with it
		}
		for _, r := range act.Roles {
			for _, w := range strings.Fields(r) {
				vote(int32(a), genderOfWord(w), 3)
			}
		}
	}
	// titles before a mention and roles in an apposition after it
	for mi := range f.r.Mentions {
		ma := f.mActor[mi]
		if f.kind(ma) != model.KindPerson {
			continue
		}
		a, b := f.mentionToks(int32(mi))
		for k := a; k < b && k < a+3; k++ { // "Mrs. Clinton", "Sen. Jeff Merkley"
			vote(ma, f.genderOfTok(k), 3)
			vote(ma, int(wordlist.GivenNameGender(f.tok(k))), 2)
		}
		for k := a - 1; k >= 0 && k >= a-2; k-- {
			if t := d.Tokens[k]; t.Kind == text.Word {
				vote(ma, f.genderOfTok(k), 3)
				break
			}
		}
		if b < len(d.Tokens) && f.tok(b) == "," {
			for k := b + 1; k < len(d.Tokens) && k < b+8 && f.tok(k) != ","; k++ {
				vote(ma, f.genderOfTok(k), 3)
			}
		}
	}
	// pronouns of sentences that name one person only
	mi := 0
	ms := f.r.Mentions
	for _, s := range d.Sentences {
		if s.First >= len(d.Tokens) {
			break
		}
		start, end := d.Tokens[s.First].Start, d.Tokens[min(s.Last, len(d.Tokens))-1].End
		for mi < len(ms) && ms[mi].Start < start {
			mi++
		}
		person, several := int32(-1), false
		for k := mi; k < len(ms) && ms[k].Start < end; k++ {
			if f.kind(f.mActor[k]) != model.KindPerson {
				continue
			}
			if person >= 0 && person != f.mActor[k] {
				several = true
			}
			person = f.mActor[k]
		}
		if person < 0 || several {
			continue
		}
		he, she := false, false
		for i := s.First; i < s.Last && i < len(d.Tokens); i++ {
			switch pronounGenders.Of(d.Words[i]) {
			case genderMale:
				he = true
			case genderFemale:
				she = true
			}
		}
		switch {
		case he && !she:
			vote(person, genderMale, 1)
		case she && !he:
			vote(person, genderFemale, 1)
		}
	}
	out := resize(f.gender, len(score))
	for a, v := range score {
		switch {
		case v > 0:
			out[a] = genderMale
		case v < 0:
			out[a] = genderFemale
		default:
			out[a] = genderUnknown
		}
	}
	return out
}

// fitsGender reports whether actor a (an index of r.Actors, -1 for none) may be "he"
// (male) or "she" (female).
func (f *finder) fitsGender(a int32, p string) bool {
	if !f.gendered {
		f.gender, f.gendered = f.genders(), true
	}
	g := int8(genderUnknown)
	if a >= 0 {
		g = f.gender[a]
	}
	switch p {
	case "he":
		return g != genderFemale
	case "she":
		return g != genderMale
	}
	return true
}
