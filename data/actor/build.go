package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// build merges the candidates' aliases and makes the result: a surname onto the full name
// ("Assad" after "Bashar Assad"), an abbreviation onto the name it abbreviates, nominal
// references onto the government or opposition they stand for.
func (r *recognizer) build() *Result {
	inOrder := func(x, y cand) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return y.b - x.b
	}
	r.placePairs()
	r.thingAcronyms()
	// The scan finds candidates in text order; the later passes add a few behind them.
	// Those are sorted and merged in, rather than every candidate moved about.
	sorted := 0
	for sorted+1 < len(r.cands) && inOrder(r.cands[sorted], r.cands[sorted+1]) <= 0 {
		sorted++
	}
	if p := sorted + 1; p < len(r.cands) {
		slices.SortStableFunc(r.cands[p:], inOrder)
		buf := append(r.candBuf[:0], r.cands...)
		i, j := 0, p
		for k := range r.cands {
			if j < len(buf) && (i == p || inOrder(buf[j], buf[i]) < 0) {
				r.cands[k] = buf[j]
				j++
			} else {
				r.cands[k] = buf[i]
				i++
			}
		}
		clear(buf) // their strings would stay alive
		r.candBuf = buf
	}
	r.checkTurns()
	r.stripOpeners()
	r.initialedNames()
	r.resolveSingles()
	r.placesThroughout()
	r.thingsThroughout()
	r.dropJournalists()
	r.dropCommenters()
	r.resolveGovPersons()
	r.resolveRefs()
	return r.result()
}

// surnamed returns the candidates whose surname the lone name w of c is; a name in
// capitals is matched whatever the case of the surname's inner letters ("ELBARADEI" is
// ElBaradei's).
func (r *recognizer) surnamed(c *cand, w string) []int {
	ks := r.surname.of(lastWord(w))
	if len(ks) == 0 && !c.geo && r.d.Tokens[c.nameA].Is(text.AllUpper) && c.b-c.nameA == 1 && utf8.RuneCountInString(w) >= 4 && !r.commonAt(c.nameA) {
		ks = r.surname.ofFold(w)
	}
	return ks
}

// personFirst reports whether a name opens with a given name the lists know.
func (r *recognizer) personFirst(name string) bool {
	w := firstWord(name)
	return r.g.is(w, clsFirstName) || wordlist.GivenNameGender(w) != wordlist.GenderUnknown
}

// kinBefore reports whether a noun of kinship stands just before the name at a, or
// before its comma: "Gaddafi's son Saadi", "one of his sons, Saadi,".
func (r *recognizer) kinBefore(a int) bool {
	k := a - 1
	if k > 0 && r.tok(k) == "," {
		k--
	}
	return k >= 0 && !r.d.Tokens[k].Is(text.Upper) && lexKinNouns.oneAt(r.d, k)
}

// kinAfter reports whether the name ending before b has a son, a wife or any kin:
// "Gaddafi's son Saadi". A body has none.
func (r *recognizer) kinAfter(b int) bool {
	if b+1 >= len(r.d.Tokens) || r.tok(b) != "'s" && r.tok(b) != "’s" {
		return false
	}
	return lexKinNouns.oneAt(r.d, b+1)
}

// vocative reports whether the words [a, b) are set off as a name someone is addressed by
// is: by commas, or by a comma or a dash and the end of a sentence ("Not yet, Fareed.",
// "18 days -- Anderson."), or at the start of a turn before a comma ("JOHNS: Anderson,
// today ..."). A name after another's comma is a place's setting ("Knighton, Powys.") or
// a list.
func (r *recognizer) vocative(a, b int) bool {
	if a < 2 || b >= len(r.d.Tokens) {
		return false
	}
	switch r.tok(a - 1) {
	case ",":
		if p := r.d.Tokens[a-2]; p.Kind == text.Word && p.Is(text.Upper) && !r.notName(a-2) && !lexOpenerAdverbs.has(r.tok(a-2)) {
			return false // "Well, Fareed," but "Knighton, Powys."
		}
	case "-", "—", "–":
		if r.tok(a-1) == "-" && r.tok(a-2) != "-" {
			return false // a hyphen, not "--"
		}
		switch r.tok(b) {
		case ".", "?", "!":
			return true
		}
		return false
	case ":":
		return r.tok(b) == "," && r.d.Tokens[a-2].Is(text.AllUpper)
	default:
		return false
	}
	switch r.tok(b) {
	case ",", ".", "?", "!":
		return true
	}
	return false
}

