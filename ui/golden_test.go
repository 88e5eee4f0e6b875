package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares a frame, as plain text, with testdata/<name>.golden.
func golden(t *testing.T, name string, m Model) {
	t.Helper()
	got := screen(m) + "\n"
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run Golden -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", name, path, got, want)
	}
}

func TestGoldenOpening(t *testing.T) {
	golden(t, "opening", newPlain(t, fixture(t), 100, 30, Options{}))
}

func TestGoldenActorFilter(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(focusActorNamed(t, m, "Sergei Shoigu"), keyMsg("enter"))
	golden(t, "actor-filter", m)
}

func TestGoldenQuoteOpen(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, press("j", "j", "j", "j", "j", "j", "enter")...)
	golden(t, "quote-open", m)
}

func TestGoldenDetailOfQuotedEvent(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, press("j", "j", "j", "tab", "tab", "tab", "tab")...) // Shoigu's quote, detail focused
	m = send(m, tea.WindowSizeMsg{Width: 60, Height: 30})            // compact: the detail fills the screen
	golden(t, "detail-compact", m)
}

func TestGoldenHelp(t *testing.T) {
	m := newPlain(t, fixture(t), 100, 30, Options{})
	golden(t, "help", send(m, keyMsg("?")))
}

func TestGoldenSmallest(t *testing.T) {
	golden(t, "smallest-40x12", newPlain(t, fixture(t), 40, 12, Options{}))
}

func TestGoldenTooSmall(t *testing.T) {
	m := newPlain(t, fixture(t), 39, 11, Options{})
	golden(t, "too-small-39x11", m)
	lines := strings.Split(screen(m), "\n")
	if !strings.Contains(lines[4]+lines[5], "needs at least") {
		t.Errorf("message should sit mid-screen:\n%s", screen(m))
	}
}
