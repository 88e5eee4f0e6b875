package eval

import (
	"regexp"
	"strings"
)

// This file reproduces the ROUGE-N counts of ROUGE-1.5.5.pl run with -m -s (stem, drop
// stopwords), the way tilse and news-tls run it through pyrouge, so that scores can be
// set beside published ones. The Perl subs it follows are readText, createNGram,
// MorphStem, stem and ngramScore.
//
// One departure: with -m the Perl looks each token up in a WordNet exception database
// (WordNet-2.0.exc.db, built from WordNet's irregular forms, e.g. "children" -> "child")
// before stemming. That database is not used here, so irregular forms of more than three
// letters are stemmed like any other word.

// rougeStopwords are ROUGE-1.5.5's data/smart_common_words.txt.
var rougeStopwords = load("rouge_stopwords.txt").Set()

// rougeCounts are ROUGE-N counts of a peer text against one reference. Hit is a float
// so that the date-aligned metrics can weight it by date distance.
type rougeCounts struct{ Hit, Peer, Model float64 }

// rougeTokens returns the tokens ROUGE-1.5.5 scores for text.
//
// The Perl lower-cases A-Z, puts spaces round each '-', turns every byte outside
// [A-Za-z0-9-] into a space, and later keeps only tokens starting with [a-z0-9$]. A lone
// '-' therefore never survives and '$' is already a space by the time it is tested for,
// so both act as plain separators, as do punctuation and the bytes of non-ASCII letters.
func rougeTokens(text string) []string {
	b := []byte(text)
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		default:
			b[i] = ' '
		}
	}
	var toks []string
	for _, t := range strings.Fields(string(b)) {
		if rougeStopwords[t] {
			continue
		}
		if len(t) > 3 {
			t = rougeStem(t)
		}
		toks = append(toks, t)
	}
	return toks
}

// rougeSummaryTokens returns the tokens of a summary given as sentences, as ROUGE sees it
// when pyrouge writes it: one line per sentence in SEE format, read back as one text, so
// n-grams run across sentence boundaries.
func rougeSummaryTokens(sents []string) []string {
	var toks []string
	for _, s := range sents {
		// ROUGE's SEE pattern reads a sentence only up to its first '<', and pyrouge
		// writes '^' as "&circ;", which ROUGE then reads as the word "circ".
		if i := strings.IndexByte(s, '<'); i >= 0 {
			s = s[:i]
		}
		s = strings.ReplaceAll(s, "^", "&circ;")
		toks = append(toks, rougeTokens(s)...)
	}
	return toks
}

// rougeN counts the n-grams of peer found in model, each clipped to its count in model.
func rougeN(peer, model []string, n int) rougeCounts {
	p, m := ngrams(peer, n), ngrams(model, n)
	var c rougeCounts
	for g, k := range m {
		c.Hit += float64(min(k, p[g]))
		c.Model += float64(k)
	}
	for _, k := range p {
		c.Peer += float64(k)
	}
	return c
}

func ngrams(toks []string, n int) map[string]int {
	g := map[string]int{}
	for i := 0; i+n <= len(toks); i++ {
		g[strings.Join(toks[i:i+n], " ")]++
	}
	return g
}

// The stemmer is a port of the Porter stemmer inside ROUGE-1.5.5.pl, not the 1980
// algorithm as published: it has Martin Porter's later changes (bli -> ble, logi -> log)
// and Chin-Yew Lin's step 4, which tries -ment and then -ent after the other suffixes,
// so "agreement" becomes "agreem" and "accidental" "accid". The regular expressions
// are the Perl ones, so the two agree on how a 'y' between letters is read.
const (
	stemCons   = `[^aeiou][^aeiouy]*` // a consonant sequence
	stemVowels = `[aeiouy][aeiou]*`   // a vowel sequence
)

var (
	stemMgr0  = regexp.MustCompile(`^(` + stemCons + `)?` + stemVowels + stemCons)
	stemMeq1  = regexp.MustCompile(`^(` + stemCons + `)?` + stemVowels + stemCons + `(` + stemVowels + `)?$`)
	stemMgr1  = regexp.MustCompile(`^(` + stemCons + `)?` + stemVowels + stemCons + stemVowels + stemCons)
	stemHasV  = regexp.MustCompile(`^(` + stemCons + `)?[aeiouy]`)
	stemCVC   = regexp.MustCompile(`^` + stemCons + `[aeiouy][^aeiouwxy]$`)
	stem1a    = regexp.MustCompile(`(ss|i)es$`)
	stem1aS   = regexp.MustCompile(`([^s])s$`)
	stem1b    = regexp.MustCompile(`(ed|ing)$`)
	stem1bE   = regexp.MustCompile(`(at|bl|iz)$`)
	stem2     = regexp.MustCompile(`(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$`)
	stem3     = regexp.MustCompile(`(icate|ative|alize|iciti|ical|ful|ness)$`)
	stem4     = regexp.MustCompile(`(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$`)
	stem4Ion  = regexp.MustCompile(`(s|t)(ion)$`)
	stem2List = map[string]string{
		"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
		"bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
		"ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
		"fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
		"logi": "log",
	}
	stem3List = map[string]string{
		"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
		"ness": "",
	}
)

// rougeStem stems a lower-case token as ROUGE-1.5.5's stem sub does.
func rougeStem(w string) string {
	if len(w) < 3 {
		return w
	}
	// An initial y is a consonant: upper case keeps it out of the vowel classes.
	initialY := w[0] == 'y'
	if initialY {
		w = "Y" + w[1:]
	}

	if m := stem1a.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[0]] + w[m[2]:m[3]]
	} else if m := stem1aS.FindStringSubmatchIndex(w); m != nil {
		w = w[:m[0]] + w[m[2]:m[3]]
	}

	if strings.HasSuffix(w, "eed") {
		if stemMgr0.MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if m := stem1b.FindStringIndex(w); m != nil {
		if stem := w[:m[0]]; stemHasV.MatchString(stem) {
			w = stem
			n := len(w)
			switch {
			case stem1bE.MatchString(w):
				w += "e"
			case n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1])):
				w = w[:n-1]
			case stemCVC.MatchString(w):
				w += "e"
			}
		}
	}

	if strings.HasSuffix(w, "y") {
		if stem := w[:len(w)-1]; stemHasV.MatchString(stem) {
			w = stem + "i"
		}
	}

	if m := stem2.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]]; stemMgr0.MatchString(stem) {
			w = stem + stem2List[w[m[2]:m[3]]]
		}
	}
	if m := stem3.FindStringSubmatchIndex(w); m != nil {
		if stem := w[:m[0]]; stemMgr0.MatchString(stem) {
			w = stem + stem3List[w[m[2]:m[3]]]
		}
	}

	// Step 4 as Lin left it: three tests in turn, each on the result of the last.
	if m := stem4.FindStringIndex(w); m != nil {
		if stem := w[:m[0]]; stemMgr1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ment") {
		if stem := w[:len(w)-4]; stemMgr1.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ent") {
		if stem := w[:len(w)-3]; stemMgr1.MatchString(stem) {
			w = stem
		}
	} else if stem4Ion.MatchString(w) {
		if stem := w[:len(w)-3]; stemMgr1.MatchString(stem) {
			w = stem
		}
	}

	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if stemMgr1.MatchString(stem) || stemMeq1.MatchString(stem) && !stemCVC.MatchString(stem) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && stemMgr1.MatchString(w) {
		w = w[:len(w)-1]
	}

	if initialY {
		w = "y" + w[1:]
	}
	return w
}