func (r *recognizer) resolveSingles() {
	cs := r.cands
	surname, given, orgWord, orgHead := &r.surname, &r.given, &r.orgWord, &r.orgHead
	for k, c := range cs {
		if c.drop || c.place || c.ref != refNone || c.mk != Named {
			continue
		}
		// "the Council" after "the UN Security Council": a body's head word alone.
		if (c.kind == model.KindOrganization || c.kind == model.KindGroup) && strings.Contains(c.name, " ") {
			if h := lastWord(c.name); lexOrgHeads.one[h] {
				orgHead.add(h, k)
			}
		}
		if c.single {
			// A titled surname ("President Obama") names the person a lone "Obama" does.
			if c.kind == model.KindPerson && c.role != "" {
				surname.add(c.name, k)
			}
			continue
		}
		switch {
		case c.kind == model.KindPerson && strings.ContainsAny(c.name, " -"):
			written := r.span(c.nameA, c.b)
			// A name the text gives without its surname ("Saif al-Islam", whom the lists
			// know as Saif al-Islam Gaddafi) does not make a later "Gaddafi" his.
			if !(len(c.name) > len(written) && strings.HasPrefix(c.name, written) && c.name[len(written)] == ' ') {
				surname.add(lastWord(c.name), k)
			}
			given.add(firstWord(c.name), k)
			// A spelling the gazetteer knows ("Moammar Gadhafi" for Muammar Gaddafi):
			// the text's own surname alone ("Gadhafi") is that person's too.
			if w := lastWord(written); w != lastWord(c.name) {
				surname.add(w, k)
			}
		case (c.kind == model.KindOrganization || c.kind == model.KindGroup) && strings.HasPrefix(c.key, "n:"):
			if strings.Contains(c.name, " ") {
				orgWord.add(firstWord(c.name), k)
			}
			if ini := initials(c.name); ini != "" {
				orgWord.add(ini, k)
			}
			// "World Wide Developers Conference (WWDC)"
			if c.b+2 < len(r.d.Tokens) && r.tok(c.b) == "(" && r.tok(c.b+2) == ")" {
				orgWord.add(r.tok(c.b+1), k)
			}
		}
	}
	for k := range cs {
		c := &cs[k]
		if c.drop {
			continue
		}
		w := r.span(c.nameA, c.b)
		if !c.single {
			if c.place {
				continue
			}
			// A surname with its particle, capitalised at a sentence start: "Bin Salman",
			// "Al-Assad" after "Mohammed bin Salman", "Bashar al-Assad".
			rest, ok := afterParticle(w)
			if !ok {
				continue
			}
			if ks := surname.of(rest); len(ks) > 0 {
				to := nearest(cs, ks, c.a)
				c.key, c.name, c.kind = cs[to].key, cs[to].name, cs[to].kind
			}
			continue
		}
		if r.d.Tokens[c.nameA].Is(text.AllUpper) && c.kind == model.KindPerson {
			w = titleWords(w) // a transcript's "BLITZER:" is the Blitzer named elsewhere
		}
		var to int = -1
		voc := c.b-c.nameA == 1 && !c.geo && !r.d.Tokens[c.nameA].Is(text.AllUpper) && r.vocative(c.a, c.b)
		if gs := given.of(w); voc && len(gs) > 0 {
			// One is addressed by a given name: "-- Anderson." hands back to Anderson
			// Cooper, whoever else is called Anderson.
			to = nearest(cs, gs, c.a)
		} else if ks := r.surnamed(c, w); len(ks) > 0 {
			title := c.role
			if title == "" && c.nameA > c.a {
				title = r.span(c.a, c.nameA) // a courtesy title is no role: "Mrs."
			}
			if title == "" {
				ks = r.foreground(lastWord(w), ks)
			} else {
				ks = r.inForeground(r.sameTitle(ks, title, c.a))
			}
			to = nearest(cs, ks, c.a)
		} else if ks := given.of(w); len(ks) > 0 && (r.g.is(w, clsFirstName) || familyFirst(cs[nearest(cs, ks, c.a)].name)) {
			to = nearest(cs, ks, c.a)
		} else if ks := orgWord.of(w); len(ks) > 0 && c.kind != model.KindPerson && !(r.modifier(*c) && r.peopleAdjective(c.nameA)) {
			// Not a people's adjective ("a European committee" beside "European-UK
			// Trade"); a firm's name so shaped is its own ("Transocean shares").
			to = nearest(cs, ks, c.a)
		} else if ks := orgHead.of(w); len(ks) > 0 && cs[ks[0]].a < c.a && c.a > 0 && r.tok(c.a-1) == "the" {
			to = nearest(cs, ks, c.a)
		}
		if to >= 0 && c.place && !c.geo && cs[to].kind == model.KindPerson && cs[to].role == "" && !strings.HasPrefix(cs[to].key, "g:") && !r.personFirst(cs[to].name) {
			// "in Montgomeryshire" stays a place, though "born at Landrinah Montgomeryshire"
			// read as a name no given name opens.
			to = -1
		}
		if to >= 0 {
			c.key, c.name, c.kind, c.place = cs[to].key, cs[to].name, cs[to].kind, false
			if c.role == "" {
				c.role = cs[to].role
			}
			continue
		}
		if e := r.g.listedSurname(w); e != nil && !c.place {
			// "leave if Gadhafi stays", in a text that gives no Gaddafi in full: the
			// person the lists know by that surname.
			c.key, c.name, c.kind = keyOf(e), e.name, model.KindPerson
			continue
		}
		if c.kind == model.KindPerson {
			continue // titled: "President Obama"
		}
		if slices.Contains(r.eventAbbrevs, w) {
			c.drop = true // "WWDC" after "the Worldwide Developers Conference (WWDC)"
			continue
		}
		if lowerIs(w, auxiliaries) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ED") {
			c.drop = true // "Can", "Does" opening a question
			continue
		}
		if len(w) == 1 {
			c.drop = true // "In C you write", "option D": a letter names no one
			continue
		}
		if !c.geo && r.modifier(*c) {
			c.drop = true // "Western diplomats", "Arab states", "Kurdish fighters"
			continue
		}
		if c.initial && !c.geo && r.openerWord(c.nameA, w) {
			c.drop = true // "Sixteen ships", "Executors said", "Fraudsters have set up"
			continue
		}
		// "Reading 2 Stoke 1": a club, though a word of the language; and the sides named
		// with one ("v Gloucestershire or Sussex or Surrey").
		team := r.scoredTeam(c.nameA, c.b) || k > 0 && cs[k-1].team && !cs[k-1].drop && cs[k-1].b+1 == c.a && (r.tok(c.a-1) == "or" || r.tok(c.a-1) == "and")
		c.team = team
		if c.initial && !r.midCapital(w) && !team && (!r.acts(c.b) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")) {
			c.drop = true // "Intensive work...", "Signs of...", "Fighting resumed"
			continue
		}
		if c.initial && !c.geo && !team && !r.midAlone(w) && !r.d.Tokens[c.nameA].Is(text.AllUpper) &&
			(r.commonAt(c.nameA) || r.writtenLowerAt(c.nameA)) {
			// "Nickel rose": a word news writes in lower case; "Aid is being sent": one
			// the text writes in lower case too. Either, the text capitalises only at a
			// sentence's start or in longer names ("Christian Aid").
			c.drop = true
			continue
		}
		if !c.initial && !c.geo && !team && !r.d.Tokens[c.nameA].Is(text.AllUpper) && r.commonAt(c.nameA) && r.writtenLowerAt(c.nameA) {
			// "from the beach Oil arrived here": a caption run into the text without its
			// stop, or a common noun capitalised for emphasis ("the Council"), where the
			// text writes the word in lower case too.
			c.drop = true
			continue
		}
		if c.place {
			continue
		}
		// A lone unknown word keeps its guess (an organisation) only with some sign of
		// being a name: an acronym, a possessive, a verb after it, or a second sighting.
		t := r.d.Tokens[c.nameA]
		if (t.Is(text.AllUpper) || c.initial) && r.shoutedAt(c.nameA) ||
			t.Is(text.AllUpper) && len(w) >= 5 && r.commonAt(c.nameA) {
			// A shouted "DO", "NOT", "WELL", "VIOLENCE" is no acronym; an opening "Well,"
			// no name. Acronyms that spell a word are mostly shorter ("CARE", "SWAT").
			c.drop = true
			continue
		}
		player := r.dismissal(c.a, c.b)
		if !(t.Is(text.AllUpper) || r.acts(c.b) || r.repeated(w) || r.afterSaid(c.a) || team || player || r.kinBefore(c.a) || r.kinAfter(c.b)) {
			c.drop = true
			continue
		}
		// A given name alone is someone's ("Jerry said"), not an organisation's, and so is
		// a name that says what "he" or "she" will do ("Dole said he would win").
		if c.kind == model.KindOrganization && !t.Is(text.AllUpper) && (r.g.is(w, clsFirstName) || r.personalAfter(c.b) || r.kinBefore(c.a) || r.kinAfter(c.b) || r.castCredit(c.b) || player) {
			c.kind, c.key = model.KindPerson, personKey(c.name)
		}
	}
	// A document means one person by one word: "Dole campaigned" is the Dole who "said
	// he would win".
	people := r.loneBuf[:0] // the lone words read as people: their candidates
	for k, c := range cs {
		if c.kind == model.KindPerson && c.single && !c.drop && strings.HasPrefix(c.key, "p:") {
			people = append(people, k)
		}
	}
	for k := range cs {
		if o := &cs[k]; len(people) > 0 && o.single && !o.drop && o.kind == model.KindOrganization && strings.HasPrefix(o.key, "n:") {
			for _, p := range people {
				if cs[p].name == o.name {
					o.kind, o.key = model.KindPerson, cs[p].key
					break
				}
			}
		}
	}
	r.loneBuf = people
	// Places found by a preposition become the actor they name elsewhere; a place a
	// gazetteer knows stays one ("in Haiti" is not the "Haiti UNO" group, "in Cairo" not
	// "Cairo University Medical School").
	for k := range cs {
		c := &cs[k]
		if c.place && !c.geo && c.b-c.a == 1 && strings.HasPrefix(c.key, "place:") {
			w := r.tok(c.a)
			if ks := orgWord.of(w); len(ks) > 0 && r.g.known(w) == nil && (c.name == w || r.g.known(c.name) == nil) && !r.bigTown(w) {
				to := nearest(cs, ks, c.a)
				c.key, c.name, c.kind, c.place = cs[to].key, cs[to].name, cs[to].kind, false
			}
		}
	}
}

