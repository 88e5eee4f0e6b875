package actor

import (
	_ "embed"
	"slices"
	"strings"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

//go:embed lexicon/words.txt
var wordsTxt string

//go:embed lexicon/givenvariants.txt
var givenVariantsTxt string

// givenVariant maps each spelling of a given name (lower case) to its key.
var givenVariant = func() map[string]string {
	m := map[string]string{}
	for key, ws := range wordlist.Parse("lexicon/givenvariants.txt", []byte(givenVariantsTxt)).Groups() {
		for _, w := range ws {
			m[w] = key
		}
	}
	return m
}()

// wordList is a set of one- and two-word phrases.
type wordList struct {
	one map[string]bool
	two map[string]map[string]bool
	bit listBit // marks, in listWords, the lower-cased first words of its phrases
}

// listBit is one list's flag in listWords.
type listBit uint64

// listWords flags the WordID of every lower-cased first word of each list's phrases: a
// token whose word lacks a list's flag starts none of its phrases, in any case, and the
// rules look only the others up by their text.
var listWords text.Classes[listBit]

// lexicon maps list names (govnouns, orgheads, ...) to their words.
type lexicon map[string]*wordList

var lex = parseLexicon(wordsTxt)

// parseLexicon reads the lists with the shared loader and flags their first words.
func parseLexicon(s string) lexicon {
	lists := wordlist.Parse("lexicon/words.txt", []byte(s)).Lists()
	names := make([]string, 0, len(lists))
	for name := range lists {
		names = append(names, name)
	}
	slices.Sort(names) // the flags do not depend on the map's order
	l := lexicon{}
	for n, name := range names {
		// Past 64 lists, two share a flag: the flag then lets a few more words through
		// to the list's own lookup, which still decides.
		wl := &wordList{one: map[string]bool{}, two: map[string]map[string]bool{}, bit: 1 << (n % 64)}
		l[name] = wl
		for _, phrase := range lists[name] {
			f := strings.Fields(phrase)
			*listWords.Add(text.LowerASCII(f[0])) |= wl.bit
			switch len(f) {
			case 1:
				wl.one[f[0]] = true
			case 2:
				if wl.two[f[0]] == nil {
					wl.two[f[0]] = map[string]bool{}
				}
				wl.two[f[0]][f[1]] = true
			default:
				panic("actor: lexicon phrases have one or two words: " + phrase)
			}
		}
	}
	return l
}

func (l lexicon) list(name string) *wordList {
	wl := l[name]
	if wl == nil {
		panic("actor: no lexicon list " + name)
	}
	return wl
}

// Lists used by the rules, looked up once.
var (
	lexGovNouns           = lex.list("govnouns")
	lexStateNouns         = lex.list("statenouns")
	lexPlainNouns         = lex.list("plainnouns")
	lexLocative           = lex.list("locative")
	lexSettlements        = lex.list("settlements")
	lexPlaceMods          = lex.list("placemods")
	lexOrgHeads           = lex.list("orgheads")
	lexGroupHeads         = lex.list("groupheads")
	lexPlaceHeads         = lex.list("placeheads")
	lexEstateHeads        = lex.list("estateheads")
	lexOutletHeads        = lex.list("outletheads")
	lexOutletNouns        = lex.list("outletnouns")
	lexConnectors         = lex.list("connectors")
	lexSurnameParticles   = lex.list("surnameparticles")
	lexRelatives          = lex.list("relatives")
	lexOfHeads            = lex.list("ofheads")
	lexForHeads           = lex.list("forheads")
	lexRefCompany         = lex.list("refcompany")
	lexRefCountry         = lex.list("refcountry")
	lexRefPerson          = lex.list("refperson")
	lexGroupAdjs          = lex.list("groupadjectives")
	lexTurnLabels         = lex.list("turnlabels")
	lexNotSyllables       = lex.list("notsyllables")
	lexJournalists        = lex.list("journalists")
	lexCreditLabels       = lex.list("creditlabels")
	lexCreditOpeners      = lex.list("creditopeners")
	lexCreditVerbs        = lex.list("creditverbs")
	lexPlaceNounFollowers = lex.list("placenounfollowers")
	lexFacilityNouns      = lex.list("facilitynouns")
	lexStateCodes         = lex.list("statecodes")
	lexTeamVerbs          = lex.list("teamverbs")
	lexScoreUnits         = lex.list("scoreunits")
	lexNotPersonFirst     = lex.list("notpersonfirst")
	lexStormHeads         = lex.list("stormheads")
	lexOpenerVerbs        = lex.list("openerverbs")
	lexOpenerAdverbs      = lex.list("openeradverbs")
	lexEventTails         = lex.list("eventtails")
	lexNations            = lex.list("nations")
	lexSiteNouns          = lex.list("sitenouns")
	lexOutletKinds        = lex.list("outletkinds")
	lexClubWords          = lex.list("clubwords")
	lexTableHeads         = lex.list("tableheads")
	lexPlaceVerbs         = lex.list("placeverbs")
	lexArabicArticles     = lex.list("arabicarticles")
	lexOutletAgency       = lex.list("outletagency")
	lexOutletBroadcast    = lex.list("outletbroadcast")
	lexOutletPaper        = lex.list("outletpaper")
	lexThingNouns         = lex.list("thingnouns")
	lexThingMods          = lex.list("thingmodifiers")
	lexAdjPrefixes        = lex.list("adjprefixes")
	lexPostnominals       = lex.list("postnominals")
	lexKinship            = lex.list("kinship")
	lexNotPlaces          = lex.list("notplaces")
	lexCreeds             = lex.list("creeds")
	lexFamilyFirst        = lex.list("familyfirst")
	lexKinNouns           = lex.list("kinnouns")
)

// has reports whether the word is in the list as it stands or lower-cased.
func (wl *wordList) has(w string) bool {
	if wl.one[w] {
		return true
	}
	var buf [24]byte
	if b, changed, ok := lowerInto(buf[:], w); ok {
		return changed && wl.one[string(b)]
	}
	if lw := strings.ToLower(w); lw != w {
		return wl.one[lw]
	}
	return false
}

// lowerInto writes w with ASCII capitals lowered into buf, for a lookup that allocates
// nothing; ok is false when w is longer than buf or not ASCII, and changed says whether
// any letter was lowered.
func lowerInto(buf []byte, w string) (lower []byte, changed, ok bool) {
	if len(w) > len(buf) {
		return nil, false, false
	}
	b := buf[:len(w)]
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false, false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			changed = true
		}
		b[k] = c
	}
	return b, changed, true
}

