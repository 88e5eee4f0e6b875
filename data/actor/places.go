package actor

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// place describes the place a candidate names: a country of the gazetteer, a city or
// region of GeoNames, or another setting (a sea, a district) as the text names it.
func (r *recognizer) place(name string) model.Place {
	// The same places come back article after article: what the lists say of a name is
	// worked out once per gazetteer.
	g := r.g
	g.placesMu.RLock()
	p, ok := g.places[name]
	g.placesMu.RUnlock()
	if ok {
		return *p
	}
	name = strings.Clone(name) // kept past the article
	described := r.describePlace(name)
	g.placesMu.Lock()
	if g.places == nil {
		g.places = map[string]*model.Place{}
	}
	g.places[name] = &described
	g.placesMu.Unlock()
	return described
}

func (r *recognizer) describePlace(name string) model.Place {
	p := model.Place{ID: Slug(name), Name: name, Kind: model.PlaceOther}
	if e, ok := r.g.entries[string(rune('0'+clsActor))+strings.ToLower(name)]; ok && e.kind == model.KindCountry {
		p.Kind = model.PlaceCountry
		return p
	}
	// A setting the curated lists name ("Florida", "Gaza") is that one, not a small town
	// elsewhere of the same name.
	if gp, ok := r.geo(name); ok && (gp.Pop >= bigTownPop || !r.g.is(name, clsPlace)) {
		p.Name, p.ID = gp.Name, Slug(gp.Name)
		p.Kind, p.Country = model.PlaceRegion, gp.Country
		if gp.City {
			p.Kind = model.PlaceCity
		}
		if gp.HasCoord {
			// The gazetteer keeps hundredths of a degree (a kilometre): say no more.
			p.Lat, p.Lon, p.Located = hundredths(gp.Lat), hundredths(gp.Lon), true
		}
	}
	return p
}

// bigTownPop is the population above which a town's name alone, anywhere, is the town.
const bigTownPop = 100_000

// geoName makes a place of an unknown name that the world gazetteer knows, unless the
// words around it say it is someone: a town's name is often a surname too ("Clinton",
// "Obama"), and a person named in full elsewhere in the text takes a lone one back when
// the surnames are resolved. A run of several words that follows "in" or "near" and
// does not open with a given name is a place even when the gazetteer does not know it
// ("in Baba Amr").
func (r *recognizer) geoName(i, j int, name string, words int) bool {
	gp, ok := r.geo(name)
	if !ok && r.d.Tokens[i].Is(text.AllUpper) && r.d.Tokens[j-1].Is(text.AllUpper) && r.townEnd(j) {
		gp, ok = geonames().lookupCaps(name) // a dateline's town: "TRIPOLI", "BANI WALID"
	}
	if !ok {
		// "the Baba Amr district", "shelled Baba Amr", "Jisr al-Shughour and Baba Amr":
		// a district's noun after it, a verb of war before it, or a place it is joined to.
		// Not a people's adjective's ("a Shia Muslim district", "Sunni neighbourhoods").
		district := j < len(r.d.Tokens) && lexSettlements.oneAt(r.d, j) && !r.d.Tokens[j].Is(text.Upper) && !lexGroupAdjs.oneAt(r.d, i) && !r.peopleAdjectiveFirst(i)
		if (words >= 2 && (r.inPlace(i) || r.placeVerbBefore(i) || r.joinsPlace(i) && !r.acts(j) && !r.placedAfter(j)) || r.settlementOf(i) || r.settlementAfter(j) || words >= 2 && district) &&
			(district || !r.beforeNoun(j)) && !r.notPlace(i, j) {
			r.addPlace(i, j, name)
			return true
		}
		return false
	}
	if r.team(i, j) {
		r.addTeam(i, j, name)
		return true
	}
	if words == 1 {
		if r.afterSaid(i) || j < len(r.d.Tokens) && speechVerbs[r.tok(j)] {
			return false
		}
		// A small town's name alone is more often someone's name ("Obama", "Anderson"):
		// it is the town only after "in" or "near", and so is a given name ("Hala").
		// Nor is one after "the": "in the Blair years", "in the Hope For Haiti event".
		the := i > 0 && r.tok(i-1) == "the"
		switch {
		case r.g.is(name, clsFirstName):
			if !r.inPlace(i) || the {
				return false
			}
		case j < len(r.d.Tokens) && lexFacilityNouns.oneAt(r.d, j) || r.settlementAfter(j) || r.ownCountryAfter(j, &gp) || r.settlementOf(i):
			// "the Zawiyah refinery", "Zawiyah, a town", "ZAWIYAH, Libya", "the coast of
			// Shetland": the town's name
		case gp.Pop < bigTownPop && (!r.inPlace(i) || r.beforeNoun(j) || the):
			return false // "in the Obama age"
		}
	}
	r.cands = append(r.cands, cand{a: i, b: j, nameA: i, name: gp.Name, key: lowerKey("place:", gp.Name),
		kind: model.KindPlace, place: true, geo: true, single: words == 1})
	r.lastPlace = j
	return true
}

