package wordlist

import "strings"

// Gender is what a given name, title or role says of a person.
type Gender int8

const (
	GenderUnknown Gender = iota
	GenderMale
	GenderFemale
)

// genderNames are the names of genders.txt and genderwords.txt's groups.
var genderNames = map[string]Gender{"male": GenderMale, "female": GenderFemale}

// givenNameGenders gives the given names of genders.txt their gender.
var givenNameGenders = func() map[string]Gender {
	m := map[string]Gender{}
	for name, g := range Load(shared, "resources/genders.txt").Phrases() {
		gender, ok := genderNames[g]
		if !ok {
			panic("wordlist: genders.txt: no gender " + g)
		}
		m[name] = gender
	}
	return m
}()

// GivenNameGender is the gender a given name nearly always names ("Barbara", "George"),
// or GenderUnknown, for names used for both and names the list does not hold. The name
// is as written, capitalised.
func GivenNameGender(name string) Gender { return givenNameGenders[name] }

var genderWords = Load(shared, "resources/genderwords.txt").GroupSets()

// wordGenders gives every title and role its gender, without its period: WordGender is
// asked of many words.
var wordGenders = func() map[string]Gender {
	m := map[string]Gender{}
	for name, g := range genderNames {
		for w := range genderWords.Get(name) {
			m[strings.TrimSuffix(w, ".")] = g
		}
	}
	return m
}()

// GenderWords is the lower-case titles and roles that name a man (GenderMale: "mr.",
// "spokesman", "widower") or a woman ("mrs.", "spokeswoman", "widow").
func GenderWords(g Gender) Set {
	for name, gender := range genderNames {
		if gender == g {
			return genderWords.Get(name)
		}
	}
	return nil
}

// WordGender is the gender of a title or role in any case, with or without its period.
func WordGender(w string) Gender {
	w = strings.TrimSuffix(w, ".")
	if g, ok := wordGenders[w]; ok {
		return g
	}
	return wordGenders[strings.ToLower(w)]
}
