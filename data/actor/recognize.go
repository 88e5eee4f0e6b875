// Package actor finds the actors of a news article (people, countries, organisations,
// armed and political groups, places that act), the news sources it cites, and where
// each is mentioned, merging the different ways the text names one actor.
package actor

import (
	"slices"
	"sync"

	"storyline/data/text"
	"storyline/model"
)

// MentionKind says how a mention names its actor.
type MentionKind uint8

const (
	Named   MentionKind = iota // a proper name: "Sergei Shoigu", "Shoigu", "ISIL"
	Demonym                    // a nationality for its country: "Russian", "Russian warships"
	Metonym                    // a capital for its country: "Moscow continues"
	Nominal                    // a common noun phrase: "the regime", "government troops"
)

// Mention is a stretch of text naming an actor. Offsets are bytes of the document text.
type Mention struct {
	Start, End int
	// NameStart is where the name proper begins, after a role written before it
	// ("Apple CEO Steve Jobs"); Start otherwise.
	NameStart int
	Actor     string // actor ID (for Places: the place's ID, which is not an actor)
	Text      string
	Kind      MentionKind
}

// Citation is a news source named in the text.
type Citation struct {
	Start, End int
	Source     string // source ID
}

// Result is what Recognize finds in one document.
type Result struct {
	Actors    []model.Actor
	Sources   []model.Source
	Mentions  []Mention  // sorted by Start; a mention may lie inside another
	Citations []Citation // sorted by Start
	// Places are named locations where things happen ("Rome", "Caspian Sea", "in Syria"):
	// settings, not actors. PlaceMentions name them, their Actor field a place ID.
	Places        []model.Place
	PlaceMentions []Mention
	// Things are the names the text calls things ("the Deepwater Horizon rig", "blowout
	// preventer (BOP)"), sorted:
	// no actor here, and none in another document that never says so.
	Things []string
	// Credits are the byte ranges that credit the journalists ("Reporting by Jane Doe;
	// Editing by John Roe", "(Reporting by ... in Benghazi; Writing by ...)"): no names of
	// the story's, and no events.
	Credits [][2]int
	// Anchors are the byte ranges of the names that open a transcript's turns held by the
	// programme's journalists ("ANDERSON COOPER, CNN ANCHOR:"): no actors, but their
	// turns are still speech.
	Anchors [][2]int
}

// refKind marks a nominal mention whose actor is found after the scan.
type refKind uint8

const (
	refNone       refKind = iota
	refGov                // "the regime", "government troops": the nearest government
	refGovPerson          // "Assad's regime": the government of that person's country
	refOpposition         // "opposition forces", "forces opposing the regime"
)

// cand is a mention found by the scan, before aliases are merged.
type cand struct {
	a, b    int // token range
	nameA   int // first token of the name proper (after a stripped role)
	key     string
	name    string
	kind    model.ActorKind
	mk      MentionKind
	role    string
	country *entry // the country in a person's role, or a government's country
	single  bool   // one unknown word: a surname, an abbreviation or a name of its own
	initial bool   // at the start of a sentence, where any word is capitalised
	place   bool
	geo     bool // a place the world gazetteer names ("Sirte", "Bani Walid")
	team    bool // a place's name that a score shows is its team's
	drop    bool
	turn    turnKind // a transcript's speaker ("BLITZER:"): kept only if it looks like a person's name
	ref     refKind
	refTo   int // refGovPerson: the first token of the person's mention
}

type citeCand struct {
	a, b    int
	name    string
	srcKind string
	e       *entry
}

// piece is a part of a run of name words: a gazetteer match, an unknown word or a
// connector ("of", "-").
type piece struct {
	a, b int
	hits []hit
	conn bool
}

type recognizer struct {
	things   []string // see Result.Things
	titleBuf []int    // see sameTitle
	d        *text.Doc
	g        *Gazetteer
	cands    []cand
	cites    []citeCand
	pieces   []piece
	// words numbers the words of names, for midCap and singles.
	words text.Interner
	// midCap marks words seen capitalised away from the start of a sentence (capInside),
	// and whether as a name of their own (capAlone): evidence that a capitalised word at
	// the start of one is a name too.
	midCap []uint8
	// lastPlace is the token after the last place found, for "in Syria and Iraq".
	lastPlace int
	singles   []int32  // one-word names by word, counted on first use (singled)
	pairBuf   []string // placePairs' places, kept for the next document
	singled   bool
	// lowerBloom holds the words the text writes in lower case, filled on first use
	// (lowered): see writtenLower.
	lowerBloom []uint64
	lowered    bool
	// lowerIDs holds, by WordID, the stamp of the last document that writes the word in
	// lower case, marked on the fourth question (lowerIDAsked): see writtenLowerAt.
	lowerIDs     []uint32
	lowerStamp   uint32
	lowerIDAsked int
	candBuf      []cand // the candidates, copied to be merged in order
	lowerAsked   int
	cover        []bool  // nominals: tokens inside a candidate
	endAt        []int32 // nominals: the candidate that ends before each token, or -1
	// geoSeen holds the world gazetteer's answers for this document's names: a name
	// recurs in an article, and each lookup in the large index is a miss of the cache.
	geoSeen map[string]geoHit
	// resolveSingles: the candidates by surname, given name and an organisation's first
	// word or initials.
	surname, given, orgWord, orgHead wordIndex
	// result: actors and sources by key, the IDs given, and the actors gathered.
	accs, srcIdx map[string]int
	placeAt      map[string]int // result: places by name and by ID
	placeKeys    map[string]string
	placeBuf     []model.Place
	// eventAbbrevs are the abbreviations of the events named ("WWDC") and of the things
	// defined in lower case ("blowout preventer (BOP)"): no actors either.
	eventAbbrevs []string
	loneBuf      []int            // stripOpeners and resolveSingles: candidates or tokens, reused
	credits      [][2]int         // scan: the byte ranges that credit the journalists
	ops          []scanOp         // scan: what its first pass found, in order, for its second
	opPieces     []piece          // scan: the runs' pieces, which ops point into
	opCands      []cand           // scan: the speakers of transcript turns, which ops point into
	fgMemo       map[string][]int // resolveSingles: foreground's answers by surname
	anchors      [][2]int         // dropJournalists: the journalists' turn labels
	ids          map[string]bool
	best         []int
	actorBuf     []model.Actor
}

