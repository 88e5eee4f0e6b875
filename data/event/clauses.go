package event

import (
	"slices"
	"sort"

	"storyline/data/text"
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
// which timexes lie in a range.
type scope struct {
	in        *Input
	quotes    []Range // direct quotes, sorted
	bySent    [][]int // quotes touching each sentence: by content or by the words naming the speaker
	actorRefs []Mention
	cites     []Citation
}

func newScope(in *Input) *scope {
	s := &scope{in: in}
	for _, q := range in.Quotes {
		if q.Direct {
			s.quotes = append(s.quotes, Range{q.Start, q.End})
		}
	}
	sort.Slice(s.quotes, func(i, j int) bool { return s.quotes[i].Start < s.quotes[j].Start })
	s.bySent = make([][]int, len(in.Doc.Sentences))
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
	s.actorRefs = slices.Clone(in.Mentions)
	sort.SliceStable(s.actorRefs, func(i, j int) bool { return s.actorRefs[i].Start < s.actorRefs[j].Start })
	s.cites = slices.Clone(in.Citations)
	sort.SliceStable(s.cites, func(i, j int) bool { return s.cites[i].Start < s.cites[j].Start })
	return s
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
func (s *scope) actorsIn(a, b int, f func(Mention)) {
	i := sort.Search(len(s.actorRefs), func(i int) bool { return s.actorRefs[i].Start >= a })
	for ; i < len(s.actorRefs) && s.actorRefs[i].Start < b; i++ {
		f(s.actorRefs[i])
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

// timexesIn returns the indexes of the timexes that start within [a, b).
func (s *scope) timexesIn(a, b int) []int {
	tx := s.in.Timexes
	i := sort.Search(len(tx), func(i int) bool { return tx[i].Start >= a })
	var out []int
	for ; i < len(tx) && tx[i].Start < b; i++ {
		out = append(out, i)
	}
	return out
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

var subordinators = map[string]bool{"since": true, "because": true, "while": true, "although": true, "though": true, "whereas": true}

// Words around "as" that make it a comparison or a preposition, not a clause link.
var (
	asNotAfter  = map[string]bool{"such": true, "well": true, "long": true, "so": true, "same": true, "just": true, "soon": true, "much": true, "far": true, "as": true, "known": true, "regarded": true, "seen": true, "serve": true, "served": true, "serves": true, "serving": true, "acting": true, "act": true, "acts": true, "acted": true, "described": true, "identified": true}
	asNotBefore = map[string]bool{"well": true, "long": true, "part": true, "a": true, "an": true, "much": true, "many": true, "soon": true, "far": true, "if": true, "though": true, "of": true, "to": true, "for": true, "usual": true, "expected": true, "planned": true, "such": true, "possible": true, "early": true, "recently": true, "late": true, "good": true}
)

// clauses cuts sentence k into clauses at semicolons, at ", when" after a time expression,
// at ", since/because/while..." and at a linking "as" followed by a finite verb. Quoted
// words are never cut.
func (s *scope) clauses(k int) []clause {
	d := s.in.Doc
	sent := d.Sentences[k]
	var out []clause
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
		t := d.Tokens[i]
		if s.inQuote(t.Start) {
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
			} else if subordinators[next] && (next != "since" || len(s.timexesIn(d.Tokens[i+1].End, d.Tokens[min(i+3, sent.Last-1)].End)) == 0) {
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
	if asNotAfter[lower(d, i-1)] || i+1 >= last || asNotBefore[lower(d, i+1)] {
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
