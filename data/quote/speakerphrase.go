// The speaker phrase: the words that name who speaks ("Carter", "he", "the minister",
// "Scott Pruitt, the attorney general of Oklahoma,"), read before or after a cue. Direct
// quotations and reported claims both read it, and it stays words: which actor it names
// is known only once every phrase before it is (resolve.go).

package quote

import (
	"strings"

	"storyline/data/actor"
	"storyline/data/text"
	"storyline/data/wordlist"
)

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

// skipBefore are words that may stand between a subject and its verb: "Carter on
// Wednesday said", "Russia has repeatedly said", "he later added".
var skipBefore = load("skipbefore.txt").Set()

// weekdays are the capitalised names of the days, as a time word that may stand between
// a subject and its cue ("Carter Wednesday said") or before a reported clause.
var weekdays = func() map[string]bool {
	m := make(map[string]bool, len(wordlist.WeekdayNames))
	for _, d := range wordlist.WeekdayNames {
		m[strings.ToUpper(d[:1])+d[1:]] = true
	}
	return m
}()

// subjectSkips flags by WordID the words subjectBefore steps over, so that the walk back
// from every cue makes no map lookups.
var subjectSkips = func() (c text.Classes[uint8]) {
	for w := range skipBefore {
		*c.Add(w) |= skipWord
	}
	for _, d := range wordlist.WeekdayNames {
		*c.Add(d) |= skipWeekday
	}
	return c
}()

const (
	skipWord    uint8 = 1 << iota // in skipBefore, written in lower case
	skipWeekday                   // a weekday, capitalised
)

// subjectBefore finds the subject of the cue at token v among the tokens [lo, v): a name,
// a pronoun, or a short noun phrase ("the minister", "campaign aides"), stepping over
// adverbs and auxiliaries and over an apposition set off by commas ("Donna Brazile, the
// party's chairwoman, said").
func (f *finder) subjectBefore(v, lo int) who {
	d := f.d
	j := v - 1
	for skipped := 0; j >= lo && skipped < 6; skipped++ {
		t := d.Tokens[j]
		skip := subjectSkips.Of(d.Words[j])
		if (t.Kind == text.Word && !t.Is(text.Upper) && skip&skipWord != 0) || t.Is(text.Upper) && !t.Is(text.AllUpper) && skip&skipWeekday != 0 || t.Kind == text.Num {
			j--
			continue
		}
		break
	}
	if j < lo {
		return who{}
	}
	// "CCTV quoted Wang as saying": the speaker is the one quoted.
	if f.tok(j) == "as" && isParticiple(f.tok(v)) && j-1 >= lo {
		return f.phraseEndingAt(j-1, lo)
	}
	if f.tok(j) == ")" {
		// "Sen. Claire McCaskill (D-Mo.) said": the name before the parenthesis
		k := j - 1
		for k >= lo && j-k < 12 && f.tok(k) != "(" && f.tok(k) != ")" && !f.inQuote[k] {
			k--
		}
		if k > lo && f.tok(k) == "(" {
			j = k - 1
		}
	}
	if f.tok(j) == "," {
		// An apposition: the subject stands before the comma that opens it.
		k := j - 1
		for k >= lo && f.tok(k) != "," && !f.inQuote[k] && j-k < 30 {
			if c, _ := f.cueAt(k); c != cueNone {
				return who{}
			}
			k--
		}
		if k < lo+1 || f.tok(k) != "," {
			return who{}
		}
		j = k - 1
	}
	if j < lo || f.inQuote[j] {
		return who{}
	}
	return f.phraseEndingAt(j, lo)
}

// phraseEndingAt reads the noun phrase whose last token is j.
func (f *finder) phraseEndingAt(j, lo int) who {
	d := f.d
	t := d.Tokens[j]
	if m := f.owner[j]; m >= 0 {
		a, b := f.mentionToks(m)
		if b == j+1 {
			w := who{a: a, b: b, actor: f.r.Mentions[m].Actor}
			// "Russia's TASS news agency" ends in a citation, not here; a name followed by
			// its role ("Jones, the minister") is the name.
			return w
		}
	}
	if c := f.cite[j]; c >= 0 {
		a, b := f.citationToks(c)
		return who{a: a, b: b, source: f.r.Citations[c].Source}
	}
	lw := f.d.ToLower(j)
	if t.Kind == text.Word && pronouns[lw] {
		return who{a: j, b: j + 1, pron: lw}
	}
	if t.Kind != text.Word || npStop[lw] || lw == "the" || lw == "a" || lw == "an" {
		return who{}
	}
	if c, _ := f.cueAt(j); c != cueNone || (verbishWord(lw) && !t.Is(text.Upper)) {
		return who{}
	}
	// A common noun phrase: back over determiners, adjectives, nouns and "of"/"for"
	// phrases, to a boundary.
	k := j
	for k > lo && j-k < 8 {
		p := d.Tokens[k-1]
		pw := f.tok(k - 1)
		if f.inQuote[k-1] {
			break
		}
		if p.Kind == text.Punct && pw != "-" && pw != "'s" && pw != "’s" && pw != "." {
			break
		}
		lpw := f.d.ToLower(k - 1)
		if npStop[lpw] || (p.Kind == text.Word && !p.Is(text.Upper) && (verbishWord(lpw) && !npKeep[lpw])) {
			break
		}
		if c, _ := f.cueAt(k - 1); c != cueNone {
			break
		}
		k--
	}
	w := who{a: k, b: j + 1, head: lw}
	for i := k; i <= j; i++ {
		if c := f.cite[i]; c >= 0 {
			w.source = f.r.Citations[c].Source
			w.head = ""
			return w
		}
	}
	for i := j; i >= k; i-- {
		if m := f.owner[i]; m >= 0 {
			w.actor = f.r.Mentions[m].Actor
			break
		}
	}
	if w.actor != "" && !isRefHead(lw) {
		return w
	}
	if w.actor != "" {
		// "a spokesman for the ministry": the head decides, the name is a fallback.
		w.inner, w.actor = w.actor, ""
	}
	return w
}

