package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"storyline/data/wordlist"
	"storyline/model"
)

// mergeVariants joins the spellings of one person across a corpus: the same name with or
// without an Arabic article ("Bashar Assad", "Bashar al-Assad", "Bashar al Assad"), and
// given names one letter apart under the same surname and role ("Bashir al-Assad",
// "Syrian President"). The form most documents use names them all. People whose names
// are merely alike ("Hafez al-Assad") stay apart.
func mergeVariants(actors []model.Actor, docs [][]int, target []int) {
	join := func(i, to int) {
		target[i] = to
		mergeInto(&actors[to], actors[i])
		docs[to] = model.Union(docs[to], docs[i])
	}
	// The better-known form first: in more documents, then by name, whatever the order
	// the documents came in.
	better := func(a, b int) int {
		return cmp.Or(cmp.Compare(len(docs[b]), len(docs[a])), strings.Compare(actors[a].Name, actors[b].Name))
	}
	groups := map[string][]int{}
	for i, a := range actors {
		if a.Kind == model.KindPerson && strings.Contains(a.Name, " ") && target[i] == i {
			k := variantKey(a.Name)
			groups[k] = append(groups[k], i)
		}
	}
	bySurname := map[string][]int{}
	for _, k := range sortedKeys(groups) {
		g := groups[k]
		slices.SortFunc(g, better)
		for _, i := range g[1:] {
			join(i, g[0])
		}
		surname := k[strings.LastIndexByte(k, ' ')+1:]
		bySurname[surname] = append(bySurname[surname], g[0])
	}
	joinReversed(actors, target, better, join)
	given := map[int]string{} // each actor's given names, worked out once
	givenOf := func(i int) string {
		g, ok := given[i]
		if !ok {
			g = givenNames(actors[i].Name)
			given[i] = g
		}
		return g
	}
	for _, s := range sortedKeys(bySurname) {
		g := bySurname[s]
		if len(g) < 2 {
			continue
		}
		slices.SortFunc(g, better)
		for x, i := range g {
			for _, j := range g[x+1:] {
				if target[i] != i || target[j] != j {
					continue
				}
				gi, gj := givenOf(i), givenOf(j)
				if oneEdit(gi, gj) && !initialsDiffer(gi, gj) && (sharesRole(actors[i], actors[j]) || misspelt(actors[j], docs[i], docs[j])) {
					join(j, i)
				}
			}
		}
	}
}

// mergeMisspeltCountries joins to a country a word of one document or few that misspells
// it by a letter ("Afganistan") or two swapped ("Isreal", "Eygpt", "Lybia"), where the
// corpus names the country itself in three times as many documents or more. Only a word
// the lists do not know, no given name ("Susan" is no Sudan), and names of five letters
// or more: a short one has too many neighbours ("Osman", "Oman").
func mergeMisspeltCountries(g *Gazetteer, actors []model.Actor, docs [][]int, target []int) {
	var countries []int
	for i, a := range actors {
		if a.Kind == model.KindCountry && target[i] == i {
			countries = append(countries, i)
		}
	}
	if len(countries) == 0 {
		return
	}
	for i, a := range actors {
		if target[i] != i || len(a.Roles) > 0 || a.Kind != model.KindOrganization && a.Kind != model.KindPerson ||
			len(a.Name) < 5 || strings.ContainsAny(a.Name, " -") {
			continue
		}
		for _, c := range countries {
			cn := actors[c].Name
			if len(cn) < 5 || cn[0] != a.Name[0] || len(cn)-len(a.Name) > 1 || len(a.Name)-len(cn) > 1 {
				continue
			}
			if !oneEdit(a.Name, cn) && !swapped(a.Name, cn) || !misspelt(a, docs[c], docs[i]) ||
				g != nil && (g.known(a.Name) != nil || g.is(a.Name, clsFirstName)) {
				continue
			}
			target[i] = c
			mergeInto(&actors[c], a)
			docs[c] = model.Union(docs[c], docs[i])
			break
		}
	}
}

// swapped reports whether a and b differ only by two letters swapped, side by side
// ("Eygpt") or with one between ("Lybia").
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	for k := i + 1; k <= i+2 && k < len(a); k++ {
		if a[i] == b[k] && a[k] == b[i] && a[i+1:k] == b[i+1:k] && a[k+1:] == b[k+1:] {
			return true
		}
	}
	return false
}