// Recognize finds the actors, sources and their mentions in d.
func Recognize(d *text.Doc, g *Gazetteer) *Result {
	if g == nil {
		g = NewGazetteer()
	}
	r := recognizers.Get().(*recognizer)
	defer r.release()
	*r = recognizer{d: d, g: g, words: r.words, midCap: r.midCap[:0], singles: r.singles[:0], lastPlace: -1,
		cands: slices.Grow(r.cands[:0], len(d.Tokens)/8+4), cites: r.cites[:0], pieces: r.pieces[:0],
		cover: r.cover, endAt: r.endAt, surname: r.surname, given: r.given, orgWord: r.orgWord, orgHead: r.orgHead,
		accs: r.accs, srcIdx: r.srcIdx, placeAt: r.placeAt, placeKeys: r.placeKeys, placeBuf: r.placeBuf, eventAbbrevs: r.eventAbbrevs[:0], loneBuf: r.loneBuf[:0], credits: r.credits[:0], ops: r.ops[:0], opPieces: r.opPieces[:0], opCands: r.opCands[:0], anchors: r.anchors[:0], titleBuf: r.titleBuf[:0], lowerBloom: r.lowerBloom, candBuf: r.candBuf, ids: r.ids, best: r.best, actorBuf: r.actorBuf, pairBuf: r.pairBuf[:0], lowerIDs: r.lowerIDs, lowerStamp: r.lowerStamp, geoSeen: r.geoSeen, fgMemo: r.fgMemo}
	clear(r.fgMemo)
	if r.accs == nil {
		r.accs, r.srcIdx, r.ids = map[string]int{}, map[string]int{}, map[string]bool{}
		r.placeAt, r.placeKeys = map[string]int{}, map[string]string{}
		r.geoSeen = map[string]geoHit{}
	}
	r.scan()
	r.nominals()
	return r.build()
}

// recognizers keeps recognizers between documents, so that a worker reuses their
// candidate lists from one article to the next.
var recognizers = sync.Pool{New: func() any { return new(recognizer) }}

// release returns r to the pool; nothing may use it afterwards.
func (r *recognizer) release() {
	clear(r.cands) // their strings and entries would stay alive
	clear(r.cites)
	clear(r.pieces)
	clear(r.actorBuf)
	clear(r.pairBuf)
	clear(r.accs)
	clear(r.srcIdx)
	clear(r.placeAt)
	clear(r.placeKeys)
	clear(r.geoSeen)
	clear(r.ids)
	r.surname.reset()
	r.given.reset()
	r.orgWord.reset()
	r.orgHead.reset()
	r.words.Reset()
	r.d, r.g = nil, nil
	recognizers.Put(r)
}

// scanOp is one step scan's first pass leaves to its second: a place, a speaker's
// candidate, or a run of name words to interpret (or read as a headline's).
type scanOp struct {
	kind    uint8
	initial bool
	a, b    int
	p0, p1  int32 // the run's pieces in opPieces
	name    string
	candAt  int32 // opAdd: the candidate in opCands
}

const (
	opPlace uint8 = iota
	opAdd
	opInterpret
	opHeadline
)

// scan finds the names of the text in two passes: the first finds the runs of name words
// and what the sentences' forms say (datelines, transcript turns, credits); the second
// reads each run, in the text's order. Reading the runs apart from finding them keeps
// each pass's code in the processor's cache: together they are larger than it.
func (r *recognizer) scan() {
	r.findRuns()
	runBuf := r.pieces[:0] // run's buffer, for the next document
	for k := range r.ops {
		op := &r.ops[k]
		switch op.kind {
		case opPlace:
			r.addPlace(op.a, op.b, op.name)
		case opAdd:
			r.add(r.opCands[op.candAt])
		case opInterpret:
			r.pieces = r.opPieces[op.p0:op.p1:op.p1]
			r.interpret(op.a, op.b, op.initial)
		case opHeadline:
			r.pieces = r.opPieces[op.p0:op.p1:op.p1]
			r.headlineRun()
		}
	}
	clear(r.ops) // no strings kept past the document
	clear(r.opCands)
	r.pieces = runBuf
}

