package extract

import (
	"strings"

	"storyline/data/article"
	"storyline/data/event"
	"storyline/data/text"
)

// headline finds a title line at the top of the text: a short first line without closing
// punctuation, standing alone (or repeating the front matter's title). Its words are kept
// for names and dates but make no event of their own.
func headline(a *article.Article, d *text.Doc) []event.Range {
	if len(d.Sentences) < 2 {
		return nil
	}
	s := d.Sentences[0]
	line := strings.TrimSpace(d.Text[s.Start:s.End])
	next := d.Tokens[d.Sentences[1].First]
	if !next.Is(text.NewLine) || strings.Contains(d.Text[s.Start:s.End], "\n") {
		return nil
	}
	same := a.Title != "" && strings.EqualFold(text.Squeeze(line), text.Squeeze(a.Title))
	last := line[len(line)-1]
	short := s.Last-s.First <= 20 && !strings.ContainsRune(".!?\"”’", rune(last))
	if same || short {
		return []event.Range{{Start: s.Start, End: s.End}}
	}
	return nil
}
