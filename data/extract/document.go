package extract

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"storyline/data/article"
	"storyline/data/event"
	"storyline/data/text"
)

// documentIDs names each article after its file, made unique.
func documentIDs(arts []*article.Article) []string {
	ids := make([]string, len(arts))
	seen := map[string]int{}
	for i, a := range arts {
		base := slug(strings.TrimSuffix(filepath.Base(a.Path), filepath.Ext(a.Path)))
		if a.Path == "standard input" {
			base = "stdin"
		}
		if base == "" {
			base = "doc"
		}
		seen[base]++
		if n := seen[base]; n > 1 {
			base += "-" + strconv.Itoa(n)
		}
		ids[i] = base
	}
	return ids
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

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
	same := a.Title != "" && strings.EqualFold(strings.Join(strings.Fields(line), " "), strings.Join(strings.Fields(a.Title), " "))
	last := line[len(line)-1]
	short := s.Last-s.First <= 20 && !strings.ContainsRune(".!?\"”’", rune(last))
	if same || short {
		return []event.Range{{Start: s.Start, End: s.End}}
	}
	return nil
}