// peopleAdjective reports whether the word at i is a people's adjective: a demonym the
// gazetteer knows or one of the list.
func (r *recognizer) peopleAdjective(i int) bool {
	if lexGroupAdjs.oneAt(r.d, i) {
		return true
	}
	n, hits := r.g.match(r.d, i, i+1)
	return n == 1 && demonymOnly(hits)
}

// openerWord reports whether the lone word w opening a sentence at i is a number or a
// plural noun of agents ("Fraudsters", "Executors") that the text names nowhere else: a
// surname or a firm so shaped ("Peters", "Reuters") is named again, or known.
func (r *recognizer) openerWord(i int, w string) bool {
	if r.d.Tokens[i].Is(text.AllUpper) {
		return false
	}
	lw := r.d.ToLower(i)
	if _, ok := wordlist.Numbers[lw]; ok {
		return true
	}
	return len(lw) >= 7 && (strings.HasSuffix(lw, "ers") || strings.HasSuffix(lw, "ors")) && !r.repeated(w) && !r.g.is(w, clsFirstName)
}

// afterSaid reports whether the name follows a speech verb, as an inverted subject does
// ("..., said Emma.").
func (r *recognizer) afterSaid(a int) bool {
	if a == 0 {
		return false
	}
	return speechVerbs[r.tok(a-1)]
}

// repeated reports whether word w stands capitalised elsewhere in the text, away from a
// sentence start, as a name of one word.
func (r *recognizer) repeated(w string) bool {
	if !r.singled {
		r.singled = true
		for _, c := range r.cands {
			if c.b-c.nameA == 1 {
				id := r.words.ID(r.tok(c.nameA))
				r.singles = grow(r.singles, int(id)+1)
				r.singles[id]++
			}
		}
	}
	id, ok := r.words.Lookup(w)
	return ok && int(id) < len(r.singles) && r.singles[id] > 1 && r.midCapital(w)
}

// markMidCap records word w as seen capitalised inside a sentence, alone or in a name.
func (r *recognizer) markMidCap(w string, how uint8) {
	id := r.words.ID(w)
	r.midCap = grow(r.midCap, int(id)+1)
	r.midCap[id] |= how
}

