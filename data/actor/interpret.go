package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// withShared is the words of a list with the shared function words of the kinds named.
func withShared(words map[string]bool, kinds ...string) wordlist.Set {
	s := wordlist.FunctionWords(kinds)
	for w := range words {
		s[w] = true
	}
	return s
}

// interpret turns the pieces of the run [i, j) into candidate mentions: a titled person
// ("Defense Secretary Ashton Carter"), known names side by side, or one unknown name.
func (r *recognizer) interpret(i, j int, initial bool) {
	// "Helen Clark MP": the letters after a name are no part of it.
	if n := len(r.pieces); n >= 3 && r.pieces[n-1].b == j && r.pieces[n-1].b-r.pieces[n-1].a == 1 && lexPostnominals.oneAt(r.d, j-1) {
		r.pieces = r.pieces[:n-1]
		j--
	}
	// "Grandfather Richard Edwards", "Son Evan": a kinship word before a given name (and a
	// surname); "BBC RADIO 5 LIVE Mark Pougatch": a word in capitals before a given name
	// and surname, where the name is not.
	if ps := r.pieces; len(ps) >= 2 && ps[0].b == i+1 && ps[1].a == i+1 && !ps[1].conn &&
		actorHit(ps[0].hits) == nil && r.g.is(r.tok(i+1), clsFirstName) &&
		(r.relativeWord(i) || len(ps) >= 3 && j-ps[1].a >= 2 && (lexKinship.oneAt(r.d, i) ||
			r.d.Tokens[i].Is(text.AllUpper) && !r.d.Tokens[i+1].Is(text.AllUpper) && (r.commonAt(i) || r.writtenLowerAt(i)))) {
		r.pieces = ps[1:]
		i, initial = i+1, false
	}
	// "Controversial Australian Anthony Hill": a people's adjective before a given name
	// and surname describes the person, as a title would.
	if k := r.demonymBeforePerson(j); k > 0 {
		r.pieces = r.pieces[k:]
		i, initial = r.pieces[0].a, false
	}
	ps := r.pieces
	how := capInside
	if j-i == 1 {
		how |= capAlone
	}
	for t := i; t < j; t++ {
		if !(initial && t == i) && r.d.Tokens[t].Kind == text.Word {
			r.markMidCap(r.tok(t), how)
		}
	}
	// "Pro-Gadhafi forces", "anti-Assad protests": an adjective of the name.
	if j > i+2 && r.tok(i+1) == "-" && r.d.Tokens[i+1].Start == r.d.Tokens[i].End && lexAdjPrefixes.one[strings.ToLower(r.tok(i))] {
		return
	}
	// A run that holds a product names a thing, not an actor: "MacBook Air", "Mac OS X Lion";
	// but a maker the lists know that opens the product's name is named with it: the
	// Airbus of "Airbus A380", the Apple of "Apple TV".
	for x, p := range ps {
		if !p.is(clsProduct) {
			continue
		}
		maker := func(a int, hits []hit, n int) {
			if e := actorHit(hits); e != nil && e.kind == model.KindOrganization {
				r.add(cand{a: a, b: a + n, nameA: a, key: keyOf(e), name: e.name, kind: e.kind})
			}
		}
		if x > 0 && ps[x-1].hits != nil && !ps[x-1].conn { // "Microsoft Windows Vista"
			maker(ps[x-1].a, ps[x-1].hits, ps[x-1].b-ps[x-1].a)
		} else if n, hits := r.g.match(r.d, p.a, p.b-1); n > 0 { // "Airbus A380"
			maker(p.a, hits, n)
		}
		return
	}
	// A storm's name is an event's ("Hurricane Katrina"); four words or more in capitals
	// are a headline or a shout ("NEW CAP FOR LEAKING OIL WELL"), not one name.
	if n := lexStormHeads.at(r.d, i); n > 0 && j > i+n {
		storm := r.span(i+n, j)
		r.eventAbbrevs = append(r.eventAbbrevs, storm) // "Katrina" alone, later, is the storm
		// And in the other articles of a corpus, which may name it alone throughout.
		if !slices.Contains(r.things, storm) {
			r.things = append(r.things, strings.Clone(storm))
		}
		return
	}
	// So is a war's, a revolution's or a cup's: "the Gulf War", "the Davis Cup".
	if j > i+1 && lexEventTails.oneAt(r.d, j-1) && !r.headOf(i, j, lexOrgHeads.one) {
		if ini := initials(r.span(i, j)); ini != "" {
			r.eventAbbrevs = append(r.eventAbbrevs, ini)
		}
		if j+2 < len(r.d.Tokens) && r.tok(j) == "(" && r.tok(j+2) == ")" {
			r.eventAbbrevs = append(r.eventAbbrevs, r.tok(j+1)) // "(WWDC)"
		}
		return
	}
	// "Port au Prince": a town's name written without its hyphens, which would otherwise
	// end at its title-like last word.
	if len(ps) == 3 && ps[1].conn && r.knownTown(r.span(i, j)) && r.geoName(i, j, r.span(i, j), 3) {
		return
	}
	if r.shouted() {
		r.shoutedNames(ps)
		return
	}
	// In a headline only the names the lists know are read: its other words in
	// capitals may be a surname, a team or a word the lists lack.
	if r.capsSegment(i, j) {
		r.shoutedNames(ps)
		return
	}
	// The role ends at the last title that a name follows.
	k := -1
	for x := len(ps) - 2; x >= 0; x-- {
		if ps[x].titleLike() && !ps[x].conn {
			if !ps[x+1].titleLike() && !ps[x+1].conn {
				k = x
			}
			break
		}
	}
	// "Premier League", "Premier Party": a title before an organisation's head word
	// opens the organisation's name, not a person's; and one before a name that ends in
	// a place's head opens the place's ("Prince William Sound", "Prince Edward Island").
	if k >= 0 && !(k == len(ps)-2 && ps[k+1].hits == nil && (lexOrgHeads.oneAt(r.d, j-1) || lexGroupHeads.oneAt(r.d, j-1))) &&
		!(k < len(ps)-2 && ps[len(ps)-1].hits == nil && lexPlaceHeads.oneAt(r.d, j-1)) {
		r.titled(ps, k, i, j)
		return
	}
	if ps[len(ps)-1].titleLike() { // a title alone ("President", "Syrian President")
		for _, p := range ps {
			if !p.titleLike() && !p.conn && p.hits != nil {
				r.emitGaz(p, j, false)
			}
		}
		return
	}
	// A news source run into the name after it: "told Reuters Gaddafi forces fired".
	if last := r.tok(j - 1); len(ps) > 1 && onlyClass(ps[0].hits, clsSource) && !ps[1].conn &&
		!lexOutletHeads.one[last] && !lexOutletHeads.one[titleWords(last)] { // not "BBC RADIO"
		r.emitGaz(ps[0], ps[0].b, false)
		r.pieces = ps[1:]
		r.interpret(ps[1].a, j, true)
		return
	}
	// A web page's byline, the journalist run into the outlet: "Mark Mardell BBC News,
	// Washington". The outlet is cited; its journalist is no actor of the story.
	if x := r.outletAfterByline(ps, initial); x > 0 {
		r.pieces = ps[x:]
		r.interpret(ps[x].a, j, false)
		return
	}
	// The byline's place run into the sentence after it: "Washington Ken Salazar is
	// threatening", a place the lists know and then a given name and a surname.
	if len(ps) >= 3 && r.knownPlacePiece(ps[0]) && !ps[1].conn && ps[1].b-ps[1].a == 1 &&
		onlyClass(ps[1].hits, clsFirstName) && !ps[2].conn {
		r.emitGaz(ps[0], ps[0].b, false)
		r.pieces = ps[1:]
		r.interpret(ps[1].a, j, false)
		return
	}
	known := true
	for _, p := range ps {
		if p.conn || p.hits == nil || onlyClass(p.hits, clsFirstName) || onlyClass(p.hits, clsNotName) {
			known = false
			break
		}
	}
	if known {
		// A place's own institution: "Kurdistan Democratic Party", "London Stock
		// Exchange", "Texas Senate" name one organisation, not a place and another's.
		if len(ps) == 2 && ps[0].is(clsPlace) && actorHit(ps[0].hits) == nil {
			if e := actorHit(ps[1].hits); e != nil && (e.kind == model.KindOrganization || e.kind == model.KindGroup) &&
				(lexOrgHeads.oneAt(r.d, j-1) || lexGroupHeads.oneAt(r.d, j-1)) {
				name := r.span(i, j)
				r.add(cand{a: i, b: j, nameA: i, key: lowerKey("n:", name), name: name, kind: e.kind})
				return
			}
		}
		for _, p := range ps {
			r.emitGaz(p, j, initial && p.a == i)
		}
		return
	}
	// "Egypt & Israel": two known names joined, each itself.
	if r.hasAmpersand(i, j) && r.knownSides(i, j) {
		for _, p := range ps {
			if !p.conn && r.tok(p.a) != "&" {
				r.emitGaz(p, j, initial && p.a == i)
			}
		}
		return
	}
	// An adjective before a known organisation qualifies it: "the Arabic Facebook page",
	// "Islamist Hamas".
	if len(ps) == 2 && ps[0].hits == nil && !ps[0].conn && ps[0].b-ps[0].a == 1 {
		if e := actorHit(ps[1].hits); e != nil && (e.kind == model.KindOrganization || e.kind == model.KindGroup) && adjectiveShaped(r.tok(ps[0].a)) {
			r.emitGaz(ps[1], j, false)
			return
		}
	}
	// A known organisation with a corporate suffix is that organisation: "Cisco Systems Inc.".
	if len(ps) > 1 && ps[0].hits != nil {
		if e := actorHit(ps[0].hits); e != nil && (e.kind == model.KindOrganization || e.kind == model.KindGroup) {
			suffix := true
			for _, p := range ps[1:] {
				w := r.tok(p.a)
				if p.b-p.a > 2 || !(corporateSuffix[w] || p.conn) {
					suffix = false
				}
			}
			if suffix {
				r.add(cand{a: i, b: j, nameA: i, key: keyOf(e), name: e.name, kind: e.kind})
				return
			}
		}
	}
	// A name the lists know, written in capitals: "attention to IRAQ".
	if r.allCaps(i, j) && r.addCaps(i, j) {
		return
	}
	r.unknown(i, j, initial)
}

