// Package event turns the dated, attributed sentences of one document into timeline events:
// it cuts sentences into clauses, dates each clause from its own time expressions or from
// context, and merges mentions of the same happening.
package event

import (
	"embed"

	"storyline/data/text"
	"storyline/data/wordlist"
)

//go:embed resources/*.txt
var resources embed.FS

// load reads one of the resource files.
func load(name string) wordlist.File { return wordlist.Load(resources, "resources/"+name) }

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
	mark(stopword, load("stopwords.txt").Words()...)
	verbClasses := map[string]wordClass{"past": verbPast, "participle": verbParticiple, "modal": verbModal, "present": verbPresent}
	for name, words := range load("verbs.txt").Groups() {
		c, ok := verbClasses[name]
		if !ok {
			panic("event: verbs.txt: no verb class " + name)
		}
		mark(c, words...)
	}
	for w := range wordlist.FunctionWords([]string{"articles", "possessives", "demonstratives"}, load("determiners.txt").Words()...) {
		mark(determiner, w)
	}
	mark(subordinator, wordlist.FunctionWordList("subordinators")...)
	mark(notAfterAs, clauseWords.Get("notafteras")...)
	mark(notBeforeAs, clauseWords.Get("notbeforeas")...)
	mark(possessive, "his", "her")
}

// clauseWords are the lists of clauses.txt: the words that cut a sentence into clauses.
var clauseWords = load("clauses.txt").Groups()

// classOf is the class of token i's word.
func classOf(d *text.Doc, i int) wordClass { return classes.Of(d.Words[i]) }
