// The speaker phrase: the words that name who speaks ("Carter", "he", "the minister",
// "Scott Pruitt, the attorney general of Oklahoma,"), read before or after a cue. Direct
// quotations and reported claims both read it, and it stays words: which actor it names
// is known only once every phrase before it is (resolve.go).

package quote

import (
	"strings"

	"storyline/data/actor"
	"storyline/data/text"
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
var skipBefore = map[string]bool{"has": true, "have": true, "had": true, "also": true, "later": true,
	"again": true, "then": true, "previously": true, "repeatedly": true, "recently": true, "earlier": true,
	"will": true, "would": true, "could": true, "did": true, "does": true, "do": true, "is": true, "was": true,
	"were": true, "are": true, "been": true, "reportedly": true, "further": true, "separately": true,
	"publicly": true, "privately": true, "once": true, "never": true, "often": true, "however": true,
	"on": true, "last": true, "this": true, "today": true, "yesterday": true, "tonight": true, "not": true,
	"may": true, "might": true, "can": true, "must": true, "should": true, "himself": true,
	"herself": true, "itself": true, "themselves": true, "flatly": true, "firmly": true, "clearly": true,
	"told": false, "week": true, "month": true, "year": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "in": false, "quickly": true, "immediately": true, "first": true,
	"initially": true, "ultimately": true, "finally": true, "subsequently": true, "still": true, "always": true}

var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true}

// subjectBefore finds the subject of the cue at token v among the tokens [lo, v): a name,
// a pronoun, or a short noun phrase ("the minister", "campaign aides"), stepping over
// adverbs and auxiliaries and over an apposition set off by commas ("Donna Brazile, the
// party's chairwoman, said").
func (f *finder) subjectBefore(v, lo int) who {
	d := f.d
	j := v - 1
	for skipped := 0; j >= lo && skipped < 6; skipped++ {
		w := f.tok(j)
		t := d.Tokens[j]
		if (t.Kind == text.Word && !t.Is(text.Upper) && skipBefore[w]) || weekdays[w] || t.Kind == text.Num {
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
var npStop = map[string]bool{"and": true, "but": true, "or": true, "that": true, "which": true, "who": true,
	"when": true, "while": true, "as": true, "because": true, "if": true, "after": true, "before": true,
	"since": true, "although": true, "though": true, "where": true, "than": true, "to": true, "by": true,
	"despite": true,
	"with":    true, "in": true, "on": true, "at": true, "from": true, "into": true, "about": true}

// npKeep are words ending like verbs that commonly sit inside a noun phrase.
var npKeep = map[string]bool{"officials": true, "analysts": true, "experts": true, "leaders": true,
	"residents": true, "witnesses": true, "sources": true, "lawmakers": true, "aides": true,
	"advisers": true, "advisors": true, "critics": true, "observers": true, "activists": true,
	"investigators": true, "authorities": true, "diplomats": true, "police": true, "researchers": true,
	"scientists": true, "doctors": true, "prosecutors": true, "officers": true, "workers": true,
	"members": true, "supporters": true, "opponents": true, "voters": true, "analysts'": true,
	"news": true, "its": true, "his": true, "this": true, "press": true, "united": true, "states": true,
	"affairs": true, "forces": true, "services": true, "ministers": true, "spokesperson": true,
	"executives": true, "employees": true, "campaigners": true, "protesters": true, "rebels": true,
	"militants": true, "negotiators": true, "commanders": true, "soldiers": true, "troops": true,
	"bus": true, "various": true, "serious": true, "previous": true, "famous": true, "numerous": true}

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
	if lw != "the" && lw != "a" && lw != "an" && lw != "one" && lw != "another" && lw != "two" && lw != "three" {
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
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
		"might", "must", "should", "did", "does", "do", "be", "been", "being", "said", "says":
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

func auxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
		"might", "must", "should", "did", "does", "do":
		return true
	}
	return false
}
