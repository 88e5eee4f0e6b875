package event

import (
	"slices"
	"sort"
	"sync"

	"storyline/data/text"
	"storyline/model"
)

type clauseKind uint8

const (
	clauseMain clauseKind = iota
	clauseWhen            // ", when ..." hanging on the time expression before it
	clauseAs              // "... as <clause>": simultaneous with the clause before it
	clauseSub             // ", since/because/while ...": its own time, not the main clause's
)

// clause is a stretch of one sentence that can stand as an event.
type clause struct {
	sent        int
	first, last int // tokens [first, last)
	start, end  int // bytes
	kind        clauseKind
	anchor      int // for clauseWhen: index of the anchoring timex, else -1
}

// scope answers position questions about one document: is a byte inside a direct quote,
// which timexes lie in a range. It also keeps the buffers of one Build.
type scope struct {
	in        *Input
	quotes    []Range // direct quotes, sorted
	quoted    []bool  // tokens that start inside a direct quote
	sentTexts []sentText
	bySent    [][]int // quotes touching each sentence: by content or by the words naming the speaker
	actorRefs []Mention
	placeRefs []Mention
	cites     []Citation
	// Merging: the content words of every mention, in one buffer, and the document's
	// table of word IDs.
	wordBuf          []uint32
	wordFrom, wordTo []int
	stems            text.Interner
	// Build: the mentions, their groups' roots, and mentions and quotes by root.
	dayOf          map[model.When]int // merge: the number of each When's bucket
	dayBucket      map[string]int     // merge: the number of each key's bucket
	bucketOf       []int              // merge: each mention's bucket, -1 for none
	byDay          grouping           // merge: the mentions of each bucket
	ms             []mention
	texts          []string // event: the texts of an event's sentences
	actorBuf       []string // event: its actors
	sourceBuf      []string // event: its sources
	placeBuf       []string // event: its places
	placeArena     []string // the events' place lists, cut from one array a document
	clauseBuf      []clause
	rootOf         []int
	members, owned grouping
}

// scopes keeps scopes between documents, so that a worker building one article's events
// after another's reuses their buffers.
var scopes = sync.Pool{New: func() any { return new(scope) }}

func newScope(in *Input) *scope {
	s := scopes.Get().(*scope)
	s.in = in
	s.quotes = s.quotes[:0]
	for _, q := range in.Quotes {
		if q.Direct {
			s.quotes = append(s.quotes, Range{q.Start, q.End})
		}
	}
	slices.SortFunc(s.quotes, func(a, b Range) int { return a.Start - b.Start })
	s.markQuoted()
	n := len(in.Doc.Sentences)
	s.sentTexts = slices.Grow(s.sentTexts[:0], n)[:n]
	clear(s.sentTexts)
	s.bySent = slices.Grow(s.bySent[:0], n)[:n]
	for k := range s.bySent {
		s.bySent[k] = s.bySent[k][:0]
	}
	for qi, q := range in.Quotes {
		first, last := in.Doc.SentenceAt(q.Start), in.Doc.SentenceAt(max(q.Start, q.End-1))
		if first < 0 {
			first = sentenceAfter(in.Doc, q.Start)
		}
		if last < 0 {
			last = first
		}
		for k := first; k >= 0 && k <= last && k < len(s.bySent); k++ {
			s.bySent[k] = append(s.bySent[k], qi)
		}
		if q.SpeakerEnd > q.SpeakerStart {
			if k := in.Doc.SentenceAt(q.SpeakerStart); k >= 0 && (k < first || k > last) {
				s.bySent[k] = append(s.bySent[k], qi)
			}
		}
	}
	s.actorRefs = append(s.actorRefs[:0], in.Mentions...)
	sortStable(s.actorRefs, byStart)
	s.placeRefs = append(s.placeRefs[:0], in.Places...)
	sortStable(s.placeRefs, byStart)
	s.cites = append(s.cites[:0], in.Citations...)
	sortStable(s.cites, func(a, b Citation) int { return a.Start - b.Start })
	return s
}

// sortStable sorts s stably, after one pass that finds most inputs, which come from the
// recognizers in text order, sorted already.
func sortStable[T any](s []T, cmp func(a, b T) int) {
	if !slices.IsSortedFunc(s, cmp) {
		slices.SortStableFunc(s, cmp)
	}
}

func byStart(a, b Mention) int { return a.Start - b.Start }

// release returns s to the pool; nothing may use it afterwards.
func (s *scope) release() {
	clear(s.actorRefs) // their strings would keep the document alive
	clear(s.placeRefs)
	clear(s.sentTexts)
	clear(s.cites)
	clear(s.ms)
	clear(s.texts[:cap(s.texts)]) // the strings are the document's text
	clear(s.actorBuf)
	clear(s.sourceBuf)
	clear(s.placeBuf)
	s.placeArena = nil // handed out with the events
	s.stems.Reset()    // the stems are the document's text
	s.in = nil
	scopes.Put(s)
}

// sentenceAfter is the first sentence that starts at or after byte b, for offsets that
// fall between sentences.
func sentenceAfter(d *text.Doc, b int) int {
	k := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= b })
	if k == len(d.Sentences) {
		return -1
	}
	return k
}

// actorsIn calls f for each actor mention starting in [a, b).
func (s *scope) actorsIn(a, b int, f func(Mention)) { mentionsIn(s.actorRefs, a, b, f) }