// keep records the run just found, with its pieces, for scan's second pass.
func (r *recognizer) keep(kind uint8, a, b int, initial bool) {
	p0 := int32(len(r.opPieces))
	r.opPieces = append(r.opPieces, r.pieces...)
	r.ops = append(r.ops, scanOp{kind: kind, a: a, b: b, initial: initial, p0: p0, p1: int32(len(r.opPieces))})
}

// findRuns is scan's first pass: it walks every sentence, finding the runs of capitalised
// words (and gazetteer names such as "al-Qaeda") that may be names.
func (r *recognizer) findRuns() {
	d := r.d
	creditEnd := 0 // the token after a bracketed credit, which may run over sentences
	for _, s := range d.Sentences {
		if s.Last <= creditEnd {
			continue
		}
		if r.creditLine(s) {
			r.credits = append(r.credits, [2]int{s.Start, s.End})
			continue
		}
		headline := r.titleCase(s)
		i := max(s.First, creditEnd)
		if a, b, ok := r.dateline(s); ok && !headline {
			r.ops = append(r.ops, scanOp{kind: opPlace, a: a, b: b, name: titleWords(r.span(a, b))})
			i = b
		} else if a, b, after, ok := r.speakerTurn(s); ok {
			// "PRESIDENT BUSH:": the title is the speaker's role.
			nameA := a
			for nameA+1 < b && r.g.is(titleWords(r.tok(nameA)), clsTitle) {
				nameA++
			}
			if b > nameA {
				name := titleWords(r.span(nameA, b))
				turn := turnName
				if r.tok(b) == "," {
					turn = turnNameRole
				}
				c := cand{a: a, b: b, nameA: nameA, name: name, key: personKey(name), kind: model.KindPerson, single: b-nameA == 1, turn: turn}
				if nameA > a {
					c.role = titleWords(r.span(a, nameA))
				}
				r.opCands = append(r.opCands, c)
				r.ops = append(r.ops, scanOp{kind: opAdd, candAt: int32(len(r.opCands) - 1)})
			}
			i = after
		}
		for i < s.Last {
			// A party letter is one byte: the length turns away nearly every token
			// before a call.
			if t := &r.d.Tokens[i]; t.End-t.Start == 1 {
				if e := r.partyCode(i, s.Last); e > i {
					i = e // "(D-Ohio)", ", R-Ky.,": a party and a state, not a name
					continue
				}
				if c := d.Text[t.Start]; c == '(' || c == '-' {
					if e := r.bracketedCredit(i); e > i {
						r.credits = append(r.credits, [2]int{t.Start, d.Tokens[e-1].End})
						creditEnd, i = e, e
						continue
					}
				}
			}
			if ok, skip := r.startsName(i, s.Last); !ok {
				i += skip
				continue
			}
			if i <= datelineWithin && i > s.First && r.d.Tokens[i].Is(text.AllUpper) {
				if b, ok := r.runInDateline(i, s.Last); ok && !headline {
					r.ops = append(r.ops, scanOp{kind: opPlace, a: i, b: b, name: titleWords(r.span(i, b))})
					i = b
					continue
				}
			}
			// "#Egypt Madness in Cairo": a hashtag is one word, not the start of a name.
			if i > 0 && r.tok(i-1) == "#" && !r.d.Tokens[i].Is(text.Space) {
				if j := r.run(i, i+1); j > i && !headline {
					r.keep(opInterpret, i, j, true)
				}
				i++
				continue
			}
			// "REUTERS/Chris Helgren Rebel fighters ...": a photographer credited after the
			// agency, before the caption, is no actor of the story.
			if k := r.photoCredit(i, s.Last); k > i {
				i = k
				// The caption opens as a sentence does.
				if i < s.Last && r.namesFrom(i, s.Last) {
					if j := r.run(i, s.Last); j > i {
						r.keep(opInterpret, i, j, true)
						i = j
					}
				}
				continue
			}
			j := r.run(i, s.Last)
			if j <= i {
				i++
				continue
			}
			// "Photograph: Sarah Lee", "Photo: Adam Butler/AP": the label credits a
			// photographer, no actor of the story.
			if i >= 2 && r.tok(i-1) == ":" && lexCreditLabels.oneAt(r.d, i-2) {
				i = j
				continue
			}
			if headline {
				r.keep(opHeadline, i, j, false)
			} else {
				r.keep(opInterpret, i, j, r.isInitial(i, s))
			}
			i = j
		}
	}
}

func (r *recognizer) tok(i int) string { return r.d.Tok(i) }

// shoutedInCaps reports whether token j is a common word written in capitals among
// other words in capitals: a headline's verb or preposition, not an acronym ("CARE said"
// has no capitals beside it).
func (r *recognizer) shoutedInCaps(j, last int) bool {
	return r.capsContext(j, last) && (r.shoutedAt(j) || r.commonAt(j))
}

// capsContext reports whether token j is in capitals with a word in capitals beside it.
func (r *recognizer) capsContext(j, last int) bool {
	return r.d.Tokens[j].Is(text.AllUpper) && (r.capsNear(j, -1, last, false) || r.capsNear(j, 1, last, false))
}

