package main

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/data/eval/corpus"
)

// corpusDir writes a small multi-site corpus: a dated folder of text files, a JSON Lines
// dump with a bad line, a gzipped copy, a file of another kind and a hidden one.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2012-05-25/houla.txt", "Syrian government forces shelled the town of Houla on Friday, activists said. The United Nations condemned the attack.\n")
	write("2012-05-27/un.txt", "The UN Security Council met on Sunday in New York, diplomats said, after Al Jazeera reported the deaths.\n")
	write("dump.jsonl", `{"time": "2012-06-01", "text": "Kofi Annan arrived in Damascus on Thursday, Reuters reported."}`+"\n"+
		`{"time": "2012-06-02", "oops"`+"\n"+
		`{"date": "2012-06-03", "maintext": "Al Jazeera said on Sunday that the talks had failed, according to Al Jazeera's correspondent.", "source_domain": "aljazeera.com"}`+"\n")
	write("empty.txt", "")
	write("photo.jpg", "\xff\xd8\xff")
	write(".hidden/secret.txt", "never read")
	f, err := os.Create(filepath.Join(dir, "more.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(`{"time": "2012-06-05", "text": "Russia said on Tuesday it opposed new sanctions, TASS reported."}` + "\n"))
	zw.Close()
	f.Close()
	return dir
}

func TestCorpusFolderSkipsBadInputsAndSummarises(t *testing.T) {
	dir := corpusDir(t)
	code, out, errOut := runCLI(t, "", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{
		"storyline: skipped " + filepath.Join(dir, "dump.jsonl") + ":2: not a JSON record",
		"storyline: skipped " + filepath.Join(dir, "empty.txt") + ": empty file",
		"storyline: 5 articles read, 2 skipped, 1 file of other kinds ignored (.jpg)",
	} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	for _, w := range []string{"2012-05-25", "Houla", "2012-05-27", "Kofi Annan", "2012-06-05"} {
		if !strings.Contains(out, w) {
			t.Errorf("timeline lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "never read") {
		t.Error("a hidden folder was read")
	}
	// --strict: the first bad input ends the run.
	code, out, errOut = runCLI(t, "", "--strict", dir)
	if code != 1 || out != "" || !strings.Contains(errOut, "dump.jsonl:2: not a JSON record") || !strings.Contains(errOut, "--strict") {
		t.Fatalf("--strict: exit %d, stdout %d bytes, stderr %q", code, len(out), errOut)
	}
}

// Two articles whose actors and sources share names make a JSON timeline that opens again
// as the same timeline, and prints the same.
func TestMultiArticleJSONRoundTrip(t *testing.T) {
	dir := corpusDir(t)
	code, saved, errOut := runCLI(t, "", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Events []struct {
			Text    string
			Sources []string
		}
	}
	if err := json.Unmarshal([]byte(saved), &tl); err != nil {
		t.Fatal(err)
	}
	// Each report keeps its own source, across documents.
	for word, source := range map[string]string{"Kofi Annan": "reuters", "talks had failed": "al-jazeera", "sanctions": "tass"} {
		found := false
		for _, e := range tl.Events {
			if strings.Contains(e.Text, word) {
				found = true
				if strings.Join(e.Sources, " ") != source {
					t.Errorf("%q: sources %q, want %s", word, e.Sources, source)
				}
			}
		}
		if !found {
			t.Errorf("no event with %q", word)
		}
	}
	p := filepath.Join(t.TempDir(), "two.json")
	os.WriteFile(p, []byte(saved), 0o644)
	code, again, errOut := runCLI(t, "", "--format", "json", p)
	if code != 0 || again != saved {
		t.Fatalf("re-opened timeline differs (exit %d, %s)", code, errOut)
	}
	_, text1, _ := runCLI(t, "", dir)
	_, text2, _ := runCLI(t, "", p)
	if text1 != text2 {
		t.Fatalf("a saved timeline prints differently:\n%s\n---\n%s", text1, text2)
	}
	// The saved timeline with the articles it came from: each article once.
	code, both, errOut := runCLI(t, "", "--format", "json", p, dir)
	if code != 0 || both != saved || !strings.Contains(errOut, "5 duplicates left out") {
		t.Fatalf("saved timeline and its articles: exit %d, same %v, %s", code, both == saved, errOut)
	}
}

func TestOutputIsTheSameWithAnyNumberOfWorkers(t *testing.T) {
	dir := corpusDir(t)
	_, one, _ := runCLI(t, "", "--format", "json", "-j", "1", dir)
	for _, j := range []string{"2", "8"} {
		if _, many, _ := runCLI(t, "", "--format", "json", "-j", j, dir); many != one {
			t.Fatalf("-j %s gives other output than -j 1", j)
		}
	}
}

func TestPipedInputIsRead(t *testing.T) {
	code, out, errOut := runCLI(t, "The minister resigned on Monday, officials said.\n", "--date", "2015-10-07")
	if code != 0 || !strings.Contains(out, "2015-10-05") || strings.Contains(out, "Caspian") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	code, out, _ = runCLI(t, `{"time": "2015-10-07", "text": "The minister resigned on Monday."}`+"\n")
	if code != 0 || !strings.Contains(out, "2015-10-05") {
		t.Fatalf("JSON Lines on stdin: exit %d: %s", code, out)
	}
	code, _, errOut = runCLI(t, " \n")
	if code != 1 || !strings.Contains(errOut, "standard input: empty file") {
		t.Fatalf("blank stdin: exit %d: %q", code, errOut)
	}
}

func TestDateFlagSpellings(t *testing.T) {
	p := writeFile(t, "a.txt", "The minister resigned on Monday, officials said.\n")
	for _, d := range []string{"2015-10-07", "2015-10-7", "2015/10/07", "7 October 2015", "October 7, 2015"} {
		if code, out, errOut := runCLI(t, "", "--date", d, p); code != 0 || !strings.Contains(out, "2015-10-05") {
			t.Errorf("--date %s: exit %d %q %q", d, code, out, errOut)
		}
	}
	for d, want := range map[string]string{
		"2012-02-30": `--date: date "2012-02-30" is not a date: February 2012 has 29 days`,
		"0000-01-01": "the year must be between 1000 and 9999",
		"05/06/2012": "ambiguous",
	} {
		if code, _, errOut := runCLI(t, "", "--date", d, p); code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("--date %s: exit %d %q", d, code, errOut)
		}
	}
}

func TestFormatIgnoresCaseAndDashDashProtectsFiles(t *testing.T) {
	if code, out, _ := runCLI(t, "", "--format", "JSON"); code != 0 || !strings.HasPrefix(out, `{"storyline"`) && !strings.HasPrefix(out, "{\n") {
		t.Fatalf("--format JSON: exit %d %.40q", code, out)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "-x.md"), []byte("The minister resigned on Monday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("Talks began on Tuesday.\n"), 0o644)
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	code, out, errOut := runCLI(t, "", "--", "a.md", "-x.md")
	if code != 0 || !strings.Contains(out, "minister") || !strings.Contains(out, "Talks") {
		t.Fatalf("-- a.md -x.md: exit %d %q %q", code, out, errOut)
	}
}

func TestForeignJSONIsToldApart(t *testing.T) {
	for content, want := range map[string]string{
		`{"name": "left-pad", "version": "1.3.0"}`:         "JSON from another program",
		`{"storyline": 99, "documents": [], "events": []}`: "newer storyline",
		`{"documents": [], "actors": [], "events": []}`:    `no "storyline" format version`,
	} {
		p := writeFile(t, "x.json", content)
		code, _, errOut := runCLI(t, "", p)
		if code != 1 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "x.json") {
			t.Errorf("%s: exit %d %q, want %q", content, code, errOut, want)
		}
	}
}

// meantimeDump is the 30 MEANTIME Wikinews articles in the repository (CC BY 4.0) as a
// JSON Lines dump, with their dates and titles: a real corpus the tests may carry.
func meantimeDump(t *testing.T) (string, int) {
	t.Helper()
	paths, err := corpus.Files([]string{"data/eval/testdata/meantime-apple"}, ".xml")
	if err != nil {
		t.Fatal(err)
	}
	var dump strings.Builder
	for _, p := range paths {
		d, err := corpus.ReadMEANTIME(p)
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := json.Marshal(map[string]string{"title": d.Name, "date": d.DCT.Format("2006-01-02"), "text": d.Text})
		dump.Write(rec)
		dump.WriteByte('\n')
	}
	return dump.String(), len(paths)
}

// The 30 MEANTIME Wikinews articles in the repository, as a JSON Lines dump, make a
// timeline that saves and opens again unchanged: a real multi-article corpus.
func TestRealCorpusRoundTrip(t *testing.T) {
	dump, n := meantimeDump(t)
	if n < 20 {
		t.Fatalf("%d MEANTIME articles", n)
	}
	src := writeFile(t, "apple.jsonl", dump)
	code, saved, errOut := runCLI(t, "", "--format", "json", src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Documents []struct{ ID string }
		Sources   []struct{ ID string }
		Events    []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(saved), &tl); err != nil || len(tl.Documents) != n || len(tl.Events) < 100 {
		t.Fatalf("timeline: %v, %d documents, %d events", err, len(tl.Documents), len(tl.Events))
	}
	seen := map[string]bool{}
	for _, e := range tl.Events {
		if seen[e.ID] {
			t.Fatalf("event id %s twice", e.ID)
		}
		seen[e.ID] = true
	}
	p := writeFile(t, "apple.json", saved)
	code, again, errOut := runCLI(t, "", "--format", "json", p)
	if code != 0 || again != saved {
		t.Fatalf("the saved corpus opens differently (exit %d, %s)", code, errOut)
	}
}

// t17 is the Timeline17 development corpus (../shared/corpora/README.md), when laid out
// here; it is copyrighted news, never in the repository, so tests that need it skip
// without it.
func t17(t *testing.T) string {
	dir := os.Getenv("STORYLINE_T17")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, "storyline-corpora", "t17")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no Timeline17 corpus at", dir)
	}
	return dir
}

// Every Timeline17 topic saves and opens again byte for byte: hundreds of real articles
// per topic, with all the actors and sources that share names across them; none is taken
// for another language than English; and the leading actors of each, as the explorer
// lists them after the whole story's merging, hold no journalist, dateline, adjective or
// place typed as a person.
func TestTimeline17RoundTrip(t *testing.T) {
	dir := t17(t)
	topics, _ := filepath.Glob(filepath.Join(dir, "*", "articles.jsonl"))
	for _, src := range topics {
		code, saved, errOut := runCLI(t, "", "--format", "json", src)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", src, code, errOut)
		}
		if strings.Contains(errOut, "not in English") {
			t.Errorf("%s: English news skipped for its language: %s", src, errOut)
		}
		leadingActorsHoldNoJunk(t, src, saved)
		p := writeFile(t, "topic.json", saved)
		if _, again, _ := runCLI(t, "", "--format", "json", p); again != saved {
			t.Errorf("%s: the saved timeline opens differently", src)
		}
	}
}

