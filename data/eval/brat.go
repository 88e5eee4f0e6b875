package eval

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"storyline/data/actor"
	"storyline/data/eval/corpus"
	"storyline/data/quote"
	"storyline/data/text"
)

// Brat scores direct-quote detection and speaker attribution on attribution corpora in
// brat standoff form (see corpus.ReadBrat for the variants read).
//
// Gold quotations are the quoted stretches of attributions whose Content holds quotation
// marks (see goldQuotations for how marks pair: across fragments, nested quotes, headline
// single quotes, quotations over several paragraphs). storyline's direct quotes are matched
// to them one to one: exactly (same words, trailing ",.;:" aside) or by overlap (the shared
// words are at least half of the longer of the two). A matched quotation's speaker is right
// when storyline's speaker words overlap the gold Source. Speakers are split by the gold Source: named (it holds a
// capitalised name), pronoun, or other (a common noun phrase: "the minister", "aides").
func Brat(paths []string, o Options) error {
	files, err := corpus.Files(paths, ".ann")
	if err != nil {
		return err
	}
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	g := actor.DefaultGazetteer()
	var total BratCounts
	var details strings.Builder
	for _, f := range files {
		doc, err := corpus.ReadBrat(f)
		if err != nil {
			return err
		}
		c, lines := ScoreBratDoc(doc, g)
		total.Add(c)
		if o.Verbose {
			fmt.Fprintf(&details, "%s: %d gold, %d system, %d overlapping, %d speakers right\n", doc.Name, c.Gold, c.Sys, c.Loose, c.SpeakerRight())
			for _, l := range lines {
				fmt.Fprintf(&details, "    %s\n", l)
			}
		}
	}
	WriteBratReport(w, len(files), total)
	if o.Verbose {
		fmt.Fprintf(w, "\n%s", details.String())
	}
	return nil
}

// Speaker classes of a gold Source.
const (
	SrcNamed = iota
	SrcPronoun
	SrcOther
	SrcNone
	srcClasses
)

var srcClassNames = [srcClasses]string{"named", "pronoun", "other", "no source"}

// BratCounts are quote and speaker counts.
type BratCounts struct {
	Gold, Sys    int
	Exact, Loose int
	// per source class: matched quotations and those with the right speaker
	Matched, Right [srcClasses]int
	GoldBy         [srcClasses]int
}

// Add sums counts.
func (c *BratCounts) Add(o BratCounts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Exact += o.Exact
	c.Loose += o.Loose
	for i := range c.Matched {
		c.Matched[i] += o.Matched[i]
		c.Right[i] += o.Right[i]
		c.GoldBy[i] += o.GoldBy[i]
	}
}

// SpeakerRight is the number of matched quotations with the right speaker.
func (c BratCounts) SpeakerRight() int {
	n := 0
	for i := 0; i < SrcNone; i++ {
		n += c.Right[i]
	}
	return n
}

// SpeakerMatched is the number of matched quotations whose gold has a source.
func (c BratCounts) SpeakerMatched() int {
	n := 0
	for i := 0; i < SrcNone; i++ {
		n += c.Matched[i]
	}
	return n
}

type goldQuote struct {
	span   corpus.Span
	source []corpus.Span
	class  int
}

// ScoreBratDoc runs storyline on one document and scores it; the lines describe misses,
// false quotations and wrong speakers.
func ScoreBratDoc(doc *corpus.AttributionDoc, g *actor.Gazetteer) (BratCounts, []string) {
	d := text.Analyze(doc.Text)
	r := actor.Recognize(d, g)
	qs := quote.Find(d, r)
	gold := goldQuotations(doc)
	type sysQuote struct {
		span, speaker corpus.Span
		has           bool
	}
	var sys []sysQuote
	for _, q := range qs {
		if !q.Direct {
			continue
		}
		s := sysQuote{has: q.SpeakerEnd > q.SpeakerStart}
		s.span.Start, s.span.End = d.Span(q.Start, q.End)
		s.speaker.Start, s.speaker.End = d.Span(q.SpeakerStart, q.SpeakerEnd)
		sys = append(sys, s)
	}
	c := BratCounts{Gold: len(gold), Sys: len(sys)}
	words := func(sp corpus.Span) int { return countWords(d, sp) }
	gm, sm := make([]int, len(gold)), make([]bool, len(sys))
	for i := range gm {
		gm[i] = -1
	}
	// exact first, then the best overlap of at least half the longer quotation
	for i, gq := range gold {
		for j, s := range sys {
			if !sm[j] && trimSpan(doc.Text, s.span) == trimSpan(doc.Text, gq.span) {
				gm[i], sm[j] = j, true
				c.Exact++
				break
			}
		}
	}
	for i, gq := range gold {
		if gm[i] >= 0 {
			continue
		}
		best, bestShared := -1, 0
		for j, s := range sys {
			if sm[j] || !s.span.Overlaps(gq.span) {
				continue
			}
			ov := corpus.Span{Start: max(s.span.Start, gq.span.Start), End: min(s.span.End, gq.span.End)}
			shared := words(ov)
			if 2*shared >= max(words(s.span), words(gq.span)) && shared > bestShared {
				best, bestShared = j, shared
			}
		}
		if best >= 0 {
			gm[i], sm[best] = best, true
		}
	}
	var lines []string
	for i, gq := range gold {
		c.GoldBy[gq.class]++
		if gm[i] < 0 {
			lines = append(lines, fmt.Sprintf("MISS    %q", clip(runeText(doc.Text, gq.span), 70)))
			continue
		}
		c.Loose++
		c.Matched[gq.class]++
		s := sys[gm[i]]
		right := false
		for _, src := range gq.source {
			if s.has && s.speaker.Overlaps(src) {
				right = true
			}
		}
		if right {
			c.Right[gq.class]++
		} else if gq.class != SrcNone {
			got := ""
			if s.has {
				got = runeText(doc.Text, s.speaker)
			}
			lines = append(lines, fmt.Sprintf("SPEAKER %q: gold %q (%s), storyline %q", clip(runeText(doc.Text, gq.span), 40),
				corpus.SpansText(doc.Text, gq.source), srcClassNames[gq.class], got))
		}
	}
	for j, s := range sys {
		if !sm[j] {
			lines = append(lines, fmt.Sprintf("FALSE   %q", clip(runeText(doc.Text, s.span), 70)))
		}
	}
	return c, lines
}

