package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/model"
)

// Slug makes a stable ID from a name: lower-case letters and digits joined by hyphens,
// with periods and apostrophes dropped ("United States" → "united-states", "U.S." →
// "us", "al-Qaeda" → "al-qaeda").
func Slug(name string) string {
	// Most names are ASCII: their slug is made on the stack and copied once.
	var buf [64]byte
	if out, ok := asciiSlug(buf[:0], name); ok {
		return string(out)
	}
	var b strings.Builder
	b.Grow(len(name))
	dash := false
	for _, c := range name {
		switch {
		case c == '.' || c == '\'' || c == '’':
			continue
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(c))
		default:
			dash = true
		}
	}
	return b.String()
}

// MergeDocuments merges the actors and sources of several documents, given per document:
// actors with the same canonical name (and kind) become one, and a person known in one
// document only by a surname joins the one person of that surname named in full elsewhere.
// IDs are slugs of the canonical names, actors and sources each in their own namespace;
// where two merged actors share a slug, the numbered suffixes go by kind and name, so no
// ID depends on the order the documents came in. actorID and sourceID give, for document
// doc and an ID from its own lists, the merged ID.
func MergeDocuments(docActors [][]model.Actor, docSources [][]model.Source) (actors []model.Actor, sources []model.Source, actorID, sourceID func(doc int, id string) string) {
	return MergeDocumentsWith(nil, docActors, docSources)
}

