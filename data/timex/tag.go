// Package timex finds time expressions in English news text and normalises them to TimeML
// TIMEX3 values, resolving relative expressions against the document's date the way news
// readers do, and gives each the calendar span an event dated by it occupies.
//
// The engine works over the shared tokens of data/text in one left-to-right pass: at each
// token that can begin a time expression (a month, a weekday, a digit, a unit, a deictic or
// modifier word, all looked up in the embedded tables of resources/) a small hand-written
// matcher reads a bounded number of tokens ahead. Nothing scans the whole text twice.
package timex

import (
	"slices"
	"strings"
	"sync"
	"time"

	"storyline/data/text"
	"storyline/model"
)

// Options are the settings of one tagging run.
type Options struct {
	// DCT is the document creation (publication) date. When it is zero, relative
	// expressions stay unresolved (XXXX-XX-XX, XXXX-09-30, PAST_REF, zero When).
	DCT time.Time
}

// Timex is one time expression found in a document.
type Timex struct {
	Start, End int    // byte offsets into the cleaned text
	Type       string // DATE, TIME, DURATION, SET
	Value      string // TIMEX3 value
	Mod        string // TimeML mod: MORE_THAN, LESS_THAN, APPROX, START, MID, END ...
	Signal     string // the temporal preposition before it (or "ago" after it), lower case
	When       model.When
}

// maxLook bounds how far a matcher may read ahead of its first token, which keeps the whole
// pass linear whatever the input.
const maxLook = 14

// Tag finds the time expressions of d, sorted by Start and non-overlapping.
func Tag(d *text.Doc, o Options) []Timex { return tag(nil, d, o, false) }

// AppendTag is Tag appending to dst, for a caller that reuses one array from document to
// document.
func AppendTag(dst []Timex, d *text.Doc, o Options) []Timex { return tag(dst, d, o, false) }

// tag is AppendTag; ungated runs every core matcher at every trigger, for the test that
// the gates change nothing.
func tag(out []Timex, d *text.Doc, o Options, ungated bool) []Timex {
	t := newTagger(d, o)
	defer t.release()
	t.ungated = ungated
	first := len(out)
	var last match
	for m := range t.matches {
		if m.typ == "" {
			continue // a name that holds a date word
		}
		x := t.finish(m)
		if len(out) > first && m.i-last.j <= 2 {
			// "5 p.m. EST, Nov. 6": a clock time's date after a comma.
			commaDate := m.i == last.j+1 && t.lw(last.j) == "," && last.typ == "TIME" && m.typ == "DATE" && m.dt.g == model.GranDay && m.val == ""
			if clock := t.joinClock(&out[len(out)-1], last, &x, m); clock != nil && (m.i == last.j || commaDate) {
				// "8:30 a.m. EDT Thursday", "midnight Tuesday": one expression, as
				// TimeML marks a clock time written against its date.
				px := &out[len(out)-1]
				px.Type, px.Value, px.Mod, px.When = clock.Type, clock.Value, clock.Mod, clock.When
				px.End = x.End
				last.j, t.prev = m.j, match{}
				continue
			}
		}
		out = append(out, x)
		last = m
		t.prev = m
	}
	return out
}

// matches yields the expressions of the text in order, each found at a token that can
// start one, and resumes after its last token.
func (t *tagger) matches(yield func(match) bool) {
	for i := 0; i < len(t.d.Tokens); {
		if !t.canStart(i) {
			i++
			continue
		}
		m, ok := t.parse(i)
		if !ok || m.j <= i {
			i++
			continue
		}
		if !yield(m) {
			return
		}
		i = m.j
	}
}

// joinClock gives a clock time the day of a date right next to it: "Wednesday at 8 p.m.",
// "8:30 a.m. EDT Thursday". It returns the clock time it dated, or nil.
func (t *tagger) joinClock(px *Timex, pm match, x *Timex, m match) *Timex {
	isClock := func(a match) bool { return a.typ == "TIME" && a.dt.part == "" && !a.durOK && a.val == "" }
	var cx *Timex
	var cm, dm match
	switch {
	case isClock(m) && !isClock(pm):
		cx, cm, dm = x, m, pm
	case isClock(pm) && !isClock(m):
		cx, cm, dm = px, pm, m
	default:
		return nil
	}
	d, ok := dayOf(dm.dt)
	if !ok || dm.typ != "DATE" || dm.val != "" {
		return nil
	}
	dt := cm.dt
	dt.y, dt.m, dt.d = d.Year(), int(d.Month()), d.Day()
	cx.Value = dt.value()
	w := dt.when()
	w.Mod = whenMod(cx.Mod)
	cx.When = t.applySignal(w, cx.Signal)
	return cx
}