// What midCap records of a word.
const (
	capInside uint8 = 1 << iota // capitalised inside a sentence
	capAlone                    // and there a name of one word
)

// midCapital reports whether word w was seen capitalised inside a sentence.
func (r *recognizer) midCapital(w string) bool { return r.midCapSeen(w, capInside) }

// midAlone reports whether word w was seen capitalised inside a sentence as a name of
// its own, not only as a word of a longer one ("Oil" of "National Oil Corporation").
func (r *recognizer) midAlone(w string) bool { return r.midCapSeen(w, capAlone) }

func (r *recognizer) midCapSeen(w string, how uint8) bool {
	id, ok := r.words.Lookup(w)
	return ok && int(id) < len(r.midCap) && r.midCap[id]&how != 0
}

// grow lengthens s to at least n with zero values.
func grow[T any](s []T, n int) []T {
	if n <= len(s) {
		return s
	}
	return append(s, make([]T, n-len(s))...)
}

// sameTitle narrows the candidates ks of a surname to those the title fits, when any
// does: those given the same title ("President Bush" is "President George Bush", not the
// Barbara Bush named since), and for a courtesy title, those not of the other gender
// ("Mrs. Bush" is Barbara Bush, not the George Bush named since). A titled surname is one of them only
// before token a, where it is already read as a full name or as none. Otherwise, and for
// a surname alone, it gives ks.
func (r *recognizer) sameTitle(ks []int, title string, a int) []int {
	if title == "" {
		return ks
	}
	gender := wordlist.WordGender(title)
	out := r.titleBuf[:0]
	for _, k := range ks {
		c := &r.cands[k]
		if c.single && c.a >= a {
			continue // the mention itself, or one after it
		}
		fits := false
		if gender != wordlist.GenderUnknown {
			// Only a person known to be of the other gender is left out: the list of
			// given names is short.
			known := wordlist.GivenNameGender(firstWord(c.name))
			if known == wordlist.GenderUnknown && c.role != "" {
				known = wordlist.WordGender(lastWord(c.role))
			}
			fits = known == wordlist.GenderUnknown || known == gender
		} else {
			fits = c.role != "" && strings.EqualFold(lastWord(c.role), lastWord(title))
		}
		if fits {
			out = append(out, k)
		}
	}
	r.titleBuf = out
	if len(out) == 0 {
		return ks
	}
	return out
}

// nearest picks, among candidates ks (in text order), the last one before token a, else
// the first.
// inForeground keeps, of the candidates ks that share a surname, those of the people the
// text is about, when it also names one only as another's relative or as dead: "Syrian
// President Bashar al-Assad ... His late father, Hafez al-Assad, ruled from 1971 to 2000.
// Assad said on Friday" means Bashar. A person named only so is left out; if all are,
// ks is kept whole.
func (r *recognizer) inForeground(ks []int) []int {
	if len(ks) < 2 {
		return ks
	}
	var fg []string // the keys with a mention in the foreground
	for _, k := range ks {
		if c := &r.cands[k]; !r.background(c) && !slices.Contains(fg, c.key) {
			fg = append(fg, c.key)
		}
	}
	if len(fg) == 0 {
		return ks
	}
	out := make([]int, 0, len(ks))
	for _, k := range ks {
		if slices.Contains(fg, r.cands[k].key) {
			out = append(out, k)
		}
	}
	return out
}

// foreground is inForeground of the candidates ks of a surname, worked out once per
// surname: a long text names a surname alone hundreds of times, and each would read all
// its namesakes' mentions again.
func (r *recognizer) foreground(surname string, ks []int) []int {
	if len(ks) < 2 {
		return ks
	}
	if out, ok := r.fgMemo[surname]; ok {
		return out
	}
	out := r.inForeground(ks)
	if r.fgMemo == nil {
		r.fgMemo = map[string][]int{}
	}
	r.fgMemo[surname] = out
	return out
}

// background reports whether the candidate names someone as another's relative or as
// dead: "his father Hafez al-Assad", "His late father, Hafez al-Assad", "Hafez al-Assad,
// who died in 2000".
func (r *recognizer) background(c *cand) bool {
	if r.kinBefore(c.a) || c.a > 0 && r.tok(c.a-1) == "late" {
		return true
	}
	if k := c.a - 1; k > 0 && r.tok(k) == "," && r.tok(k-1) == "late" {
		return true
	}
	n := len(r.d.Tokens)
	return c.b+2 < n && r.tok(c.b) == "," && r.tok(c.b+1) == "who" && (r.tok(c.b+2) == "died" || c.b+3 < n && r.tok(c.b+2) == "was" && r.tok(c.b+3) == "killed")
}

func nearest(cs []cand, ks []int, a int) int {
	i := sort.Search(len(ks), func(i int) bool { return cs[ks[i]].a >= a })
	if i == 0 {
		return ks[0]
	}
	return ks[i-1]
}

// resolveGovPersons turns "Assad's regime" into the government of the country in Assad's
// role ("Syrian President"), or, with no country known, "<surname> regime".
func (r *recognizer) resolveGovPersons() {
	cs := r.cands
	if !slices.ContainsFunc(cs, func(c cand) bool { return c.ref == refGovPerson }) {
		return // most texts: the tables below would serve nothing
	}
	countryOf := map[string]*entry{}
	for _, c := range cs {
		if c.kind == model.KindPerson && c.country != nil && countryOf[c.key] == nil {
			countryOf[c.key] = c.country
		}
	}
	// The candidates are in text order: the person's is found by a search, not a table.
	personAt := func(a int) (cand, bool) {
		for k := sort.Search(len(cs), func(k int) bool { return cs[k].a >= a }); k < len(cs) && cs[k].a == a; k++ {
			if q := cs[k]; q.ref == refNone && !q.place {
				return q, true
			}
		}
		return cand{}, false
	}
	// Each person is found before any reference is resolved, as a resolved one would be
	// found in its turn.
	var refs []int
	var persons []cand
	for k := range cs {
		if cs[k].ref == refGovPerson {
			p, _ := personAt(cs[k].refTo)
			refs, persons = append(refs, k), append(persons, p)
		}
	}
	for n, k := range refs {
		c := &cs[k]
		p := persons[n]
		if p.drop || p.place || p.kind != model.KindPerson {
			c.drop = true
			continue
		}
		if e := countryOf[p.key]; e != nil {
			c.key, c.country = govKey(e), e
			c.name = govName(e)
		} else {
			head := r.tok(c.b - 1)
			c.name = lastWord(p.name) + " " + head
			c.key = lowerKey("n:", c.name)
		}
		c.ref = refNone
	}
}

