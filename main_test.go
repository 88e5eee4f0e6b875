package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command in-process and returns its exit status and outputs.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	var in io.Reader // nothing piped, as from a terminal
	if stdin != "" {
		in = strings.NewReader(stdin)
	}
	code := guarded(args, in, &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSamplePrintsWhenNotATerminal(t *testing.T) {
	code, out, errOut := runCLI(t, "")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 8 {
		t.Fatalf("expected a timeline, got %q", out)
	}
	if !strings.HasPrefix(lines[0], "<") && !strings.HasPrefix(lines[0], "20") {
		t.Fatalf("first line should start with a date: %q", lines[0])
	}
	if !strings.Contains(out, "2015-10-07") || !strings.Contains(out, "Caspian") {
		t.Fatalf("sample timeline missing its main event:\n%s", out)
	}
}

func TestFormats(t *testing.T) {
	code, out, _ := runCLI(t, "", "--format", "json")
	var doc map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc["storyline"] != float64(1) {
		t.Fatalf("json: exit %d, %.200s", code, out)
	}
	code, out, _ = runCLI(t, "", "--format=markdown")
	if code != 0 || !strings.HasPrefix(out, "# Timeline: ") || !strings.Contains(out, "## Wed 7 Oct 2015") {
		t.Fatalf("markdown: exit %d, %.300s", code, out)
	}
	// A saved JSON timeline reads back to the same text.
	saved := writeFile(t, "saved.json", func() string { _, s, _ := runCLI(t, "", "--format", "json"); return s }())
	_, fromJSON, _ := runCLI(t, "", saved)
	_, direct, _ := runCLI(t, "")
	if fromJSON != direct {
		t.Fatalf("a saved timeline prints differently:\n%s\n---\n%s", fromJSON, direct)
	}
}

func TestSpreadsheetAndTimelineJSFormats(t *testing.T) {
	code, out, _ := runCLI(t, "", "--format", "CSV")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 8 || rows[0][0] != "id" || !strings.Contains(out, ",2015-10-07,") {
		t.Fatalf("csv: exit %d, %v, %.300s", code, err, out)
	}
	code, out, _ = runCLI(t, "", "-f", "timelinejs")
	var tl struct {
		Title  map[string]any
		Events []struct {
			StartDate struct{ Year, Month, Day int } `json:"start_date"`
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &tl) != nil || tl.Title == nil || len(tl.Events) < 4 {
		t.Fatalf("timelinejs: exit %d, %.300s", code, out)
	}
	if d := tl.Events[len(tl.Events)-1].StartDate; d.Year != 2015 || d.Month != 10 {
		t.Errorf("last slide of the sample: %+v", d)
	}
}

func TestActorFilterWhenPrinting(t *testing.T) {
	code, out, errOut := runCLI(t, "", "--actor", "shoigu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.Contains(l, "Sergei Shoigu") {
			t.Errorf("line without the actor: %q", l)
		}
	}
	code, _, errOut = runCLI(t, "", "--actor", "Napoleon")
	if code != 1 || !strings.Contains(errOut, `--actor "Napoleon" matches no actor (found: `) {
		t.Fatalf("exit %d: %q", code, errOut)
	}
}

func TestPlaceFilterWhenPrinting(t *testing.T) {
	code, out, errOut := runCLI(t, "", "--place", "caspian")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		if !strings.Contains(l, "@ ") || !strings.Contains(l, "Caspian Sea") {
			t.Errorf("line without the place: %q", l)
		}
	}
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("no event at the Caspian Sea")
	}
	code, _, errOut = runCLI(t, "", "--place", "Atlantis")
	if code != 1 || !strings.Contains(errOut, `--place "Atlantis" matches no place (found: `) {
		t.Fatalf("exit %d: %q", code, errOut)
	}
}

func TestUserArticlesAndDates(t *testing.T) {
	story := "Officials said on Monday that the bridge would reopen next week.\nThe bridge closed in 2014.\n"
	p := writeFile(t, "bridge.txt", story)
	_, out, _ := runCLI(t, "", "--date", "2015-10-07", p)
	if !strings.Contains(out, "2015-10-05") {
		t.Fatalf("Monday before Wednesday 2015-10-07 is the 5th:\n%s", out)
	}
	// Without a date, relative expressions stay unresolved rather than being dated today.
	_, out, _ = runCLI(t, "", p)
	if strings.Contains(out, "2015-10-05") || !strings.Contains(out, "undated") {
		t.Fatalf("undated article:\n%s", out)
	}
	// Flags after files, stdin as "-".
	code, out, errOut := runCLI(t, story, "-", "--date", "2015-10-07")
	if code != 0 || !strings.Contains(out, "2015-10-05") {
		t.Fatalf("stdin: exit %d %s %s", code, out, errOut)
	}
}