// goldQuotations returns the quoted stretches of the attributions whose Content holds
// quotation marks. The marks are paired across the Content's fragments in text order:
//   - double marks (“ ” „ « » and the straight ") pair with each other; single marks inside
//     a double quotation are nested quotes and belong to it;
//   - single marks (‘ ’ and the straight ') outside a double quotation are quotes of their
//     own, as in headlines ('absolutely right'), but an apostrophe (a mark between letters,
//     or a ’ or ' after an s with no single quotation open) is not;
//   - a mark that opens a paragraph while a quotation is open continues it (a quotation over
//     several paragraphs), and a closing mark that opens a paragraph with none open opens
//     one (a mistyped mark);
//   - a quotation still open at the end of a fragment continues into the next fragment when
//     only spaces lie between them (a Content cut at a sentence), else it ends there; a
//     closing mark with nothing open in a fragment that holds no quotation yet closes a
//     quotation opened before the fragment, which then runs from the fragment's start.
func goldQuotations(doc *corpus.AttributionDoc) []goldQuote {
	rs := []rune(doc.Text)
	var out []goldQuote
	for _, a := range doc.Attributions {
		class := sourceClass(doc.Text, a.Source)
		for _, sp := range quotedSpans(rs, a.Content) {
			if sp = trimRunes(rs, sp); sp.End > sp.Start {
				out = append(out, goldQuote{span: sp, source: a.Source, class: class})
			}
		}
	}
	return out
}

// quotedSpans pairs the quotation marks of a Content's fragments (see goldQuotations).
func quotedSpans(rs []rune, content []corpus.Span) []corpus.Span {
	frags := make([]corpus.Span, 0, len(content))
	for _, f := range content {
		f = corpus.Span{Start: max(f.Start, 0), End: min(f.End, len(rs))}
		for f.Start < f.End && unicode.IsSpace(rs[f.Start]) {
			f.Start++
		}
		for f.End > f.Start && unicode.IsSpace(rs[f.End-1]) {
			f.End--
		}
		if f.End > f.Start {
			frags = append(frags, f)
		}
	}
	sort.Slice(frags, func(i, j int) bool { return frags[i].Start < frags[j].Start })
	var out []corpus.Span
	dbl, sgl := -1, -1 // the open double and single marks, -1 when none
	letter := func(k int) bool { return k >= 0 && k < len(rs) && (unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k])) }
	for fi, f := range frags {
		found := false
		emit := func(a, b int) {
			out = append(out, corpus.Span{Start: a, End: b})
			found = true
		}
		for i := f.Start; i < f.End; i++ {
			r := rs[i]
			switch r {
			case '“', '„', '«', '”', '»', '"':
				opener := r == '“' || r == '„' || r == '«' || r == '”' && dbl < 0 && paraStart(rs, i)
				closer := (r == '”' || r == '»') && !opener
				if r == '"' {
					// a straight mark closes an open quotation unless it opens a paragraph,
					// and hangs on the word before it when it closes one opened earlier
					opener = dbl < 0 && !(letter(i-1) || i > f.Start && strings.ContainsRune(".,?!", rs[i-1])) || dbl >= 0 && paraStart(rs, i)
					closer = !opener
				}
				switch {
				case dbl >= 0 && opener && paraStart(rs, i):
					// the next paragraph of the same quotation
				case dbl >= 0 && opener:
					emit(dbl+1, i) // the first was never closed
					dbl = i
				case dbl >= 0 && closer:
					emit(dbl+1, i)
					dbl = -1
				case opener:
					if sgl >= 0 {
						emit(sgl+1, i)
						sgl = -1
					}
					dbl = i
				case closer && !found && i > f.Start:
					emit(f.Start, i)
				}
			case '‘', '’', '\'':
				if dbl >= 0 {
					continue // nested in a double quotation
				}
				apostrophe := letter(i-1) && letter(i+1) || r != '‘' && sgl < 0 && i > 0 && (rs[i-1] == 's' || rs[i-1] == 'S')
				if apostrophe {
					continue
				}
				switch {
				case sgl < 0 && r != '’' && !letter(i-1) && letter(i+1):
					sgl = i
				case sgl >= 0 && r != '‘' && !letter(i+1):
					emit(sgl+1, i)
					sgl = -1
				}
			}
		}
		next := fi + 1
		if next < len(frags) && strings.TrimSpace(string(rs[f.End:max(frags[next].Start, f.End)])) == "" {
			continue // the quotation goes on in the next fragment
		}
		if dbl >= 0 {
			emit(dbl+1, f.End)
		}
		if sgl >= 0 {
			emit(sgl+1, f.End)
		}
		dbl, sgl = -1, -1
	}
	return out
}