// mergeOrgVariants joins the forms of one organisation across a corpus: the same words in
// another order ("Transitional National Council", "National Transitional Council") and
// the name with and without its legal form ("Transocean Ltd", "Transocean"). The form
// most documents use names them all.
func mergeOrgVariants(actors []model.Actor, docs [][]int, target []int) {
	better := func(a, b int) int {
		return cmp.Or(cmp.Compare(len(docs[b]), len(docs[a])), strings.Compare(actors[a].Name, actors[b].Name))
	}
	groups := map[string][]int{}
	for i, a := range actors {
		if a.Kind != model.KindOrganization || target[i] != i || !strings.Contains(a.Name, " ") {
			continue
		}
		words := strings.Fields(a.Name)
		if n := len(words); corporateSuffix[strings.TrimSuffix(words[n-1], ".")] {
			words = words[:n-1]
		}
		for w := range words {
			words[w] = strings.ToLower(words[w])
		}
		slices.Sort(words)
		k := strings.Join(words, " ")
		groups[k] = append(groups[k], i)
	}
	// The bare name, an organisation of one word, joins the forms with a legal form.
	for i, a := range actors {
		if a.Kind == model.KindOrganization && target[i] == i && !strings.Contains(a.Name, " ") {
			if g, ok := groups[strings.ToLower(a.Name)]; ok {
				groups[strings.ToLower(a.Name)] = append(g, i)
			}
		}
	}
	for _, k := range sortedKeys(groups) {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		slices.SortFunc(g, better)
		for _, i := range g[1:] {
			target[i] = g[0]
			mergeInto(&actors[g[0]], actors[i])
			docs[g[0]] = model.Union(docs[g[0]], docs[i])
		}
	}
}

// joinReversed joins a name of two words to the same two words the other way round ("Yi
// Guan" and "Guan Yi": Chinese, Korean and Hungarian names are written family name first
// by some and last by others), when neither word is a given name the lists know, which
// would make them two people ("Kim Lee", "Lee Kim").
func joinReversed(actors []model.Actor, target []int, better func(a, b int) int, join func(i, to int)) {
	two := map[string]int{}
	for i, a := range actors {
		if a.Kind == model.KindPerson && target[i] == i && strings.Count(a.Name, " ") == 1 {
			two[strings.ToLower(a.Name)] = i
		}
	}
	for _, k := range sortedKeys(two) {
		i := two[k]
		first, last, _ := strings.Cut(actors[i].Name, " ")
		j, ok := two[strings.ToLower(last+" "+first)]
		if !ok || j == i || target[i] != i || target[j] != j ||
			wordlist.GivenNameGender(first) != wordlist.GenderUnknown || wordlist.GivenNameGender(last) != wordlist.GenderUnknown {
			continue
		}
		if better(i, j) < 0 {
			join(j, i)
		} else {
			join(i, j)
		}
	}
}

// misspelt reports whether a person with no role, whose given name is no given name the
// lists know, is a misspelling of one far better known one letter away: "Barrack Obama"
// in reader comments beside the Barack Obama of three times as many documents. A known
// given name ("Mark Smith" beside "Mary Smith") is someone else's.
func misspelt(a model.Actor, betterDocs, docs []int) bool {
	return len(a.Roles) == 0 && wordlist.GivenNameGender(firstWord(a.Name)) == wordlist.GenderUnknown &&
		len(betterDocs) >= 3 && len(betterDocs) >= 3*len(docs)
}

// initialsDiffer reports whether two given names of as many words differ in an initial:
// "George HW Bush" and "George W Bush" are father and son, not two spellings.
func initialsDiffer(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false // "Abdelfattah", "Abdel Fattah": a space
	}
	for k := range wa {
		if wa[k] != wb[k] && (len(wa[k]) <= 2 || len(wb[k]) <= 2) {
			return true
		}
	}
	return false
}

// variantKey is a person's name lower-cased, without periods, apostrophes and Arabic
// articles, its given name spelled one way, words joined by single spaces.
func variantKey(name string) string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if w = variantMarks.Replace(w); w == "" || lexArabicArticles.one[w] {
			continue
		}
		if k, ok := givenVariant[w]; ok && len(words) == 0 {
			w = k // "Mohamed Morsi" is "Mohammed Morsi"
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// variantMarks are the marks a spelling may have or lack: "al-Assad's", "Ma'ruf".
var variantMarks = strings.NewReplacer(".", "", "'", "", "’", "")

// givenNames are the words of a name before its last.
func givenNames(name string) string {
	k := variantKey(name)
	if i := strings.LastIndexByte(k, ' '); i > 0 {
		return k[:i]
	}
	return ""
}

// oneEdit reports whether a and b, of four letters or more, differ by one letter added,
// dropped or changed.
func oneEdit(a, b string) bool {
	if a == b || utf8.RuneCountInString(a) < 4 || utf8.RuneCountInString(b) < 4 {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

func sharesRole(a, b model.Actor) bool {
	return slices.ContainsFunc(a.Roles, func(r string) bool { return contains(b.Roles, r) })
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