func govName(e *entry) string {
	if e.demonym != "" {
		return e.demonym + " government"
	}
	return e.name + " government"
}

// resolveRefs points "the regime" and "government troops" at the nearest government named
// before them (else after), and opposition phrases at the opposition group.
func (r *recognizer) resolveRefs() {
	cs := r.cands
	var govs, opps []int
	for k, c := range cs {
		if c.drop || c.ref != refNone {
			continue
		}
		if strings.HasPrefix(c.key, "gov:") {
			govs = append(govs, k)
		}
		if strings.HasPrefix(c.key, "opp:") {
			opps = append(opps, k)
		}
	}
	for k := range cs {
		c := &cs[k]
		switch c.ref {
		case refGov:
			if len(govs) == 0 {
				c.drop = true
				continue
			}
			to := nearest(cs, govs, c.a)
			c.key, c.name, c.country = cs[to].key, cs[to].name, cs[to].country
		case refOpposition:
			if len(opps) == 0 {
				c.key, c.name = "opp:opposition", "opposition"
				continue
			}
			to := nearest(cs, opps, c.a)
			c.key, c.name = cs[to].key, cs[to].name
		}
		c.ref = refNone
	}
}

// result turns the candidates into actors, mentions, places and sources.
func (r *recognizer) result() *Result {
	d := r.d
	res := &Result{}
	accs := r.accs // actor key -> index in res.Actors
	best := r.best[:0]
	acts := r.actorBuf[:0] // the actors, gathered to be copied out at their number
	ids := r.ids
	// Gazetteer names and governments keep their canonical name; other actors take the
	// longest form seen ("Bashar Assad" over "Assad").
	for _, c := range r.cands {
		if c.drop || c.place {
			continue
		}
		a, ok := accs[c.key]
		words := 1 + strings.Count(c.name, " ") // by its spaces: enough to tell the longer form
		if !ok {
			accs[c.key] = len(acts)
			best = append(best, words)
			acts = append(acts, model.Actor{Name: c.name, Kind: c.kind})
			continue
		}
		if !strings.HasPrefix(c.key, "g:") && !strings.HasPrefix(c.key, "gov:") && words > best[a] {
			acts[a].Name, best[a] = c.name, words
		}
	}
	if len(acts) > 0 {
		res.Actors = slices.Clone(acts)
	}
	r.best, r.actorBuf = best, acts
	for k := range res.Actors {
		res.Actors[k].ID = uniqueID(ids, Slug(res.Actors[k].Name))
	}
	mentions, nPlaces := 0, 0
	for _, c := range r.cands {
		switch {
		case c.drop:
		case c.place:
			nPlaces++
		default:
			mentions++
		}
	}
	if mentions > 0 {
		res.Mentions = make([]Mention, 0, mentions)
	}
	placeAt := r.placeAt // by the name the candidate gives, and by ID
	if nPlaces > 0 {
		res.PlaceMentions = make([]Mention, 0, nPlaces)
	}
	places := r.placeBuf[:0] // gathered, then copied out at their number, as actors are
	for _, c := range r.cands {
		if c.drop {
			continue
		}
		m := Mention{Start: d.Tokens[c.a].Start, End: d.Tokens[c.b-1].End, NameStart: d.Tokens[c.nameA].Start, Kind: c.mk}
		m.Text = d.Text[m.Start:m.End]
		if c.place {
			k, ok := placeAt[c.name]
			if !ok {
				// Two spellings ("Surt", "Sirte") may name one place.
				p := r.place(c.name)
				if k, ok = placeAt[p.ID]; !ok {
					k = len(places)
					placeAt[p.ID] = k
					places = append(places, p)
				}
				placeAt[c.name] = k
			}
			p := &places[k]
			m.Actor = p.ID
			res.PlaceMentions = append(res.PlaceMentions, m)
			if m.Text != p.Name && !contains(p.Aliases, m.Text) {
				p.Aliases = append(p.Aliases, m.Text)
			}
			continue
		}
		act := &res.Actors[accs[c.key]]
		m.Actor = act.ID
		res.Mentions = append(res.Mentions, m)
		// The name as written, without the role before it, is an alias.
		if name := d.Text[m.NameStart:m.End]; name != act.Name && !contains(act.Aliases, name) {
			act.Aliases = append(act.Aliases, name)
		}
		if c.role != "" && !contains(act.Roles, c.role) {
			act.Roles = append(act.Roles, c.role)
		}
	}
	if len(places) > 0 {
		res.Places = slices.Clone(places)
	}
	clear(places)
	r.placeBuf = places
	srcIdx := r.srcIdx
	for _, c := range r.cites {
		key := strings.ToLower(c.name)
		k, ok := srcIdx[key]
		if !ok {
			k = len(res.Sources)
			srcIdx[key] = k
			res.Sources = append(res.Sources, model.Source{ID: uniqueID(ids, Slug(c.name)), Name: c.name, Kind: c.srcKind})
		}
		cit := Citation{Start: d.Tokens[c.a].Start, End: d.Tokens[c.b-1].End, Source: res.Sources[k].ID}
		if t := d.Text[cit.Start:cit.End]; t != c.name && !contains(res.Sources[k].Aliases, t) {
			res.Sources[k].Aliases = append(res.Sources[k].Aliases, t)
		}
		res.Citations = append(res.Citations, cit)
	}
	sortMentions(res.Mentions)
	sortMentions(res.PlaceMentions)
	if byStart := func(a, b Citation) int { return a.Start - b.Start }; !slices.IsSortedFunc(res.Citations, byStart) {
		slices.SortStableFunc(res.Citations, byStart)
	}
	if len(r.things) > 0 {
		res.Things = slices.Clone(r.things)
	}
	if len(r.credits) > 0 {
		res.Credits = slices.Clone(r.credits)
	}
	if len(r.anchors) > 0 {
		res.Anchors = slices.Clone(r.anchors)
	}
	return res
}