// addCaps adds the name in capitals at [a, b) if the lists know it in any case ("SOUTH
// AFRICA") or it is a large town's ("IN MILWAUKEE"), and reports whether it did. A town
// or region with a score after it is its team ("CHICAGO 69 63 .523").
func (r *recognizer) addCaps(a, b int) bool {
	if e := r.g.known(r.span(a, b)); e != nil {
		switch {
		case e.cls == clsPlace && r.team(a, b):
			r.addTeam(a, b, e.name)
		case e.cls == clsPlace:
			r.addPlace(a, b, e.name)
		default:
			r.add(cand{a: a, b: b, nameA: a, key: keyOf(e), name: e.name, kind: e.kind})
		}
		return true
	}
	// An acronym of three letters or fewer is no large town's name.
	if r.d.Tokens[b-1].End-r.d.Tokens[a].Start < 4 {
		return false
	}
	gp, ok := geonames().lookupCaps(r.span(a, b))
	if !ok || gp.Pop < bigTownPop {
		return false
	}
	if r.team(a, b) {
		r.addTeam(a, b, gp.Name)
	} else {
		r.cands = append(r.cands, cand{a: a, b: b, nameA: a, name: gp.Name, key: lowerKey("place:", gp.Name),
			kind: model.KindPlace, place: true, geo: true, single: b-a == 1})
		r.lastPlace = b
	}
	return true
}

// allCaps reports whether every word of [i, j) but a connector is written in capitals.
func (r *recognizer) allCaps(i, j int) bool {
	for t := i; t < j; t++ {
		if tk := r.d.Tokens[t]; tk.Kind == text.Word && !tk.Is(text.AllUpper) && !lexConnectors.oneAt(r.d, t) {
			return false
		}
	}
	return true
}

// The word lists the rules consult are in lexicon/words.txt.
var (
	placeFirst      = lex.list("placefirst").one
	corporateSuffix = lex.list("corporatesuffix").one
	roleStop        = lex.list("rolestop").one
	auxiliaries     = withShared(lex.list("auxiliaries").one, "have", "modals")
	innerNotNames   = lex.list("innernotnames").one
	compass         = lex.list("compass").one
	speechVerbs     = lex.list("speechverbs").one
)

