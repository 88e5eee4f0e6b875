package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/data/article"
	"storyline/model"
)

// tree writes files (path → content) under a new folder and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// collect reads everything the paths name.
func collect(t *testing.T, stdin string, paths ...string) (arts []*article.Article, errs []string, p Plan) {
	t.Helper()
	p = Expand(paths)
	for it := range Read(context.Background(), p, Options{Stdin: strings.NewReader(stdin)}) {
		switch {
		case it.Err != nil:
			errs = append(errs, it.Err.Error())
			if strings.Contains(it.Err.Error(), "\n") {
				t.Errorf("error of more than one line: %q", it.Err)
			}
		case it.Article != nil:
			arts = append(arts, it.Article)
		}
	}
	return arts, errs, p
}

func TestFolderWalk(t *testing.T) {
	dir := tree(t, map[string]string{
		"b/2012-05-25/two.txt":      "Second story, about Houla.",
		"a/one.md":                  "# One\n\nFirst story.",
		"a/.hidden.txt":             "never read",
		".git/config.txt":           "never read",
		"c/photo.jpg":               "\xff\xd8\xff binary",
		"c/notes.pdf":               "%PDF",
		"c/README":                  "A file without an extension is read by content.",
		"d/2011/03/19/strikes.html": "<!DOCTYPE html><html><head><title>Strikes</title></head><body><article><p>" + strings.Repeat("Air strikes began on Saturday evening. ", 20) + "</p></article></body></html>",
	})
	arts, errs, p := collect(t, "", dir)
	if len(errs) > 0 {
		t.Fatalf("errors: %q", errs)
	}
	var got []string
	for _, a := range arts {
		rel, _ := filepath.Rel(dir, a.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	want := []string{"a/one.md", "b/2012-05-25/two.txt", "c/README", "d/2011/03/19/strikes.html"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("read %q, want %q in this order", got, want)
	}
	if len(p.Ignored) != 2 {
		t.Errorf("ignored %q, want the .jpg and the .pdf", p.Ignored)
	}
	if d := arts[1].PathDate; d != model.Day(2012, 5, 25) {
		t.Errorf("date from the folder name: %v", d)
	}
	if d := arts[3].PathDate; d != model.Day(2011, 3, 19) {
		t.Errorf("date from year/month/day folders: %v", d)
	}
	if !arts[0].Markdown || arts[0].Title != "One" {
		t.Errorf("markdown article: %+v", arts[0])
	}
}

func TestSymlinkLoopEnds(t *testing.T) {
	dir := tree(t, map[string]string{"a/story.txt": "A story."})
	if err := os.Symlink(dir, filepath.Join(dir, "a", "loop")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "a", "broken.txt")); err != nil {
		t.Fatal(err)
	}
	arts, errs, _ := collect(t, "", dir)
	if len(arts) != 1 || len(errs) != 1 || !strings.Contains(errs[0], "broken.txt: a symbolic link to nothing") {
		t.Fatalf("articles %d, errors %q", len(arts), errs)
	}
}

func TestJSONLinesFields(t *testing.T) {
	lines := strings.Join([]string{
		`{"id": "1", "time": "2011-10-01", "text": "Timeline17 style.", "url": "https://example.com/a"}`,
		`{"maintext": "news-please style.", "title": "A title", "date_publish": "2017-12-31 09:30:00", "source_domain": "example.org"}`,
		`{"articleBody": "schema.org style.", "headline": "Head", "datePublished": "2020-02-29T23:30:00-05:00", "site_name": "Site"}`,
		`{"content": "NewsAPI style.", "publishedAt": "2019-05-01T12:00:00Z", "source": {"id": "bbc", "name": "BBC News"}}`,
		``,
		`{"body": ["First paragraph.", "Second paragraph."], "published": 1338000000}`,
		`{"text": "", "maintext": "An empty field gives way to the next.", "date": "yesterday", "time": "2012-05-25"}`,
		`{"title": "no text at all"}`,
		`not json`,
		`["an", "array"]`,
		`{"TEXT": "Names match regardless of case.", "Url": "https://news.example/world/2011/mar/19/libya"}`,
	}, "\r\n")
	dir := tree(t, map[string]string{"dump.jsonl": lines})
	arts, errs, _ := collect(t, "", filepath.Join(dir, "dump.jsonl"))
	type want struct{ body, title, source, date string }
	wants := []want{
		{"Timeline17 style.", "", "", "2011-10-01"},
		{"news-please style.", "A title", "example.org", "2017-12-31"},
		{"schema.org style.", "Head", "Site", "2020-02-29"},
		{"NewsAPI style.", "", "BBC News", "2019-05-01"},
		{"First paragraph.\n\nSecond paragraph.", "", "", "2012-05-26"},
		{"An empty field gives way to the next.", "", "", "2012-05-25"},
		{"Names match regardless of case.", "", "", ""},
	}
	if len(arts) != len(wants) {
		t.Fatalf("%d articles, want %d; errors %q", len(arts), len(wants), errs)
	}
	for i, w := range wants {
		a := arts[i]
		date := ""
		if !a.Published.IsZero() {
			date = a.Published.Format("2006-01-02")
			if a.DateFrom != model.DateField {
				t.Errorf("line %d: date from %q", i+1, a.DateFrom)
			}
		}
		if a.Body != w.body || a.Title != w.title || a.Source != w.source || date != w.date {
			t.Errorf("article %d: %q %q %q %q, want %+v", i+1, a.Body, a.Title, a.Source, date, w)
		}
	}
	if arts[6].PathDate != model.Day(2011, 3, 19) {
		t.Errorf("date from the URL: %v", arts[6].PathDate)
	}
	wantErrs := []string{"dump.jsonl:8: no article text", "dump.jsonl:9: not a JSON record", "dump.jsonl:10: not a JSON record: it is a JSON array"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %q", errs)
	}
	for i, w := range wantErrs {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %q, want %q", errs[i], w)
		}
	}
}