// sortMentions sorts by start, the longer first; most lists come in that order already,
// which one pass finds.
func sortMentions(ms []Mention) {
	cmp := func(a, b Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	}
	if !slices.IsSortedFunc(ms, cmp) {
		slices.SortStableFunc(ms, cmp)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func uniqueID(used map[string]bool, id string) string {
	if id == "" {
		id = "actor"
	}
	out := id
	for n := 2; used[out]; n++ {
		out = id + "-" + itoa(n)
	}
	used[out] = true
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// modifier reports whether a lone unknown word is a people's, a faith's or a side's
// adjective qualifying the noun after it ("Sunni militants"), not a name.
func (r *recognizer) modifier(c cand) bool {
	w := r.tok(c.nameA)
	switch {
	case c.b >= len(r.d.Tokens):
		return false
	case c.b-c.nameA == 2 && compass[w]: // "North African states"
		w = r.tok(c.nameA + 1)
	case c.b-c.nameA != 1:
		return false
	}
	if t := r.d.Tokens[c.b]; t.Kind != text.Word || t.Is(text.Upper) || !t.Is(text.Space) || auxiliaries[r.tok(c.b)] {
		return false
	}
	return adjectiveShaped(w)
}

// adjectiveShaped reports whether w is a people's, a faith's, a side's or a language's
// adjective: one of the list, or shaped like one (Western, Kurdish, Alawite, Arabic).
func adjectiveShaped(w string) bool {
	if lexGroupAdjs.has(w) {
		return true
	}
	if len(w) < 5 {
		return false
	}
	for _, suf := range [...]string{"ern", "ish", "ese", "ian", "ean", "can", "ite", "ist", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// familyFirst reports whether a name is written family name first, as Chinese, Korean
// and Vietnamese names are: a family name of the lexicon first ("Xiao Qiang"), or a given
// name of hyphenated syllables at the end ("Ban Ki-moon", "Moon Jae-in"). Its first word
// alone is then the family name ("Ban said").
func familyFirst(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	if lexFamilyFirst.one[words[0]] {
		return true // "Xiao Qiang", "Nguyen Tan Dung"
	}
	if len(words) != 2 {
		return false
	}
	head, tail, ok := strings.Cut(words[1], "-")
	return ok && head != "" && tail != "" && tail == strings.ToLower(tail)
}

// maxConnector is the longest connector's length: a longer first word is none.
var maxConnector = func() int {
	n := 0
	for w := range lexConnectors.one {
		n = max(n, len(w))
	}
	return n
}()

// afterParticle is the surname of a name that is a particle and one word ("Bin Salman",
// "Al-Assad", "De Gaulle").
func afterParticle(name string) (string, bool) {
	i := -1 // the one space or hyphen
	for k := 0; k < len(name); k++ {
		if name[k] == ' ' || name[k] == '-' {
			if i >= 0 {
				return "", false
			}
			i = k
		}
	}
	if i <= 0 || i > maxConnector || i+1 >= len(name) || !lexConnectors.has(name[:i]) {
		return "", false
	}
	return name[i+1:], true
}

// stripOpeners takes off the verb that opens a sentence before a name, capitalised only
// because it comes first: "Tell Obama ...", "Is Obama ...", "Expecting Obama ...", when
// the text never capitalises it inside a sentence, while it does the name's first word.
func (r *recognizer) stripOpeners() {
	// Surnames the text gives with a known given name ("Barack Obama"): a word before one
	// that is no given name ("Impeach Obama", "Bankruptcy Obama") is not the name's.
	given := r.loneBuf[:0] // the surnames' tokens
	for _, c := range r.cands {
		if c.kind == model.KindPerson && !c.drop && c.b-c.nameA == 2 && r.g.is(r.tok(c.nameA), clsFirstName) {
			given = append(given, c.nameA+1)
		}
	}
	r.loneBuf = given
	givenSurname := func(w string) bool {
		for _, t := range given {
			if r.tok(t) == w {
				return true
			}
		}
		return false
	}
	for k := range r.cands {
		c := &r.cands[k]
		if c.drop || c.place || !c.initial || c.nameA != c.a || c.b-c.a < 2 || c.turn != turnNone {
			continue
		}
		if !strings.HasPrefix(c.key, "p:") && !strings.HasPrefix(c.key, "n:") {
			continue
		}
		w, next := r.tok(c.a), c.a+1
		// A question's auxiliary before a name the gazetteer knows opens no name, though
		// it may be a given name too: "Will BP be forced out?", "Can Apple win?".
		askedOf := lowerIs(w, auxiliaries) && !r.d.Tokens[c.a].Is(text.AllUpper) && r.knownFrom(next, c.b)
		if !askedOf {
			if n, _ := r.g.match(r.d, c.a, c.b); n > 0 { // "Scotland Yard"
				continue
			}
			if _, ok := afterParticle(c.name); ok || !r.isCap(next) || r.g.is(w, clsFirstName) || r.g.is(w, clsTitle) || r.g.is(w, clsHonorific) ||
				r.d.Tokens[c.a].Is(text.AllUpper) {
				continue
			}
		}
		// Only a verb: an auxiliary ("Is", "Would") or a command ("Tell", "Use"), or a
		// participle ("Expecting") before a word the text capitalises elsewhere too. Other
		// first words, unknown given names among them ("Wasim Akram"), stay.
		lw := strings.ToLower(w)
		aux := askedOf || auxiliaries[lw] && !strings.HasSuffix(lw, "ed") || // "Is", "Would"; not "United"
			lexOpenerAdverbs.one[lw] || // "Presumably Halliburton knew"
			c.b-c.a == 2 && !r.midCapital(w) && (givenSurname(r.tok(next)) ||
				// "Charge Obama, Biden ...": a common word (the text writes it in lower
				// case too) before a surname it uses alone.
				c.kind == model.KindPerson && r.loneSurname(r.tok(next), k) && r.writtenLowerAt(c.a))
		if !aux && (r.midCapital(w) || !lexOpenerVerbs.one[lw] && !(strings.HasSuffix(lw, "ing") && r.midCapital(r.tok(next)))) {
			continue
		}
		c.a, c.nameA = next, next
		c.name = r.span(next, c.b)
		c.single = c.b-next == 1
		// What is left may be a name the gazetteer knows: "Use Twitter" is Twitter.
		if n, hits := r.g.match(r.d, next, c.b); n == c.b-next {
			if e := actorHit(hits); e != nil {
				c.key, c.name, c.kind, c.single = keyOf(e), e.name, e.kind, false
				continue
			}
		}
		if c.single && r.commonAt(next) && !r.midAlone(c.name) {
			c.drop = true // "See Section 8": a command before a common word
			continue
		}
		if c.kind == model.KindPerson {
			c.key = personKey(c.name)
		} else {
			c.key = lowerKey("n:", c.name)
		}
	}
}

// initialedNames joins a name that opens with initials to the fuller name it ends ("W.
// Bush", "H.W. Bush" in a text that names George W. Bush and George H.W. Bush).
func (r *recognizer) initialedNames() {
	for k := range r.cands {
		c := &r.cands[k]
		if c.drop || c.single || !(c.kind == model.KindPerson || strings.HasPrefix(c.key, "n:")) || !initialsWord(firstWord(c.name)) {
			continue
		}
		for o := range r.cands {
			full := &r.cands[o]
			if o != k && !full.drop && full.kind == model.KindPerson && len(full.name) > len(c.name)+1 &&
				strings.HasSuffix(full.name, c.name) && full.name[len(full.name)-len(c.name)-1] == ' ' {
				c.key, c.name, c.kind = full.key, full.name, full.kind
				break
			}
		}
	}
}

// initialsWord reports whether w is initials with their periods: "W.", "H.W.", "J.R.R.".
func initialsWord(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// knownFrom reports whether tokens a to b are one actor the gazetteer knows.
func (r *recognizer) knownFrom(a, b int) bool {
	n, hits := r.g.match(r.d, a, b)
	return n == b-a && actorHit(hits) != nil
}

// loneSurname reports whether a candidate other than skip is the word w alone.
func (r *recognizer) loneSurname(w string, skip int) bool {
	for k := range r.cands {
		if c := &r.cands[k]; k != skip && !c.drop && !c.place && c.b-c.nameA == 1 && c.name == w {
			return true
		}
	}
	return false
}

// writtenLowerAt reports whether the text writes the word of token k in lower case
// somewhere. A word of the shared vocabulary is found by its WordID, which every token
// has: the WordIDs written in lower case are marked in one pass, on first use, so that
// asking of many sentences' first words stays linear.
func (r *recognizer) writtenLowerAt(k int) bool {
	id := r.d.Words[k]
	if id == text.NoWord {
		return r.writtenLower(strings.ToLower(r.tok(k)))
	}
	// Most texts ask this of a word or two: a pass over the tokens' WordIDs answers. Past
	// a few, the WordIDs written in lower case are marked once, with this document's
	// stamp, so that a long text asking of many words stays linear.
	if r.lowerIDAsked < 3 {
		r.lowerIDAsked++
		for i, w := range r.d.Words {
			if w == id && !r.d.Tokens[i].Is(text.Upper) {
				return true
			}
		}
		return false
	}
	if r.lowerIDAsked == 3 {
		r.lowerIDAsked++
		r.lowerStamp++         // kept from one document to the next, as lowerIDs is
		if r.lowerStamp == 0 { // wrapped: stamps of old documents would look current
			clear(r.lowerIDs)
			r.lowerStamp = 1
		}
		for i, w := range r.d.Words {
			if w != text.NoWord && !r.d.Tokens[i].Is(text.Upper) {
				if int(w) >= len(r.lowerIDs) {
					r.lowerIDs = grow(r.lowerIDs, int(w)+1)
				}
				r.lowerIDs[w] = r.lowerStamp
			}
		}
	}
	return int(id) < len(r.lowerIDs) && r.lowerIDs[id] == r.lowerStamp
}

// writtenLower reports whether the text writes the lower-case word lw as a word of its
// own. The first few questions search the text; after them, the words the text writes
// in lower case are hashed into a filter, and only a word the filter may hold is looked
// for: asked of many sentences' first words, a search of the whole text each time would
// make a long text's recognition quadratic.
func (r *recognizer) writtenLower(lw string) bool {
	if r.lowerAsked < 2 {
		r.lowerAsked++
		return r.findLower(lw)
	}
	return r.mayWriteLower(lw) && r.findLower(lw)
}

// lowerMaybe is writtenLowerAt without the search that makes sure: it may say yes of a
// word the text never writes in lower case (one in eight), for a caller that counts the
// word's forms anyway (mostlyLower).
func (r *recognizer) lowerMaybe(k int) bool {
	if r.d.Words[k] != text.NoWord {
		return r.writtenLowerAt(k)
	}
	t := r.d.Tokens[k]
	return r.mayWriteLower(r.d.Lower[t.Start:t.End])
}

// mayWriteLower reports whether the filter of the words the text writes in lower case,
// made on first use, may hold lw.
func (r *recognizer) mayWriteLower(lw string) bool {
	if !r.lowered {
		r.lowered = true
		n := 1
		for n < len(r.d.Tokens) {
			n <<= 1
		}
		r.lowerBloom = slices.Grow(r.lowerBloom[:0], n/8+1)[:n/8+1] // 8 bits a token
		clear(r.lowerBloom)
		for _, t := range r.d.Tokens {
			if t.Kind == text.Word && !t.Is(text.Upper) {
				_, h := text.WordHash(r.d.Text, t.Start, t.End)
				h >>= 32
				r.lowerBloom[(h>>6)%uint64(len(r.lowerBloom))] |= 1 << (h & 63)
			}
		}
	}
	_, h := text.WordHash(lw, 0, len(lw))
	h >>= 32
	return r.lowerBloom[(h>>6)%uint64(len(r.lowerBloom))]&(1<<(h&63)) != 0
}

// findLower searches the text for lw as a word of its own.
func (r *recognizer) findLower(lw string) bool {
	t := r.d.Text
	for at := 0; ; {
		i := strings.Index(t[at:], lw)
		if i < 0 {
			return false
		}
		i += at
		end := i + len(lw)
		if (i == 0 || !isWordByte(t[i-1])) && (end == len(t) || !isWordByte(t[end])) {
			return true
		}
		at = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
}

// thingsThroughout drops every unknown name that the text once calls a thing by the noun
// after it ("the Deepwater Horizon rig", "the Costa Concordia cruise ship"): a document
// means one thing by a name, and a rig or a ship is no actor, wherever it stands alone.
func (r *recognizer) thingsThroughout() {
	var things map[string]bool
	for _, c := range r.cands {
		if c.drop || c.place || c.role != "" || !(strings.HasPrefix(c.key, "n:") || strings.HasPrefix(c.key, "p:")) {
			continue
		}
		if c.a == 0 {
			continue
		}
		switch r.tok(c.a - 1) {
		case "the", "The", "its", "their", "'s", "’s":
		default:
			// "a Maersk tanker" is one of the company's; "knew Michael Jackson well"
			// names no well: a thing is named with its article or its owner.
			continue
		}
		k := c.b
		if k < len(r.d.Tokens) && lexThingMods.oneAt(r.d, k) {
			k++
		}
		if k < len(r.d.Tokens) && lexThingNouns.oneAt(r.d, k) {
			if things == nil {
				things = make(map[string]bool)
			}
			things[c.name] = true
		}
	}
	if things == nil {
		return
	}
	for name := range things {
		if !slices.Contains(r.things, name) {
			r.things = append(r.things, name)
		}
	}
	slices.Sort(r.things)
	for k := range r.cands {
		if c := &r.cands[k]; things[c.name] && !c.place && (strings.HasPrefix(c.key, "n:") || strings.HasPrefix(c.key, "p:")) {
			c.drop = true
		}
	}
}

// dismissal reports whether the name [a, b) is a fielder's or a bowler's in a cricket
// scorecard: after "c", "b" or "st" and before the runs or the bowler ("c Healy b
// Fleming 44", "lbw b Gough 4").
func (r *recognizer) dismissal(a, b int) bool {
	if a == 0 || b >= len(r.d.Tokens) {
		return false
	}
	switch r.tok(a - 1) {
	case "c", "b", "st":
	default:
		return false
	}
	return r.d.Tokens[b].Kind == text.Num || r.tok(b) == "b"
}

// castCredit reports whether the name ending before token j is a part in a cast list,
// played by the actor named after it: "Vinnie is played by Saikat Ahamed", "Mary is
// played by Carole Nimmons, Sean by Lloyd Thomas and Sway by Mark Monero". A part is a
// person of the story, whatever the lists make of the word.
func (r *recognizer) castCredit(j int) bool {
	n := len(r.d.Tokens)
	if j+1 < n && r.tok(j) == "by" && r.isCap(j+1) {
		// a later part of the list: "played by" earlier in the same sentence
		s := r.d.SentenceAt(r.d.Tokens[j].Start)
		if s < 0 {
			return false
		}
		for k := j - 1; k > r.d.Sentences[s].First; k-- {
			if r.tok(k) == "by" && r.tok(k-1) == "played" {
				return true
			}
		}
		return false
	}
	k := j
	if k < n && (r.tok(k) == "is" || r.tok(k) == "was" || r.tok(k) == "will") {
		k++
		if r.tok(k-1) == "will" && k < n && r.tok(k) == "be" {
			k++
		}
	}
	return k+2 < n && r.tok(k) == "played" && r.tok(k+1) == "by" && r.isCap(k+2)
}

// personalAfter reports whether a speech verb follows token j and a personal pronoun
// opens what is said: "Dole said he would win", "Dole told reporters she ...". An
// organisation says what "it" will do.
func (r *recognizer) personalAfter(j int) bool {
	if j >= len(r.d.Tokens) || !speechVerbs[r.tok(j)] {
		return false
	}
	for k := j + 1; k < len(r.d.Tokens) && k <= j+3; k++ {
		switch w := r.tok(k); {
		case w == "he" || w == "she":
			return true
		case w == "that" || w == "on" || w == "reporters" || r.isCap(k) && wordlist.Weekdays[r.d.ToLower(k)] > 0:
			continue
		}
		return false
	}
	return false
}
