package extract

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"storyline/data/text"
	"storyline/data/wordlist"
)

// ForeignError is an article written in another language than English. Its rules read
// English, so such an article is skipped rather than read for names and dates it does
// not have: in German every noun is capitalised and would be an actor.
type ForeignError struct {
	Name     string // the article's path, or its title
	Language string // "German"
}

func (e *ForeignError) Error() string {
	return e.Name + ": written in " + e.Language + "; storyline reads English news"
}

// englishWords flags the function words of English, which make up a third of the words
// of English news and few of any other language's.
var englishWords = func() *text.Classes[bool] {
	var c text.Classes[bool]
	kinds := []string{"articles", "possessives", "demonstratives", "be", "have", "modals", "relatives", "coordinators"}
	for w := range wordlist.FunctionWords(kinds, "of", "to", "in", "for", "on", "with", "at", "by", "from",
		"as", "he", "she", "it", "they", "not", "said") {
		*c.Add(w) = true
	}
	return &c
}()

// Up to so many words are counted, and so many bytes given to the language detector:
// enough to tell a language, and a fixed cost however long the article.
const (
	languageWords = 200
	languageBytes = 4096
)

// foreign returns the language the text is written in when that is surely not English.
// English news is told by its function words alone; only a text short of them (another
// language, or a list, a table, a page of links) is given to the detector, and a text it
// cannot place with confidence is read.
func foreign(d *text.Doc) (string, bool) {
	words, english := 0, 0
	for i, t := range d.Tokens {
		if t.Kind != text.Word {
			continue
		}
		if words++; englishWords.Of(d.Words[i]) {
			english++
		}
		if words == languageWords {
			break
		}
	}
	if words < 20 || english*100 >= words*15 {
		return "", false
	}
	s := d.Text
	if len(s) > languageBytes {
		cut := languageBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	info := whatlanggo.Detect(s)
	if !info.IsReliable() || info.Lang == whatlanggo.Eng || info.Lang.String() == "" {
		return "", false
	}
	return info.Lang.String(), true
}
