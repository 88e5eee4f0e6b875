// Command t17gold lays out the project's own annotation of Timeline17 articles (see
// docs/t17-gold.md): the time expressions of 40 articles, as TimeML files that `storyline
// eval timeml` reads, their names, as CoNLL files that `storyline eval conll` reads, and
// pairs of reports judged as the same happening or not, as `storyline eval merge` reads
// them (docs/story.md). The articles are copyrighted news and stay out of the repository,
// so timex.tsv, names.tsv and merge.tsv hold only where each expression, name or report is
// and what it is; this command puts them back on the articles.
//
//	go run ./scripts/t17gold -t17 ~/storyline-corpora/t17 -out ~/storyline-corpora/t17-gold
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

var (
	//go:embed timex.tsv
	timexTSV string
	// The second, third and fourth sets of 40 articles, annotated with time expressions
	// only.
	//go:embed timex-b.tsv
	timexBTSV string
	//go:embed timex-c.tsv
	timexCTSV string
	//go:embed timex-d.tsv
	timexDTSV string
	//go:embed names.tsv
	namesTSV string
)

type timex struct {
	start, end             int // code points into the article's text
	typ, value, mod, words string
}

// name is one name: tokens [first, end) of the article's text split at white space.
type name struct {
	first, end int
	typ, words string
}

type article struct {
	published string
	timexes   []timex
	names     []name
}

func main() {
	t17 := flag.String("t17", "", "the Timeline17 folder (one folder per topic, each with articles.jsonl)")
	out := flag.String("out", "", "the folder to write the TimeML files to")
	flag.Parse()
	if *t17 == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "t17gold: -t17 and -out are required")
		os.Exit(2)
	}
	if err := run(*t17, *out); err != nil {
		fmt.Fprintln(os.Stderr, "t17gold:", err)
		os.Exit(1)
	}
}

func run(t17, out string) error {
	gold, err := readGold(timexTSV)
	if err != nil {
		return err
	}
	if err := readNames(namesTSV, gold); err != nil {
		return err
	}
	if err := writeTimeML(t17, filepath.Join(out, "timex"), gold); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "names"), 0o755); err != nil {
		return err
	}
	texts, err := readArticles(t17, gold)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		body, ok := texts[n]
		if !ok {
			return fmt.Errorf("%s: not in %s", n, t17)
		}
		doc, err := coNLL(n, body, gold[n])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, "names", n+".conll"), []byte(doc), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%d articles: TimeML files in %s, CoNLL files in %s\n", len(names), filepath.Join(out, "timex"), filepath.Join(out, "names"))
	for _, set := range []struct{ dir, tsv string }{{"timex-b", timexBTSV}, {"timex-c", timexCTSV}, {"timex-d", timexDTSV}} {
		g, err := readGold(set.tsv)
		if err != nil {
			return err
		}
		if err := writeTimeML(t17, filepath.Join(out, set.dir), g); err != nil {
			return err
		}
		fmt.Printf("%d more articles' time expressions in %s\n", len(g), filepath.Join(out, set.dir))
	}
	pairs, err := readMerge(mergeTSV)
	if err != nil {
		return err
	}
	if err := layoutMerge(t17, out, pairs); err != nil {
		return err
	}
	fmt.Printf("%d judged pairs of reports in %s\n", len(pairs), filepath.Join(out, "merge"))
	return nil
}

// readGold reads the annotation: one time expression a line, its article named as
// TOPIC_ID.
// writeTimeML writes the articles of gold as TimeML files in dir.
func writeTimeML(t17, dir string, gold map[string]*article) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	texts, err := readArticles(t17, gold)
	if err != nil {
		return err
	}
	for n, a := range gold {
		body, ok := texts[n]
		if !ok {
			return fmt.Errorf("%s: not in %s", n, t17)
		}
		doc, err := timeML(n, body, a)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, n+".tml"), []byte(doc), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func readGold(s string) (map[string]*article, error) {
	gold := map[string]*article{}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("line %d of the time expressions: %d fields, want 8", n+1, len(f))
		}
		start, err1 := strconv.Atoi(f[2])
		end, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || end <= start {
			return nil, fmt.Errorf("line %d of the time expressions: bad offsets %q %q", n+1, f[2], f[3])
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

// readNames adds the names to the articles the time expressions named.
func readNames(s string, gold map[string]*article) error {
	for n, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return fmt.Errorf("names.tsv:%d: %d fields, want 5", n+1, len(f))
		}
		first, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || end <= first {
			return fmt.Errorf("names.tsv:%d: bad tokens %q %q", n+1, f[1], f[2])
		}
		a := gold[f[0]]
		if a == nil {
			return fmt.Errorf("names.tsv:%d: %s has no time annotation", n+1, f[0])
		}
		a.names = append(a.names, name{first, end, f[3], f[4]})
	}
	return nil
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

// coNLL writes one article as CoNLL-2003 data: a token a line with its tag (IOB2), a line
// of the article a sentence.
func coNLL(id, body string, a *article) (string, error) {
	tags := map[int]string{}
	for n, x := range a.names {
		for k := x.first; k < x.end; k++ {
			if tags[k] != "" {
				return "", fmt.Errorf("%s: name %d (%q) overlaps another", id, n+1, x.words)
			}
			tags[k] = "I-" + x.typ
		}
		tags[x.first] = "B-" + x.typ
	}
	var b strings.Builder
	fmt.Fprintf(&b, "-DOCSTART- %s\n\n", id)
	k := 0
	var words []string
	for _, line := range strings.Split(body, "\n") {
		toks := strings.Fields(line)
		if len(toks) == 0 {
			continue
		}
		for _, w := range toks {
			tag := tags[k]
			if tag == "" {
				tag = "O"
			}
			fmt.Fprintf(&b, "%s %s\n", w, tag)
			words = append(words, w)
			k++
		}
		b.WriteByte('\n')
	}
	for n, x := range a.names {
		if x.end > len(words) || strings.Join(words[x.first:x.end], " ") != x.words {
			return "", fmt.Errorf("%s: name %d: the text does not have %q at tokens %d to %d", id, n+1, x.words, x.first, x.end)
		}
	}
	return b.String(), nil
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}