// townEnd reports whether what follows token j ends a dateline's town: "TRIPOLI
// (Reuters) -", "BEIRUT, Lebanon", "CAIRO |".
func (r *recognizer) townEnd(j int) bool {
	if j >= len(r.d.Tokens) {
		return false
	}
	switch r.tok(j) {
	case "(", "-", "|", ",", "—", "–", "-LRB-":
		return true
	}
	return false
}

// beforeNoun reports whether a lower-case word that is no function word follows token j:
// then the name qualifies it ("in the Deepwater Horizon disaster", "in New Labour
// circles") and names a thing, not a place.
func (r *recognizer) beforeNoun(j int) bool {
	if j >= len(r.d.Tokens) {
		return false
	}
	t := r.d.Tokens[j]
	return t.Kind == text.Word && !t.Is(text.Upper) && !roleStop[r.tok(j)] && !verbish(r.tok(j))
}

// inPlace reports whether the name at token a follows a preposition that puts something
// inside or beside a place ("in", "near", "outside"), past words such as "central".
func (r *recognizer) inPlace(a int) bool {
	k := r.beforePlaceMods(a)
	if k < 0 {
		return false
	}
	switch r.tok(k) {
	case "in", "near", "outside", "inside", "around", "across", "throughout":
		return true
	case "of":
		return r.settlementOf(a)
	}
	return false
}

// placeVerbBefore reports whether a verb of war whose object is a place stands before
// the name at a, past "the": "shelled Baba Amr", "stormed the Bab al-Aziziya compound".
func (r *recognizer) placeVerbBefore(a int) bool {
	k := a - 1
	if k >= 0 && r.tok(k) == "the" {
		k--
	}
	return k >= 0 && lexPlaceVerbs.oneAt(r.d, k)
}

// joinsPlace reports whether the name at a is joined by "and" or "or" to the place named
// just before it: "Jisr al-Shughour and Baba Amr"; not by a comma, which may open another
// clause ("in Egypt, Wael Ghonim tweeted").
func (r *recognizer) joinsPlace(a int) bool {
	k := a - 1
	return k > 0 && (r.tok(k) == "and" || r.tok(k) == "or") && r.lastPlace == k
}

// placedAfter reports whether what follows the name ending before b makes it someone's: a
// preposition of where they are ("Ben Wedeman in Cairo and Nic Robertson in Alexandria"),
// a verb, or ", who".
func (r *recognizer) placedAfter(b int) bool {
	if b >= len(r.d.Tokens) {
		return false
	}
	switch r.tok(b) {
	case "in", "at", "from", "of", "on", "with", "to", "for", "is", "was", "has", "said", "says", "who", "whose":
		return true
	case ",": // "and Anderson Cooper, who is in Cairo"
		return b+1 < len(r.d.Tokens) && (r.tok(b+1) == "who" || r.tok(b+1) == "whose")
	}
	return false
}

// notPlace reports whether the name [i, j) is a faith's, a language's, a scripture's or
// a programme's, which follow "in" as places do.
func (r *recognizer) notPlace(i, j int) bool {
	return r.creed(i, j) || lexNotPlaces.at(r.d, i) == j-i
}

// creed reports whether the name [i, j) is a faith's, a language's or a scripture's.
func (r *recognizer) creed(i, j int) bool {
	if j-i == 1 && len(r.tok(i)) > 5 && strings.HasSuffix(r.tok(i), "ism") {
		return true
	}
	return lexCreeds.at(r.d, i) == j-i
}