func TestJSONLinesLongLineIsSkipped(t *testing.T) {
	long := `{"text": "` + strings.Repeat("word ", article.MaxSize/5+10) + `"}`
	dir := tree(t, map[string]string{"big.ndjson": `{"text": "before"}` + "\n" + long + "\n" + `{"text": "after"}`})
	arts, errs, _ := collect(t, "", filepath.Join(dir, "big.ndjson"))
	if len(arts) != 2 || arts[1].Body != "after" || len(errs) != 1 || !strings.Contains(errs[0], "big.ndjson:2: line larger than the 8 MB limit") {
		t.Fatalf("articles %d, errors %q", len(arts), errs)
	}
}

func TestJSONFiles(t *testing.T) {
	dir := tree(t, map[string]string{
		"one.json":     `{"title": "One", "maintext": "A news-please record.", "date_publish": "2017-01-30 14:22:30"}`,
		"many.json":    `[{"text": "First."}, {"nope": 1}, {"text": "Third."}]`,
		"other.json":   `{"name": "a package.json", "version": "1.0.0"}`,
		"old.json":     `{"documents": [], "events": [], "actors": []}`,
		"bad.json":     `{"text": "unclosed`,
		"notjson.json": `plain words`,
	})
	arts, errs, _ := collect(t, "", dir)
	var bodies []string
	for _, a := range arts {
		bodies = append(bodies, a.Body)
	}
	if strings.Join(bodies, "|") != "First.|Third.|A news-please record." {
		t.Errorf("bodies %q", bodies)
	}
	wantErrors(t, errs, "bad.json: not valid JSON: unexpected end of JSON input",
		"many.json[2]: no article text",
		"notjson.json: not JSON",
		"old.json: not a storyline timeline: no \"storyline\" format version",
		"other.json: JSON from another program: not a storyline timeline, and no article text")
}

func TestGzip(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(`{"text": "Compressed."}` + "\n" + `{"text": "Twice."}` + "\n"))
	zw.Close()
	dir := tree(t, map[string]string{"dump.jsonl.gz": b.String(), "plain.txt.gz": "not gzip at all", "cut.jsonl.gz": b.String()[:b.Len()-12]})
	arts, errs, _ := collect(t, "", dir)
	if len(arts) < 2 || arts[len(arts)-2].Body != "Compressed." || arts[len(arts)-1].Body != "Twice." {
		t.Errorf("articles %+v", arts)
	}
	wantErrors(t, errs, "cut.jsonl.gz:", "plain.txt.gz: not gzip data")
}

func TestClaimsCheckedAgainstContent(t *testing.T) {
	dir := tree(t, map[string]string{
		"page.txt":   "<!DOCTYPE html><html><head><title>Saved as text</title></head><body><article><p>" + strings.Repeat("The minister resigned on Monday. ", 20) + "</p></article></body></html>",
		"fake.jsonl": "just prose\n",
		"fake.html":  "no markup here",
		"x.md":       "\x00\x01binary",
	})
	arts, errs, _ := collect(t, "", dir)
	if len(arts) != 1 || arts[0].Title != "Saved as text" || strings.Contains(arts[0].Body, "<") {
		t.Errorf("a saved page named .txt should be read as a page: %+v", arts)
	}
	wantErrors(t, errs, "fake.html: not HTML", "fake.jsonl: not JSON Lines", "x.md: looks like a binary file")
}

