// Finding quotations: Find, which runs the stages, the finder whose per-token
// tables every stage reads, and the first pass, which gathers the quotations in marks.
// So that a stage can be read without the ones after it, each other file calls the
// finder's tables and only the files before it in this list:
//   - pair.go: which marks open and close a quotation;
//   - cues.go: the speech verbs ("said", "according to");
//   - speakerphrase.go: the words that name a speaker ("Carter", "he", "the minister");
//   - clause.go: the subject of a clause, when a cue has no speaker phrase next to it;
//   - direct.go: a quotation's speaker phrase;
//   - claims.go, turns.go: reported claims and transcript turns, with theirs;
//   - gender.go, resolve.go: the phrases become actors;
//   - sources.go: the news sources that report them.
//
// The word lists the stages consult are in resources/, each read once by the file that
// first needs it (resources.go loads them).

// Package quote finds what the actors of an article say: direct quotations in quotation
// marks and reported claims ("Russia says its attacks are targeting..."), with the speaker
// who says them and the news source that reports them.
package quote

import (
	"slices"
	"sync"

	"storyline/data/actor"
	"storyline/data/text"
	"storyline/model"
)

// Quote is a direct quotation or a reported claim. Offsets are bytes of the document text.
type Quote struct {
	Start, End               int // the quoted or reported words, without quotation marks
	Text                     string
	Speaker                  string // actor ID, or "" when unknown
	SpeakerStart, SpeakerEnd int    // the words that name the speaker ("he", "Carter"); 0, 0 when none
	Source                   string // source ID, or ""
	Direct                   bool
	CueStart, CueEnd         int // the speech verb ("said", "according to"); 0, 0 when none
}

// item is a quote or claim being attributed.
type item struct {
	q        Quote
	a, b     int // tokens of the words
	cue      int // cue token, -1 if none
	cueLen   int
	w        who
	sent     int // sentence whose sources apply
	carry    bool
	carried  bool // took the speaker of the quotation before it
	partial  bool // a short quotation, kept only when attributed
	single   bool // in single marks, kept only when attributed (else a title or a term)
	inClaim  int  // index of the claim whose clause holds this quotation, or -1
	position int  // where the speaker phrase or cue stands, for resolving pronouns in order
	embedded bool // no cue: a quotation inside a sentence, given to the sentence's subject
	alt      who  // a second phrase naming the same speaker ("..., she said" after "X scolded him:")
}

type finder struct {
	d       *text.Doc
	r       *actor.Result
	para    []int
	sent    []int
	inQuote []bool
	owner   []int32 // outermost mention covering each token
	cite    []int32 // citation covering each token
	// actorOf indexes r.Actors by ID, and mActor gives each mention's actor by that
	// index (-1 for none), so that resolution reads kinds and genders without lookups.
	actorOf map[string]int32
	mActor  []int32
	// mToks and cToks are the tokens of each mention and citation, [first, end).
	mToks, cToks [][2]int
	spans        []span
	// titleCase marks sentences in title case (headlines), each found on first asking:
	// only sentences with a quotation or a cue in a capital are asked about.
	titleCase []titleState
	gender    []int8 // person actors' genders by actor index, computed on the first pronoun
	gendered  bool
	roles     [][]string // each actor's role words, by actor index, once asked for
	// attributed is resolve's list of the items attributed so far.
	attributed []*item
	items      []item // the quotations and claims being attributed
}

// finders keeps finders between documents, so that a worker reuses their per-token
// tables from one article to the next.
var finders = sync.Pool{New: func() any { return new(finder) }}

// release returns f to the pool; nothing may use it afterwards.
func (f *finder) release() {
	clear(f.spans)
	clear(f.attributed)
	clear(f.items)
	*f = finder{para: f.para, sent: f.sent, inQuote: f.inQuote, owner: f.owner, cite: f.cite,
		mActor: f.mActor, mToks: f.mToks, cToks: f.cToks, spans: f.spans[:0], titleCase: f.titleCase, gender: f.gender,
		attributed: f.attributed[:0], items: f.items[:0]}
	finders.Put(f)
}

// kind is the kind of actor a (an index of r.Actors, or -1).
func (f *finder) kind(a int32) model.ActorKind {
	if a < 0 {
		return ""
	}
	return f.r.Actors[a].Kind
}

// actorIndex is the index of actor id in r.Actors, or -1.
func (f *finder) actorIndex(id string) int32 {
	if a, ok := f.actorOf[id]; ok {
		return a
	}
	return -1
}