// settlementOf reports whether the name at a follows a settlement's noun and "of": "the
// town of Zawiyah", "the port of Brega" are places, whether or not the gazetteer knows
// them.
func (r *recognizer) settlementOf(a int) bool {
	k := r.beforePlaceMods(a)
	return k > 0 && r.tok(k) == "of" && (lexSettlements.oneAt(r.d, k-1) || lexSiteNouns.oneAt(r.d, k-1))
}

// ownCountryAfter reports whether the name ending before token b is followed by a comma
// and the country or region of gp, the place it may name: "Zawiyah, Libya", "Paris,
// Texas".
func (r *recognizer) ownCountryAfter(b int, gp *geoPlace) bool {
	d := r.d
	if b+1 >= len(d.Tokens) || r.tok(b) != "," {
		return false
	}
	rest := d.Text[d.Tokens[b+1].Start:]
	for _, w := range [...]string{gp.Country, gp.Region} {
		if w != "" && strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// settlementAfter reports whether the name ending before token b is set beside a
// settlement's noun: "Zawiyah, a strategic refinery town", "Brega, the oil port".
func (r *recognizer) settlementAfter(b int) bool {
	d := r.d
	if b+2 >= len(d.Tokens) || r.tok(b) != "," {
		return false
	}
	switch r.tok(b + 1) {
	case "a", "an", "the":
	default:
		return false
	}
	for k := b + 2; k < len(d.Tokens) && k <= b+5; k++ {
		if t := d.Tokens[k]; t.Kind != text.Word || t.Is(text.Upper) {
			return false
		}
		if lexSettlements.oneAt(d, k) {
			// The noun ends the phrase: "a town 50 km from", "a town near", not "a town
			// councillor".
			n := k + 1
			return n >= len(d.Tokens) || d.Tokens[n].Kind != text.Word || lexLocative.oneAt(d, n) ||
				lexPlaceNounFollowers.oneAt(d, n) || lexPlaceMods.oneAt(d, n)
		}
	}
	return false
}

func hundredths(v float32) float64 { return math.Round(float64(v)*100) / 100 }

// team reports whether the place named by tokens [a, b) stands for a sports team of it:
// followed by a score ("Wigan 2 Scunthorpe 1", "Somerset 83 and 174") or the subject or
// object of a verb of winning and losing ("Kent beat Essex"), or the visitors of a
// fixture in capitals ("DETROIT AT TORONTO"). National sides are read as their countries,
// as news annotation has them, so this is asked of towns and regions only.
func (r *recognizer) team(a, b int) bool { return r.teamAt(a, b, false) }

// scoredTeam reports whether an unknown name [a, b) is a team by the same signs, with a
// score that is surely one: another score, a team and its score, or the points after it
// ("Middlesex 199 and 426", "Middlesex 20 points"); "Apollo 11", "Section 8." are not.
func (r *recognizer) scoredTeam(a, b int) bool { return r.teamAt(a, b, true) }

func (r *recognizer) teamAt(a, b int, strict bool) bool {
	d := r.d
	if strict && b-a == 1 && utf8.RuneCountInString(d.Tok(a)) < 2 {
		return false // "N 19 43", "J-20": a compass point, an initial
	}
	// The next in a list of scores: "Middlesex 20 points, Glamorgan 4.", "Hull 0 Bury 3".
	if strict && a >= 2 && !d.Tokens[a].Is(text.NewLine) && b < len(d.Tokens) && d.Tokens[b].Kind == text.Num && smallNumber(d.Tok(b)) {
		score := func(k int) bool { return d.Tokens[k].Kind == text.Num && smallNumber(d.Tok(k)) }
		switch {
		case d.Tok(a-1) == "," && (score(a-2) || lexScoreUnits.oneAt(d, a-2)):
			return true
		case score(a-1) && d.Tokens[a-2].Kind == text.Word && d.Tokens[a-2].Is(text.Upper):
			return true
		}
	}
	if a > 0 && !d.Tokens[a].Is(text.NewLine) && (lexTeamVerbs.oneAt(d, a-1) || versus(d.Tok(a-1))) {
		return true // "Surrey beat Kent", "Kent v Essex"
	}
	if b >= len(d.Tokens) || d.Tokens[b].Is(text.NewLine) {
		return false
	}
	w := d.Tok(b)
	if versus(w) && b+1 < len(d.Tokens) && d.Tokens[b+1].Is(text.Upper) {
		return true
	}
	if d.Tokens[b].Kind == text.Num {
		if !smallNumber(w) {
			return false // a year, a price
		}
		if b+1 >= len(d.Tokens) || d.Tokens[b+1].Is(text.NewLine) {
			return !strict
		}
		next := d.Tokens[b+1]
		if !strict {
			return next.Kind != text.Word || next.Is(text.Upper) || d.Tok(b+1) == "and"
		}
		numAt := func(k int) bool { return k < len(d.Tokens) && d.Tokens[k].Kind == text.Num }
		sideAt := func(k int) bool { // a name, not a month: "2 Scunthorpe 1", "4 Kansas City 1", not "9 Feb 1818"
			if k >= len(d.Tokens) || isMonth(strings.ToLower(d.Tok(k))) {
				return false
			}
			for e := k; e < len(d.Tokens) && e < k+3 && d.Tokens[e].Kind == text.Word && d.Tokens[e].Is(text.Upper); e++ {
				if numAt(e + 1) {
					return true
				}
			}
			return false
		}
		switch {
		case next.Kind == text.Num:
			return true // "DETROIT 48 86 .358"
		case d.Tok(b+1) == "and":
			return numAt(b+2) && !r.commonAt(a) // "Middlesex 199 and 426", not "Articles 76 and 77"
		case d.Tok(b+1) == ",":
			return sideAt(b + 2) // "Warwickshire 195, Surrey 232"
		case next.Kind == text.Word && next.Is(text.Upper):
			return sideAt(b + 1) // "Wigan 2 Scunthorpe 1"
		default:
			return lexScoreUnits.oneAt(d, b+1) && !r.commonAt(a) // not "Selected 2 points"
		}
	}
	// A fixture list in capitals: "DETROIT AT TORONTO", the visitors first.
	return lexTeamVerbs.one[w] || w == "AT" && d.Tokens[b-1].Is(text.AllUpper) && b+1 < len(d.Tokens) && d.Tokens[b+1].Is(text.AllUpper)
}

// versus reports whether w sets two sides against each other: "Kent v Essex".
func versus(w string) bool { return w == "v" || w == "vs" || w == "v." || w == "vs." || w == "versus" }

// smallNumber reports whether a number token is a score's: three digits at most, no
// decimal point or thousands comma.
func smallNumber(w string) bool { return len(w) <= 3 && !strings.ContainsAny(w, ".,") }

// placePairs splits a person's name made of two places the text names elsewhere, neither a
// given name: "east of Brega Zawiyah lies ...", where two reports ran together, is Brega
// and Zawiyah, not a man whose surname every later "Zawiyah" would be. So is a name whose
// last word the text writes as a place and whose first is no word of the language.
func (r *recognizer) placePairs() {
	places := r.pairBuf[:0] // the one-word places of the text, as written
	for _, c := range r.cands {
		if c.place && !c.drop && c.b-c.nameA == 1 && !slices.Contains(places, r.tok(c.nameA)) {
			places = append(places, r.tok(c.nameA))
		}
	}
	r.pairBuf = places
	if len(places) == 0 {
		return
	}
	// The surnames of the text's people the lists know, or whose names open with a given
	// name they know, gathered once when first needed.
	var surnames map[string]bool
	peopleSurnames := func() map[string]bool {
		if surnames == nil {
			surnames = map[string]bool{}
			for _, c := range r.cands {
				if !c.drop && c.kind == model.KindPerson && c.b-c.nameA >= 2 && (strings.HasPrefix(c.key, "g:") || r.personFirst(c.name)) {
					surnames[lastWord(c.name)] = true
				}
			}
		}
		return surnames
	}
	for k := range r.cands {
		c := &r.cands[k]
		n := c.b - c.nameA
		if c.kind != model.KindPerson || c.role != "" || c.drop || n != 2 && n != 3 || c.nameA != c.a || strings.HasPrefix(c.key, "g:") {
			continue
		}
		first, last := r.tok(c.a), r.tok(c.b-1)
		if !slices.Contains(places, first) && !slices.Contains(places, last) || r.g.is(first, clsFirstName) || wordlist.GivenNameGender(first) != wordlist.GenderUnknown {
			continue
		}
		var a, b cand
		var aok, bok bool
		if n == 2 {
			a, aok = r.placeWord(first, places)
		}
		b, bok = r.placeWord(last, places)
		if !aok && bok && !b.geo && r.g.known(last) == nil && !r.commonAt(c.a) && !peopleSurnames()[last] && r.d.Tokens[c.b-2].Kind == text.Word {
			// "born at Landrinah Montgomeryshire", "b1882 Llywn Crwn Llanidloes", where
			// the text puts people "in Montgomeryshire": a place no list knows, run
			// together with its county (a team, "Dynamo Moscow", or a player, "MaliVai
			// Washington", ends in a town the lists know; "Cherie Blair" in a text of Tony
			// Blair's is his wife).
			village := r.span(c.a, c.b-1)
			a, aok = cand{name: village, key: lowerKey("place:", village), kind: model.KindPlace, place: true, single: n == 2}, true
		}
		if !aok || !bok {
			continue
		}
		at, end := c.a, c.b
		*c = a
		c.a, c.b, c.nameA = at, end-1, at
		b.a, b.b, b.nameA = end-1, end, end-1
		r.cands = append(r.cands, b)
	}
}

// placeWord is the place candidate of a word that names a place in this text or in the
// world gazetteer.
func (r *recognizer) placeWord(w string, here []string) (cand, bool) {
	if gp, ok := r.geo(w); ok {
		return cand{name: gp.Name, key: lowerKey("place:", gp.Name), kind: model.KindPlace, place: true, geo: true, single: true}, true
	}
	if slices.Contains(here, w) {
		return cand{name: w, key: lowerKey("place:", w), kind: model.KindPlace, place: true, single: true}, true
	}
	return cand{}, false
}

// addTeam adds the place's name at [a, b) as the team a score or a fixture shows it is
// ("CHICAGO 71 64 .526", "San Diego 3 NEW YORK 2"). A town's club stays a club where the
// dateline names the town; a nation's side ("England 2 Scotland 1") is the nation wherever
// the text names it as a place, as countries' sides are.
func (r *recognizer) addTeam(a, b int, name string) {
	r.add(cand{a: a, b: b, nameA: a, name: name, key: lowerKey("n:", name), kind: model.KindOrganization, team: lexNations.at(r.d, a) != b-a})
}

// placesThroughout makes every unknown name that the text once calls a place ("fighting
// in Brega") a place wherever it stands alone ("Brega fell"): a document means one thing
// by a name.
func (r *recognizer) placesThroughout() {
	places := r.placeKeys // name -> place key
	for _, c := range r.cands {
		if c.place && !c.drop && strings.HasPrefix(c.key, "place:") {
			places[c.name] = c.key
			// The world gazetteer may spell a town otherwise ("Abu Ghurayb" for the text's
			// "Abu Ghraib", which reads as a person's name; "Zawiya" for "Zawiyah"): the
			// text's other mentions are written as this one.
			if c.geo {
				if w := r.span(c.nameA, c.b); w != c.name {
					places[w] = c.key
				}
			}
		}
	}
	if len(places) == 0 {
		return
	}
	for k := range r.cands {
		c := &r.cands[k]
		if c.place || c.team || c.role != "" || c.turn != turnNone || !(strings.HasPrefix(c.key, "n:") || strings.HasPrefix(c.key, "p:")) {
			continue
		}
		if key, ok := places[c.name]; ok {
			c.key, c.kind, c.place, c.drop = key, model.KindPlace, true, false
		}
	}
}

// knownTown reports whether the world gazetteer knows name as a town or a region.
func (r *recognizer) knownTown(name string) bool {
	_, ok := r.geo(name)
	return ok
}

// bigTown reports whether the world gazetteer knows name as a large town or a region.
func (r *recognizer) bigTown(name string) bool {
	gp, ok := r.geo(name)
	return ok && (gp.Pop >= bigTownPop || !gp.City) && !r.g.is(name, clsFirstName)
}