// titled handles a run whose name follows a title: the person is the name, the title and
// what comes before it (a country, an organisation) the role.
func (r *recognizer) titled(ps []piece, k, i, j int) {
	// "Did Lord Goldsmith change his advice?": a question's verb opens the sentence, not
	// the role.
	if k > 0 && ps[0].b-ps[0].a == 1 && ps[0].hits == nil && !ps[0].conn && lowerIs(r.tok(ps[0].a), auxiliaries) {
		ps, k, i = ps[1:], k-1, ps[1].a
	}
	var country *entry
	roleA := -1
	for x := 0; x <= k; x++ {
		p := ps[x]
		if roleA < 0 && !(p.is(clsHonorific) && !p.is(clsTitle)) {
			roleA = p.a
		}
		if p.titleLike() || p.conn || p.hits == nil {
			continue
		}
		if e := actorHit(p.hits); e != nil && e.kind == model.KindCountry && country == nil {
			country = e
		}
		// A nationality in a role describes the person and is not a mention of the
		// country; a country or organisation by name is ("U.S. Defense Secretary").
		if !demonymOnly(p.hits) {
			r.emitGaz(p, ps[k].a, false)
		}
	}
	role := ""
	if roleA >= 0 {
		role = r.span(roleA, ps[k].b)
	}
	nameA := ps[k+1].a
	c := cand{a: i, b: j, nameA: nameA, kind: model.KindPerson, role: role, country: country}
	c.name = r.span(nameA, j)
	c.key = personKey(c.name)
	if len(ps)-k-1 == 1 {
		p := ps[k+1]
		if e := actorHit(p.hits); e != nil && e.kind == model.KindPerson {
			c.key, c.name = keyOf(e), e.name
		} else if p.b-p.a == 1 {
			c.single = true
		}
	}
	if c.role == "" {
		c.role = r.roleBefore(i)
	}
	r.add(c)
}

// roleBefore reads a lower-case role just before a name: "defense minister Sergei
// Shoigu", "Pentagon spokesman John Kirby".
func (r *recognizer) roleBefore(i int) string {
	if i == 0 || !lexRefPerson.has(r.tok(i-1)) || r.d.Tokens[i-1].Is(text.Upper) {
		return ""
	}
	a := i - 1
	for n := 0; n < 3 && a > 0; n++ {
		t := r.d.Tokens[a-1]
		if t.Kind != text.Word || roleStop[r.d.ToLower(a-1)] || r.notName(a-1) {
			break
		}
		a--
	}
	return r.span(a, i)
}

// emitGaz makes a mention of a known name. end is the token after the run, which decides
// whether words after the piece may join it ("Syrian government", "Russian warships").
func (r *recognizer) emitGaz(p piece, end int, initial bool) {
	var chosen hit
	found := false
	for _, pri := range [...]class{clsActor, clsPlace, clsSource, clsFirstName} {
		for _, h := range p.hits {
			if h.cls == pri {
				chosen, found = h, true
				break
			}
		}
		if found {
			break
		}
	}
	if !found {
		return
	}
	e := chosen.e
	switch e.cls {
	case clsSource:
		r.cites = append(r.cites, citeCand{a: p.a, b: p.b, name: e.name, srcKind: e.srcKind, e: e})
		return
	case clsPlace:
		if r.team(p.a, p.b) {
			r.addTeam(p.a, p.b, e.name)
			return
		}
		r.addPlace(p.a, p.b, e.name)
		return
	case clsFirstName:
		r.unknown(p.a, p.b, initial)
		return
	}
	if e.kind != model.KindCountry {
		if e.kind == model.KindPerson {
			r.add(cand{a: p.a, b: p.b, nameA: p.a, key: keyOf(e), name: e.name, kind: e.kind})
			return
		}
		// An organisation followed by "news agency" is cited, not acting.
		if p.b == end && lexOutletNouns.at(r.d, p.b) > 0 {
			r.cites = append(r.cites, citeCand{a: p.a, b: p.b, name: e.name, srcKind: "news agency"})
			return
		}
		r.add(cand{a: p.a, b: p.b, nameA: p.a, key: keyOf(e), name: e.name, kind: e.kind})
		return
	}
	// A country by name, nationality or capital.
	if p.b == end {
		if n := lexGovNouns.at(r.d, p.b); n > 0 {
			r.add(cand{a: p.a, b: p.b + n, nameA: p.a, key: govKey(e), name: r.span(p.a, p.b+n),
				kind: model.KindOrganization, mk: Nominal, country: e})
			return
		}
		if n := lexStateNouns.at(r.d, p.b); n > 0 && chosen.f != formCapital {
			mk := Named
			if chosen.f == formDemonym {
				mk = Demonym
			}
			r.add(cand{a: p.a, b: p.b + n, nameA: p.a, key: keyOf(e), name: e.name, kind: e.kind, mk: mk})
			return
		}
	}
	switch chosen.f {
	case formDemonym:
		if p.b == end && lexPlainNouns.at(r.d, p.b) > 0 {
			return
		}
		r.add(cand{a: p.a, b: p.b, nameA: p.a, key: keyOf(e), name: e.name, kind: e.kind, mk: Demonym})
	case formCapital:
		if !r.locativeBefore(p.a) && r.acts(p.b) {
			r.add(cand{a: p.a, b: p.b, nameA: p.a, key: keyOf(e), name: e.name, kind: e.kind, mk: Metonym})
			return
		}
		r.addPlace(p.a, p.b, r.span(p.a, p.b))
	default:
		if r.locativeBefore(p.a) {
			r.addPlace(p.a, p.b, e.name)
			return
		}
		r.add(cand{a: p.a, b: p.b, nameA: p.a, key: keyOf(e), name: e.name, kind: e.kind})
	}
}

// commonHeading reports whether the run [i, j) is a line of its own made of words the
// language writes in lower case, as headings are ("Personal Information", "Font Size");
// a body named so ("Human Rights Watch") stands in a sentence.
func (r *recognizer) commonHeading(i, j int) bool {
	d := r.d
	if !d.Tokens[i].Is(text.NewLine) || j < len(d.Tokens) && !d.Tokens[j].Is(text.NewLine) && r.tok(j) != ":" {
		return false
	}
	for t := i; t < j; t++ {
		if d.Tokens[t].Kind == text.Word && !lexConnectors.oneAt(d, t) && !r.commonAt(t) {
			return false
		}
	}
	return true
}

// regionAfter reports whether the lone word [i, j) follows a place and its comma and ends
// the sentence or goes on to a larger place, as a town's county or region does: "in
// Knighton, Powys.", "Machynlleth, Montgomeryshire, Wales"; not "in Paris, Obama said",
// "in Paris, Hollande, the president, ...", nor a given name.
func (r *recognizer) regionAfter(i, j int) bool {
	if i < 2 || r.tok(i-1) != "," || r.lastPlace != i-1 || j >= len(r.d.Tokens) || r.g.is(r.tok(i), clsFirstName) {
		return false
	}
	switch r.tok(j) {
	case ".", ";", ")", "-RRB-":
		return true
	case ",": // "Machynlleth, Montgomeryshire, Wales"; not "Hollande, the president,"
		return j+1 < len(r.d.Tokens) && r.isCap(j+1) && !r.d.Tokens[j+1].Is(text.NewLine)
	}
	return r.d.Tokens[j].Is(text.NewLine)
}