// Find returns the direct quotes and reported claims of d, sorted by Start. r gives the
// actors and sources (actor.Recognize); it may be nil, and then speakers stay unknown.
func Find(d *text.Doc, r *actor.Result) []Quote {
	if len(d.Tokens) == 0 {
		return nil
	}
	if r == nil {
		r = &actor.Result{}
	}
	f := newFinder(d, r)
	defer f.release()
	items := f.turns(f.claims(f.quotations(f.items[:0])))
	f.items = items
	f.nest(items)
	f.resolve(items)
	f.sources(items)
	out := make([]Quote, 0, len(items))
	for _, it := range items {
		if (it.partial || it.single) && it.q.Speaker == "" && it.cue < 0 && !it.w.found() && !it.carried {
			continue
		}
		out = append(out, it.q)
	}
	slices.SortStableFunc(out, func(a, b Quote) int { return a.Start - b.Start })
	return out
}

func newFinder(d *text.Doc, r *actor.Result) *finder {
	n := len(d.Tokens)
	f := finders.Get().(*finder)
	f.d, f.r = d, r
	f.para, f.sent = resize(f.para, n), resize(f.sent, n)
	f.inQuote, f.owner, f.cite = resize(f.inQuote, n), resize(f.owner, n), resize(f.cite, n)
	clear(f.para) // tokens outside every sentence
	clear(f.sent)
	clear(f.inQuote)
	for i := range f.owner {
		f.owner[i], f.cite[i] = -1, -1
	}
	f.titleCase = resize(f.titleCase, len(d.Sentences))
	clear(f.titleCase)
	for si, s := range d.Sentences {
		for i := s.First; i < s.Last && i < n; i++ {
			f.para[i] = s.Para
			f.sent[i] = si
		}
	}
	// The mentions and citations come in the order of their starts, so each one's
	// tokens are found by walking on from the last one's.
	f.mToks = resize(f.mToks, len(r.Mentions))
	a := 0
	for k, m := range r.Mentions {
		var b int
		a, b = f.tokRangeFrom(a, m.Start, m.End)
		f.mToks[k] = [2]int{a, b}
		for i := a; i < b; i++ {
			if f.owner[i] < 0 || spanLen(r.Mentions[f.owner[i]]) < m.End-m.Start {
				f.owner[i] = int32(k)
			}
		}
	}
	f.cToks = resize(f.cToks, len(r.Citations))
	a = 0
	for k, c := range r.Citations {
		var b int
		a, b = f.tokRangeFrom(a, c.Start, c.End)
		f.cToks[k] = [2]int{a, b}
		for i := a; i < b; i++ {
			f.cite[i] = int32(k)
		}
	}
	f.actorOf = make(map[string]int32, len(r.Actors))
	for k, a := range r.Actors {
		f.actorOf[a.ID] = int32(k)
	}
	f.mActor = resize(f.mActor, len(r.Mentions))
	for k, m := range r.Mentions {
		f.mActor[k] = f.actorIndex(m.Actor)
	}
	return f
}

// resize returns s with length n, reusing its array when it is large enough; the
// elements are not cleared.
func resize[T any](s []T, n int) []T { return slices.Grow(s[:0], n)[:n] }

func spanLen(m actor.Mention) int { return m.End - m.Start }

// mentionToks returns the tokens of mention m, as tokRangeFrom gives them.
func (f *finder) mentionToks(m int32) (int, int) { return f.mToks[m][0], f.mToks[m][1] }

// citationToks returns the tokens of citation c, as tokRangeFrom gives them.
func (f *finder) citationToks(c int32) (int, int) { return f.cToks[c][0], f.cToks[c][1] }

// tokRangeFrom returns the tokens covering bytes [start, end), which start at or after
// the end of token from-1: the search gallops on from there, as the spans of mentions
// and citations come in order, mostly a few tokens apart.
func (f *finder) tokRangeFrom(from, start, end int) (int, int) {
	ts := f.d.Tokens
	// The first token that ends after start: none before lo, hi or none after it.
	lo, hi := from, from
	for step := 1; hi < len(ts) && ts[hi].End <= start; step *= 2 {
		lo, hi = hi+1, hi+step
	}
	hi = min(hi, len(ts))
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); ts[m].End > start {
			hi = m
		} else {
			lo = m + 1
		}
	}
	a := lo
	b := a // the first token that starts at or after end: none before a does
	for b < len(ts) && ts[b].Start < end {
		b++
	}
	return a, b
}

// titleState is whether a sentence is in title case, once asked.
type titleState uint8

const (
	titleUnknown titleState = iota
	titleNo
	titleYes
)

// isTitleCase reports whether sentence si is a headline in title case: a few words, most
// of them capitalised.
func (f *finder) isTitleCase(si int) bool {
	if f.titleCase[si] == titleUnknown {
		d, s := f.d, f.d.Sentences[si]
		words, caps := 0, 0
		for i := s.First; i < s.Last && i < len(d.Tokens); i++ {
			// A small title word is lower-case: its text is its WordID's.
			if d.Tokens[i].Kind != text.Word || smallTitle.Of(d.Words[i]) && d.Lowercase(i) {
				continue
			}
			words++
			if d.Tokens[i].Is(text.Upper) {
				caps++
			}
		}
		f.titleCase[si] = titleNo
		if words >= 3 && 5*caps > 4*words {
			f.titleCase[si] = titleYes
		}
	}
	return f.titleCase[si] == titleYes
}