// placesIn calls f for each place mention starting in [a, b).
func (s *scope) placesIn(a, b int, f func(Mention)) { mentionsIn(s.placeRefs, a, b, f) }

func mentionsIn(ms []Mention, a, b int, f func(Mention)) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	for ; i < len(ms) && ms[i].Start < b; i++ {
		f(ms[i])
	}
}

// citationsIn calls f for each citation starting in [a, b).
func (s *scope) citationsIn(a, b int, f func(Citation)) {
	i := sort.Search(len(s.cites), func(i int) bool { return s.cites[i].Start >= a })
	for ; i < len(s.cites) && s.cites[i].Start < b; i++ {
		f(s.cites[i])
	}
}

func (s *scope) inQuote(b int) bool {
	i := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].End > b })
	return i < len(s.quotes) && s.quotes[i].Start <= b
}

// markQuoted answers inQuote for every token's start at once: the clause, tense and
// speech rules ask it of each token several times.
func (s *scope) markQuoted() {
	toks := s.in.Doc.Tokens
	s.quoted = slices.Grow(s.quoted[:0], len(toks))[:len(toks)]
	for k := 1; k < len(s.quotes); k++ {
		if s.quotes[k].End < s.quotes[k-1].End { // nested quotes: search for each token
			for i, t := range toks {
				s.quoted[i] = s.inQuote(t.Start)
			}
			return
		}
	}
	// The quotes' ends rise with their starts, so the quote inQuote finds for a token
	// (the first that ends after it) moves only forward through the text; past the last
	// quote no token is quoted.
	q := 0
	for i := range toks {
		start := toks[i].Start
		for q < len(s.quotes) && s.quotes[q].End <= start {
			q++
		}
		if q == len(s.quotes) {
			clear(s.quoted[i:])
			return
		}
		s.quoted[i] = s.quotes[q].Start <= start
	}
}

// timexesIn returns the range [lo, hi) of indexes of the timexes that start within [a, b).
func (s *scope) timexesIn(a, b int) (lo, hi int) {
	tx := s.in.Timexes
	lo = sort.Search(len(tx), func(i int) bool { return tx[i].Start >= a })
	hi = lo
	for hi < len(tx) && tx[hi].Start < b {
		hi++
	}
	return lo, hi
}

// timexEndingAt returns the timex that ends at the token before position b, or -1.
func (s *scope) timexEndingAt(prevTokEnd int) int {
	tx := s.in.Timexes
	i := sort.Search(len(tx), func(i int) bool { return tx[i].End >= prevTokEnd })
	if i < len(tx) && tx[i].End == prevTokEnd {
		return i
	}
	return -1
}

func lower(d *text.Doc, i int) string { return d.LowerTok(i) }

func noTimex(lo, hi int) bool { return lo == hi }

// clauses cuts sentence k into clauses at semicolons, at ", when" after a time expression,
// at ", since/because/while..." and at a linking "as" followed by a finite verb. Quoted
// words are never cut.
func (s *scope) clauses(k int) []clause {
	d := s.in.Doc
	sent := d.Sentences[k]
	out := s.clauseBuf[:0] // the caller is done with the last sentence's clauses
	defer func() { s.clauseBuf = out }()
	cur := clause{sent: k, first: sent.First, kind: clauseMain, anchor: -1}
	cut := func(at int, kind clauseKind, anchor int) {
		if at-cur.first < 2 || sent.Last-at < 3 {
			return
		}
		cur.last = at
		out = append(out, cur)
		cur = clause{sent: k, first: at, kind: kind, anchor: anchor}
	}
	for i := sent.First; i < sent.Last; i++ {
		if s.quoted[i] {
			continue
		}
		w := lower(d, i)
		switch {
		case w == ";":
			cut(i+1, clauseMain, -1)
		case w == "," && i+1 < sent.Last:
			next := lower(d, i+1)
			if next == "when" {
				if tx := s.timexEndingAt(d.Tokens[i-1].End); i > sent.First && tx >= 0 {
					cut(i+1, clauseWhen, tx)
				}
			} else if classOf(d, i+1)&subordinator != 0 && (next != "since" || noTimex(s.timexesIn(d.Tokens[i+1].End, d.Tokens[min(i+3, sent.Last-1)].End))) {
				cut(i+1, clauseSub, -1)
			}
		case w == "as" && i > sent.First && s.linksClauses(i, sent.Last):
			cut(i, clauseAs, -1)
		}
	}
	cur.last = sent.Last
	out = append(out, cur)
	for j := range out {
		out[j].start = d.Tokens[out[j].first].Start
		out[j].end = d.Tokens[out[j].last-1].End
	}
	return out
}

// linksClauses reports whether the "as" at token i joins two clauses: "launched missiles on
// Wednesday as troops launched an offensive".
func (s *scope) linksClauses(i, last int) bool {
	d := s.in.Doc
	if classOf(d, i-1)&notAfterAs != 0 || i+1 >= last || classOf(d, i+1)&notBeforeAs != 0 {
		return false
	}
	for j := i + 1; j < min(last, i+12); j++ {
		if d.Tok(j) == "," {
			return false
		}
		if isFiniteVerb(d, j) {
			return true
		}
	}
	return false
}