// A folder in several languages: the English articles are read, a few of the others are
// named, and the summary counts them all by language.
func TestArticlesInOtherLanguagesAreCounted(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("en.txt", "Russia fired cruise missiles at targets in Syria on Wednesday, the defence ministry said.\n")
	german := "Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern im nächsten Jahr sinken sollen. " +
		"Der Finanzminister sagte, das sei ein gutes Zeichen für die Wirtschaft und die Bürger des Landes.\n"
	for _, n := range []string{"de1", "de2", "de3", "de4"} {
		write(n+".txt", german)
	}
	write("fr.txt", "Le gouvernement a annoncé mercredi une baisse des impôts pour l'année prochaine. Le ministre des "+
		"Finances a déclaré que c'était un bon signe pour l'économie et pour les citoyens du pays.\n")
	code, out, errOut := runCLI(t, "", "--no-cache", dir)
	if code != 0 || !strings.Contains(out, "Syria") {
		t.Fatalf("exit %d: %s\n%s", code, out, errOut)
	}
	if n := strings.Count(errOut, "storyline reads English news"); n != shownForeign {
		t.Errorf("%d skipped articles named, want %d:\n%s", n, shownForeign, errOut)
	}
	if want := "1 article read, 5 skipped (5 not in English: 4 German, 1 French)"; !strings.Contains(errOut, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errOut)
	}
	// Nothing in English: the run fails, saying why.
	os.Remove(filepath.Join(dir, "en.txt"))
	code, _, errOut = runCLI(t, "", "--no-cache", dir)
	if want := "no articles read (5 inputs skipped; 5 not in English: 4 German, 1 French)"; code != 1 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr lacks %q:\n%s", code, want, errOut)
	}
}