// tagger is the state of one pass over a document.
type tagger struct {
	d      *text.Doc
	sent   []int32 // sentence index of each token
	lim    int     // matchers read no token at or past lim (end of sentence, bounded)
	dct    time.Time
	hasDCT bool
	ref    date  // the reference time: the last date the text placed on the calendar
	prev   match // the last expression found, for the second day of a range ("Dec. 15-16")
	// refText: the reference time is a date the text placed, not the DCT it starts from.
	refText bool
	refSent int32 // the sentence that placed the reference time
	// week is the last calendar week named ("last week"), weekSent its sentence.
	week     date
	weekSent int32
	tense    map[int32]int
	ungated  bool // see tag
	// tabled is the Serial of the document sent was made for.
	tabled uint64
	// period is the reporting period of a business story: the first quarter or half the
	// text names (or the latest a company reports), and lastPeriod the latest named, with
	// its sentence and token, for "a year earlier".
	period, lastPeriod date
	lastPeriodSent     int32
	lastPeriodAt       int
	// spanAt is the token of the last span of months a results story reports ("for the
	// nine months"), or -1: a year earlier than it is a year, not a quarter.
	spanAt  int
	spanDur duration
}

// taggers keeps taggers between documents, so that a worker tagging one article after
// another reuses the per-token tables instead of allocating them for each.
var taggers = sync.Pool{New: func() any { return &tagger{tense: map[int32]int{}} }}

// newTagger returns a tagger for d from the pool; release gives it back.
func newTagger(d *text.Doc, o Options) *tagger {
	t := taggers.Get().(*tagger)
	n := len(d.Tokens)
	// The pipeline reads a document's dateline and then tags it: a tagger that last
	// served d has its tables already.
	same := d.Serial() != 0 && t.tabled == d.Serial() && len(t.sent) == n
	clear(t.tense)
	*t = tagger{d: d, sent: slices.Grow(t.sent[:0], n)[:n], tense: t.tense, tabled: d.Serial()}
	t.weekSent, t.spanAt = -1, -1
	if !same {
		t.fillTables()
	}
	if !o.DCT.IsZero() {
		t.dct, t.hasDCT = model.Day(o.DCT.Date()), true
		t.ref = dayDate(t.dct)
	}
	return t
}

// fillTables gives every token its sentence.
func (t *tagger) fillTables() {
	d := t.d
	for i := range d.Tokens {
		t.sent[i] = -1
	}
	for k, s := range d.Sentences {
		for i := s.First; i < s.Last && i < len(t.sent); i++ {
			t.sent[i] = int32(k)
		}
	}
}

// release returns t to the pool, with its tables for the next tagging of the same
// document; nothing may use t afterwards.
func (t *tagger) release() {
	t.d = nil
	taggers.Put(t)
}

// lw returns the lower-case text of token i, which must be a token. The document's
// lower-cased copy serves every token, so looking words up allocates nothing: every table
// word is ASCII, and byte offsets stay those of the text.
func (t *tagger) lw(i int) string {
	tok := &t.d.Tokens[i]
	return t.d.Lower[tok.Start:tok.End]
}

// w returns the lower-case text of token i, or "" outside the current match window.
func (t *tagger) wd(i int) string {
	if i < 0 || i >= t.lim {
		return ""
	}
	return t.lw(i)
}

