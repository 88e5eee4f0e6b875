package event

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/data/wordlist"
	"storyline/model"
)

// Build finds the events of one document.
func Build(in Input) []model.Event {
	if in.Doc == nil || len(in.Doc.Sentences) == 0 {
		return nil
	}
	s := newScope(&in)
	defer s.release()
	ms := s.mentions()
	if len(ms) == 0 {
		return nil
	}
	s.date(ms)
	g := s.merge(ms)
	// A group's root is its first mention, so the roots in text order are the events in
	// the order of their first mentions.
	rootOf := s.rootOf[:0]
	roots := 0
	for k := range ms {
		rootOf = append(rootOf, g.find(k))
		if rootOf[k] == k {
			roots++
		}
	}
	s.rootOf = rootOf
	members := s.members.of(rootOf, len(ms))
	owned := s.owned.of(s.assignQuotes(ms, g), len(ms)) // each root mention's quotes, in order
	events := make([]model.Event, 0, roots)
	for r := range ms {
		if rootOf[r] == r {
			events = append(events, s.event(in.DocID+"-e"+strconv.Itoa(len(events)+1), ms, members.group(r), owned.group(r)))
		}
	}
	return events
}

// mentions cuts every sentence outside the skipped stretches into clauses and reads each
// clause's tense and speaker. A clause reports speech when a quote or claim names its
// speaker there, or when it is all quotation.
func (s *scope) mentions() []mention {
	ms := s.ms[:0]
	defer func() { s.ms = ms }()
	for k, sent := range s.in.Doc.Sentences {
		if s.skipped(sent.Start, sent.End) {
			continue
		}
		for _, c := range s.clauses(k) {
			if !s.hasWords(c) {
				continue
			}
			m := mention{clause: c, tense: s.clauseTense(c), quoted: s.quoteOnly(c)}
			m.speaker = s.speakerOf(c)
			m.speech = m.speaker != "" && (m.quoted || s.speakerNamedIn(c))
			ms = append(ms, m)
		}
	}
	return ms
}

func (s *scope) skipped(a, b int) bool {
	for _, r := range s.in.Skip {
		if a < r.End && r.Start < b {
			return true
		}
	}
	return false
}

// speakerOf is the speaker of the first quote or claim the clause holds or introduces.
func (s *scope) speakerOf(c clause) string {
	for _, qi := range s.bySent[c.sent] {
		q := s.in.Quotes[qi]
		if q.Speaker == "" {
			continue
		}
		named := q.SpeakerEnd > q.SpeakerStart && q.SpeakerStart >= c.start && q.SpeakerStart < c.end
		if named || q.Start < c.end && c.start < q.End {
			return q.Speaker
		}
	}
	return ""
}

func (s *scope) speakerNamedIn(c clause) bool {
	for _, qi := range s.bySent[c.sent] {
		q := s.in.Quotes[qi]
		if q.SpeakerEnd > q.SpeakerStart && q.SpeakerStart >= c.start && q.SpeakerStart < c.end {
			return true
		}
	}
	return false
}

// assignQuotes gives each quote to one event: the one whose clause holds its first word,
// else the one that names its speaker.
func (s *scope) assignQuotes(ms []mention, g groups) []int {
	owner := make([]int, len(s.in.Quotes))
	for qi := range owner {
		owner[qi] = -1
	}
	place := func(qi, b int) {
		if k := sort.Search(len(ms), func(k int) bool { return ms[k].end > b }); k < len(ms) && ms[k].start <= b {
			owner[qi] = g.find(k)
		}
	}
	for qi, q := range s.in.Quotes {
		place(qi, q.Start)
		if owner[qi] < 0 && q.SpeakerEnd > q.SpeakerStart {
			place(qi, q.SpeakerStart)
		}
	}
	return owner
}