func TestThinInput(t *testing.T) {
	p := writeFile(t, "thin.txt", "Nothing here has a date. It is all background.\n")
	code, out, _ := runCLI(t, "", p)
	if code != 0 || !strings.Contains(out, "undated") {
		t.Fatalf("exit %d: %q", code, out)
	}
	q := writeFile(t, "punct.txt", "... --- !!!\n")
	code, out, _ = runCLI(t, "", q)
	if code != 0 || !strings.Contains(out, "no events found in 1 article") {
		t.Fatalf("exit %d: %q", code, out)
	}
}

func TestBadInputOneLineErrors(t *testing.T) {
	dir := t.TempDir()
	bin := writeFile(t, "x.bin", "\x00\x01\x02binary")
	bad := writeFile(t, "bad.txt", "caf\xe9")
	empty := writeFile(t, "empty.txt", "")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{filepath.Join(dir, "missing.txt")}, 1, "missing.txt: no such file or directory"},
		{[]string{dir}, 1, "no articles found in " + dir},
		{[]string{empty}, 1, "empty file"},
		{[]string{bin}, 1, "binary file"},
		{[]string{bad}, 1, "not valid UTF-8"},
		{[]string{"--format", "xml"}, 2, `--format "xml": choose text, json, markdown, csv, timelinejs`},
		{[]string{"--date", "tomorrow"}, 2, `--date: date "tomorrow" is not a date`},
		{[]string{"--nope"}, 2, "unknown flag: --nope"},
		{[]string{"-", "-"}, 2, "standard input (-) can be read only once"},
		{[]string{"eval", "sparql", "x"}, 2, `unknown corpus kind "sparql"`},
		{[]string{"eval", "timeml", filepath.Join(dir, "none")}, 1, "no such file or directory"},
	}
	for _, c := range cases {
		code, _, errOut := runCLI(t, "text", c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d with %q", c.args, code, errOut, c.code, c.want)
		}
		if first, _, _ := strings.Cut(errOut, "\n"); !strings.HasPrefix(first, "storyline: ") {
			t.Errorf("%v: the error is not one storyline line: %q", c.args, errOut)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	if code, out, _ := runCLI(t, "", "--help"); code != 0 || !strings.Contains(out, "storyline eval timeml") {
		t.Fatalf("help: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "--version"); code != 0 || !strings.HasPrefix(out, "storyline ") {
		t.Fatalf("version: %d %q", code, out)
	}
}

func TestPanicIsOneLine(t *testing.T) {
	var errOut bytes.Buffer
	code := guardedWith(func() int { panic("boom") }, &errOut)
	if code != 70 || !strings.HasPrefix(errOut.String(), "storyline: internal error: boom") || strings.Count(errOut.String(), "\n") != 1 {
		t.Fatalf("exit %d: %q", code, errOut.String())
	}
}

func TestUserGazetteer(t *testing.T) {
	story := writeFile(t, "kyiv.txt", "---\ndate: 2022-09-30\n---\nZaluzhnyi said on Friday that Kherson Oblast would be defended, the Kyiv Post reported.\n")
	code, out, _ := runCLI(t, "", "--format", "json", story)
	if code != 0 {
		t.Fatal("exit", code)
	}
	if strings.Contains(out, `"name": "Valerii Zaluzhnyi"`) {
		t.Fatal("the built-in lists should not know this spelling; the test would prove nothing")
	}
	gaz := writeFile(t, "extra.txt", "person: Valerii Zaluzhnyi | Zaluzhnyi\nsource: Kyiv Post ; kind=newspaper\nplaces: Kherson Oblast\n")
	code, out, errOut := runCLI(t, "", "--format", "json", "--gazetteer", gaz, story)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{`"name": "Valerii Zaluzhnyi"`, `"name": "Kyiv Post"`, `"kind": "newspaper"`} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
	bad := writeFile(t, "bad.txt", "person Volodymyr Zelensky\n")
	code, _, errOut = runCLI(t, "", "--gazetteer", bad, story)
	if code != 1 || !strings.Contains(errOut, "bad.txt:1:") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("exit %d: %q", code, errOut)
	}
}