// townTeam reports whether a name is a town's followed by a plural, as the names of teams
// and clubs are ("Green Bay Packers", "Los Angeles Lakers"); a people of the town ("Gaza
// Palestinians"), a place in the plural ("Palm Springs") and a person whose given name is
// a town's too are not.
func (r *recognizer) townTeam(i, last int) bool {
	// A town of one word is more often a given name before a surname in -s ("Nancy
	// Davis", "Tori Amos"): the town's name has two words or more.
	if last < i+2 {
		return false
	}
	w := r.tok(last)
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || !r.isCap(last) || r.d.Tokens[last].Is(text.AllUpper) ||
		lexPlaceHeads.oneAt(r.d, last) || lexGroupHeads.oneAt(r.d, last) || r.g.known(w) != nil {
		return false
	}
	gp, ok := r.geo(r.span(i, last))
	return ok && gp.City
}

// townAfterPlace reports whether the word at last, after a house's or a farm's name [i,
// last) where a place is said to be, is a town's ("living at the Moat Farm Llandinam",
// "married 1907 Manledd Chapel Llanidloes") rather than a person's name that such a word
// runs into ("Shirley Temple Black"): no given name opens the name, and the last word is no
// given name nor a word of the language.
func (r *recognizer) townAfterPlace(i, last int) bool {
	d := r.d
	if d.Tokens[last].Kind != text.Word || d.Tokens[last].Is(text.AllUpper) || r.commonAt(last) || lexPlaceHeads.oneAt(d, last) {
		return false
	}
	if k := r.beforePlaceMods(i); !r.locativeBefore(i) && (k < 0 || d.Tokens[k].Kind != text.Num) {
		return false
	}
	for _, w := range []string{r.tok(i), r.tok(last)} {
		if r.g.is(w, clsFirstName) || wordlist.GivenNameGender(w) != wordlist.GenderUnknown {
			return false
		}
	}
	return true
}

// inCode reports whether word i is run together with the digits, slashes or dots before
// it, as the letters of a link or a serial number are ("on.cnn.com/11BX93W", "ie\\/11BX93W").
func (r *recognizer) inCode(i int) bool {
	if i == 0 || r.d.Tokens[i].Is(text.Space) {
		return false
	}
	p := r.tok(i - 1)
	switch c := p[len(p)-1]; {
	case c >= '0' && c <= '9', c == '/', c == '\\':
		return true
	}
	return false
}

// unknown makes a candidate of a name the gazetteer does not know, guessing its kind
// from its words and surroundings.
func (r *recognizer) unknown(i, j int, initial bool) {
	d := r.d
	name := r.span(i, j)
	lastAt := j - 1
	if r.tok(lastAt) == "." && j-1 > i {
		lastAt--
	}
	words := 0
	for t := i; t < j; t++ {
		if d.Tokens[t].Kind == text.Word && !lexConnectors.oneAt(r.d, t) {
			words++
		}
	}
	if r.shoutedWords(i, j) {
		return // "DO NOT", "WELL THEN": a shout, not a name
	}
	if r.tableHeads(i, j) {
		return // "W L PCT GB", "Revs", "Avg shrs": a table's column or row heads
	}
	if j-i == 1 && modelNumber(r.tok(i)) {
		return // "the A380", "an F16": a model's designation, a thing
	}
	if words >= 2 && r.commonHeading(i, j) {
		return // "Personal Information", "Systemic Symptoms": a heading on its own line
	}
	if j-i == 1 && j < len(d.Tokens) && r.tok(j) == ":" && lexTurnLabels.has(strings.ToLower(r.tok(i))) {
		return // "NEW:", "Added:": a label, wherever the line was broken
	}
	if j-i == 1 && r.inCode(i) {
		return // "on.cnn.com/11BX93W": a link's or a code's letters
	}
	if j-i == 1 && i >= 2 && lexStateCodes.oneAt(d, i) && r.tok(i-1) == "," && r.isCap(i-2) {
		return // "Mobile, AL": the town's state
	}
	c := cand{a: i, b: j, nameA: i, name: name, initial: initial}
	if words == 1 {
		r.unknownWord(c, lastAt)
		return
	}
	r.unknownWords(c, words, lastAt)
}