// paraStart reports whether the rune at i opens a line.
func paraStart(rs []rune, i int) bool {
	k := i - 1
	for k >= 0 && (rs[k] == ' ' || rs[k] == '\u00a0' || rs[k] == '\t') {
		k--
	}
	return k >= 0 && rs[k] == '\n'
}

// trimRunes drops spaces and the punctuation that ends a quoted sentence at the edges.
func trimRunes(rs []rune, sp corpus.Span) corpus.Span {
	for sp.Start < sp.End && strings.ContainsRune(" \t\n\r\u00a0", rs[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && strings.ContainsRune(" \t\n\r\u00a0,.;:—–-", rs[sp.End-1]) {
		sp.End--
	}
	return sp
}

// trimSpan is the text of a span without the edges trimRunes drops, for exact matching.
func trimSpan(s string, sp corpus.Span) string {
	rs := []rune(s)
	sp = trimRunes(rs, corpus.Span{Start: max(sp.Start, 0), End: min(sp.End, len(rs))})
	return string(rs[sp.Start:sp.End])
}

// pronounSources are the sources scored as pronouns.
var pronounSources = load("pronouns.txt").Set()

// sourceClass says whether a Source names someone, is a pronoun or is something else.
func sourceClass(s string, src []corpus.Span) int {
	if len(src) == 0 {
		return SrcNone
	}
	t := strings.TrimSpace(corpus.SpansText(s, src))
	if pronounSources[strings.ToLower(t)] {
		return SrcPronoun
	}
	d := text.Analyze(t)
	for i, tk := range d.Tokens {
		if tk.Kind != text.Word || !tk.Is(text.Upper) {
			continue
		}
		w := d.Tok(i)
		if i == 0 && (w == "The" || w == "A" || w == "An" || pronounSources[strings.ToLower(w)]) {
			continue
		}
		return SrcNamed
	}
	return SrcOther
}

// countWords counts the word and number tokens of d inside a code-point span.
func countWords(d *text.Doc, sp corpus.Span) int {
	a, b := d.Runes.Bytes(sp.Start), d.Runes.Bytes(sp.End)
	n := 0
	for _, t := range d.Tokens {
		if t.Start >= b {
			break
		}
		if t.Start >= a && t.End <= b && t.Kind != text.Punct {
			n++
		}
	}
	return n
}

// WriteBratReport prints the quote and speaker figures.
func WriteBratReport(w io.Writer, docs int, c BratCounts) {
	fmt.Fprintf(w, "Direct quotes (brat attribution corpus): %d documents, %d gold quotations, %d system\n", docs, c.Gold, c.Sys)
	fmt.Fprintf(w, "  %-16s %7s %7s %7s\n", "match", "P", "R", "F1")
	for _, row := range []struct {
		name string
		n    int
	}{{"exact", c.Exact}, {"overlap >= 50%", c.Loose}} {
		p := prf(row.n, c.Sys, c.Gold)
		fmt.Fprintf(w, "  %-16s %7.3f %7.3f %7.3f   (%d matches)\n", row.name, p.P, p.R, p.F, row.n)
	}
	fmt.Fprintf(w, "Speakers of matched quotations (speaker words overlap the gold Source):\n")
	fmt.Fprintf(w, "  %-10s %6s %8s %6s %9s\n", "source", "gold", "matched", "right", "accuracy")
	for i := 0; i < SrcNone; i++ {
		fmt.Fprintf(w, "  %-10s %6d %8d %6d %9.3f\n", srcClassNames[i], c.GoldBy[i], c.Matched[i], c.Right[i], ratio(c.Right[i], c.Matched[i]))
	}
	fmt.Fprintf(w, "  %-10s %6d %8d %6d %9.3f\n", "all", c.Gold-c.GoldBy[SrcNone], c.SpeakerMatched(), c.SpeakerRight(), ratio(c.SpeakerRight(), c.SpeakerMatched()))
	if c.GoldBy[SrcNone] > 0 {
		fmt.Fprintf(w, "  (%d gold quotations have no source and are not scored for speakers)\n", c.GoldBy[SrcNone])
	}
}