func (s *scope) event(id string, ms []mention, idx []int, quotes []int) model.Event {
	d := s.in.Doc
	best := idx[0]
	for _, k := range idx {
		if ms[k].how > ms[best].how {
			best = k
		}
	}
	e := model.Event{ID: id, When: ms[best].when, DateText: ms[best].dateText, Doc: s.in.DocID}
	titleFrom := idx[0]
	from := ms[titleFrom].start
	if dl := s.in.Dateline; dl.End > from && dl.Start <= from && dl.End < ms[titleFrom].end {
		from = dl.End
	}
	e.Title = titleOf(s.clauseText(ms[titleFrom].sent, from, ms[titleFrom].end), ms[titleFrom].kind != clauseMain)
	if t := ms[titleFrom]; t.speaker != "" && s.in.Names != nil && strings.HasSuffix(e.Title, "…") && startsQuote(e.Title) {
		// A quotation cut short as a headline loses its attribution: say who speaks,
		// Shoigu: “Intensive work…”.
		if name, q := s.in.Names(t.speaker), s.quoteIn(t.clause); name != "" && q >= 0 {
			words := text.Squeeze(d.Text[s.in.Quotes[q].Start:s.in.Quotes[q].End])
			e.Title = title(name+": “"+strings.TrimRight(words, ",.;: ")+"”", false)
		}
	}
	// The texts, actors and sources are gathered in the scope's buffers, and the lists
	// kept are made at their final size (nil when empty, as before).
	texts := s.texts[:0]
	lastSent := -1
	actors, sources, places := ordered{s.actorBuf[:0]}, ordered{s.sourceBuf[:0]}, ordered{s.placeBuf[:0]}
	// The dateline's town is where the story was filed: where the event happened only
	// when the sentence names no other place ("TRIPOLI (Reuters) - Rebels retreated from
	// Ras Lanuf" happened at Ras Lanuf).
	filedAt := ""
	dl := s.in.Dateline
	e.Spans = make([]model.Span, 0, len(idx))
	for _, k := range idx {
		m := ms[k]
		a, b := d.Span(m.start, m.end)
		e.Spans = append(e.Spans, model.Span{Start: a, End: b})
		if m.sent != lastSent {
			sent := d.Sentences[m.sent]
			texts = append(texts, s.sentenceText(m.sent))
			s.citationsIn(sent.Start, sent.End, func(c Citation) { sources.add(c.Source) })
			lastSent = m.sent
		}
		s.actorsIn(m.start, m.end, func(mt Mention) { actors.add(mt.Actor) })
		s.placesIn(m.start, m.end, func(mt Mention) {
			if dl.End > dl.Start && mt.Start >= dl.Start && mt.End <= dl.End {
				filedAt = mt.Actor
				return
			}
			places.add(mt.Actor)
		})
		actors.add(s.possessor(m.clause))
	}
	if len(quotes) > 0 {
		e.Quotes = make([]int, 0, len(quotes))
	}
	for _, qi := range quotes {
		q := s.in.Quotes[qi]
		e.Quotes = append(e.Quotes, qi)
		actors.add(q.Speaker)
		sources.add(q.Source)
	}
	if len(places.list) == 0 && filedAt != "" {
		places.add(filedAt)
	}
	e.Text = strings.Join(texts, " … ")
	e.Actors, e.Sources = actors.kept(), sources.kept()
	e.Places, s.placeArena = carve(s.placeArena, places.list)
	s.texts, s.actorBuf, s.sourceBuf, s.placeBuf = texts, actors.list, sources.list, places.list
	return e
}

// sentText is a sentence on one line, once made.
type sentText struct {
	text string
	made bool
	same bool // the sentence was on one line already
}

// sentenceText is sentence k on one line. Every event of the sentence's clauses quotes it,
// so it is squeezed once.
func (s *scope) sentenceText(k int) string {
	if st := &s.sentTexts[k]; !st.made {
		sent := s.in.Doc.Sentences[k]
		raw := s.in.Doc.Text[sent.Start:sent.End]
		st.text, st.made = text.Squeeze(raw), true
		st.same = st.text == raw
	}
	return s.sentTexts[k].text
}

// clauseText is the text of sentence k from byte from to the end of a token at byte end,
// without leading dashes, colons and spaces, on one line. In a sentence on one line it is
// on one line already: it neither starts nor ends with a space, and holds no run of them.
func (s *scope) clauseText(k, from, end int) string {
	t := strings.TrimLeft(s.in.Doc.Text[from:end], " -–—:")
	if s.sentenceText(k); s.sentTexts[k].same {
		return t
	}
	return text.Squeeze(t)
}

// ordered is a small set that keeps first-seen order; events have few actors, so a slice
// scan beats a map.
type ordered struct{ list []string }

// carve copies list onto the end of arena, growing it a chunk at a time, and returns the
// copy, which appending cannot reach past: most events name a place or two, and an
// allocation each would cost more than the list.
func carve(arena, list []string) (copied, rest []string) {
	if len(list) == 0 {
		return nil, arena
	}
	if len(arena)+len(list) > cap(arena) {
		arena = make([]string, 0, max(16, 2*len(list)))
	}
	at := len(arena)
	arena = append(arena, list...)
	return arena[at:len(arena):len(arena)], arena
}

// kept is a copy of the list at its size, or nil when it is empty.
func (o *ordered) kept() []string {
	if len(o.list) == 0 {
		return nil
	}
	return slices.Clone(o.list)
}