func (t *tagger) is(i int, words ...string) bool {
	w := t.wd(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// tight reports whether token i directly follows token i-1 with no space.
func (t *tagger) tight(i int) bool {
	return i > 0 && i < t.lim && !t.d.Tokens[i].Is(text.Space)
}

func (t *tagger) isNum(i int) bool { return i >= 0 && i < t.lim && t.d.Tokens[i].Kind == text.Num }

func (t *tagger) upper(i int) bool { return i >= 0 && i < t.lim && t.d.Tokens[i].Is(text.Upper) }

// canStart is the cheap trigger test: only tokens that can begin an expression are parsed.
func (t *tagger) canStart(i int) bool {
	tok := t.d.Tokens[i]
	if tok.Kind == text.Num {
		return true
	}
	if tok.Kind != text.Word {
		// An apostrophe opens only a year or a decade, right before its digits: "'98",
		// "the '90s". Most are quotation marks.
		if t.lw(i) != "'" && t.lw(i) != "’" {
			return false
		}
		n := i + 1
		return n < len(t.d.Tokens) && t.d.Tokens[n].Kind == text.Num && !t.d.Tokens[n].Is(text.Space)
	}
	c := triggers.Of(t.d.Words[i])
	if c&starts == 0 {
		return false
	}
	// Function words open an expression only before another temporal word: most "the",
	// "a" and "at" in a text are skipped without running the matchers.
	if c&opensBefore != 0 {
		n := i + 1
		if n >= len(t.d.Tokens) {
			return false
		}
		return t.d.Tokens[n].Kind == text.Num || triggers.Of(t.d.Words[n])&continues != 0
	}
	return true
}

// trigger says how a word can begin an expression.
type trigger uint8

const (
	starts      trigger = 1 << iota // it can open an expression
	opensBefore                     // a function word: only before a word that continues
	continues                       // it can follow such a function word
)

// triggers classifies every word that can open an expression, from the tables and the
// modifier and determiner words the matchers accept, and the words that can continue one.
var triggers = func() text.Classes[trigger] {
	var c text.Classes[trigger]
	const opens = starts | continues // whatever starts an expression continues one
	mark := func(f trigger, words ...string) {
		for _, w := range words {
			*c.Add(w) |= f
		}
	}
	for _, tbl := range []map[string]int{lex.months, lex.weekdays, lex.numbers, lex.ordinals} {
		for w := range tbl {
			mark(opens, w)
		}
	}
	for _, tbl := range []map[string]string{lex.units, lex.seasons, lex.dayparts, lex.vague, lex.sets} {
		for w := range tbl {
			mark(opens, w)
		}
	}
	for w := range lex.clock {
		mark(opens, w)
	}
	for w := range lex.holidays {
		mark(opens, w)
	}
	for w := range lex.weekdays {
		mark(opens, w+"s") // "Mondays"
	}
	for w := range decadeWords {
		mark(opens, w)
	}
	for w := range quantMods {
		mark(opens, strings.Fields(w)[0])
	}
	mark(opens, triggerWords.Get("opens")...)
	mark(opensBefore, triggerWords.Get("before")...)
	// Ordinals and a few words of modifiers continue an expression too ("at the very
	// start", "over the rest of the year").
	for w, n := range lex.ordinals {
		if n != 0 {
			mark(continues, w)
		}
	}
	mark(continues, triggerWords.Get("continues")...)
	return c
}()

// triggerWords are the lists of triggers.txt: the words besides the tables' at which an
// expression can start, and those that continue one.
var triggerWords = load("triggers.txt").Groups()

// match is a recognised expression before it becomes a Timex.
//
// The matchers return it by value, some twenty at every trigger: its fields (and date's)
// are ordered so that padding does not make it larger.
type match struct {
	i, j   int    // tokens [i, j)
	anchor int    // for a duration: -1 it ends at the DCT ("the past two days"), +1 it starts there
	typ    string // DATE, TIME, DURATION, SET
	val    string // when set, the value as it stands (durations, references, sets)
	mod    string
	dt     date // otherwise the date it names
	dur    duration
	durOK  bool
	abs    bool // an absolute date (with its own year): it becomes the reference time
}

// parse tries every matcher at token i and keeps the longest match.
func (t *tagger) parse(i int) (match, bool) {
	t.lim = min(len(t.d.Tokens), i+maxLook)
	if s := t.sent[i]; s >= 0 {
		t.lim = min(t.lim, t.d.Sentences[s].Last)
	}
	var best match
	found := false
	for _, f := range matchers {
		m, ok := f(t, i)
		if ok && m.j > i && (!found || m.j > best.j) {
			best, found = m, true
		}
	}
	return best, found
}

// matchers are tried in order; on equal length the earlier wins.
var matchers = []func(*tagger, int) (match, bool){
	(*tagger).modified,
	(*tagger).core,
}

// core tries the unmodified expression families at i.
func (t *tagger) core(i int) (match, bool) {
	var best match
	found := false
	open := ^uint32(0)
	if !t.ungated {
		open = t.gates(i)
	}
	for _, c := range cores {
		if open&c.gate == 0 {
			continue
		}
		m, ok := c.f(t, i)
		if ok && m.j > i && (!found || m.j > best.j) {
			best, found = m, true
		}
	}
	return best, found
}

// A core matcher, with the bit of its gate (see gates): some twenty matchers can run at
// every trigger, and the gates, false only where a matcher surely finds nothing, spare
// most of those calls. A matcher returns a whole match even when it finds nothing.
type coreMatcher struct {
	f    func(*tagger, int) (match, bool)
	gate uint32
}

var cores []coreMatcher

// The table is filled at init, as its matchers reach back to it through parse.
func init() {
	cores = []coreMatcher{
		{(*tagger).someDay, gSomeDay},
		{(*tagger).clockTime, gClock},
		{(*tagger).monthDate, gMonthDate},
		{(*tagger).numericDate, gNumber},
		{(*tagger).weekday, gWeekday},
		{(*tagger).relative, gRelative},
		{(*tagger).durationOrAgo, gDuration},
		{(*tagger).deictic, gDeictic},
		{(*tagger).year, gYear},
		{(*tagger).holiday, gHoliday},
		{(*tagger).season, gSeason},
		{(*tagger).quarter, gQuarter},
		{(*tagger).yearEnd, gYearWord},
		{(*tagger).century, gCentury},
		{(*tagger).set, gSet},
		{(*tagger).longAdj, gUnit},
		{(*tagger).rangeEnd, gRangeEnd},
		{(*tagger).theUnit, gThe},
		{(*tagger).theDuration, gThe},
		{(*tagger).unitsAhead, gThe},
		{(*tagger).partOfDay, gPartOfDay},
		{(*tagger).overTheYears, gThe},
		{(*tagger).allUnit, gAll},
		{(*tagger).reportPeriod, gReportPeriod},
	}
}