func (f *finder) tok(i int) string { return f.d.Tok(i) }

// quotations pairs quotation marks and attributes each quotation, appending to to.
func (f *finder) quotations(to []item) []item {
	d := f.d
	f.spans = pairDouble(d, f.para)
	for _, s := range f.spans {
		for i := s.open; i < s.b && i < len(f.inQuote); i++ {
			f.inQuote[i] = true
		}
		for i := s.close; s.closed && i < s.after && i < len(f.inQuote); i++ {
			f.inQuote[i] = true
		}
	}
	f.spans = append(f.spans, pairSingle(d, f.para, f.inQuote)...)
	items := to
	for _, s := range f.spans {
		a, b := s.a, s.b
		// Trim the punctuation that closes the quoted sentence inside the marks.
		for b > a && isTrailingPunct(f.tok(b-1)) {
			b--
		}
		for a < b && d.Tokens[a].Kind == text.Punct && !isOpeningPunct(f.tok(a)) {
			a++
		}
		if b <= a {
			continue
		}
		words := 0
		for i := a; i < b; i++ {
			if d.Tokens[i].Kind != text.Punct {
				words++
			}
		}
		it := item{a: a, b: b, cue: -1, inClaim: -1, sent: f.sent[min(s.close, len(d.Tokens)-1)]}
		it.q = Quote{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End, Direct: true}
		it.q.Text = d.Text[it.q.Start:it.q.End]
		it.partial = words <= 3
		it.single = s.single
		if f.isTitle(s, a, b, words) {
			continue
		}
		f.attributeDirect(&it, s)
		items = append(items, it)
	}
	return items
}

// smallTitleWords stay lower-case in a title.
var smallTitleWords = load("smalltitle.txt").Set()

// smallTitle flags the WordIDs of smallTitleWords, so that most words are passed over
// without a map lookup.
var smallTitle = func() (c text.Classes[bool]) {
	for w := range smallTitleWords {
		*c.Add(w) = true
	}
	return c
}()

// isTitle reports whether the quoted words [a, b) are the title of a show, a song, a book or
// an event ("on Fox News’s “Fox and Friends”", "his 1994 “Contract with America”"), not
// words someone said: two to six words, each capitalised but the small ones, in a sentence that
// is not itself in title case (a headline capitalises its quotations too). A name given
// with "called", "dubbed" or "labeled" ("called her “Miss Piggy”") stays a quotation.
func (f *finder) isTitle(s span, a, b, words int) bool {
	d := f.d
	if words < 2 || words > 6 || s.open == d.Sentences[f.sent[s.open]].First {
		return false
	}
	for i := b; i < s.close && i < len(d.Tokens); i++ {
		if w := f.tok(i); w == "," || w == "?" || w == "!" {
			return false // a quoted clause: "“Done,” he said"
		}
	}
	caps := 0
	for i := a; i < b; i++ {
		t := d.Tokens[i]
		switch {
		case t.Kind == text.Punct:
			if w := f.tok(i); w == "." || w == "?" || w == "!" || w == "," {
				return false
			}
		case t.Kind == text.Word && t.Is(text.Upper):
			caps++
		case t.Kind == text.Word && smallTitleWords[f.tok(i)] && i > a:
		case t.Kind == text.Num:
		default:
			return false
		}
	}
	if caps == 0 || !d.Tokens[a].Is(text.Upper) && d.Tokens[a].Kind != text.Num {
		return false
	}
	// the sentence around: a headline in title case capitalises everything
	sn := d.Sentences[f.sent[s.open]]
	outside, capsOut := 0, 0
	for i := sn.First; i < sn.Last && i < len(d.Tokens); i++ {
		if f.inQuote[i] || i == sn.First || d.Tokens[i].Kind != text.Word || smallTitleWords[f.d.ToLower(i)] {
			continue
		}
		outside++
		if d.Tokens[i].Is(text.Upper) {
			capsOut++
		}
	}
	if outside == 0 || 2*capsOut > outside {
		return false
	}
	for k := s.open - 1; k >= sn.First && k >= s.open-4; k-- {
		if c, _ := f.cueAt(k); c == cueQuote {
			return false
		}
	}
	return true
}

func isTrailingPunct(w string) bool {
	switch w {
	case ",", ".", ";", ":", "—", "–", "-":
		return true
	}
	return false
}

func isOpeningPunct(w string) bool {
	switch w {
	case "(", "[", "‘", "'", "…":
		return true
	}
	return false
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "‘", "’", "'", "«", "»", "`":
		return true
	}
	return false
}
