// Package event turns the dated, attributed sentences of one document into timeline events:
// it cuts sentences into clauses, dates each clause from its own time expressions or from
// context, and merges mentions of the same happening.
package event

import (
	_ "embed"
	"strings"
)

//go:embed resources/stopwords.txt
var stopwordsTxt string

//go:embed resources/verbs.txt
var verbsTxt string

type verbClass uint8

const (
	verbPast verbClass = 1 << iota
	verbParticiple
	verbModal
	verbPresent
)

var (
	stopwords = map[string]bool{}
	verbs     = map[string]verbClass{}
)

func init() {
	for _, w := range words(stopwordsTxt) {
		stopwords[w] = true
	}
	classes := map[string]verbClass{"past": verbPast, "participle": verbParticiple, "modal": verbModal, "present": verbPresent}
	for _, line := range strings.Split(verbsTxt, "\n") {
		name, list, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		c := classes[strings.TrimSpace(name)]
		for _, w := range strings.Fields(list) {
			verbs[w] |= c
		}
	}
}

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
