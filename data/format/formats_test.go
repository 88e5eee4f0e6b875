package format

import (
	"bytes"
	"slices"
	"testing"
)

func TestWriteByName(t *testing.T) {
	if len(writers) != len(Names) {
		t.Fatalf("%d writers for %d names", len(writers), len(Names))
	}
	tl := fixture()
	for _, name := range Names {
		var got, want bytes.Buffer
		if err := Write(&got, name, tl); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		writers[name](&want, tl)
		if got.Len() == 0 || !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: Write differs from its writer", name)
		}
	}
	if err := Write(&bytes.Buffer{}, "xml", tl); err == nil || err.Error() != `unknown format "xml" (choose text, json, markdown, csv, timelinejs)` {
		t.Errorf("unknown format: %v", err)
	}
}

func TestByExtension(t *testing.T) {
	for path, want := range map[string]string{
		"out.txt": "text", "out.json": "json", "dir.v2/out.md": "markdown", "OUT.Markdown": "markdown",
		"out.CSV": "csv", "story.timeline.json": "json", "out": "", "out.html": "", "out.csv.gz": "", ".csv": "csv",
	} {
		got, ok := ByExtension(path)
		if got != want || ok != (want != "") {
			t.Errorf("%s: %q %v, want %q", path, got, ok, want)
		}
		if ok && !slices.Contains(Names, got) {
			t.Errorf("%s: %q is not a format name", path, got)
		}
	}
}