// unknownWords is unknown for a name of more than one word (or none, as "&" alone).
// The one-word path is apart because it is by far the commoner: its code alone stays in
// the instruction cache.
func (r *recognizer) unknownWords(c cand, words, lastAt int) {
	d, i, j, name, last := r.d, c.a, c.b, c.name, r.tok(lastAt)
	switch {
	case words == 2 && compass[r.tok(i)] && r.modifier(cand{a: i, b: j, nameA: i}):
		return // "the North African oil-exporting nation"
	case words >= 2 && r.outletHead(lastAt), lexOutletNouns.at(d, j) > 0:
		r.cites = append(r.cites, citeCand{a: i, b: j, name: name, srcKind: outletKind(titleWords(last))})
		return
	case words >= 2 && strings.Contains(name, "&"):
		c.kind = model.KindOrganization // "Douglas & Lomason": partners make a firm
	case words >= 2 && lexGroupHeads.oneAt(d, lastAt):
		c.kind = model.KindGroup
	case words >= 2 && lexOrgHeads.oneAt(d, lastAt):
		c.kind = model.KindOrganization
	case words >= 3 && lastAt-1 > i && lexEstateHeads.oneAt(d, lastAt-1) && r.townAfterPlace(i, lastAt):
		// "married at Manledd Chapel Llanidloes", "born at Glascoed Cottage Meifod": a
		// house or chapel run together with its village, as addresses in lists are.
		r.addPlace(i, lastAt, r.span(i, lastAt))
		r.addPlace(lastAt, j, last)
		return
	case words >= 2 && lexPlaceHeads.oneAt(d, lastAt):
		if r.team(i, j) {
			c.kind = model.KindOrganization // "Norwich City 2 Leeds 1": the club
			break
		}
		r.addPlace(i, j, name)
		return
	case words >= 2 && r.townTeam(i, lastAt):
		c.kind = model.KindOrganization // "the Green Bay Packers", "the Los Angeles Lakers"
	case words >= 2 && len(r.pieces) > 0 && r.pieces[0].a == i && r.pieces[0].is(clsFirstName) && actorHit(r.pieces[0].hits) == nil &&
		(r.inPlace(i) || r.locativeBefore(i)) && r.bigTown(name) && r.geoName(i, j, name, words):
		return // "went to Abu Ghraib": a large town named as people are
	case words >= 2 && len(r.pieces) > 0 && r.pieces[0].a == i && r.pieces[0].is(clsFirstName) && actorHit(r.pieces[0].hits) == nil:
		c.kind = model.KindPerson
	case words >= 2 && r.headOf(i, j, lexGroupHeads.one):
		c.kind = model.KindGroup // "Party of Democratic Action"
	case words >= 2 && r.headOf(i, j, lexOrgHeads.one):
		c.kind = model.KindOrganization // "Bank of Canada", "League of Women Voters"
	case words >= 2 && j < len(d.Tokens) && lexTeamVerbs.oneAt(r.d, j) && !initialed(d, i, j):
		// "Real Madrid beat Deportivo": a club; but a scorecard's "C. Hooper 45" is a player.
		c.kind = model.KindOrganization
	case r.geoName(i, j, name, words):
		return
	case words >= 2 && placeFirst[r.tok(i)]:
		r.addPlace(i, j, name) // "Cape Canaveral", "Fort Worth", "San Jose"
		return
	case words >= 2 && len(r.pieces) > 0 && r.pieces[0].a == i && (r.pieces[0].is(clsPlace) || actorHit(r.pieces[0].hits) != nil):
		// A known place or actor opening an unknown name: an institution of it
		// ("Scotland Yard", "Israel Defense Forces") or an adjective ("Louisiana Republican").
		c.kind = model.KindOrganization
	case words >= 2 && !(len(r.pieces) > 0 && r.pieces[0].a == i && r.pieces[0].is(clsFirstName)) &&
		(lexOrgHeads.oneAt(d, i) || r.commonAt(i) && !r.givenNameIn(i+1, j)):
		// "Union Carbide", "Energy Transfer": a firm's word first; "Air France", "Gold
		// Fields": a word of the language, which no one's given name is, unless a given
		// name follows it ("Volunteer Andy Read").
		c.kind = model.KindOrganization
	case j-i == 3 && r.tok(i+1) == "-" && !d.Tokens[i+1].Is(text.Space) && !d.Tokens[i+2].Is(text.Space) &&
		!r.g.is(r.tok(i), clsFirstName) && wordlist.GivenNameGender(r.tok(i)) == wordlist.GenderUnknown:
		// "Sanofi-Aventis", "Rolls-Royce": two names joined, with no given name before
		// them, are a firm's, unless they end a person named before ("Ahmedou
		// Ould-Abdallah ... Ould-Abdallah added").
		c.kind = model.KindOrganization
		if k := r.personEndingIn(name); k >= 0 {
			c.kind, c.key, c.name = model.KindPerson, r.cands[k].key, r.cands[k].name
			r.add(c)
			return
		}
	case words >= 2 && r.peopleAdjectiveFirst(i):
		// "Scottish Labor", "Iraqi Army": a people's institution; no one's given name is
		// the adjective of a nation.
		c.kind = model.KindOrganization
	case words == 2 && j-i == 2 && lexClubWords.oneAt(d, i) && r.knownTown(r.tok(j-1)):
		// "Rotor Volgograd", "Deportivo Coruna", "Dynamo Moscow": a club's word before
		// its town.
		c.kind = model.KindOrganization
	case words <= 3 && personShaped(d, i, j), words <= 5 && r.innerParticle(i, j) && personShaped(d, i, j):
		c.kind = model.KindPerson
	default:
		c.kind = model.KindOrganization
	}
	if c.kind == model.KindPerson {
		c.key = personKey(name)
		c.role = r.roleBefore(i)
	} else {
		c.key = lowerKey("n:", name)
	}
	r.add(c)
}

// unknownWord is unknown for a name of one word: "Brega", "Medicare", "Radio 3".
func (r *recognizer) unknownWord(c cand, lastAt int) {
	d, i, j, name, words := r.d, c.a, c.b, c.name, 1
	switch {
	case lexOutletNouns.at(d, j) > 0 && !lexOutletKinds.oneAt(d, i):
		// Not "State television said", "on State TV": the kind of a broadcaster the text
		// does not name.
		r.cites = append(r.cites, citeCand{a: i, b: j, name: name, srcKind: outletKind(titleWords(r.tok(lastAt)))})
		return
	case r.geoName(i, j, name, words):
		return
	case j < len(d.Tokens) && d.Tokens[j].Kind == text.Num && lexOutletHeads.oneAt(d, i) && smallNumber(r.tok(j)):
		// "on Radio 3", "Channel 4 News": a station named by its number.
		name = r.span(i, j+1)
		c.b, c.name, c.kind = j+1, name, model.KindOrganization
	case r.creed(i, j):
		return // "Islam", "Arabic", "the Bible": no one, and nowhere
	case j < len(d.Tokens) && d.Tokens[j].Kind == text.Num && r.commonAt(i) && !r.team(i, j):
		return // "Radio 1", "Route 66", "Section 8": a word of the language numbered is a thing
	default:
		c.single = true
		c.kind = model.KindOrganization
		// "in Brega" is a place; after "to" or "from" only a large town is ("to
		// Benghazi"): "to Obama", "to Mubarak" are people more often than towns.
		// An acronym after "in" is most often a thing: "a rise in SARS cases".
		// A name with a number is a thing: "to Radio 4", "on Route 66".
		numbered := j < len(d.Tokens) && d.Tokens[j].Kind == text.Num
		// And one with a possessive or qualifying a noun is someone's: "in Bush's second
		// term", "in the Bush administration".
		numbered = numbered || j < len(d.Tokens) && (r.tok(j) == "'s" || r.tok(j) == "’s") || r.beforeNoun(j) || r.theModifier(i, j)
		if !d.Tokens[i].Is(text.AllUpper) && !numbered && (r.inPlace(i) || i > 0 && r.tok(i-1) != "," && r.locativeBefore(i) && r.bigTown(name) || r.regionAfter(i, j)) {
			if r.notPlace(i, j) {
				return // "in Medicare", "in Congress": a programme or a body, no place
			}
			// A word the text writes in lower case as often as not is that word ("in
			// Science", the journal, where the text speaks of science); a place's name
			// is written so only by a slip ("newtown montgomeryshire").
			c.place = !r.nameGoesThroughIn(i) && !(r.lowerMaybe(i) && r.mostlyLower(i))
		}
	}
	c.key = lowerKey("n:", c.name)
	r.add(c)
}

// theModifier reports whether the name [i, j) stands between "the" and a noun in lower
// case, as a modifier does ("in the Blair years", where "years" may read as a verb), not
// a verb ("in the Sahara continued", "in the Sahara is"), or opens a title.
func (r *recognizer) theModifier(i, j int) bool {
	if i == 0 || j >= len(r.d.Tokens) || r.tok(i-1) != "the" {
		return false
	}
	t, w := r.d.Tokens[j], r.tok(j)
	if t.Is(text.Upper) {
		// A title's capitalised function word: "in the Hope For Haiti event".
		return j+1 < len(r.d.Tokens) && r.isCap(j+1) && roleStop[strings.ToLower(w)]
	}
	return t.Kind == text.Word && !roleStop[w] && !auxiliaries[w] && !strings.HasSuffix(w, "ed")
}