// knownCapsAt returns how many words from token j, two or three, written in capitals on
// one line, make a name the lists know or a large town ("UNITED NATIONS", "MEXICO CITY"),
// or 0.
func (r *recognizer) knownCapsAt(j, last int) int {
	d := r.d
	for n := 3; n >= 2; n-- {
		if j+n > last {
			continue
		}
		ok := true
		for k := j; k < j+n; k++ {
			if t := d.Tokens[k]; t.Kind != text.Word || !t.Is(text.AllUpper) || k > j && (t.Is(text.NewLine) || !t.Is(text.Space)) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		name := r.span(j, j+n)
		if r.g.known(name) != nil {
			return n
		}
		if gp, ok := geonames().lookupCaps(name); ok && gp.Pop >= bigTownPop {
			return n
		}
	}
	return 0
}

// capsNear reports whether, from token j in direction step, the next word on the line,
// past punctuation and numbers, is in capitals; and, with shouted, a common word too.
func (r *recognizer) capsNear(j, step, last int, shouted bool) bool {
	d := r.d
	for k, n := j+step, 0; k >= 0 && k < last && n < 3; k, n = k+step, n+1 {
		if step > 0 && d.Tokens[k].Is(text.NewLine) || step < 0 && d.Tokens[k+1].Is(text.NewLine) {
			return false
		}
		if d.Tokens[k].Kind != text.Word {
			continue
		}
		if !d.Tokens[k].Is(text.AllUpper) {
			return false
		}
		return !shouted || r.shoutedInCaps(k, last)
	}
	return false
}

// photoCredit returns the token after a photographer's name credited after an agency in
// capitals ("REUTERS/Chris Helgren", "AFP/Esam Al-Fetori"), or i when none is at token i:
// two capitalised words, a hyphened part joined to either.
func (r *recognizer) photoCredit(i, last int) int {
	d := r.d
	if i < 2 || r.tok(i-1) != "/" || d.Tokens[i].Is(text.Space) || d.Tokens[i-1].Is(text.Space) ||
		!d.Tokens[i-2].Is(text.AllUpper) || !r.g.is(r.tok(i-2), clsSource) && !r.g.is(titleWords(r.tok(i-2)), clsSource) {
		return i
	}
	k := i
	for words := 0; words < 2 && k < last && r.isCap(k); words++ {
		k++
		for k+1 < last && r.tok(k) == "-" && !d.Tokens[k].Is(text.Space) && !d.Tokens[k+1].Is(text.Space) {
			k += 2
		}
	}
	if k-i < 2 {
		return i
	}
	return k
}

// partyCode returns the token after a legislator's party and state set off after a name
// ("Graham (R-S.C.)", "McConnell, R-Ky., said": a party letter, a hyphen and a capitalised
// state), or i when none starts at token i.
func (r *recognizer) partyCode(i, last int) int {
	if i == 0 || i+2 >= last {
		return i
	}
	if c := r.d.Text[r.d.Tokens[i].Start]; c != 'D' && c != 'R' && c != 'I' {
		return i
	}
	if p := r.tok(i - 1); p != "(" && p != "," {
		return i
	}
	if r.tok(i+1) != "-" || !r.isCap(i+2) {
		return i
	}
	e := i + 3
	if e < last && r.tok(e) == "." {
		e++
	}
	if e < last && r.tok(e) != ")" && r.tok(e) != "," {
		return i
	}
	return e
}

// isCap reports whether token i is a capitalised word.
func (r *recognizer) isCap(i int) bool {
	t := r.d.Tokens[i]
	return t.Kind == text.Word && t.Is(text.Upper)
}

func (r *recognizer) notName(i int) bool {
	w := r.tok(i)
	return r.g.is(w, clsNotName) || r.contraction(w)
}

// contraction reports whether w is a pronoun or a verb run together with what follows
// it ("I'm", "We've", "That's", "Don't"), which a capital makes look like a name's first
// word ("I'm Wolf Blitzer"); "O'Neal" and "D'Arcy" are names.
func (r *recognizer) contraction(w string) bool {
	// Asked of every capitalised word: nearly all have no apostrophe, which one pass over
	// the bytes finds; "’" is the bytes E2 80 99.
	k, n := -1, 1
	for i := len(w) - 1; i > 0; i-- {
		if w[i] == '\'' {
			k = i
			break
		}
		if w[i] == 0x99 && i >= 2 && w[i-1] == 0x80 && w[i-2] == 0xE2 {
			k, n = i-2, 3
			break
		}
	}
	if k < 0 {
		return false
	}
	switch tail := w[k+n:]; tail {
	case "t":
		return k > 0 && (w[k-1] == 'n' || w[k-1] == 'N')
	case "m", "ve", "ll", "re", "d", "s", "M", "VE", "LL", "RE", "D", "S":
		return k > 0 && r.g.is(w[:k], clsNotName)
	}
	return false
}

// namesFrom reports whether a name starts at token i.
func (r *recognizer) namesFrom(i, last int) bool {
	ok, _ := r.startsName(i, last)
	return ok
}

// startsName reports whether a name starts at token i; when none does, it also gives the
// number of tokens to pass over: more than one for a phrase that is never a name ("No
// one", "New Year"), whose words must not start one either.
func (r *recognizer) startsName(i, last int) (bool, int) {
	t := r.d.Tokens[i]
	if t.Kind != text.Word {
		return false, 1
	}
	if i >= 2 && r.d.Tokens[i-1].End-r.d.Tokens[i-1].Start == 1 && r.d.Text[r.d.Tokens[i-1].Start] == '-' && r.sideTaken(i) {
		return false, 1
	}
	if n, hits := r.g.match(r.d, i, last); n > 0 {
		if n == 1 && onlyClass(hits, clsNoun) {
			return false, 1
		}
		if n == 1 && hasClass(hits, clsNotName) {
			// "April 9" is a month, "April Ryan" a person.
			return hasClass(hits, clsFirstName) && i+1 < last && r.isCap(i+1) && !r.notName(i+1) || r.initialLetter(i, last), 1
		}
		if onlyClass(hits, clsNotName) {
			return false, n
		}
		return true, 0
	}
	if r.isCap(i) {
		return !r.notName(i), 1
	}
	return r.particleStart(i, last), 1
}

// sideTaken reports whether the word at i is the adjective of a side taken, "pro-Western"
// or "anti-American", which describes whoever follows ("the secular, pro-Western Hosni
// Mubarak") and opens no name. "pro-Gaddafi forces" keeps its name.
func (r *recognizer) sideTaken(i int) bool {
	if r.tok(i-1) != "-" || r.d.Tokens[i].Is(text.Space) || r.d.Tokens[i-1].Is(text.Space) {
		return false
	}
	p := r.tok(i - 2)
	return (p == "pro" || p == "anti" || p == "Pro" || p == "Anti") && adjectiveShaped(r.tok(i))
}

// particleStart reports whether token i is a lower-case Arabic article joined to a
// capitalised name: "al-Assad", "el-Sisi".
func (r *recognizer) particleStart(i, last int) bool {
	// Asked of nearly every word: most open with another letter, are too long to be a
	// particle, or have no hyphen after them.
	t := &r.d.Tokens[i]
	if c := r.d.Text[t.Start]; c != 'a' && c != 'e' && c != 'u' || t.End-t.Start > 3 || i+2 >= last || r.d.Tokens[i+1].Kind != text.Punct {
		return false
	}
	if !lexArabicArticles.one[r.tok(i)] {
		return false
	}
	return i+2 < last && r.tok(i+1) == "-" && !r.d.Tokens[i+1].Is(text.Space) &&
		!r.d.Tokens[i+2].Is(text.Space) && r.isCap(i+2)
}

// titleCase reports whether a sentence is a headline in title case ("Russia Launches
// Missiles From Caspian Sea"), where capitals say nothing about names.
func (r *recognizer) titleCase(s text.Sentence) bool {
	// A headline stands on its own line without closing punctuation.
	if s.Last <= s.First || !r.d.Tokens[s.First].Is(text.NewLine) {
		return false
	}
	if last := r.d.Tokens[s.Last-1]; last.Kind == text.Punct {
		return false
	}
	if s.Last < len(r.d.Tokens) && !r.d.Tokens[s.Last].Is(text.NewLine) {
		return false
	}
	words, caps := 0, 0
	for i := s.First; i < s.Last; i++ {
		t := r.d.Tokens[i]
		if t.Kind == text.Word && t.End-t.Start == 1 && !t.Is(text.Upper) && r.tok(i) != "a" {
			// A scorecard's "c Healy b Fleming": no headline writes a lone letter small.
			return false
		}
		if t.Kind != text.Word || t.End-t.Start < 4 {
			continue
		}
		words++
		if t.Is(text.Upper) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// headlineRun reads a run of a title-case headline piece by piece: known names stand,
// other words count only if the text names them elsewhere (they are then resolved like
// words at the start of a sentence).
func (r *recognizer) headlineRun() {
	ps := append([]piece(nil), r.pieces...)
	for _, p := range ps {
		if p.conn || p.titleLike() || p.is(clsProduct) {
			continue
		}
		if p.hits != nil && !onlyClass(p.hits, clsFirstName) && !onlyClass(p.hits, clsNotName) {
			r.emitGaz(p, p.b, true)
			continue
		}
		if p.b-p.a == 1 {
			r.cands = append(r.cands, cand{a: p.a, b: p.b, nameA: p.a, name: r.span(p.a, p.b),
				key: lowerKey("n:", r.span(p.a, p.b)), kind: model.KindOrganization, single: true, initial: true})
		}
	}
}

// bracketedCredit returns the token after a bracketed credit opening at i, or i: "(Reporting
// by Mohammed Abbas in Benghazi; Writing by Alastair Macdonald)", "-LRB- Reporting by ...
// -RRB-", which wire copy closes a story with, mid-line or across sentences.
func (r *recognizer) bracketedCredit(i int) int {
	d := r.d
	k := i + 1
	if !r.bracketAt(i, "(", "") {
		if !r.bracketAt(i, "", "LRB") {
			return i
		}
		k = i + 3
	}
	if k+1 >= len(d.Tokens) {
		return i
	}
	if w := r.tok(k); !lexCreditOpeners.has(w) && !lexCreditOpeners.has(titleWords(w)) || r.tok(k+1) != "by" && r.tok(k+1) != "By" {
		return i
	}
	for e := k + 2; e < len(d.Tokens) && e < i+120; e++ {
		switch {
		case r.tok(e) == ")":
			return e + 1
		case r.bracketAt(e, "", "RRB"):
			return e + 3
		}
	}
	return i
}

// creditLine reports whether a sentence credits the journalists ("Reporting by Jane Doe;
// Editing by John Roe", "Additional reporting by ...", "... contributed to this report"),
// whose names are not actors.
func (r *recognizer) creditLine(s text.Sentence) bool {
	if s.Last-s.First < 3 {
		return false
	}
	if !lexCreditOpeners.oneAt(r.d, s.First) {
		// "CNN's Joe Sterling and Reza Sayah contributed to this report.": the verb is
		// among the last words, which is all a sentence need be searched for.
		for i := max(s.First, s.Last-12); i+1 < s.Last; i++ {
			if lexCreditVerbs.oneAt(r.d, i) {
				next := r.tok(i + 1)
				return next == "reporting" || next == "to" && i+3 < s.Last && (r.tok(i+3) == "report" || r.tok(i+3) == "story")
			}
		}
		return false
	}
	for i := s.First + 1; i < s.Last && i < s.First+4; i++ {
		if r.tok(i) == "by" {
			return true
		}
	}
	return false
}

// isInitial reports whether token i opens its sentence (or line, or a quotation at the
// start of a sentence, or follows a colon), where any word may be capitalised.
func (r *recognizer) isInitial(i int, s text.Sentence) bool {
	t := r.d.Tokens[i]
	if t.Is(text.NewLine) {
		return true
	}
	for j := i - 1; j >= s.First; j-- {
		if r.d.Tokens[j].Kind != text.Punct {
			switch r.tok(i - 1) {
			case ":", "—", "–", "|": // "| Report abuse |": a page's separators open a line
				return true
			case "-": // a dateline's dash: "BEIRUT (AFP) - Fighting resumed"
				return r.d.Tokens[i-1].Is(text.Space) || r.d.Tokens[i].Is(text.Space)
			case "“": // a quotation opens a sentence of its own: "puts it: “Once placed"
				return true
			case "`": // the same in wire text, whose `` is two tokens
				return i >= 2 && r.tok(i-2) == "`"
			}
			return false
		}
	}
	return true
}

func onlyClass(hs []hit, c class) bool {
	for _, h := range hs {
		if h.cls != c {
			return false
		}
	}
	return len(hs) > 0
}

func hasClass(hs []hit, c class) bool {
	for _, h := range hs {
		if h.cls == c {
			return true
		}
	}
	return false
}

func (p piece) is(c class) bool { return hasClass(p.hits, c) }

// titleLike reports whether a piece is a title or honorific.
func (p piece) titleLike() bool { return p.is(clsTitle) || p.is(clsHonorific) }

// run reads the pieces of a name starting at i and returns the token after it.
// syllable returns 2 when tokens j, j+1 are a hyphen and a short lower-case syllable
// that end the unknown word before them, as in Korean given names ("Ki-moon", "Jong-un",
// "Jae-in"), and 0 otherwise; suffixes such as "-led" or "-era" are not name syllables.
func (r *recognizer) syllable(j, last int) int {
	d := r.d
	if j+1 >= last || d.Tok(j) != "-" || d.Tokens[j].Is(text.Space) || len(r.pieces) == 0 || r.pieces[len(r.pieces)-1].hits != nil {
		return 0
	}
	t := d.Tokens[j+1]
	w := d.Tok(j + 1)
	if t.Kind != text.Word || t.Is(text.Space) || t.Is(text.Upper) || len(w) > 4 || lexNotSyllables.has(w) {
		return 0
	}
	if j+2 < last && d.Tok(j+2) == "-" && !d.Tokens[j+2].Is(text.Space) {
		return 0 // "Ki-moon-led": a compound, not a name
	}
	return 2
}

func (r *recognizer) run(i, last int) int {
	d := r.d
	r.pieces = r.pieces[:0]
	j := i
	for j < last {
		if j > i && d.Tokens[j].Is(text.NewLine) {
			break
		}
		n, hits := r.g.match(d, j, last)
		if n == 1 && hasClass(hits, clsNotName) && !(j == i && hasClass(hits, clsFirstName)) && !r.initialLetter(j, last) {
			// A capitalised word that is never a name may still end one after a given
			// name or title: "Theresa May", "Prime Minister May".
			if j == i || !r.afterPersonWord() || d.Tok(j) == "I" && !r.titledRun() {
				break // "Jack I just spoke": "I" ends a name as a monarch's number ("Queen Elizabeth I")
			}
			n, hits = 0, nil
		}
		if n == 1 && onlyClass(hits, clsNoun) {
			n, hits = 0, nil // a plural noun inside a name: an unknown word of it
		}
		caps := 0 // a name the lists know in capitals, when none is written as they have it
		if n == 0 && d.Tokens[j].Is(text.AllUpper) {
			if j > i && j <= datelineWithin {
				if _, ok := r.runInDateline(j, last); ok {
					return r.trimRun(i, j) // "not to leave Libya BENGHAZI, Libya, March 8 (Reuters)"
				}
			}
			caps = r.knownCapsAt(j, last)
		}
		switch {
		case n == 1 && r.capsContext(j, last) && r.shoutedAt(j) && !countryHit(hits):
			// "THIS IS HOW", "PEOPLE WHO MUST": among capitals, a function word is
			// itself, not the initials it shares ("IS", "WHO"); "US" stays the country.
			return r.trimRun(i, j)
		case n > 0:
			r.pieces = append(r.pieces, piece{a: j, b: j + n, hits: hits})
			j += n
		case caps > 0:
			// "sanctions on Libya UNITED NATIONS |", "Armando Tovar MEXICO CITY": a name
			// the lists know, in capitals, is a name of its own, not the end of the one
			// before it.
			if j > i {
				return r.trimRun(i, j)
			}
			r.pieces = append(r.pieces, piece{a: j, b: j + caps})
			j += caps
		case r.shoutedInCaps(j, last):
			// "ENGLAND BEAT PAKISTAN BY 107 RUNS": in a line of capitals, the words of
			// the language end a name and start none.
			return r.trimRun(i, j)
		case r.isCap(j) || (j == i && r.particleStart(j, last)):
			if r.particleStart(j, last) {
				r.pieces = append(r.pieces, piece{a: j, b: j + 3})
				j += 3
			} else {
				r.pieces = append(r.pieces, piece{a: j, b: j + 1})
				j++
			}
		default:
			return r.trimRun(i, j)
		}
		// An initial or an abbreviated title keeps its period: "John F. Kennedy", "Gen. Smith".
		if j+1 < last && d.Tok(j) == "." && !d.Tokens[j].Is(text.Space) && r.isCap(j+1) {
			p := &r.pieces[len(r.pieces)-1]
			w := d.Tok(j - 1)
			if (len(w) == 1 && r.isCap(j-1)) || (p.titleLike() && len(w) <= 5) {
				p.b = j + 1
				j++
			}
		}
		if j >= last || d.Tokens[j].Is(text.NewLine) {
			break
		}
		if k := r.syllable(j, last); k > 0 { // "Ban Ki-moon", "Kim Jong-un"
			r.pieces[len(r.pieces)-1].b = j + k
			j += k
			if j >= last || d.Tokens[j].Is(text.NewLine) {
				break
			}
		}
		if r.isCap(j) {
			if r.notName(j) && !r.afterPersonWord() && !r.innerWord(j, last) {
				if n, _ := r.g.match(d, j, last); n < 2 {
					break
				}
			}
			continue
		}
		if k := r.connector(j, last); k > 0 {
			r.pieces = append(r.pieces, piece{a: j, b: j + k, conn: true})
			j += k
			continue
		}
		break
	}
	return r.trimRun(i, j)
}

// initialLetter reports whether the capital at j, a word elsewhere ("A", "I"), is an
// initial: its stop written close and a name after it ("A. Hollioake", "I. Austin"), and
// no capitalised word before it, whose letter it would be ("Class A. Shares fell").
func (r *recognizer) initialLetter(j, last int) bool {
	d := r.d
	return j+2 < last && (j == 0 || !r.isCap(j-1) || d.Tokens[j].Is(text.NewLine)) && d.Tokens[j].End-d.Tokens[j].Start == 1 && d.Tok(j+1) == "." && !d.Tokens[j+1].Is(text.Space) &&
		r.isCap(j+2) && !r.notName(j+2)
}

// trimRun drops connectors left at the end of a run.
func (r *recognizer) trimRun(i, j int) int {
	for len(r.pieces) > 0 && r.pieces[len(r.pieces)-1].conn {
		j = r.pieces[len(r.pieces)-1].a
		r.pieces = r.pieces[:len(r.pieces)-1]
	}
	if len(r.pieces) == 0 {
		return i
	}
	return j
}

// innerWord reports whether a capitalised word that never starts a name sits between
// two name words, as "Web" in "Amazon Web Services" or "TV" in "Sky TV News": a word of
// the name. Days, months and function words still end a name.
func (r *recognizer) innerWord(j, last int) bool {
	if j+1 >= last || !r.isCap(j+1) || r.notName(j+1) || r.d.Tokens[j].Is(text.NewLine) {
		return false
	}
	w := r.tok(j)
	return r.d.Tokens[j].Is(text.AllUpper) || innerNotNames[w]
}

// afterPersonWord reports whether the last piece read is a given name or a title.
// titledRun reports whether the run read so far is a title and a given name ("Queen
// Elizabeth", "Pope John Paul"), which a monarch's number may follow.
func (r *recognizer) titledRun() bool {
	n := len(r.pieces)
	return n >= 2 && r.pieces[0].titleLike() && r.pieces[n-1].is(clsFirstName) && !r.pieces[n-1].titleLike()
}

func (r *recognizer) afterPersonWord() bool {
	n := len(r.pieces)
	if n == 0 {
		return false
	}
	p := r.pieces[n-1]
	if p.titleLike() {
		return true
	}
	// A given name that follows no other: "Theresa May", "Volunteer Andy Read", not the
	// "Morgan" of "Piers Morgan Tonight".
	for _, q := range r.pieces[:n-1] {
		if q.is(clsFirstName) && !q.titleLike() {
			return false
		}
	}
	return p.is(clsFirstName)
}

// connector returns how many tokens at j join the name so far to a capitalised word that
// follows: a hyphen or ampersand without spaces ("Wal-Mart", "AT&T"), "of" after the head
// of an institution ("Bank of England", "Ministry of the Interior"), or a particle inside a
// personal name ("Staffan de Mistura", "Bashar al-Assad").
// runGoesOn reports whether the run being read has gone on past a head by "of" or "for".
func (r *recognizer) runGoesOn() bool {
	for _, p := range r.pieces {
		if p.conn && (r.tok(p.a) == "of" || r.tok(p.a) == "for") {
			return true
		}
	}
	return false
}

// andJoins reports whether the "and" at token j goes on with the name before it: a
// body's name that runs on through it to its head ("National Oceanic and Atmospheric
// Administration", "Food and Agriculture Organization"), when the words before it are
// no names the lists know, and what follows it starts none ("Britain and France Telecom",
// "House and Senate" stay two).
func (r *recognizer) andJoins(j, last int) bool {
	if len(r.pieces) == 0 || len(r.pieces) > 3 {
		return false
	}
	for _, p := range r.pieces {
		// A name already whole ("Continental Airlines and American Airlines") or an
		// initial ("AT and T") is no part of a longer one.
		if p.hits != nil || p.conn || lexOrgHeads.oneAt(r.d, p.b-1) || r.d.Tokens[p.b-1].End-r.d.Tokens[p.a].Start < 2 {
			return false
		}
	}
	if n, _ := r.g.match(r.d, j+1, last); n > 0 {
		return false // "House and Senate", "Alcoa and Bank of America": a second name
	}
	// One word before it is a word of the language ("Food", "Truth"), not a name of its
	// own ("Medvedev and Foreign Ministry").
	if len(r.pieces) == 1 && !r.commonAt(r.pieces[0].a) {
		return false
	}
	// And a word of the name comes between it and the head: "Goods and Services" are no
	// body.
	for k := j + 1; k < last && k <= j+3; k++ {
		if !r.isCap(k) || r.notName(k) {
			return false
		}
		if lexOrgHeads.oneAt(r.d, k) {
			return k > j+1
		}
	}
	return false
}

func (r *recognizer) connector(j, last int) int {
	d := r.d
	w := d.Tok(j)
	adjacent := func(k int) bool { return k < last && !d.Tokens[k].Is(text.Space) }
	switch {
	case (w == "-" || w == "&") && adjacent(j) && adjacent(j+1) && r.isCap(j+1):
		return 1
	case w == "-" && adjacent(j) && adjacent(j+1) && adjacent(j+2) && j+3 < last && d.Tok(j+2) == "-" &&
		lexSurnameParticles.oneAt(d, j+1) && r.isCap(j+3):
		// "Inzamam-ul-Haq", "Ata-ur-Rehman": a particle joined by hyphens within one name.
		return 3
	case w == "&" && j+1 < last && r.isCap(j+1):
		return 1
	case (w == "of" || w == "for") && len(r.pieces) > 0:
		prev := d.Tok(r.pieces[len(r.pieces)-1].b - 1)
		// Once a name has gone on past its head, "of" goes on with it: "Office for the
		// Coordination of Humanitarian Affairs".
		if w == "of" && !lexOfHeads.one[prev] && !r.runGoesOn() || w == "for" && !lexForHeads.one[prev] {
			return 0
		}
		if j+1 < last && r.isCap(j+1) && !r.notName(j+1) {
			return 1
		}
		if j+2 < last && d.Tok(j+1) == "the" && r.isCap(j+2) && !r.notName(j+2) {
			return 2
		}
	case w == "and" && r.andJoins(j, last):
		return 1
	case lexConnectors.oneAt(d, j) && w != "of" && w != "and" && w != "the" && w != "for" && w != "on" && len(r.pieces) > 0:
		if j+1 < last && r.isCap(j+1) && r.knownTown(r.span(r.pieces[0].a, j+2)) {
			return 1 // "Port au Prince": a town's name written without its hyphens
		}
		p := r.pieces[len(r.pieces)-1]
		if p.hits != nil && !p.is(clsFirstName) {
			return 0
		}
		if j+1 < last && r.isCap(j+1) && !r.notName(j+1) {
			return 1
		}
		if j+2 < last && d.Tok(j+1) == "-" && adjacent(j+1) && adjacent(j+2) && r.isCap(j+2) {
			return 2
		}
		// two particles: "Ursula von der Leyen", "Charles de la Cruz"
		if j+2 < last && lexConnectors.oneAt(d, j+1) && d.Tok(j+1) != "of" && d.Tok(j+1) != "and" && r.isCap(j+2) && !r.notName(j+2) {
			return 2
		}
	}
	return 0
}
