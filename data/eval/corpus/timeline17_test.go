package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGoldTimeline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tl.txt")
	text := strings.Join([]string{
		"2011-03-03", "The trial is delayed .", "--------------------------------",
		"2011-04-0", "Jury selection begins .", "--------------------------------",
		"2011-01-04", "A first hearing .", "", "Bail is set .", "--------------------------------",
		"2011-03-03", "Both sides agree .", "--------------------------------", "",
	}, "\n")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := ReadGoldTimeline(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range g.Days {
		got = append(got, d.Day.Format("2006-01-02")+": "+strings.Join(d.Sentences, " | "))
	}
	want := []string{
		"2011-01-04: A first hearing . | Bail is set .",
		"2011-03-03: The trial is delayed . | Both sides agree .",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("days\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(g.Skipped) != 1 || !strings.Contains(g.Skipped[0], `"2011-04-0" is not a date`) {
		t.Errorf("skipped %q", g.Skipped)
	}
}

// FuzzReadGoldTimeline: any file reads without a panic, into days in order each with a
// sentence, or one error.
func FuzzReadGoldTimeline(f *testing.F) {
	f.Add("2011-03-03\nThe trial is delayed .\n-----\n2011-04-0\nJury .\n---\n")
	f.Add("")
	f.Add("----\n\n2011-01-04\n\n\nBail .\n")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string) {
		path := filepath.Join(dir, "tl.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		g, err := ReadGoldTimeline(path)
		if err != nil {
			return
		}
		for i, d := range g.Days {
			if len(d.Sentences) == 0 || i > 0 && !g.Days[i-1].Day.Before(d.Day) {
				t.Fatalf("days %v", g.Days)
			}
		}
	})
}