// mostlyLower reports whether the text around token i writes its word in lower case at
// least as often as capitalised, counting it within longer words too ("healthy"). Asked
// of a word the text writes in lower case somewhere; only the text within lowerReach of
// it is counted, so that a long text's many questions stay linear.
func (r *recognizer) mostlyLower(i int) bool {
	t := r.d.Tokens[i]
	a, b := max(0, t.Start-lowerReach), min(len(r.d.Text), t.End+lowerReach)
	w, lower := r.d.Text[t.Start:t.End], r.d.Lower[t.Start:t.End]
	caps := strings.Count(r.d.Text[a:b], w)
	return strings.Count(r.d.Lower[a:b], lower)-caps >= caps
}

// lowerReach is how far either side of a word mostlyLower reads: a long article's worth.
const lowerReach = 8 << 10

// nameGoesThroughIn reports whether the "in" just before token i stands inside a name,
// after a capitalised word that opens no sentence: "Partners in Health", "Women in Black".
func (r *recognizer) nameGoesThroughIn(i int) bool {
	k := i - 1
	if k < 2 || r.tok(k) != "in" || !r.isCap(k-1) || r.d.Tokens[k-1].Is(text.NewLine) {
		return false
	}
	switch r.tok(k - 2) {
	case ".", "!", "?", ":", ";", "``", "\"", "“", "'", "‘", "(", "-", "—", "–":
		return false
	}
	return !r.d.Tokens[k-2].Is(text.NewLine)
}

// outletHead reports whether the word at k ends a news outlet's name ("Times", "News",
// "TV", in capitals too): "Agency" only a news or press agency's ("Jamahiriya News
// Agency"), not a government's ("Drug Enforcement Agency", "Environment Agency").
func (r *recognizer) outletHead(k int) bool {
	d := r.d
	head := r.tok(k)
	if !lexOutletHeads.oneAt(d, k) {
		if !d.Tokens[k].Is(text.AllUpper) {
			return false
		}
		if head = titleWords(head); !lexOutletHeads.one[head] {
			return false
		}
	}
	if head != "Agency" && head != "AGENCY" {
		return true
	}
	switch titleWords(r.tok(k - 1)) {
	case "News", "Press", "Information":
		return true
	}
	return false
}

// knownPlacePiece reports whether the piece is a place the lists know, or a capital named
// for its country ("Washington"), and no given name ("Paris").
func (r *recognizer) knownPlacePiece(p piece) bool {
	if p.conn || p.hits == nil || r.g.is(r.tok(p.a), clsFirstName) {
		return false
	}
	if e := actorHit(p.hits); e != nil {
		return e.kind == model.KindCountry
	}
	return p.is(clsPlace)
}

// outletAfterByline gives the index of the piece where a news source the lists know
// starts, or 0: after a journalist's given name and surname that open the run ("Mark
// Mardell BBC News"; a name the lists lack where it opens a line: "Finlo Rohrer BBC
// News"), or after a word of the language that opens the sentence ("Launching BBC
// Radio 1's ...").
func (r *recognizer) outletAfterByline(ps []piece, initial bool) int {
	if len(ps) < 2 || ps[0].b-ps[0].a != 1 || ps[0].conn {
		return 0
	}
	a := ps[0].a
	if ps[1].is(clsSource) && !ps[1].conn {
		if initial && (ps[0].hits == nil || onlyClass(ps[0].hits, clsFirstName)) && (r.commonAt(a) || r.writtenLowerAt(a)) {
			return 1
		}
		return 0
	}
	if len(ps) < 3 || ps[1].conn || ps[1].b-ps[1].a != 1 || !ps[2].is(clsSource) || ps[2].conn {
		return 0
	}
	if r.g.is(r.tok(a), clsFirstName) || (a == 0 || r.d.Tokens[a].Is(text.NewLine)) && ps[0].hits == nil && ps[1].hits == nil {
		return 2
	}
	return 0
}

// tableHeads reports whether every word of [i, j) is an abbreviation that heads a table's
// column or row in sports standings and company results.
func (r *recognizer) tableHeads(i, j int) bool {
	for t := i; t < j; t++ {
		if r.d.Tokens[t].Kind == text.Word && !lexTableHeads.has(r.tok(t)) {
			return false
		}
	}
	return true
}

// demonymBeforePerson gives the index of the piece that starts a person's name after a
// people's adjective (and the words before it), or 0: the adjective is the last of the
// pieces before it, which no body's name is, and a given name and at least one more word
// follow.
func (r *recognizer) demonymBeforePerson(j int) int {
	ps := r.pieces
	for k := 1; k+1 < len(ps); k++ {
		adj := ps[k-1]
		if adj.b-adj.a != 1 || !(demonymOnly(adj.hits) || lexGroupAdjs.oneAt(r.d, adj.a)) {
			continue
		}
		if p := ps[k]; p.b-p.a == 1 && !p.conn && actorHit(p.hits) == nil && r.g.is(r.tok(p.a), clsFirstName) && j-p.b >= 1 && !ps[k+1].conn {
			for _, q := range ps[:k-1] {
				if q.hits != nil || q.conn {
					return 0 // "Bank of Scotland Australian ...": a body's words before it
				}
			}
			return k
		}
	}
	return 0
}

// relativeWord reports whether the word at i names a relative, as family histories write
// it before a given name: "Son Evan", "GGgrandfather Evan".
func (r *recognizer) relativeWord(i int) bool {
	if lexRelatives.oneAt(r.d, i) {
		return true
	}
	w := r.d.ToLower(i)
	return strings.HasSuffix(w, "grandfather") || strings.HasSuffix(w, "grandmother")
}

// innerParticle reports whether a family name's particle stands inside the name [i, j),
// before a capitalised word or a hyphen: "Zine el-Abidine Ben Ali", "Zine El Abidine Ben
// Ali".
func (r *recognizer) innerParticle(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if t := r.d.Tokens[k]; t.Kind == text.Word && lexSurnameParticles.one[r.d.ToLower(k)] && (r.tok(k+1) == "-" || r.isCap(k+1)) {
			return true
		}
	}
	return false
}

// peopleAdjectiveFirst reports whether the name at i opens with the adjective of a nation
// or a people: a demonym the gazetteer knows ("Iraqi") or one of the list ("Scottish").
// Not by its ending: many given names end like one (Manish, Hamish, Ashish).
func (r *recognizer) peopleAdjectiveFirst(i int) bool {
	if len(r.pieces) == 0 || r.pieces[0].a != i || r.pieces[0].b-r.pieces[0].a != 1 {
		return false
	}
	return demonymOnly(r.pieces[0].hits) || lexGroupAdjs.oneAt(r.d, i)
}