// MergeDocumentsWith is MergeDocuments knowing the spellings of the people g lists: a
// surname no article gives in full ("Ghadafi") is still the person's whose other
// spellings the articles give ("Muammar Gaddafi"). g may be nil.
func MergeDocumentsWith(g *Gazetteer, docActors [][]model.Actor, docSources [][]model.Source) (actors []model.Actor, sources []model.Source, actorID, sourceID func(doc int, id string) string) {
	// Actors by kind and lower-case name, the key made on the stack for each lookup: a
	// corpus asks this of every actor of every document.
	idx := map[string]int{}
	var keyBuf [128]byte
	local := make([]map[string]int, len(docActors)) // doc → local ID → index in actors
	var docs [][]int                                // by actor: the documents that name it, ascending
	for di, as := range docActors {
		local[di] = map[string]int{}
		for _, a := range as {
			k := kindNameKey(keyBuf[:0], a.Kind, a.Name)
			i, ok := idx[string(k)]
			if !ok {
				i = len(actors)
				idx[string(k)] = i
				actors = append(actors, model.Actor{Name: a.Name, Kind: a.Kind})
				docs = append(docs, nil)
			}
			local[di][a.ID] = i
			if n := len(docs[i]); n == 0 || docs[i][n-1] != di {
				docs[i] = append(docs[i], di)
			}
			mergeInto(&actors[i], a)
		}
	}
	target := make([]int, len(actors))
	for i := range target {
		target[i] = i
	}
	mergeVariants(actors, docs, target)
	mergeOrgVariants(actors, docs, target)
	mergeMisspeltCountries(g, actors, docs, target)
	// Surnames onto full names (see surnameOwner).
	full := map[string][]int{}
	given := map[string][]int{} // people named in full, by their first word
	for i, a := range actors {
		if a.Kind == model.KindPerson && strings.Contains(a.Name, " ") && target[i] == i {
			full[lastWord(a.Name)] = append(full[lastWord(a.Name)], i)
			given[firstWord(a.Name)] = append(given[firstWord(a.Name)], i)
			// The surname of another spelling in full, the articles' or the lists':
			// "Gadhafi" of "Moammar Gadhafi", a spelling of Muammar Gaddafi.
			for _, spellings := range [2][]string{a.Aliases, g.spellingsOf(a.Name)} {
				for _, al := range spellings {
					if w := lastWord(al); strings.Contains(al, " ") && w != lastWord(a.Name) && !slices.Contains(full[w], i) {
						full[w] = append(full[w], i)
					}
				}
			}
		}
	}
	// Until nothing changes: a surname joining its owner adds its documents and roles to
	// the owner's, which may decide another. Merging so to the end is what makes a saved
	// timeline, whose documents name the owner where they named the surname, merge again
	// to the same actors.
	for changed := true; changed; {
		changed = false
		for i, a := range actors {
			if target[i] != i {
				continue
			}
			// A bare word the document could not type (an organisation by default) may
			// be a surname too, when it came with no title or other form.
			// Not a point of the compass: "the West" is no Darrell West.
			bare := a.Kind == model.KindOrganization && len(a.Roles) == 0 && !compass[a.Name] && !slices.ContainsFunc(a.Aliases, func(al string) bool {
				return !strings.EqualFold(al, a.Name) // "MUBARAK" in a transcript is no other form
			})
			if (a.Kind == model.KindPerson || bare) && !strings.ContainsAny(a.Name, " -") {
				// The guess gives way to a person of that one word elsewhere: "Anderson"
				// where a transcript's "ANDERSON:" speaks.
				if p, ok := idx[string(kindNameKey(keyBuf[:0], model.KindPerson, a.Name))]; ok && bare && target[p] == p && p != i {
					target[i] = p
					mergeInto(&actors[p], a)
					docs[p] = model.Union(docs[p], docs[i])
					changed = true
					continue
				}
				to := surnameOwner(actors, docs, full[a.Name], a)
				if to < 0 && a.Kind == model.KindPerson && len(full[a.Name]) == 0 {
					to = givenNameOwner(actors, docs, given[a.Name], a)
				}
				if to >= 0 && !mostlyWith(docs[to], docs[i]) {
					to = -1
				}
				if to >= 0 {
					target[i] = to
					mergeInto(&actors[to], a)
					docs[to] = model.Union(docs[to], docs[i])
					changed = true
				}
			}
		}
	}
	var kept []int
	for i := range actors {
		for target[target[i]] != target[i] { // a spelling joined to one joined in turn
			target[i] = target[target[i]]
		}
		if target[i] == i {
			kept = append(kept, i)
		}
	}
	ids := make([]string, len(actors))
	used := map[string]bool{}
	for _, i := range byIDOrder(kept, func(i int) (string, string, string) {
		return Slug(actors[i].Name), string(actors[i].Kind), actors[i].Name
	}) {
		ids[i] = uniqueID(used, Slug(actors[i].Name))
	}
	// Listed by ID, so that the list does not depend on the order of documents either, and
	// a saved timeline split into documents merges back to the same list.
	var out []model.Actor
	for _, i := range kept {
		a := actors[i]
		a.ID = ids[i]
		a.Aliases = without(a.Aliases, a.Name)
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b model.Actor) int { return strings.Compare(a.ID, b.ID) })
	for i := range actors {
		ids[i] = ids[target[i]]
	}
	// Sources by name.
	sidx := map[string]int{}
	slocal := make([]map[string]int, len(docSources))
	for di, ss := range docSources {
		slocal[di] = map[string]int{}
		for _, s := range ss {
			k := strings.ToLower(s.Name)
			i, ok := sidx[k]
			if !ok {
				i = len(sources)
				sidx[k] = i
				sources = append(sources, model.Source{Name: s.Name, Kind: s.Kind})
			}
			slocal[di][s.ID] = i
			for _, al := range s.Aliases {
				if !contains(sources[i].Aliases, al) {
					sources[i].Aliases = append(sources[i].Aliases, al)
				}
			}
		}
	}
	all := make([]int, len(sources))
	for i := range all {
		all[i] = i
	}
	sused := map[string]bool{}
	for _, i := range byIDOrder(all, func(i int) (string, string, string) {
		return Slug(sources[i].Name), sources[i].Kind, sources[i].Name
	}) {
		sources[i].ID = uniqueID(sused, Slug(sources[i].Name))
	}
	byID := slices.Clone(sources)
	slices.SortFunc(byID, func(a, b model.Source) int { return strings.Compare(a.ID, b.ID) })
	lookup := func(maps []map[string]int, doc int, id string, name func(int) string) string {
		if doc >= 0 && doc < len(maps) {
			if i, ok := maps[doc][id]; ok {
				return name(i)
			}
		}
		return id
	}
	actorID = func(doc int, id string) string {
		return lookup(local, doc, id, func(i int) string { return ids[i] })
	}
	merged := sources // the named result is the list sorted by ID when this returns
	sourceID = func(doc int, id string) string {
		return lookup(slocal, doc, id, func(i int) string { return merged[i].ID })
	}
	return out, byID, actorID, sourceID
}

// asciiSlug appends Slug(name) to b for an ASCII name; ok is false for any other.
func asciiSlug(b []byte, name string) ([]byte, bool) {
	dash := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case c == '.' || c == '\'':
			continue
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		default:
			dash = true
		}
	}
	return b, true
}

