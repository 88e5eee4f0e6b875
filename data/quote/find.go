// Package quote finds what the actors of an article say: direct quotations in quotation
// marks and reported claims ("Russia says its attacks are targeting..."), with the speaker
// who says them and the news source that reports them.
package quote

import (
	"slices"
	"sort"
	"strings"
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

// who is a speaker phrase before resolution.
type who struct {
	a, b   int // tokens naming the speaker; b == 0 when none
	actor  string
	source string
	pron   string // lower-cased pronoun
	head   string // lower-cased head noun of a common noun phrase
	inner  string // an actor named inside that phrase ("a spokesman for the ministry")
}

func (w who) found() bool { return w.b > w.a }

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
	items := f.turns(f.claims(f.direct(f.items[:0])))
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
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
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

// cueAt returns the class of a speech cue at token i and how many tokens it takes:
// a lower-case verb from the list, or "according to".
func (f *finder) cueAt(i int) (cueClass, int) {
	t := f.d.Tokens[i]
	if t.Kind != text.Word || i >= len(f.d.Tokens) {
		return cueNone, 0
	}
	if !t.Is(text.Upper) && !cueStarts.Of(f.d.Words[i]) {
		return cueNone, 0 // most words: none of those read below
	}
	w := f.tok(i)
	if (w == "according" || w == "According") && i+1 < len(f.d.Tokens) && f.tok(i+1) == "to" {
		return cueSpeech, 2
	}
	if t.Is(text.Upper) {
		// a headline in title case: "Graham Says ...", "Trump Calls Plan 'A Disaster'"
		if i > 0 && (f.owner[i-1] >= 0 || f.cite[i-1] >= 0) && f.isTitleCase(f.sent[i]) {
			if c, ok := cues[f.d.ToLower(i)]; ok && (c == cueSpeech || c == cueQuote) && !isParticiple(w) {
				return c, 1
			}
		}
		return cueNone, 0
	}
	if (w == "put" || w == "puts") && i+1 < len(f.d.Tokens) && f.tok(i+1) == "it" && i > 0 && f.d.Tokens[i-1].Kind == text.Word {
		return cueQuote, 2 // "as the New Yorker put it, “the operator”"
	}
	if !cueWords.Of(f.d.Words[i]) {
		return cueNone, 0 // most words: no cue in any case
	}
	if c, ok := cues[w]; ok {
		if nounLike[w] && !f.verbContext(i) {
			return cueNone, 0
		}
		// "pointed out", "pointing out"
		if (w == "pointed" || w == "points" || w == "pointing" || w == "point") && (i+1 >= len(f.d.Tokens) || f.tok(i+1) != "out") {
			return cueNone, 0
		}
		return c, 1
	}
	return cueNone, 0
}

// nounLike are cue forms that are more often nouns: "a conference call", "his remarks".
var nounLike = map[string]bool{"call": true, "calls": true, "claims": true, "claim": true, "comment": true,
	"comments": true, "remark": true, "remarks": true, "answer": true, "answers": true, "reply": true,
	"replies": true, "report": true, "reports": true, "notes": true, "note": true, "tweets": true,
	"tweet": true, "charges": true, "promise": true, "promises": true, "pledge": true, "pledges": true,
	"estimate": true, "estimates": true, "findings": true, "warning": true, "ruling": true, "answering": false,
	"echo": true, "echoes": true, "cry": true, "cries": true, "joke": true, "jokes": true, "label": true,
	"labels": true, "brand": true, "brands": true, "slam": true, "welcome": true, "blame": true, "praise": true,
	"state": true, "states": true, "post": true, "point": true, "points": true, "question": true,
	"snap": true, "blast": true, "blasts": true, "plea": true, "lament": true, "yell": true, "whisper": true,
	"scream": true}

// verbContext reports whether a cue form that is often a noun stands as a verb: after a
// pronoun or a name, or (except "call") before "that", a colon or a quotation mark.
func (f *finder) verbContext(i int) bool {
	if i > 0 {
		p := f.d.Tokens[i-1]
		pw := f.d.ToLower(i - 1)
		if pronouns[pw] || f.owner[i-1] >= 0 || (p.Kind == text.Word && p.Is(text.Upper)) || strings.HasSuffix(pw, "ly") {
			return true
		}
	}
	w := f.tok(i)
	if w == "call" || w == "calls" || i+1 >= len(f.d.Tokens) {
		return false
	}
	switch f.tok(i + 1) {
	case "that", ":", "\"", "“":
		return true
	}
	return false
}

// direct pairs quotation marks and attributes each quotation, appending to to.
func (f *finder) direct(to []item) []item {
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
var smallTitleWords = map[string]bool{"of": true, "and": true, "the": true, "a": true, "an": true, "in": true,
	"on": true, "for": true, "with": true, "to": true, "at": true, "by": true, "from": true, "or": true}

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

// attributeDirect finds the speaker of a quotation: a cue right after it ("...,” Shoigu
// said", "...,” said Carter", "...,” he added", "...?” Vitter asked."), else a cue before
// it in its sentence ("Carter said ... “that’s it”", "He said: “...”"), else, for a
// quotation inside a sentence ("Reid called him a “con artist”"), the subject of that
// sentence, else the speaker carries over from the quotation or claim before it (resolved
// later).
func (f *finder) attributeDirect(it *item, s span) {
	d := f.d
	n := len(d.Tokens)
	var after *item // a pronoun after the quotation, kept unless a name introduces it
	// After the closing mark, when the quotation ends its clause: in the same sentence, or
	// in a short one after a quoted question or exclamation.
	if s.closed && s.after < n && f.endsClause(it, s) {
		j := s.after
		if f.tok(j) == "," {
			j++
		}
		if j < n && (f.sent[j] == f.sent[s.close] || f.shortAfterQuestion(it, j)) {
			if w, cue, cl := f.cueAfter(j); cue >= 0 && w.found() {
				it.cue, it.cueLen, it.w = cue, cl, w
				if w.pron != "" && s.open > 0 && f.tok(s.open-1) == ":" {
					// "McCaskill scolded him: “...,” she said": the name before the colon
					// is kept if a cue introduces the quotation there
					snap := *it
					after = &snap
				} else if w.actor != "" || w.pron != "" || w.head != "" || w.source == "" {
					return
				}
				// "..., the AP reported": the source only; look for the speaker before.
			}
		}
	}
	// Before the opening mark, in its sentence (or the one that ends with a colon).
	o := s.open
	if o < 0 || o >= n {
		return
	}
	lo := d.Sentences[f.sent[o]].First
	if o > 0 && (o == lo || f.tok(o-1) == ":") {
		if o == lo && o > 0 && f.tok(o-1) == ":" {
			lo = d.Sentences[f.sent[o-1]].First
		}
	}
	// a cue or a subject stands within a long sentence's reach of the quotation, which
	// keeps a text that is one endless sentence linear
	lo = max(lo, o-maxReach)
	// "Loretta Lynch: ‘Be the voice ...’" (headlines, captions): the name before the colon.
	if o >= 2 && f.tok(o-1) == ":" && !f.inQuote[o-2] {
		if m := f.owner[o-2]; m >= 0 {
			if a, b := f.mentionToks(m); b == o-1 {
				it.w = who{a: a, b: b, actor: f.r.Mentions[m].Actor}
				return
			}
		}
	}
	for k := o - 1; k >= lo; k-- {
		if f.inQuote[k] {
			continue
		}
		c, cl := f.cueAt(k)
		if c == cueNone || c == cueReport && !f.reportOpens(k+cl, o) {
			continue
		}
		var w who
		switch {
		case k > lo && beForms[f.d.ToLower(k-1)]:
			// a passive cue ("has been called a charlatan by fellow physicians"): the agent
			// after "by" speaks, and the subject does not
			// "by" before the quotation or after it in the sentence
			end := d.Sentences[f.sent[k]].Last
			for b, seen := k+cl, 0; b < end && seen < 8; b++ {
				if f.inQuote[b] {
					continue
				}
				if f.tok(b) == "by" {
					w = f.subjectAfter(b+1, end)
					break
				}
				seen++
			}
			if !w.found() {
				// the words were said to the subject by someone unnamed: a quotation with
				// no speaker ("leaders have been warned of “catastrophic” heating")
				it.cue, it.cueLen = k, cl
				return
			}
		case isParticiple(f.tok(k)) && k > lo && (f.tok(k-1) == "," || afterPrep[f.d.ToLower(k-1)]):
			w = f.clauseSubject(lo, k, false) // "..., stating: “...”", "... after saying “...”"
		case k > lo && (f.tok(k-1) == "and" || f.tok(k-1) == "but"):
			w = f.clauseSubject(lo, k, false) // "Clinton stressed ... and said “...”"
		default:
			w = f.subjectBefore(k, lo)
		}
		if !w.found() {
			w = f.subjectAfter(k+cl, o)
		}
		if !w.found() {
			continue
		}
		w = f.outerSpeaker(w, lo)
		if after != nil && w.pron != "" {
			*it = *after
			return
		}
		if after != nil {
			// the pronoun after it names the speaker again, for the quotation that follows
			it.alt = after.w
		}
		src := it.w.source
		it.cue, it.cueLen, it.w = k, cl, w
		if it.w.source == "" {
			it.w.source = src
		}
		return
	}
	if after != nil {
		*it = *after
		return
	}
	// A sentence that opens with a name and a colon ("Pence: Trump Was ‘Mocking’ ..."):
	// the name speaks.
	if w := f.colonSpeaker(lo, o); w.found() {
		it.w = w
		return
	}
	// A quotation inside a sentence with no cue: the subject of the sentence speaks.
	if o > lo && !f.inQuote[o-1] {
		if w := f.clauseSubject(lo, o, true); w.found() {
			it.w = w
			it.embedded = true
			return
		}
	}
	// A quotation with no cue carries on the one before it; a short one only when it is a
	// sentence of its own ("“Too slow.”").
	it.carry = !it.partial || (o == d.Sentences[f.sent[o]].First && s.closed && s.after >= d.Sentences[f.sent[o]].Last)
}

// reportOpens reports whether a report cue ("announced", "showed") that ends before token
// j opens the quotation at token o: with "that" or a colon between them.
func (f *finder) reportOpens(j, o int) bool {
	for k := j; k < o && k < j+12; k++ {
		if w := f.tok(k); w == "that" || w == ":" {
			return true
		}
	}
	return false
}

// outerSpeaker returns, for a pronoun subject that itself stands in a clause reported by a
// named speaker ("Lynch said she recalled thinking, “...”"), that speaker: the one the
// report is given to. Other subjects stay.
func (f *finder) outerSpeaker(w who, lo int) who {
	if w.pron == "" || w.a <= lo {
		return w
	}
	k := w.a - 1
	if f.tok(k) == "that" && k > lo {
		k--
	}
	if c, _ := f.cueAt(k); c == cueNone || c == cueQuote {
		return w
	}
	// a named speaker, or the same pronoun ("She said she recalls ..."); not another
	// person ("He said she told him ...")
	if outer := f.subjectBefore(k, lo); outer.found() && (outer.pron == "" || outer.pron == w.pron) {
		return outer
	}
	return w
}

// colonSpeaker returns the name that opens the sentence [lo, o) followed by a colon, as in
// headlines ("Rush Limbaugh: Hillary ... ‘Reeks of Fear’").
func (f *finder) colonSpeaker(lo, o int) who {
	if lo >= o {
		return who{}
	}
	m := f.owner[lo]
	if m < 0 {
		return who{}
	}
	a, b := f.mentionToks(m)
	if a != lo || b >= o {
		return who{}
	}
	if f.tok(b) == ":" {
		return who{a: a, b: b, actor: f.r.Mentions[m].Actor}
	}
	// a headline in title case: "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should
	// ...’" gives the quotation after the colon to the name that opens it
	if f.tok(o-1) != ":" || !f.isTitleCase(f.sent[lo]) {
		return who{}
	}
	for k := b; k < o-1; k++ {
		if f.d.Tokens[k].Kind == text.Punct && f.tok(k) != "-" && f.tok(k) != "’s" && f.tok(k) != "'s" {
			return who{}
		}
	}
	return who{a: a, b: b, actor: f.r.Mentions[m].Actor}
}

// afterPrep are words before a participle cue whose subject is the sentence's: "after
// saying", "for saying", "by insisting".
var afterPrep = map[string]bool{"after": true, "before": true, "for": true, "by": true, "while": true,
	"when": true, "in": true, "without": true, "since": true, "despite": true}

// endsClause reports whether a quotation ends its clause, so that a cue after it may
// attribute it: it opens its sentence, or its last word is followed by punctuation inside
// the marks ("...,”", "...?”"), or a comma or a cue follows the closing mark. A partial
// quotation inside a clause ("reduced to “taunts” because he cannot ...") does not.
func (f *finder) endsClause(it *item, s span) bool {
	d := f.d
	if s.open == d.Sentences[f.sent[s.open]].First {
		return true
	}
	last := s.b - 1
	for last > s.a && (f.tok(last) == "’" || f.tok(last) == "'") {
		last--
	}
	if last >= s.a && d.Tokens[last].Kind == text.Punct {
		switch f.tok(last) {
		case ",", ".", "?", "!", "—", "–", "-", "…", ";", ":":
			return true
		}
	}
	j := s.after
	if j >= len(d.Tokens) {
		return false
	}
	if w := f.tok(j); w == "," || w == "." {
		return true
	}
	c, _ := f.cueAt(j)
	return c != cueNone
}

// shortAfterQuestion reports whether token j opens a short sentence after a quotation
// that ends in a question or exclamation mark, which the sentence splitter cut off:
// "“Why not?” Vitter asked."
func (f *finder) shortAfterQuestion(it *item, j int) bool {
	d := f.d
	if it.b <= 0 || it.b > len(d.Tokens) {
		return false
	}
	if w := f.tok(it.b - 1); w != "?" && w != "!" {
		// the trailing mark was trimmed from the quote: look just before the closing mark
		k := it.b
		for k < len(d.Tokens) && d.Tokens[k].Kind == text.Punct && !isQuoteMark(f.tok(k)) {
			k++
		}
		if k == it.b || (f.tok(k-1) != "?" && f.tok(k-1) != "!") {
			return false
		}
	}
	s := d.Sentences[f.sent[j]]
	return s.First == j && s.Last-s.First <= 8
}

// cueAfter reads an attribution that starts at token j after a quotation: an inverted
// "said Carter", "according to TASS", or a subject and a cue within a few words, over a
// parenthesis ("Sen. Claire McCaskill (D-Mo.) said") or an apposition set off by commas
// ("Scott Pruitt, the attorney general of Oklahoma, said").
func (f *finder) cueAfter(j int) (who, int, int) {
	d := f.d
	n := len(d.Tokens)
	sent := f.sent[j]
	if c, cl := f.cueAt(j); c != cueNone {
		w := f.subjectAfter(j+cl, n)
		return w, j, cl
	}
	if clauseOpeners[f.d.ToLower(j)] {
		return who{}, -1, 0 // "..., though she noted ...": another clause, not an attribution
	}
	words, firstComma := 0, -1
	for k := j; k < n && words < 8 && f.sent[k] == sent; k++ {
		if f.inQuote[k] {
			break
		}
		if c, cl := f.cueAt(k); c != cueNone {
			if k == j {
				break
			}
			var w who
			if firstComma > j {
				w = f.subjectBefore(firstComma, j) // the name before its appositions
			} else {
				w = f.subjectBefore(k, j)
			}
			if w.found() && w.a >= j {
				return w, k, cl
			}
			break
		}
		switch tw := f.tok(k); {
		case tw == "(":
			if e := f.closeParen(k, min(n, k+12)); e > k {
				k = e
				continue
			}
			return who{}, -1, 0
		case tw == "," && firstComma < 0 && k > j:
			// one apposition or two ("Scott Pruitt, the attorney general of Oklahoma, one
			// of the states suing, said"): on to the comma after which the cue comes
			e := k
			for app := 0; app < 2; app++ {
				e = f.nextComma(e, sent)
				if e < 0 {
					return who{}, -1, 0
				}
				if f.cueSoon(e + 1) {
					break
				}
			}
			if !f.cueSoon(e + 1) {
				return who{}, -1, 0
			}
			firstComma = k
			k = e
			continue
		case d.Tokens[k].Kind == text.Punct && tw != "-" && tw != "." && tw != "’s" && tw != "'s":
			return who{}, -1, 0
		}
		words++
	}
	return who{}, -1, 0
}

// clauseOpeners open a clause of their own after a quotation.
var clauseOpeners = map[string]bool{"though": true, "although": true, "but": true, "and": true,
	"because": true, "while": true, "if": true, "when": true, "whereas": true, "since": true,
	"after": true, "before": true, "so": true, "yet": true, "or": true, "unless": true}

// nextComma returns the comma after the one at token k within 30 tokens of its sentence,
// outside quotations, or -1.
func (f *finder) nextComma(k, sent int) int {
	for e := k + 1; e < len(f.d.Tokens) && e < k+30 && f.sent[e] == sent && !f.inQuote[e]; e++ {
		if f.tok(e) == "," {
			return e
		}
	}
	return -1
}

// cueSoon reports whether a cue stands at token k, past adverbs and auxiliaries ("has
// repeatedly said").
func (f *finder) cueSoon(k int) bool {
	for i := k; i < len(f.d.Tokens) && i < k+4; i++ {
		if c, _ := f.cueAt(i); c != cueNone {
			return true
		}
		w := f.tok(i)
		if !skipBefore[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// closeParen returns the ")" closing the "(" at token k before limit, or -1.
func (f *finder) closeParen(k, limit int) int {
	for e := k + 1; e < limit; e++ {
		switch f.tok(e) {
		case ")":
			return e
		case "(", "“", "”", "\"":
			return -1
		}
	}
	return -1
}

// clauseSubject returns the subject of the clause that holds token v, read from token lo:
// past a heading ("CONGRESS ACTS — ...") and an opening adverbial ("At a rally, ..."), the
// first name, pronoun, cited source or noun phrase that a verb follows ("A few days ago in
// an interview with RT he blasted ..." is "he"). A passive verb ("Ministers have been
// accused of ...") gives no subject: the words are not theirs.
func (f *finder) clauseSubject(lo, v int, needVerb bool) who {
	d := f.d
	start := lo
	// a heading in capitals before a dash
	for k := lo; k < v && k < lo+12; k++ {
		if tw := f.tok(k); tw == "—" || tw == "–" || tw == "--" {
			upper := true
			for i := lo; i < k; i++ {
				if t := d.Tokens[i]; t.Kind == text.Word && strings.ToUpper(f.tok(i)) != f.tok(i) {
					upper = false
				}
			}
			if upper && k > lo {
				start = k + 1
			}
			break
		}
	}
	if start < v && d.Tokens[start].Kind == text.Word && openingPrep[f.d.ToLower(start)] {
		for k := start; k < v; k++ {
			if f.tok(k) == "," && !f.inQuote[k] {
				start = k + 1
				break
			}
		}
	}
	for i := start; i < v; i++ {
		if f.inQuote[i] {
			continue
		}
		var w who
		if m := f.owner[i]; m >= 0 {
			a, b := f.mentionToks(m)
			w = who{a: min(a, i), b: b, actor: f.r.Mentions[m].Actor}
		} else if lw := f.d.ToLower(i); pronouns[lw] && lw != "who" && lw != "you" {
			w = who{a: i, b: i + 1, pron: lw}
		} else if c := f.cite[i]; c >= 0 {
			a, b := f.citationToks(c)
			w = who{a: a, b: b, source: f.r.Citations[c].Source}
		}
		if w.found() {
			// a subject when a verb follows, over a parenthesis, an apposition and adverbs
			// ("Harry Reid (D-Nev.), in particular, has been pounding", "Trump openly admires")
			k := w.b
			if k < v && f.tok(k) == "(" {
				if e := f.closeParen(k, v); e > k {
					k = e + 1
				}
			}
			if k < v && f.tok(k) == "," {
				if e := f.nextComma(k, f.sent[k]); e > k && e < v {
					k = e + 1
				}
			}
			for k < v && d.Tokens[k].Kind == text.Word && (strings.HasSuffix(f.tok(k), "ly") || skipBefore[f.tok(k)] && !auxiliary(f.tok(k))) {
				k++
			}
			if k < v && f.isVerb(k) {
				if f.passiveAt(k, v) {
					return who{}
				}
				return w
			}
			if !needVerb {
				return w // the subject of a participle: "Ryan, despite admitting ..."
			}
			i = w.b - 1
			continue
		}
		if i > start && f.isVerb(i) {
			// the verb: the subject is the noun phrase before it
			if f.passiveAt(i, v) {
				return who{}
			}
			w := f.phraseEndingAt(i-1, start)
			if w.found() && w.a >= start {
				return w
			}
			return who{}
		}
		if d.Tokens[i].Kind == text.Punct && f.tok(i) != "-" && f.tok(i) != "’s" && f.tok(i) != "'s" && f.tok(i) != "." {
			return who{}
		}
	}
	return who{}
}

// isVerb guesses whether token i is a finite verb or an auxiliary: a cue, or a lower-case
// word that looks like one and is not a plural noun of a speaker ("officials").
func (f *finder) isVerb(i int) bool {
	t := f.d.Tokens[i]
	if t.Kind != text.Word || t.Is(text.Upper) {
		return false
	}
	lw := f.tok(i)
	if (lw == "’s" || lw == "'s") && i > 0 && !pronouns[f.d.ToLower(i-1)] {
		return false // "Russia’s network": a possessive
	}
	if i > 0 && determiners[f.d.ToLower(i-1)] || i > 0 && f.d.Tokens[i-1].Kind == text.Num {
		return false // "a few days", "his remarks", "two weeks": a noun
	}
	if c, _ := f.cueAt(i); c != cueNone {
		return true
	}
	return (verbishWord(lw) || auxiliary(lw)) && !npKeep[lw]
}

// determiners come before nouns, not verbs.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "few": true, "many": true, "some": true,
	"several": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"this": true, "these": true, "those": true, "two": true, "three": true, "four": true, "five": true,
	"other": true, "all": true, "both": true, "no": true, "every": true, "each": true, "recent": true}

// passiveAt reports whether the verb group at token i (before token v) is passive: a form
// of "be" followed by a past participle ("was called", "have been accused").
func (f *finder) passiveAt(i, v int) bool {
	for k := i; k < v && k < i+3; k++ {
		if !beForms[f.d.ToLower(k)] || k+1 >= v {
			continue
		}
		n := k + 1
		for n+1 < v && strings.HasSuffix(f.tok(n), "ly") {
			n++ // "was widely ridiculed"
		}
		nw := f.d.ToLower(n)
		if strings.HasSuffix(nw, "ed") || strings.HasSuffix(nw, "en") || strings.HasSuffix(nw, "wn") || nw == "told" || nw == "said" || nw == "called" {
			return true
		}
	}
	return false
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "be": true}

// openingPrep open an adverbial phrase before the subject: "At a rally, ...".
var openingPrep = map[string]bool{"at": true, "in": true, "on": true, "during": true, "after": true,
	"before": true, "speaking": true, "asked": true, "earlier": true, "later": true, "last": true,
	"meanwhile": true, "however": true, "but": true, "and": true, "still": true, "yet": true, "since": true,
	"following": true, "with": true, "for": true, "from": true, "when": true, "while": true, "as": true}

// nest marks quotations that stand inside a reported claim: their speaker is the claim's
// when they have no cue of their own before them. A claim that holds a quotation starts
// at most the longest claim's length before it, so each quotation looks only at the
// claims starting in that window, in their original order.
func (f *finder) nest(items []item) {
	var claims []int
	longest := 0
	for k := range items {
		if c := &items[k]; !c.q.Direct && c.w.found() {
			claims = append(claims, k)
			longest = max(longest, c.b-c.a)
		}
	}
	sort.SliceStable(claims, func(x, y int) bool { return items[claims[x]].a < items[claims[y]].a })
	var window []int
	for i := range items {
		if !items[i].q.Direct {
			continue
		}
		lo := sort.Search(len(claims), func(x int) bool { return items[claims[x]].a >= items[i].a-longest })
		window = window[:0]
		for x := lo; x < len(claims) && items[claims[x]].a <= items[i].a; x++ {
			window = append(window, claims[x])
		}
		slices.Sort(window)
		for _, k := range window {
			c := &items[k]
			if items[i].a >= c.a && items[i].b <= c.b+1 {
				items[i].inClaim = k
				if items[i].cue < 0 || items[i].cue == c.cue || (items[i].w.source != "" && items[i].w.actor == "" && items[i].w.pron == "") {
					src := items[i].w.source
					items[i].w, items[i].cue, items[i].cueLen = c.w, c.cue, c.cueLen
					if src != "" {
						items[i].w.source = src
					}
					items[i].carry = false
				}
			}
		}
	}
}

// resolve gives every item its speaker actor, in text order: pronouns and "he added"
// point at the last fitting speaker, "the minister" at the last actor with that role.
func (f *finder) resolve(items []item) {
	for i := range items {
		it := &items[i]
		switch {
		case it.cue >= 0:
			it.position = it.cue
		default:
			it.position = it.a
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].position < items[j].position })
	last := f.attributed[:0] // attributed so far: items before i, which stay as they are
	defer func() { f.attributed = last }()
	for i := range items {
		it := &items[i]
		w := it.w
		if it.carry && !w.found() {
			// A quotation with no cue: the speaker of the quotation or claim just before it,
			// in this paragraph or the one before.
			for k := len(last) - 1; k >= 0; k-- {
				p := last[k]
				if f.para[it.a]-f.para[min(p.a, len(f.para)-1)] > 1 || len(last)-k > 64 {
					break
				}
				if p.q.Speaker != "" || p.w.found() {
					it.q.Speaker = p.q.Speaker
					w = p.w // the words that named the speaker of the quotation carried on
					if p.alt.found() {
						w = p.alt // the nearer naming: "X scolded him: “A,” she said. “B.”"
					}
					it.w = w
					it.carried = true
					break
				}
			}
		}
		if w.found() {
			it.q.SpeakerStart = f.d.Tokens[w.a].Start
			it.q.SpeakerEnd = f.d.Tokens[w.b-1].End
		}
		if it.cue >= 0 {
			it.q.CueStart = f.d.Tokens[it.cue].Start
			it.q.CueEnd = f.d.Tokens[it.cue+max(it.cueLen, 1)-1].End
		}
		if it.q.Speaker == "" {
			it.q.Speaker = f.speakerActor(w, it.position, last)
		}
		if it.q.Source == "" {
			it.q.Source = w.source
		}
		if it.q.Speaker != "" || w.found() {
			last = append(last, it)
		}
	}
}

// speakerActor resolves a speaker phrase to an actor ID.
func (f *finder) speakerActor(w who, at int, last []*item) string {
	switch {
	case w.actor != "":
		return w.actor
	case w.pron != "":
		return f.pronoun(w.pron, at, last)
	case w.head != "":
		if id := f.nominal(w, at); id != "" {
			return id
		}
		return w.inner
	}
	return ""
}

func nominalKind(w string) model.ActorKind { return actor.NominalHead(w) }

// pronoun resolves he/she to the last person who spoke (else the last person named),
// it/they to the last organisation, group or country that spoke or was named.
func (f *finder) pronoun(p string, at int, last []*item) string {
	person := p == "he" || p == "she"
	if !person && p != "it" && p != "they" {
		return ""
	}
	for k := len(last) - 1; k >= 0; k-- {
		if f.para[min(at, len(f.para)-1)]-f.para[min(last[k].a, len(f.para)-1)] > 3 || len(last)-k > 64 {
			break
		}
		sp := last[k].q.Speaker
		if sp == "" {
			continue
		}
		if a := f.actorIndex(sp); (f.kind(a) == model.KindPerson) == person && f.fitsGender(a, p) {
			return sp
		}
	}
	return f.lastMention(at, func(a int32) bool { return (f.kind(a) == model.KindPerson) == person && f.fitsGender(a, p) })
}

// lastMention returns the actor of the last mention before token at whose actor (an
// index of r.Actors, -1 for none) fits.
func (f *finder) lastMention(at int, ok func(int32) bool) string {
	if at > len(f.d.Tokens) {
		at = len(f.d.Tokens)
	}
	start := f.d.Tokens[min(at, len(f.d.Tokens)-1)].Start
	ms := f.r.Mentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	// an antecedent stands within a few paragraphs: looking further back would make long
	// texts without a fitting actor quadratic
	for k--; k >= 0 && ms[k].Start >= start-antecedentBytes; k-- {
		if ok(f.mActor[k]) {
			return ms[k].Actor
		}
	}
	return ""
}

// maxReach is how many tokens before a quotation its cue or subject may stand.
const maxReach = 80

// antecedentBytes is how far back a pronoun or "the minister" looks for its actor.
const antecedentBytes = 6000

// nominal resolves "the minister" to the last actor whose roles hold that word, and "the
// company" or "the country" to the last actor of that kind.
func (f *finder) nominal(w who, at int) string {
	head := w.head
	kind := actor.NominalHead(head)
	if id := f.lastMention(at, func(a int32) bool {
		return a >= 0 && slices.Contains(f.roleWords(a), head)
	}); id != "" {
		return id
	}
	switch kind {
	case model.KindOrganization:
		return f.subjectMention(at, func(a int32) bool {
			k := f.kind(a)
			return k == model.KindOrganization || k == model.KindGroup
		})
	case model.KindCountry:
		return f.subjectMention(at, func(a int32) bool { return f.kind(a) == model.KindCountry })
	}
	return ""
}

// roleWords are the lower-cased words of actor a's roles, made on first use: resolving "the
// minister" asks for them at every mention it walks back over.
func (f *finder) roleWords(a int32) []string {
	if f.roles == nil {
		f.roles = make([][]string, len(f.r.Actors))
	}
	if f.roles[a] == nil {
		ws := []string{} // made, if empty
		for _, r := range f.r.Actors[a].Roles {
			ws = append(ws, strings.Fields(strings.ToLower(r))...)
		}
		f.roles[a] = ws
	}
	return f.roles[a]
}

// subjectMention returns, in the last sentence before token at that names a fitting
// actor, the first such actor: the likelier subject ("Apple sued Samsung. ... the company
// said" is Apple).
func (f *finder) subjectMention(at int, ok func(int32) bool) string {
	last := f.lastMention(at, ok)
	if last == "" {
		return ""
	}
	start := f.d.Tokens[min(at, len(f.d.Tokens)-1)].Start
	ms := f.r.Mentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start }) - 1
	for k >= 0 && !ok(f.mActor[k]) {
		k--
	}
	if k < 0 {
		return last
	}
	sent := f.d.SentenceAt(ms[k].Start)
	for j := k - 1; j >= 0 && f.d.SentenceAt(ms[j].Start) == sent; j-- {
		if ok(f.mActor[j]) {
			last = ms[j].Actor
		}
	}
	return last
}
