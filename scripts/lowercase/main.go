// Command lowercase builds data/actor/lexicon/lowercase.txt, the words that news writes in
// lower case and almost never as a name of one word. The name rules read a sentence's
// capitalised first word as no name when it is one of them and the text gives no other
// sign: in a short article a lone "Nickel rose" or "Surgeons said" has nothing else to go
// by.
//
// It counts, over articles of real news, how often each word is written in lower case
// and how often it stands capitalised alone inside a sentence (not at its start, not in a
// headline, not beside another capitalised word). A word with the second count under a
// fiftieth of the first is kept. With -words, only words that dictionary holds in lower
// case, and not capitalised too, are kept.
//
//	go run ./scripts/lowercase -words /usr/share/dict/words ~/storyline-corpora/t17/*/articles.jsonl \
//	    > data/actor/lexicon/lowercase.txt
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/data/input"
	"storyline/data/text"
)

type counts struct {
	lower, alone int
	docs         int
	lastDoc      int
}

func main() {
	words := flag.String("words", "", "a dictionary, one word a line; keep only its lower-case words")
	minLower := flag.Int("min", 2, "keep words written in lower case at least this often")
	minDocs := flag.Int("docs", 2, "... in at least this many articles")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: lowercase [-words FILE] ARTICLES...")
		os.Exit(2)
	}
	var dict map[string]bool
	if *words != "" {
		var err error
		if dict, err = lowerOnly(*words); err != nil {
			fmt.Fprintln(os.Stderr, "lowercase:", err)
			os.Exit(1)
		}
	}
	seen := map[string]*counts{}
	n := 0
	for it := range input.Read(context.Background(), input.Expand(flag.Args()), input.Options{}) {
		if it.Err != nil {
			fmt.Fprintln(os.Stderr, "lowercase: skipped:", it.Err)
			continue
		}
		if it.Article == nil {
			continue
		}
		n++
		count(text.Analyze(it.Article.Body), n, seen)
	}
	var keep []string
	for w, c := range seen {
		if c.lower >= *minLower && c.docs >= *minDocs && c.alone*50 < c.lower && (dict == nil || dict[w]) {
			keep = append(keep, w)
		}
	}
	slices.Sort(keep)
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "# Words news writes in lower case and almost never as a name of one word, made by\n")
	fmt.Fprintf(out, "# scripts/lowercase from %d articles: see there. One word a line.\n", n)
	for _, w := range keep {
		fmt.Fprintln(out, w)
	}
	out.Flush()
}

// count adds one article's words to seen.
func count(d *text.Doc, doc int, seen map[string]*counts) {
	for _, s := range d.Sentences {
		if headline(d, s) {
			continue
		}
		first := true
		for i := s.First; i < s.Last; i++ {
			t := d.Tokens[i]
			if t.Kind != text.Word {
				if tok := d.Tok(i); tok == ":" || strings.ContainsAny(tok, "\"“‘'(") {
					first = true // a quotation or a label's text opens like a sentence
				}
				continue
			}
			w := d.Tok(i)
			wasFirst := first
			first = false
			if !letters(w) || utf8.RuneCountInString(w) < 3 {
				continue
			}
			lw := strings.ToLower(w)
			c := seen[lw]
			if c == nil {
				c = &counts{}
				seen[lw] = c
			}
			if c.lastDoc != doc {
				c.lastDoc = doc
				c.docs++
			}
			switch {
			case !t.Is(text.Upper):
				c.lower++
			case !wasFirst && !t.Is(text.AllUpper) && !capNeighbour(d, i, s):
				c.alone++
			}
		}
	}
}

// headline reports whether most of a sentence's longer words are capitalised.
func headline(d *text.Doc, s text.Sentence) bool {
	words, caps := 0, 0
	for i := s.First; i < s.Last; i++ {
		if t := d.Tokens[i]; t.Kind == text.Word && t.End-t.Start > 3 {
			words++
			if t.Is(text.Upper) {
				caps++
			}
		}
	}
	return words > 0 && caps*2 > words
}

// capNeighbour reports whether the word before or after token i, with only a hyphen,
// period or apostrophe between, is capitalised: then token i is part of a longer name.
func capNeighbour(d *text.Doc, i int, s text.Sentence) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= s.First && j < s.Last; j += step {
			t := d.Tokens[j]
			if t.Kind == text.Word {
				if t.Is(text.Upper) {
					return true
				}
				break
			}
			if tok := d.Tok(j); tok != "-" && tok != "." && tok != "'" && tok != "&" {
				break
			}
		}
	}
	return false
}

func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// lowerOnly reads a dictionary and returns its lower-case words that it does not also
// hold capitalised.
func lowerOnly(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lower, capital := map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			capital[strings.ToLower(w)] = true
		} else {
			lower[w] = true
		}
	}
	for w := range capital {
		delete(lower, w)
	}
	return lower, sc.Err()
}