// kindNameKey appends to b an actor's kind, a zero byte and its name in lower case.
func kindNameKey(b []byte, kind model.ActorKind, name string) []byte {
	b = append(append(b, kind...), 0)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			return append(b[:len(kind)+1], strings.ToLower(name)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// surnameOwner picks, among the people fs named in full with a surname, the one a bare
// surname means across the corpus: the only one; else the only one who shares a role
// with it ("President Obama" is Barack, not Michelle); else the one that three times as
// many documents name as any other (Bashar al-Assad, not his father Hafez, in news of the
// Syrian war). It returns -1 when none stands out.
func surnameOwner(actors []model.Actor, docs [][]int, fs []int, bare model.Actor) int {
	switch len(fs) {
	case 0:
		return -1
	case 1:
		return fs[0]
	}
	if len(bare.Roles) > 0 {
		owner := -1
		for _, f := range fs {
			if slices.ContainsFunc(actors[f].Roles, func(r string) bool { return contains(bare.Roles, r) }) {
				if owner >= 0 {
					owner = -1
					break
				}
				owner = f
			}
		}
		if owner >= 0 {
			return owner
		}
	}
	best := -1
	for _, f := range fs {
		if best < 0 || len(docs[f]) > len(docs[best]) {
			best = f
		}
	}
	// A namesake named less or more fully than the most named ("George Bush" beside
	// "George W. Bush") may be that one: it does not stand against it.
	second := 0
	for _, f := range fs {
		if f != best && len(docs[f]) > second && !lessFully(actors[f].Name, actors[best].Name) && !lessFully(actors[best].Name, actors[f].Name) {
			second = len(docs[f])
		}
	}
	if len(docs[best]) >= 3 && len(docs[best]) >= 3*second {
		return best
	}
	return -1
}

// lessFully reports whether name a is name b with words left out: "George Bush" of
// "George W. Bush".
func lessFully(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) >= len(bw) {
		return false
	}
	k := 0
	for _, w := range bw {
		if k < len(aw) && aw[k] == w {
			k++
		}
	}
	return k == len(aw)
}

// mostlyWith reports whether a bare word's documents are mostly the ones that name a
// person of that surname in full: news names a person in full in each article before
// using the surname alone, so a word that many other articles use alone ("Transocean",
// beside one "Operator Transocean") is a name of its own, and a surname many articles
// give with a title ("Lord Goldsmith") is someone other than the one namesake a few name
// in full ("Harvey Goldsmith"). Both lists are ascending.
func mostlyWith(person, word []int) bool {
	outside := 0
	for _, d := range word {
		if _, found := slices.BinarySearch(person, d); !found {
			outside++
		}
	}
	return outside <= 2*len(person)
}

// givenNameOwner picks, among the people fs whose given name is a bare person's, the
// one it means across the corpus: "Saddam" is Saddam Hussein, "Bashar" Bashar al-Assad.
// Only a person whose own documents call him by that given name alone can be meant so
// (the name is among his aliases), and then as surnameOwner decides.
func givenNameOwner(actors []model.Actor, docs [][]int, fs []int, bare model.Actor) int {
	var called []int
	for _, f := range fs {
		if contains(actors[f].Aliases, bare.Name) {
			called = append(called, f)
		}
	}
	return surnameOwner(actors, docs, called, bare)
}

// byIDOrder sorts indexes by the slug, kind and name that key gives: the order in which
// clashing slugs get their suffixes. Each key is made once.
func byIDOrder(idx []int, key func(int) (slug, kind, name string)) []int {
	type keyed struct {
		i                int
		slug, kind, name string
	}
	ks := make([]keyed, len(idx))
	for n, i := range idx {
		ks[n].i = i
		ks[n].slug, ks[n].kind, ks[n].name = key(i)
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		switch {
		case a.slug != b.slug:
			return strings.Compare(a.slug, b.slug)
		case a.kind != b.kind:
			return strings.Compare(a.kind, b.kind)
		case a.name != b.name:
			return strings.Compare(a.name, b.name)
		}
		return cmp.Compare(a.i, b.i)
	})
	out := make([]int, len(ks))
	for n, k := range ks {
		out[n] = k.i
	}
	return out
}

func mergeInto(dst *model.Actor, src model.Actor) {
	if src.Name != dst.Name && !contains(dst.Aliases, src.Name) {
		dst.Aliases = append(dst.Aliases, src.Name)
	}
	for _, al := range src.Aliases {
		if !contains(dst.Aliases, al) {
			dst.Aliases = append(dst.Aliases, al)
		}
	}
	for _, ro := range src.Roles {
		if !contains(dst.Roles, ro) {
			dst.Roles = append(dst.Roles, ro)
		}
	}
}

func without(ss []string, s string) []string {
	out := ss[:0:0]
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}
