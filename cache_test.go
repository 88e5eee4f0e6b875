package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestMain keeps every test's stores in a folder of its own: tests never touch the user's
// cache or marks, nor each other's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "storyline-test-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	os.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))                // stars and notes
	os.Setenv("STORYLINE_CONFIG", filepath.Join(dir, "no-settings.toml")) // the default keys, whatever the developer's settings
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// withCache gives a test a cache folder of its own.
func withCache(t *testing.T) string {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	return filepath.Join(dir, "storyline", "store.db")
}

func TestSecondOpenComesFromTheStore(t *testing.T) {
	db := withCache(t)
	dir := corpusDir(t)
	_, first, errOut := runCLI(t, "", "--format", "json", dir)
	if !strings.Contains(errOut, "5 articles read, 2 skipped") {
		t.Fatalf("first run: %s", errOut)
	}
	// The files are unchanged: the timeline comes whole from its snapshot.
	_, second, errOut := runCLI(t, "", "--format", "json", dir)
	if !strings.Contains(errOut, "5 articles read, 2 skipped") || !strings.Contains(errOut, "the timeline saved then: the files are unchanged") {
		t.Fatalf("second run: %s", errOut)
	}
	if first != second {
		t.Fatal("the timeline from the snapshot differs from the one made")
	}
	// A file touched (same content) makes the timeline afresh, every article from the store.
	later := time.Now().Add(time.Minute)
	os.Chtimes(filepath.Join(dir, "2012-05-25", "houla.txt"), later, later)
	_, third, errOut := runCLI(t, "", "--format", "json", dir)
	if !strings.Contains(errOut, "5 articles read (5 from the cache), 2 skipped") || third != first {
		t.Fatalf("after a touch: %s", errOut)
	}
	// A changed article is extracted again; the others still come from the store.
	os.WriteFile(filepath.Join(dir, "2012-05-27", "un.txt"), []byte("The UN Security Council met again on Monday.\n"), 0o644)
	_, _, errOut = runCLI(t, "", dir)
	if !strings.Contains(errOut, "5 articles read (4 from the cache)") {
		t.Fatalf("after a change: %s", errOut)
	}
	_, info, _ := runCLI(t, "", "cache", "info")
	if !strings.Contains(info, db) || !regexp.MustCompile(`articles\s+6\n`).MatchString(info) || !regexp.MustCompile(`corpora\s+1 timeline kept whole`).MatchString(info) {
		t.Fatalf("cache info:\n%s", info)
	}
	code, out, _ := runCLI(t, "", "cache", "clear")
	if code != 0 || !strings.Contains(out, "cleared 6 articles") {
		t.Fatalf("cache clear: %d %q", code, out)
	}
	if _, _, errOut = runCLI(t, "", dir); strings.Contains(errOut, "from the cache") {
		t.Fatalf("after clearing: %s", errOut)
	}
}

func TestNoCacheWritesNothing(t *testing.T) {
	db := withCache(t)
	if code, _, errOut := runCLI(t, "", "--no-cache", corpusDir(t)); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Dir(db)); err == nil {
		t.Fatal("--no-cache made the cache folder")
	}
}

func TestDamagedStoreIsRebuilt(t *testing.T) {
	db := withCache(t)
	os.MkdirAll(filepath.Dir(db), 0o700)
	os.WriteFile(db, []byte(strings.Repeat("not a database ", 500)), 0o600)
	p := writeFile(t, "a.txt", "The minister resigned on Monday.\n")
	code, out, errOut := runCLI(t, "", "--date", "2015-10-07", p)
	if code != 0 || !strings.Contains(out, "2015-10-05") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "store.db.bad") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("the move aside should be one line naming where the file went: %q", errOut)
	}
	if _, _, errOut := runCLI(t, "", "--date", "2015-10-07", p); errOut != "" {
		t.Fatalf("the rebuilt store should work quietly: %q", errOut)
	}
}

// The summary says what the story made of a corpus: text repeated across pages left out,
// events reported by several articles.
func TestSummarySaysWhatTheStoryMerged(t *testing.T) {
	dir := t.TempDir()
	news := []string{
		"Russian warships fired 26 cruise missiles at targets in Syria on Wednesday, the defence ministry said.",
		"On Wednesday the Caspian fleet of Russia launched 26 cruise missiles against targets in Syria, officials said.",
	}
	for i := range 10 {
		writeIn(t, dir, fmt.Sprintf("a%d.md", i), fmt.Sprintf("---\ntitle: Report %d\ndate: 2015-10-08\nsource: Daily\n---\n\n"+
			"%s\n\nTown %d reported calm streets and open markets.\n\nShare this story with your friends on social media.\n", i, news[i%2], i))
	}
	code, _, errOut := runCLI(t, "", "--no-cache", "-f", "text", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !regexp.MustCompile(`10 articles read; \d+ lines repeated across pages left out, \d+ events? reported by several articles`).MatchString(errOut) {
		t.Errorf("summary: %s", errOut)
	}
}

func writeIn(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
