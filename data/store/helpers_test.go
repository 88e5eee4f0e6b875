package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"storyline/data/article"
	"storyline/data/eval/corpus"
	"storyline/data/extract"
	"storyline/data/sample"
	"storyline/model"
)

var _ extract.Cache = (*Store)(nil)

const testExtractor = "0123456789abcdef"

// openTemp opens a store in a fresh folder, closed when the test ends.
func openTemp(tb testing.TB) *Store {
	tb.Helper()
	return openAt(tb, filepath.Join(tb.TempDir(), "storyline", "store.db"))
}

func openAt(tb testing.TB, path string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// keyed is an extraction with the key it is stored under, and its Path cleared as Get
// gives it back.
type keyed struct {
	key string
	x   model.Extraction
}

func extractAll(tb testing.TB, arts []*article.Article) []keyed {
	tb.Helper()
	out, err := extractArticles(arts)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func extractArticles(arts []*article.Article) ([]keyed, error) {
	out := make([]keyed, len(arts))
	for i, a := range arts {
		x, err := extract.Document(context.Background(), a, extract.Options{})
		if err != nil {
			return nil, err
		}
		x.Document.Path = ""
		out[i] = keyed{extract.Key(a, extract.Options{}), x}
	}
	return out, nil
}

func sampleArticle(tb testing.TB) *article.Article {
	tb.Helper()
	a, err := article.Parse(sample.Name, sample.Article)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// meantimeArticles are MEANTIME's 30 Wikinews articles on Apple, read with the evaluation's
// corpus reader and dated by their creation time.
func meantimeArticles(tb testing.TB) []*article.Article {
	tb.Helper()
	files, err := corpus.Files([]string{"../eval/testdata/meantime-apple"}, ".xml")
	if err != nil || len(files) == 0 {
		tb.Fatalf("MEANTIME files: %v (%d)", err, len(files))
	}
	var out []*article.Article
	for _, f := range files {
		d, err := corpus.ReadMEANTIME(f)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := article.FromText(f, article.Meta{Published: d.DCT}, d.Text)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// syntheticArticles cover what the real ones may not: no date at all, Markdown with front
// matter and a URL, a time of day, a dateline, an article that names no one and quotes
// nothing.
func syntheticArticles(tb testing.TB) []*article.Article {
	tb.Helper()
	texts := map[string]string{
		"undated.txt":   "Officials said the bridge would reopen next week. Nobody knows when the repairs began.",
		"front.md":      "---\ntitle: \"Quotes, \\\"escaped\\\" and 'single'\"\ndate: 2019-03-04\nsource: Example Daily\nurl: https://example.com/a?b=c&d=%20\n---\n# Heading\n\nThe *council* met on Monday at 3 p.m. and voted 5-2. \"We did it,\" Mayor Jane Doe said, according to Reuters.\n",
		"dateline.txt":  "MOSCOW, Oct 7 (Reuters) - Russia's defence ministry said on Wednesday that its jets had flown 20 sorties since Sept. 30. The Kremlin declined to comment on Thursday.",
		"nothing.txt":   "It rained.",
		"unicode.txt":   "2020-05-01\nŁódź — «Привет», said Zoë Ångström on Friday, citing AFP. 東京 reported nothing new \\ nor \"this\".",
		"intervals.txt": "The war has lasted for more than four years. In early October 2015 talks began; by mid-2016 they had failed. The 1990s were quieter.",
	}
	var out []*article.Article
	for name, text := range texts {
		a, err := article.Parse(name, []byte(text))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// same fails the test unless Get gives back exactly what Put was given, from the
// database: it waits for the writer first.
func same(tb testing.TB, s *Store, k keyed, extractor string) {
	tb.Helper()
	if err := s.Flush(); err != nil {
		tb.Fatal(err)
	}
	got, ok, err := s.Get(context.Background(), k.key, extractor)
	if err != nil || !ok {
		tb.Fatalf("Get %s: ok %v, err %v", k.x.Document.ID, ok, err)
	}
	if !reflect.DeepEqual(got, k.x) {
		tb.Fatalf("Get %s differs from what was Put:\n%s", k.x.Document.ID, diff(got, k.x))
	}
}

// diff names the first field where two extractions differ, which DeepEqual does not.
func diff(got, want model.Extraction) string {
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	return firstDiff("x", g, w)
}

func firstDiff(at string, g, w reflect.Value) string {
	if reflect.DeepEqual(g.Interface(), w.Interface()) {
		return ""
	}
	switch g.Kind() {
	case reflect.Struct:
		if g.Type().PkgPath() == "time" {
			break
		}
		for i := range g.NumField() {
			if d := firstDiff(at+"."+g.Type().Field(i).Name, g.Field(i), w.Field(i)); d != "" {
				return d
			}
		}
	case reflect.Slice:
		if g.IsNil() != w.IsNil() || g.Len() != w.Len() {
			break
		}
		for i := range g.Len() {
			if d := firstDiff(at+"["+strconv.Itoa(i)+"]", g.Index(i), w.Index(i)); d != "" {
				return d
			}
		}
	}
	return at + ": " + describe(g) + " vs " + describe(w)
}

func describe(v reflect.Value) string {
	if v.Kind() == reflect.Slice && v.IsNil() {
		return "nil"
	}
	return fmt.Sprintf("%#v", v.Interface())
}