func TestStandardInputByContent(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Plain prose from a pipe.", "Plain prose from a pipe."},
		{`{"text": "one"}` + "\n" + `{"text": "two"}`, "one|two"},
		{"---\ntitle: T\n---\nWith front matter.", "With front matter."},
	} {
		arts, errs, _ := collect(t, c.in, "-")
		var bodies []string
		for _, a := range arts {
			bodies = append(bodies, strings.TrimSpace(a.Body))
			if !strings.HasPrefix(a.Path, "standard input") {
				t.Errorf("path %q", a.Path)
			}
		}
		if strings.Join(bodies, "|") != c.want || len(errs) > 0 {
			t.Errorf("stdin %q: %q, errors %q", c.in, bodies, errs)
		}
	}
}

func TestMissingPathIsOneSkip(t *testing.T) {
	dir := tree(t, map[string]string{"ok.txt": "Fine.", "empty.txt": ""})
	arts, errs, _ := collect(t, "", filepath.Join(dir, "missing.txt"), dir)
	if len(arts) != 1 || len(errs) != 2 || !strings.HasSuffix(errs[0], "missing.txt: no such file or directory") || !strings.HasSuffix(errs[1], "empty.txt: empty file") {
		t.Fatalf("articles %d, errors %q", len(arts), errs)
	}
}

func TestDateFromPath(t *testing.T) {
	for p, want := range map[string]string{
		"corpus/2012-05-25/story.txt":         "2012-05-25",
		"corpus/2012/05/25/story.txt":         "2012-05-25",
		"corpus/2012/5/7/story.txt":           "2012-05-07",
		"corpus/20120525-houla.txt":           "2012-05-25",
		"corpus/houla_2012_05_25.md":          "2012-05-25",
		"2011-01-01/2012-05-25/a.txt":         "2012-05-25",
		"corpus/2012-02-30/a.txt":             "",
		"corpus/123456789/a.txt":              "",
		"corpus/2012/05/a.txt":                "",
		"corpus/id-201205251/a.txt":           "",
		`C:\news\2012-05-25\a.txt`:            "2012-05-25",
		"corpus/world/2011/mar/19/libya.html": "2011-03-19",
	} {
		got := ""
		if d := dateFromPath(p); !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("dateFromPath(%q) = %q, want %q", p, got, want)
		}
	}
}

// wantErrors checks that each message is part of one of the errors.
func wantErrors(t *testing.T, errs []string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, w) }) {
			t.Errorf("no error %q in %q", w, errs)
		}
	}
}

// Each input that cannot be read is one line that names it first and says why.
func TestBadInputsOneLineEach(t *testing.T) {
	dir := tree(t, map[string]string{
		"empty.txt":  "",
		"blank.txt":  " \n\t\n",
		"x.txt":      "PK\x03\x04\x00\x00binary",
		"latin1.txt": "caf\xe9 au lait",
		"fm.md":      "---\ntitle: x\n---\n\n",
		"open.md":    "---\ntitle: x\nbody",
		"date.md":    "---\ndate: yesterday\n---\nText.",
		"line.md":    "---\ntitle: x\nsummary of it\n---\nText.",
	})
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()
	arts, errs, _ := collect(t, "", dir, filepath.Join(dir, "missing.txt"))
	if len(arts) != 0 {
		t.Errorf("read %d articles from bad inputs", len(arts))
	}
	want := map[string]string{
		"blank.txt":   "empty file",
		"date.md":     `front matter line 2: date "yesterday" is not a date; write it as YYYY-MM-DD`,
		"empty.txt":   "empty file",
		"fm.md":       "no article text after the front matter",
		"huge.txt":    "50 MB is larger than the 8 MB limit for text",
		"latin1.txt":  "not valid UTF-8 text (first bad byte at offset 3)",
		"line.md":     "front matter line 3",
		"missing.txt": "no such file or directory",
		"open.md":     "never closed",
		"x.txt":       "looks like a binary file",
	}
	if len(errs) != len(want) {
		t.Fatalf("%d errors, want %d: %q", len(errs), len(want), errs)
	}
	for _, e := range errs {
		name, msg, _ := strings.Cut(strings.TrimPrefix(e, dir+string(filepath.Separator)), ": ")
		if w, ok := want[name]; !ok || !strings.Contains(msg, w) {
			t.Errorf("%s: %q, want %q", name, msg, w)
		}
	}
}

func TestStandardInputLimit(t *testing.T) {
	big := strings.Repeat("word ", article.MaxSize/5+10)
	_, errs, _ := collect(t, big, "-")
	if len(errs) != 1 || errs[0] != "standard input: larger than the 8 MB limit for text; storyline reads articles, not archives" {
		t.Fatalf("errors %q", errs)
	}
}