// personEndingIn is the last person named so far whose name ends in the word w, or -1.
func (r *recognizer) personEndingIn(w string) int {
	for k := len(r.cands) - 1; k >= 0; k-- {
		c := &r.cands[k]
		if c.kind == model.KindPerson && !c.drop && len(c.name) > len(w) && strings.HasSuffix(c.name, w) && c.name[len(c.name)-len(w)-1] == ' ' {
			return k
		}
	}
	return -1
}

// initialed reports whether the name [i, j) has an initial ("C. Hooper"): a person's.
func initialed(d *text.Doc, i, j int) bool {
	for t := i; t+1 < j; t++ {
		if w := d.Tok(t); len(w) == 1 && d.Tokens[t].Is(text.Upper) && d.Tok(t+1) == "." {
			return true
		}
	}
	return false
}

// shoutedWords reports whether every word of [i, j) is a common word written in capitals.
// A word of the language ("CRUDE OIL", "HORSE RACING") counts when it is long or has
// others beside it (a short word alone may be an acronym: "CARE"), unless a word of the
// run is a country, a place or a name the gazetteer knows that is not also a shouted
// word ("US GOVERNMENT", though "US" alone may be "us"; but "WHO ELSE", "IT IS").
func (r *recognizer) shoutedWords(i, j int) bool {
	byCommon, named := false, false
	for t := i; t < j; t++ {
		w := r.tok(t)
		if r.d.Tokens[t].Kind != text.Word || !r.d.Tokens[t].Is(text.AllUpper) || len(w) < 2 {
			return false
		}
		switch {
		case r.shoutedAt(t):
		case r.commonAt(t) && (len(w) >= 5 || j-i > 1):
			byCommon = true
		default:
			return false
		}
		if n, hits := r.g.match(r.d, t, t+1); n == 1 && (hasClass(hits, clsPlace) ||
			actorHit(hits) != nil && (actorHit(hits).kind == model.KindCountry || !r.shoutedAt(t))) {
			named = true
		}
	}
	return !(byCommon && named)
}

// finiteVerbs are the shared forms of "be", "have" and "do" and the modals.
var finiteVerbs = wordlist.FunctionWords([]string{"be", "have", "do", "modals"})

// spokenWords flags by WordID the lower-case words shoutedAt takes for the language
// before it asks the gazetteer: finite verbs, auxiliaries, adverbs that open a sentence.
var spokenWords = func() *text.Classes[bool] {
	var c text.Classes[bool]
	for _, set := range []map[string]bool{finiteVerbs, auxiliaries, lexOpenerAdverbs.one} {
		for w := range set {
			*c.Add(w) = true
		}
	}
	return &c
}()

// shoutedAt reports whether token i, in capitals, is a common word ("DO", "NOT", "WELL"),
// not an acronym: its word lists are looked up by the token's WordID.
func (r *recognizer) shoutedAt(i int) bool {
	if spokenWords.Of(r.d.Words[i]) {
		return true
	}
	w := r.tok(i)
	var buf [24]byte
	b, _, ok := lowerInto(buf[:], w)
	if !ok {
		return false
	}
	if len(b) > 1 { // "NOT" is "Not" in the lists of words that are never names
		b[0] = w[0]
	}
	return r.g.is(string(b), clsNotName)
}

// hasAmpersand reports whether "&" stands among the tokens [i, j).
func (r *recognizer) hasAmpersand(i, j int) bool {
	for t := i; t < j; t++ {
		if r.tok(t) == "&" {
			return true
		}
	}
	return false
}

// knownSides reports whether every piece of the run [i, j) besides its connectors is a
// known name: "Egypt & Israel" are two countries, not a firm.
func (r *recognizer) knownSides(i, j int) bool {
	n := 0
	for _, p := range r.pieces {
		if p.a < i || p.b > j || p.conn || r.tok(p.a) == "&" {
			continue
		}
		if actorHit(p.hits) == nil {
			return false
		}
		n++
	}
	return n >= 2
}

// headOf reports whether a head word of the set stands before a connector inside the
// name [i, j): the head of an "X of Y" name.
func (r *recognizer) headOf(i, j int, heads map[string]bool) bool {
	for t := i; t+1 < j; t++ {
		if heads[r.tok(t)] && lexConnectors.oneAt(r.d, t+1) && r.tok(t+1) != "and" {
			return true
		}
	}
	return false
}

