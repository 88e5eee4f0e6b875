// Command t17timex lays out the project's own TimeML annotation of 40 Timeline17 articles
// (see docs/t17-timex.md): the articles are copyrighted news and stay out of the
// repository, so gold.tsv holds only where each time expression is and what it means, and
// this command puts the annotation back on the articles as TimeML files that
// `storyline eval timeml` reads.
//
//	go run ./scripts/t17timex -t17 ~/storyline-corpora/t17 -out ~/storyline-corpora/t17-timex
package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed gold.tsv
var goldTSV string

type timex struct {
	start, end             int // code points into the article's text
	typ, value, mod, words string
}

type article struct {
	published string
	timexes   []timex
}

func main() {
	t17 := flag.String("t17", "", "the Timeline17 folder (one folder per topic, each with articles.jsonl)")
	out := flag.String("out", "", "the folder to write the TimeML files to")
	flag.Parse()
	if *t17 == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "t17timex: -t17 and -out are required")
		os.Exit(2)
	}
	if err := run(*t17, *out); err != nil {
		fmt.Fprintln(os.Stderr, "t17timex:", err)
		os.Exit(1)
	}
}

func run(t17, out string) error {
	gold, err := readGold(goldTSV)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	texts, err := readArticles(t17, gold)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(gold))
	for name := range gold {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		body, ok := texts[name]
		if !ok {
			return fmt.Errorf("%s: not in %s", name, t17)
		}
		doc, err := timeML(name, body, gold[name])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name+".tml"), []byte(doc), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%d TimeML files in %s\n", len(names), out)
	return nil
}

// readGold reads the annotation: one time expression a line, its article named as
// TOPIC_ID.
func readGold(s string) (map[string]*article, error) {
	gold := map[string]*article{}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("gold.tsv:%d: %d fields, want 8", n+1, len(f))
		}
		start, err1 := strconv.Atoi(f[2])
		end, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || end <= start {
			return nil, fmt.Errorf("gold.tsv:%d: bad offsets %q %q", n+1, f[2], f[3])
		}
		a := gold[f[0]]
		if a == nil {
			a = &article{published: f[1]}
			gold[f[0]] = a
		}
		a.timexes = append(a.timexes, timex{start, end, f[4], f[5], f[6], f[7]})
	}
	return gold, nil
}

// readArticles reads the texts of the annotated articles from each topic's articles.jsonl.
func readArticles(t17 string, gold map[string]*article) (map[string]string, error) {
	topics := map[string]bool{}
	for name := range gold {
		topic, _, ok := cutLast(name, "_")
		if !ok {
			return nil, fmt.Errorf("%s: no topic in the name", name)
		}
		topics[topic] = true
	}
	texts := map[string]string{}
	for topic := range topics {
		path := filepath.Join(t17, topic, "articles.jsonl")
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var rec struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			if name := topic + "_" + rec.ID; gold[name] != nil {
				texts[name] = rec.Text
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return texts, nil
}

// timeML writes one article as TimeML, checking that each expression's words are where
// the annotation says, so a changed copy of the corpus fails loudly.
func timeML(name, body string, a *article) (string, error) {
	runes := []rune(body)
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n", name)
	fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n<TEXT>", a.published, a.published)
	at := 0
	sort.Slice(a.timexes, func(i, j int) bool { return a.timexes[i].start < a.timexes[j].start })
	for n, x := range a.timexes {
		if x.start < at || x.end > len(runes) {
			return "", fmt.Errorf("%s: expression %d (%q) overlaps another or runs past the text", name, n+1, x.words)
		}
		if got := string(runes[x.start:x.end]); got != x.words {
			return "", fmt.Errorf("%s: expression %d: the text has %q where the annotation has %q", name, n+1, got, x.words)
		}
		b.WriteString(html.EscapeString(string(runes[at:x.start])))
		fmt.Fprintf(&b, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\"", n+1, x.typ, html.EscapeString(x.value))
		if x.mod != "" {
			fmt.Fprintf(&b, " mod=\"%s\"", x.mod)
		}
		fmt.Fprintf(&b, ">%s</TIMEX3>", html.EscapeString(x.words))
		at = x.end
	}
	b.WriteString(html.EscapeString(string(runes[at:])))
	b.WriteString("</TEXT>\n</TimeML>\n")
	return b.String(), nil
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}
