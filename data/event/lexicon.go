// Package event turns the dated, attributed sentences of one document into timeline events:
// it cuts sentences into clauses, dates each clause from its own time expressions or from
// context, and merges mentions of the same happening.
package event

import (
	_ "embed"
	"strings"

	"storyline/data/text"
)

//go:embed resources/stopwords.txt
var stopwordsTxt string

//go:embed resources/verbs.txt
var verbsTxt string

// wordClass is what the rules know of a word form: its verb forms and the lists it is in.
type wordClass uint16

const (
	verbPast wordClass = 1 << iota
	verbParticiple
	verbModal
	verbPresent
	stopword
	determiner
	subordinator
	notAfterAs  // "as" after it is a comparison or a preposition
	notBeforeAs // "as" before it is a comparison or a preposition
	possessive  // "his", "her": possessor looks for whose
)

// classes holds the class of every word of the lists, by the WordID of its tokens.
var classes text.Classes[wordClass]

func init() {
	mark := func(c wordClass, words ...string) {
		for _, w := range words {
			*classes.Add(w) |= c
		}
	}
	mark(stopword, words(stopwordsTxt)...)
	verbClasses := map[string]wordClass{"past": verbPast, "participle": verbParticiple, "modal": verbModal, "present": verbPresent}
	for _, line := range strings.Split(verbsTxt, "\n") {
		name, list, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		mark(verbClasses[strings.TrimSpace(name)], strings.Fields(list)...)
	}
	mark(determiner, determiners...)
	mark(subordinator, subordinators...)
	mark(notAfterAs, asNotAfter...)
	mark(notBeforeAs, asNotBefore...)
	mark(possessive, "his", "her")
}

// classOf is the class of token i's word.
func classOf(d *text.Doc, i int) wordClass { return classes.Of(d.Words[i]) }

func words(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}
