package quote

import (
	"strings"

	"storyline/data/text"
)

// claims finds reported speech outside quotation marks: a speaker, a speech or cognition
// verb and the clause it reports ("Russia says its attacks are targeting ...", "Shoigu
// told Putin ... that four warships ...", "..., saying at least 50% ...") and, at the end
// of a sentence, "..., police said." The clause runs from after the verb (and "that") to
// the end of the sentence, or to ", but", ";" or a trailing attribution (", AP reported").
// It appends them to out.
func (f *finder) claims(out []item) []item {
	d := f.d
	for si, s := range d.Sentences {
		for v := s.First; v < s.Last; v++ {
			if f.inQuote[v] || !f.mayCue(v) {
				continue
			}
			c, cl := f.cueAt(v)
			if c == cueNone || c == cueQuote {
				continue
			}
			w := f.tok(v)
			if w == "according" || w == "According" {
				if it, ok := f.accordingTo(v, s, si); ok {
					out = append(out, it)
				}
				continue
			}
			before := f.subjectBefore(v, s.First) // read once: the trailing cue's and the verb's
			if it, ok := f.trailing(v, s, si, before); ok {
				out = append(out, it)
				continue
			}
			var sub who
			passive := v > s.First && passiveAux[f.tok(v-1)]
			switch {
			case passive:
				// "leaders have been warned that ...": the subject heard it; nobody is named
			case isParticiple(w) && v > s.First && f.tok(v-1) == ",":
				sub = f.mainSubject(s, v)
			default:
				sub = before
			}
			if !sub.found() && !passive {
				continue
			}
			if c == cueThink && sub.actor == "" && (sub.pron == "" || unreported.has(sub.pron)) {
				continue
			}
			if unreported.has(sub.pron) || sub.pron == "who" && c != cueSpeech {
				continue
			}
			a := f.complementStart(v+cl, s.Last, w, c)
			if a < 0 {
				continue
			}
			b := f.clauseEnd(a, s.Last)
			if b <= a {
				continue
			}
			it := item{a: a, b: b, cue: v, cueLen: cl, w: sub, sent: si, inClaim: -1}
			it.q = Quote{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
			it.q.Text = d.Text[it.q.Start:it.q.End]
			out = append(out, it)
			v = b - 1
		}
	}
	return out
}

// mainSubject returns the subject of a sentence's main clause, for a participle cue
// (", saying ..."): the first name or pronoun after any opening adverbial.
func (f *finder) mainSubject(s text.Sentence, v int) who {
	for i := s.First; i < v; i++ {
		if f.inQuote[i] {
			continue
		}
		if m := f.owner[i]; m >= 0 {
			a, b := f.mentionToks(m)
			return who{a: a, b: b, actor: f.r.Mentions[m].Actor}
		}
		if lw := f.d.ToLower(i); pronouns[lw] && lw != "who" {
			return who{a: i, b: i + 1, pron: lw}
		}
		if c := f.cite[i]; c >= 0 {
			a, b := f.citationToks(c)
			return who{a: a, b: b, source: f.r.Citations[c].Source}
		}
	}
	return who{}
}

// complementStart returns the first token of the clause a cue at token v reports, or -1:
// after "that" (which report verbs need), after the hearer of "told", or straight after
// the verb when a clause follows.
func (f *finder) complementStart(j, end int, verb string, c cueClass) int {
	d := f.d
	// "pointed out that"
	if j < end && f.tok(j) == "out" {
		j++
	}
	// Look ahead for "that" past the hearer and short adverbials: "told President Vladimir
	// Putin in televised remarks that", "said on Wednesday that".
	for k := j; k < end && k < j+14; k++ {
		if f.inQuote[k] || d.Tokens[k].Kind == text.Punct && f.tok(k) != "-" && f.tok(k) != "." {
			break
		}
		if f.tok(k) == "that" {
			// "that, while the store is branded, the music ..." skips the comma
			n := k + 1
			for n < end && f.tok(n) == "," {
				n++
			}
			if n < end && !f.inQuote[n] && d.Tokens[n].Kind != text.Punct {
				return n
			}
			return -1
		}
		if k > j && auxiliary(f.tok(k)) {
			break
		}
	}
	if c == cueReport {
		return -1
	}
	if tellVerbs[verb] {
		// the hearer: a name, a pronoun or a few lower-case words ("reporters")
		if j < end {
			if m := f.owner[j]; m >= 0 {
				_, b := f.mentionToks(m)
				j = b
			} else if c := f.cite[j]; c >= 0 {
				_, b := f.citationToks(c)
				j = b
			} else {
				j++
			}
		}
	}
	// Skip a time expression: "said Monday", "said on Wednesday", "said yesterday".
	for j < end {
		w := f.tok(j)
		if weekdays[w] || complementWhen.has(w) {
			j++
			continue
		}
		if (w == "on" || w == "last") && j+1 < end && (weekdays[f.tok(j+1)] || f.tok(j+1) == "week" || f.tok(j+1) == "month") {
			j += 2
			continue
		}
		break
	}
	if j >= end || f.inQuote[j] {
		return -1
	}
	t := d.Tokens[j]
	if t.Kind == text.Punct {
		return -1
	}
	lw := f.d.ToLower(j)
	next := ""
	if j+1 < end {
		next = f.d.ToLower(j + 1)
	}
	switch {
	case complementAmounts.has(lw):
		// "saying at least 50% of the strikes ...", "said about 200 people ..."
		if !(next == "least" || next == "most" || next == "than" || j+1 < end && d.Tokens[j+1].Kind == text.Num) {
			return -1
		}
	case lw == "yes" || lw == "no":
		if next == "to" || next == "" || d.Tokens[j+1].Kind == text.Punct {
			return -1
		}
	case complementObjects.has(lw):
		if (lw == "it" || lw == "this") && verbishWord(next) {
			break // "said it would", "said this was": a clause after all
		}
		return -1
	}
	if t.Kind == text.Word && !t.Is(text.Upper) && (auxiliary(lw) || strings.HasSuffix(lw, "ed")) {
		return -1 // "strikes authorities said were targeting": not a clause of its own
	}
	// A clause needs a verb within reach.
	for k := j; k < end && k < j+25; k++ {
		if f.inQuote[k] {
			break
		}
		if kw := f.tok(k); d.Tokens[k].Kind == text.Word && !d.Tokens[k].Is(text.Upper) && verbishWord(kw) {
			return j
		}
	}
	return -1
}

// clauseEnd returns the token after the reported clause that starts at a.
func (f *finder) clauseEnd(a, end int) int {
	d := f.d
	b := end
	for k := a; k < end; k++ {
		w := f.tok(k)
		if w == ";" {
			b = k
			break
		}
		if w == "but" && k > a && k+1 < end && strings.HasSuffix(f.tok(k+1), "ed") {
			b = k // "said the decision was unanimous but declined to ..."
			break
		}
		if w == "," || w == "—" || w == "–" {
			if k+1 < end {
				if complementContrast.has(f.d.ToLower(k + 1)) {
					b = k
				}
			}
			if b == end && f.trailingAt(k, end) {
				b = k
				// keep the mark that closes a quotation ending in the comma: "“flawed,” the AP reported"
				for b+1 < end && isClosingQuote(f.tok(b+1)) && f.inQuote[b+1] {
					b += 2
				}
			}
			if b != end {
				break
			}
		}
	}
	for b > a && (d.Tokens[b-1].Kind == text.Punct && !isClosingQuote(f.tok(b-1)) || f.inQuote[b-1] && isQuoteMark(f.tok(b-1)) && !f.quoteClosesInside(b-1, a)) {
		b--
	}
	for b > a && d.Tokens[b-1].Kind == text.Punct && isTrailingPunct(f.tok(b-1)) {
		b--
	}
	return b
}

func isClosingQuote(w string) bool {
	return w == "”" || w == "\"" || w == "’" || w == "»" || w == "'"
}

// quoteClosesInside reports whether the mark at k closes a quotation opened at or after
// a, so that the claim may keep it.
func (f *finder) quoteClosesInside(k, a int) bool {
	for _, s := range f.spans {
		if s.close == k {
			return s.open >= a
		}
	}
	return false
}

// trailingAt reports whether the comma at k starts a trailing attribution that ends the
// sentence: ", according to TASS", ", the AP reported", ", said Carter", ", adding ...".
func (f *finder) trailingAt(k, end int) bool {
	j := k + 1
	for j < end && isClosingQuote(f.tok(j)) {
		j++
	}
	if j >= end {
		return false
	}
	w := f.tok(j)
	if w == "according" && j+1 < end && f.tok(j+1) == "to" {
		return true
	}
	if c, _ := f.cueAt(j); c != cueNone {
		return isParticiple(w) || f.subjectAfter(j+1, end).found()
	}
	for i := j; i < end && i < j+8; i++ {
		if f.inQuote[i] {
			return false
		}
		if c, cl := f.cueAt(i); c != cueNone && c != cueThink {
			if !f.subjectBefore(i, j).found() {
				return false
			}
			after := i + cl
			return after >= end || f.d.Tokens[after].Kind == text.Punct || f.tok(after) == "on" || f.tok(after) == "in"
		}
		if t := f.d.Tokens[i]; t.Kind == text.Punct && f.tok(i) != "'s" && f.tok(i) != "’s" && f.tok(i) != "-" {
			return false
		}
	}
	return false
}

// trailing reads a cue that ends its sentence after a comma, with the clause before it:
// "The strike killed 12 people, police said." It returns false when the words before
// the comma are a quotation (whose attribution it is) or nothing.
func (f *finder) trailing(v int, s text.Sentence, si int, sub who) (item, bool) {
	d := f.d
	// the comma before the subject and the cue; sub is the subject before the cue
	var comma int
	var inverted bool
	switch {
	case sub.found() && sub.a > s.First && f.tok(sub.a-1) == ",":
		comma = sub.a - 1
	case v > s.First && f.tok(v-1) == ",":
		sub = f.subjectAfter(v+1, s.Last)
		comma, inverted = v-1, true
	default:
		return item{}, false
	}
	after := v + 1
	if inverted {
		after = sub.b
	}
	if !sub.found() {
		return item{}, false
	}
	if after < s.Last {
		switch f.tok(after) {
		case ".", ",", "!", "?", ";", "”", "\"":
		default:
			return item{}, false // "..., she replied: “...”" introduces a quotation
		}
	}
	a := s.First
	for a < comma && (f.inQuote[a] && isQuoteMark(f.tok(a)) || d.Tokens[a].Kind == text.Punct) {
		a++
	}
	b := comma
	if b <= a || f.inQuote[b-1] {
		return item{}, false // a quotation's attribution
	}
	// The clause must not hold another attribution of its own.
	for k := a; k < b; k++ {
		if c, _ := f.cueAt(k); c == cueSpeech || c == cueReport {
			if !f.inQuote[k] {
				return item{}, false
			}
		}
	}
	it := item{a: a, b: b, cue: v, cueLen: 1, w: sub, sent: si, inClaim: -1}
	it.q = Quote{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
	it.q.Text = d.Text[it.q.Start:it.q.End]
	return it, true
}

// accordingTo reads "..., according to X." and "According to X, ...": the clause is the
// rest of the sentence, the speaker X (or, for a news source, nobody: the source is
// attached by sentence).
func (f *finder) accordingTo(v int, s text.Sentence, si int) (item, bool) {
	d := f.d
	sub := f.subjectAfter(v+2, s.Last)
	if !sub.found() {
		// "according to officials", "according to figures released by ..."
		k := v + 2
		for k < s.Last && d.Tokens[k].Kind != text.Punct && k < v+10 {
			k++
		}
		if k == v+2 {
			return item{}, false
		}
		head := f.d.ToLower(k - 1)
		sub = who{a: v + 2, b: k, head: head}
		for i := v + 2; i < k; i++ {
			if m := f.owner[i]; m >= 0 {
				sub.inner = f.r.Mentions[m].Actor
				break
			}
		}
	}
	if sub.source != "" {
		return item{}, false
	}
	var a, b int
	// A clause with an attribution of its own ("The company said ..., according to a
	// filing") keeps that one: "according to" names where it was found.
	holds := func(a, b int) bool {
		for k := a; k < b; k++ {
			if c, _ := f.cueAt(k); (c == cueSpeech || c == cueReport) && !f.inQuote[k] && k != v {
				return true
			}
		}
		return false
	}
	if v == s.First {
		// "According to X, <clause>."
		a = sub.b
		for a < s.Last && d.Tokens[a].Kind == text.Punct {
			a++
		}
		b = f.clauseEnd(a, s.Last)
	} else {
		if f.tok(v-1) != "," {
			return item{}, false
		}
		a, b = s.First, v-1
		if b <= a || f.inQuote[b-1] {
			return item{}, false // a quotation's attribution
		}
	}
	if b <= a || holds(a, b) {
		return item{}, false
	}
	it := item{a: a, b: b, cue: v, cueLen: 2, w: sub, sent: si, inClaim: -1}
	it.q = Quote{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
	it.q.Text = d.Text[it.q.Start:it.q.End]
	return it, true
}

// passiveAux before a cue makes it passive: "have been warned", "was told".
var passiveAux = verbLists.Get("passive")

// unreported are the subjects whose words report no claim: the writer and the reader.
var unreported = newWordSet(pronounLists.Get("unreported"))

// The lists of resources/complements.txt: where the clause a cue reports starts and ends.
var (
	complementLists    = load("complements.txt").GroupSets()
	complementWhen     = newWordSet(complementLists.Get("when"))
	complementAmounts  = newWordSet(complementLists.Get("amounts"))
	complementObjects  = newWordSet(complementLists.Get("objects"))
	complementContrast = newWordSet(complementLists.Get("contrast"))
)
