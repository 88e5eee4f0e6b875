// Direct attribution: which speaker phrase a quotation in marks belongs to, by a cue after
// it or before it, a colon, the sentence's subject, the quotation before it or the claim
// around it. Apart from the gathering of quotations, whose tests of what is a quotation
// need none of this, and from the speaker phrase, which reported claims read too.

package quote

import (
	"slices"
	"sort"
	"strings"

	"storyline/data/text"
	"storyline/data/wordlist"
)

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

// maxReach is how many tokens before a quotation its cue or subject may stand.
const maxReach = 80

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
var afterPrep = load("afterprep.txt").Set()

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
var clauseOpeners = wordlist.FunctionWords([]string{"subordinators", "coordinators"}, load("clauseopeners.txt").Words()...)

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
	slices.SortStableFunc(claims, func(x, y int) int { return items[x].a - items[y].a })
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