func isRefHead(w string) bool { return w != "" && actor.NominalHead(w) != "" }

// npStop ends a noun phrase read backwards.
var npStop = load("npstop.txt").Set()

// npKeep are words ending like verbs that commonly sit inside a noun phrase.
var npKeep = load("npkeep.txt").Set()

// subjectAfter reads an inverted subject starting at token j: "said Carter", "said the
// minister", "added a spokesman for the company", "said he".
func (f *finder) subjectAfter(j, limit int) who {
	d := f.d
	n := len(d.Tokens)
	if limit > n {
		limit = n
	}
	if j >= limit || f.inQuote[j] {
		return who{}
	}
	if m := f.owner[j]; m >= 0 {
		a, b := f.mentionToks(m)
		if a == j {
			return who{a: a, b: b, actor: f.r.Mentions[m].Actor}
		}
	}
	if c := f.cite[j]; c >= 0 {
		a, b := f.citationToks(c)
		return who{a: a, b: b, source: f.r.Citations[c].Source}
	}
	lw := f.d.ToLower(j)
	if pronouns[lw] && lw != "who" {
		return who{a: j, b: j + 1, pron: lw}
	}
	// "said board president Karen Albright", "said 9/11 widow Terry Strada": a lower-case
	// role before a name.
	for k := j; k < limit && k < j+6 && (d.Tokens[k].Kind == text.Word && !d.Tokens[k].Is(text.Upper) || d.Tokens[k].Kind == text.Num || f.tok(k) == "/" || f.tok(k) == "-"); k++ {
		if npStop[f.d.ToLower(k)] {
			break
		}
		if k+1 >= limit {
			break
		}
		if m := f.owner[k+1]; m >= 0 {
			a, b := f.mentionToks(m)
			if a == k+1 {
				return who{a: j, b: b, actor: f.r.Mentions[m].Actor}
			}
		}
	}
	if !invertedOpeners.has(lw) {
		return who{}
	}
	// "the AP", "the minister", "a spokesman for the company": up to punctuation.
	k := j + 1
	for k < limit && k-j < 10 && d.Tokens[k].Kind != text.Punct && !f.inQuote[k] {
		if c, _ := f.cueAt(k); c != cueNone {
			break
		}
		if npStop[f.d.ToLower(k)] && f.tok(k) != "for" {
			break
		}
		k++
	}
	if k == j+1 {
		return who{}
	}
	for i := j; i < k; i++ {
		if c := f.cite[i]; c >= 0 {
			return who{a: j, b: k, source: f.r.Citations[c].Source}
		}
	}
	// The head is the last word before "of"/"for".
	h := k - 1
	for i := j + 1; i < k; i++ {
		if w := f.tok(i); w == "of" || w == "for" {
			h = i - 1
			break
		}
	}
	w := who{a: j, b: k, head: f.d.ToLower(h)}
	for i := j; i < k; i++ {
		if m := f.owner[i]; m >= 0 {
			w.inner = f.r.Mentions[m].Actor
			break
		}
	}
	return w
}

// invertedOpeners open an inverted subject that is a common noun phrase: "said the
// minister", "said one official".
var invertedOpeners = newWordSet(load("inverted.txt").Set())

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

// verbishWord guesses whether a lower-case word is a finite verb or auxiliary.
func verbishWord(w string) bool {
	if verbishWords.has(w) {
		return true
	}
	if len(w) < 4 || strings.HasPrefix(w, "’") || strings.HasPrefix(w, "'") {
		return false // short, or a clitic ("’s" is four bytes)
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	if strings.HasSuffix(w, "s") {
		return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
			!strings.HasSuffix(w, "ics") && !strings.HasSuffix(w, "ies") && !strings.HasSuffix(w, "ns") &&
			!strings.HasSuffix(w, "ts") && !strings.HasSuffix(w, "rs")
	}
	return false
}

func auxiliary(w string) bool { return auxiliaries.has(w) }

// verbLists are the lists of resources/verbs.txt: the verb forms the rules know by name.
var verbLists = load("verbs.txt").GroupSets()

var (
	// Not "am": what "I am" says is the writer's, no speaker's.
	auxiliaries = newWordSet(wordlist.FunctionWords([]string{"have", "do", "modals"}, "is", "are", "was", "were"))
	// verbishWords are the auxiliaries and the other forms that verbishWord takes by name,
	// in one set, so that one lookup answers for both.
	verbishWords = func() *wordSet {
		s := auxiliaries.set()
		for w := range verbLists.Get("verbish") {
			s[w] = true
		}
		return newWordSet(s)
	}()
)
