package eval

import (
	"encoding/xml"
	"os"
	"unicode/utf8"

	"storyline/data/eval/corpus"
)

// MEANTIME scores storyline on MEANTIME CAT XML files found under paths. The time
// expressions come first; further sections (entities, speakers) follow the marked place.
func MEANTIME(paths []string, o Options) error {
	files, err := corpus.Files(paths, ".xml")
	if err != nil {
		return err
	}
	var docs []*corpus.Doc
	var scopes []int
	for _, f := range files {
		doc, err := corpus.ReadMEANTIME(f)
		if err != nil {
			return err
		}
		end, err := meantimeTimexScope(f)
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		scopes = append(scopes, end)
	}

	// Time expressions (TempEval-3 task A), within the part of each article that MEANTIME
	// annotated for them.
	scoreTimexDocs("MEANTIME", docs, o, scopes...)

	// Further sections of the MEANTIME report go here, each reading docs and o.
	scoreEntitiesAndSpeakers(files, docs, o)

	return nil
}

// meantimeTimexSentences is how many sentences of each article (counting the title and
// the date line) carry MEANTIME's time-expression annotation: every gold TIMEX3 of the
// corpus lies in sentences 0-5, while entities and events run to the end. Scoring the
// whole text would count every later "in 1976" as a false positive.
const meantimeTimexSentences = 6

// meantimeTimexScope is the code-point offset where the annotated sentences end, in the
// text corpus.ReadMEANTIME builds (tokens joined by single spaces).
func meantimeTimexScope(path string) (int, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	var doc struct {
		Tokens []struct {
			Sentence int    `xml:"sentence,attr"`
			Text     string `xml:",chardata"`
		} `xml:"token"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		return 0, err
	}
	pos := 0
	for i, t := range doc.Tokens {
		if t.Sentence >= meantimeTimexSentences {
			return pos, nil
		}
		if i > 0 {
			pos++
		}
		pos += utf8.RuneCountInString(t.Text)
	}
	return pos, nil
}
