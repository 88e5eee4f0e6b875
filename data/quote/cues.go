package quote

import (
	_ "embed"
	"strings"

	"storyline/data/text"
)

//go:embed resources/cues.txt
var cuesTxt string

// cueClass says what a speech or cognition verb can introduce (see resources/cues.txt).
type cueClass uint8

const (
	cueNone   cueClass = iota
	cueSpeech          // quotes and reported clauses, with or without "that"
	cueQuote           // direct quotes only
	cueReport          // reported clauses only after "that"
	cueThink           // cognition: reported clauses after a named subject
)

var cues = parseCues(cuesTxt)

// cueWords flags the WordIDs of the cues, lower-cased: a token whose word is not flagged
// is no cue, and only the others are looked up by their text.
var cueWords = func() (c text.Classes[bool]) {
	for w := range cues {
		*c.Add(text.LowerASCII(w)) = true
	}
	return c
}()

// cueStarts flags the WordIDs of the cues and of the first words of the phrases cueAt
// reads ("according to", "put it"): cueAt passes over the other words in lower case.
var cueStarts = func() (c text.Classes[bool]) {
	for w := range cues {
		*c.Add(text.LowerASCII(w)) = true
	}
	for _, w := range []string{"according", "put", "puts"} {
		*c.Add(w) = true
	}
	return c
}()

func parseCues(s string) map[string]cueClass {
	m := map[string]cueClass{}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		cls, forms, ok := strings.Cut(line, ":")
		if !ok {
			panic("quote: cue line without a class: " + line)
		}
		var c cueClass
		switch strings.TrimSpace(cls) {
		case "speech":
			c = cueSpeech
		case "quote":
			c = cueQuote
		case "report":
			c = cueReport
		case "think":
			c = cueThink
		default:
			panic("quote: unknown cue class " + cls)
		}
		for _, f := range strings.Fields(forms) {
			if old, ok := m[f]; !ok || c < old {
				m[f] = c
			}
		}
	}
	return m
}

// tellVerbs take the hearer as an object before the reported clause: "told Putin that".
var tellVerbs = map[string]bool{"tell": true, "tells": true, "told": true, "telling": true,
	"inform": true, "informs": true, "informed": true, "assure": true, "assures": true, "assured": true,
	"warn": true, "warns": true, "warned": true, "remind": true, "reminded": true, "reminds": true}

// participleCues attribute to the subject of the main clause: "..., saying that".
func isParticiple(w string) bool { return strings.HasSuffix(w, "ing") }