func (o *ordered) add(s string) {
	if s != "" && !slices.Contains(o.list, s) {
		o.list = append(o.list, s)
	}
}

// titleMax is the length of an event title in code points; the full sentence stays in Text.
const titleMax = 110

var (
	// Words that link a clause cut from its sentence to the clause before it: the words
	// that clauses cuts a sentence at.
	clauseLinks = spaced(append([]string{"when", "as"}, wordlist.FunctionWordList("subordinators")...))
	// Words that open a sentence without adding to a headline.
	sentenceLinks = []string{"and ", "but ", "meanwhile, ", "meanwhile "}
	// Both, for a clause cut from a longer sentence.
	splitLinks = append(slices.Clip(clauseLinks), sentenceLinks...)
)

// spaced is each word with the space after it, as it opens a text.
func spaced(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w + " "
	}
	return out
}

// title turns a clause into a one-line headline: no leading connective (for a clause cut
// from a longer sentence, not "Since then" opening a sentence), a capital first letter, no
// final full stop, cut at a word boundary.
func title(clause string, split bool) string { return titleOf(text.Squeeze(clause), split) }

// titleOf is title of a clause already on one line.
func titleOf(t string, split bool) string {
	links := sentenceLinks
	if split {
		links = splitLinks
	}
	for changed := true; changed; {
		changed = false
		for _, l := range links {
			if len(t) > len(l) && strings.EqualFold(t[:len(l)], l) {
				t, changed = t[len(l):], true
			}
		}
	}
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '.' || t[len(t)-1] == ';' || t[len(t)-1] == ',') {
		t = t[:len(t)-1] // as strings.TrimRight(t, " .;,"), without making its set each time
	}
	if r, n := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
		t = string(unicode.ToUpper(r)) + t[n:]
	}
	// Most titles open with titleMax ASCII bytes: then a longer text is longer in code
	// points too, without counting them.
	ascii := asciiPrefix(t, titleMax)
	if len(t) <= titleMax || !ascii && !longerThan(t, titleMax) {
		return t
	}
	// The last space among the first titleMax-1 code points; when those are ASCII
	// bytes, the last space of those bytes.
	cut, n := 0, 0
	if ascii {
		cut = max(0, strings.LastIndexByte(t[:titleMax-1], ' '))
	} else {
		for i := range t {
			if n >= titleMax-1 {
				break
			}
			if t[i] == ' ' {
				cut = i
			}
			n++
		}
	}
	if cut == 0 {
		cut = len(string([]rune(t)[:titleMax-1]))
	}
	return strings.TrimRight(t[:cut], " ,;:") + "…"
}

// asciiPrefix reports whether s has n bytes or more, the first n of them ASCII.
func asciiPrefix(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for i := range n {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// longerThan reports whether s has more than n code points, counting no further.
func longerThan(s string, n int) bool {
	for range s {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// possessor resolves "his" or "her" outside quotes to the last person named before it in
// the same or the previous sentence: "since his regime has fueled a civil war" involves
// Assad, named earlier in the sentence.
func (s *scope) possessor(c clause) string {
	d := s.in.Doc
	for i := c.first; i < c.last; i++ {
		if classOf(d, i)&possessive == 0 || s.quoted[i] {
			continue
		}
		from := d.Sentences[max(0, c.sent-1)].Start
		at := d.Tokens[i].Start
		k := sort.Search(len(s.actorRefs), func(k int) bool { return s.actorRefs[k].Start >= at }) - 1
		for ; k >= 0 && s.actorRefs[k].Start >= from; k-- {
			if s.actorRefs[k].Person {
				return s.actorRefs[k].Actor
			}
		}
		return ""
	}
	return ""
}

// hasWords reports whether a clause has any word at all: a run of punctuation or numbers
// is no event.
func (s *scope) hasWords(c clause) bool {
	for i := c.first; i < c.last; i++ {
		if s.in.Doc.Tokens[i].Kind == text.Word {
			return true
		}
	}
	return false
}

// quoteIn is the first direct quote that overlaps the clause, or -1.
func (s *scope) quoteIn(c clause) int {
	for _, qi := range s.bySent[c.sent] {
		if q := s.in.Quotes[qi]; q.Direct && q.Start < c.end && c.start < q.End {
			return qi
		}
	}
	return -1
}

func startsQuote(s string) bool {
	for _, q := range []string{"\"", "“", "'", "‘", "«"} {
		if strings.HasPrefix(s, q) {
			return true
		}
	}
	return false
}