// personShaped reports whether the words look like a personal name: title-case words of
// letters (with inner hyphens or apostrophes), no acronyms or digits.
func personShaped(d *text.Doc, i, j int) bool {
	if lexNotPersonFirst.oneAt(d, i) {
		return false
	}
	for t := i; t < j; t++ {
		tk := d.Tokens[t]
		w := d.Tok(t)
		if tk.Kind == text.Punct {
			if w == "-" || w == "." {
				continue
			}
			return false
		}
		if tk.Kind != text.Word {
			return false
		}
		if lexConnectors.one[w] {
			continue
		}
		if tk.Is(text.AllUpper) && len(w) > 1 {
			return false
		}
		for k, c := range w {
			if k > 0 && !unicode.IsLetter(c) && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

func outletKind(head string) string {
	switch {
	case lexOutletAgency.one[head]:
		return "news agency"
	case lexOutletBroadcast.one[head]:
		return "broadcaster"
	case lexOutletPaper.one[head]:
		return "newspaper"
	}
	return "outlet"
}

// locativeBefore reports whether the name at token a follows a preposition of place ("in
// central Syria", "from the Caspian Sea") or joins a place just named ("Syria and Iraq").
func (r *recognizer) locativeBefore(a int) bool {
	k := r.beforePlaceMods(a)
	if k < 0 {
		return false
	}
	w := r.tok(k)
	if lexLocative.one[w] {
		return true
	}
	return (w == "and" || w == "or" || w == ",") && r.lastPlace == k
}

// beforePlaceMods is the token before the name at a and the words that qualify a place
// ("the", "central", "northern"), or -1.
func (r *recognizer) beforePlaceMods(a int) int {
	k := a - 1
	for k >= 0 && k > a-4 && lexPlaceMods.oneAt(r.d, k) {
		k--
	}
	return k
}

// acts reports whether the word at b makes the name before it the subject of a verb or a
// possessor: "Moscow continues", "Washington opposes", "Moscow's".
func (r *recognizer) acts(b int) bool {
	if b >= len(r.d.Tokens) {
		return false
	}
	t := r.d.Tokens[b]
	w := r.tok(b)
	if w == "'s" || w == "’s" {
		return true
	}
	if t.Kind != text.Word || t.Is(text.Upper) {
		return false
	}
	return verbish(w)
}

// verbish guesses whether a lower-case word is a finite verb: an auxiliary, a common
// irregular past, or a word ending in -s or -ed.
func verbish(w string) bool {
	if auxiliaries[w] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	if strings.HasSuffix(w, "s") {
		return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
			!strings.HasSuffix(w, "ics")
	}
	return false
}

func (r *recognizer) add(c cand) {
	if c.nameA == 0 && c.a > 0 {
		c.nameA = c.a
	}
	if c.place {
		r.lastPlace = c.b
	}
	r.cands = append(r.cands, c)
}

func (r *recognizer) addPlace(a, b int, name string) {
	r.cands = append(r.cands, cand{a: a, b: b, nameA: a, name: name, key: lowerKey("place:", name),
		kind: model.KindPlace, place: true})
	r.lastPlace = b
}

// span returns the text of tokens [a, b).
func (r *recognizer) span(a, b int) string {
	return r.d.Text[r.d.Tokens[a].Start:r.d.Tokens[b-1].End]
}

// modelNumber reports whether w mixes letters and digits with more digits than letters, as
// the designations of models do ("A380", "T72", "B52"); "G7", "3M" or "4Kids" are names.
func modelNumber(w string) bool {
	letters, digits := 0, 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case unicode.IsLetter(c):
			letters++
		}
	}
	return letters > 0 && digits > letters
}

// givenNameIn reports whether a word of [i, j) is a given name the gazetteer knows.
func (r *recognizer) givenNameIn(i, j int) bool {
	for t := i; t < j; t++ {
		if r.d.Tokens[t].Kind == text.Word && r.g.is(r.tok(t), clsFirstName) {
			return true
		}
	}
	return false
}

// countryHit reports whether one of hs is a country.
func countryHit(hs []hit) bool {
	e := actorHit(hs)
	return e != nil && e.kind == model.KindCountry
}

func actorHit(hs []hit) *entry {
	for _, h := range hs {
		if h.cls == clsActor {
			return h.e
		}
	}
	return nil
}

func keyOf(e *entry) string { return e.key }

func govKey(country *entry) string { return lowerKey("gov:", country.name) }

func personKey(name string) string { return lowerKey("p:", name) }

// lowerKey is prefix + strings.ToLower(name), made in one allocation for an ASCII name:
// every candidate's key is one.
func lowerKey(prefix, name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return prefix + strings.ToLower(name)
		}
	}
	b := make([]byte, len(prefix)+len(name))
	n := copy(b, prefix)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n+i] = c
	}
	return string(b)
}

// lastWord returns the last word of a name ("Assad" of "Bashar al-Assad" is "Assad").
func lastWord(name string) string {
	i := len(name) - 1 // the last space or hyphen, by bytes: both are ASCII
	for i >= 0 && name[i] != ' ' && name[i] != '-' {
		i--
	}
	w := name[i+1:]
	if w == "" {
		return name
	}
	return w
}

func firstWord(name string) string {
	for i := 1; i < len(name); i++ {
		if name[i] == ' ' || name[i] == '-' {
			return name[:i]
		}
	}
	return name
}

// initials returns the capital letters of a multi-word name's words ("DNC" of "Democratic
// National Committee"), or "".
func initials(name string) string {
	var buf [16]byte
	b := buf[:0]
	n := 0
	for i := 0; i < len(name); {
		if name[i] == ' ' || name[i] == '-' {
			i++
			continue
		}
		c, size := utf8.DecodeRuneInString(name[i:])
		if unicode.IsUpper(c) {
			b = utf8.AppendRune(b, c)
			n++
		}
		for i += size; i < len(name) && name[i] != ' ' && name[i] != '-'; i++ {
		}
	}
	if n < 2 {
		return ""
	}
	return string(b)
}

func demonymOnly(hs []hit) bool {
	for _, h := range hs {
		if h.f != formDemonym {
			return false
		}
	}
	return len(hs) > 0
}

// shouted reports whether the run being read holds four words or more in capitals that
// the gazetteer does not know.
func (r *recognizer) shouted() bool {
	n := 0
	for _, p := range r.pieces {
		if p.hits != nil || p.conn {
			continue
		}
		for t := p.a; t < p.b; t++ {
			if tk := r.d.Tokens[t]; tk.Kind == text.Word && tk.Is(text.AllUpper) && tk.End-tk.Start >= 3 {
				n++
			}
		}
	}
	return n >= 4
}

// shoutedNames reads a run in capitals for the names the lists know, as they are or
// written as names are ("SOCCER - ARMENIA BEAT SOUTH AFRICA": Armenia, South Africa).
func (r *recognizer) shoutedNames(ps []piece) {
	for x := 0; x < len(ps); x++ {
		p := ps[x]
		if p.hits != nil {
			if !onlyClass(p.hits, clsFirstName) && !onlyClass(p.hits, clsNotName) {
				r.emitGaz(p, p.b, true)
			}
			continue
		}
		if p.conn {
			continue
		}
		// A given name and a surname or two: "ANDERSON COOPER, CNN ANCHOR", "HELENA
		// BONHAM CARTER". A list of given names is no one's.
		if p.b-p.a == 1 && r.g.is(titleWords(r.tok(p.a)), clsFirstName) {
			y := x + 1
			for y < len(ps) && y-x <= 2 && r.shoutedSurname(ps[y]) {
				y++
			}
			if y > x+1 {
				name := titleWords(r.span(p.a, ps[y-1].b))
				r.add(cand{a: p.a, b: ps[y-1].b, nameA: p.a, name: name, key: personKey(name), kind: model.KindPerson})
				x = y - 1
				continue
			}
		}
		// Two words first: "SOUTH AFRICA", "SRI LANKA".
		for n := min(2, len(ps)-x); n >= 1; n-- {
			a, b := p.a, ps[x+n-1].b
			if r.addCaps(a, b) {
				x += n - 1
				break
			}
		}
	}
}

// shoutedSurname reports whether piece p is one word in capitals that may be a surname:
// no word the lists know, of the language, or a given name.
func (r *recognizer) shoutedSurname(p piece) bool {
	if p.hits != nil || p.conn || p.b-p.a != 1 {
		return false
	}
	w := r.tok(p.a)
	return !r.commonAt(p.a) && !r.g.is(titleWords(w), clsFirstName)
}

// capsSegment reports whether the run [i, j) is in capitals between common words in
// capitals, as the names of a headline are once its verbs and prepositions have cut
// them apart ("ENGLAND BEAT PAKISTAN BY 107 RUNS").
func (r *recognizer) capsSegment(i, j int) bool {
	if !r.allCaps(i, j) {
		return false
	}
	n := len(r.d.Tokens)
	return r.capsNear(i, -1, n, true) || r.capsNear(j-1, 1, n, true)
}