// at returns how many tokens from i (1 or 2) form a phrase of the list, or 0. Two-word
// phrases win.
func (wl *wordList) at(d *text.Doc, i int) int {
	if i < 0 || i >= len(d.Tokens) {
		return 0
	}
	// An ASCII token's lower-cased text is that of its WordID.
	if d.IsASCII(i) && listWords.Of(d.Words[i])&wl.bit == 0 {
		return 0
	}
	w := d.ToLower(i)
	if i+1 < len(d.Tokens) && d.Tokens[i+1].Is(text.Space) {
		if second := wl.two[w]; second != nil && second[d.ToLower(i+1)] {
			return 2
		}
	}
	if wl.one[w] || wl.one[d.Tok(i)] {
		return 1
	}
	return 0
}

// NominalHead says which kind of actor a common noun at the head of a speaker phrase
// usually stands for: "the minister" a person, "the company" an organisation, "the
// country" a country. It returns "" for other words.
func NominalHead(w string) model.ActorKind {
	switch {
	case lexRefPerson.has(w):
		return model.KindPerson
	case lexRefCompany.has(w):
		return model.KindOrganization
	case lexRefCountry.has(w):
		return model.KindCountry
	}
	return ""
}

// oneAt reports whether token i, as written, is one of the list's words. The token's
// WordID is that of its text with ASCII capitals lowered, as the flags were set, so a
// token without the list's flag is turned away without hashing its text.
func (wl *wordList) oneAt(d *text.Doc, i int) bool {
	return listWords.Of(d.Words[i])&wl.bit != 0 && wl.one[d.Tok(i)]
}

// lowerIs reports whether w lower-cased is in set, allocating nothing for a short word.
func lowerIs(w string, set map[string]bool) bool {
	var buf [24]byte
	if b, _, ok := lowerInto(buf[:], w); ok {
		return set[string(b)]
	}
	return set[strings.ToLower(w)]
}
