package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadTrafilatura(t *testing.T) {
	pages, err := ReadTrafilatura("../testdata/html-eval")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	// Sorted by address; fields the scorer does not use (Authors) are skipped.
	h := pages[1]
	if h.URL != "https://example.com/news/harbour-plan" || h.Date != "2021-3-5" || h.Title != "Harbour plan approved" {
		t.Errorf("first page %+v", h)
	}
	if h.With[0] != "The harbour board approved the new quay on Friday" {
		t.Errorf("concatenated snippet read as %q", h.With[0])
	}
	if filepath.Base(h.Path) != "harbour.html" || !h.Exists() {
		t.Errorf("path %q", h.Path)
	}
	if pages[2].Exists() {
		t.Errorf("%s reported present", pages[2].Path)
	}
}

func TestReadTrafilaturaRejectsCode(t *testing.T) {
	dir := t.TempDir()
	src := "package main\nvar comparisonData = map[string]ComparisonEntry{\n\t\"https://x\": {File: name()},\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "data.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadTrafilatura(dir)
	if err == nil || !strings.Contains(err.Error(), "not a string constant") {
		t.Errorf("err = %v", err)
	}
}

// The split must not move: figures reported for a half would no longer be comparable.
func TestHalfOfIsStable(t *testing.T) {
	for url, want := range map[string]Half{
		"https://example.com/news/2021/03/04/storm": Dev,
		"https://example.com/news/harbour-plan":     Test,
	} {
		if got := HalfOf(url); got != want {
			t.Errorf("HalfOf(%q) = %v, want %v", url, got, want)
		}
	}
}
