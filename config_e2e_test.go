package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSettingsInTmux runs the binary with a settings file in a real terminal: a rebound
// key works and its old key does nothing; a bad file is told on one line, with status 1,
// before the explorer takes the terminal.
func TestSettingsInTmux(t *testing.T) {
	settings := func(text string) string {
		path := filepath.Join(t.TempDir(), "config.toml")
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	open := func(s *e2eTmux, bin, path string) {
		s.must("new-session", "-d", "-x", "100", "-y", "30",
			fmt.Sprintf("sh -c 'STORYLINE_CONFIG=%s %s; echo EXITED:$?; sleep 600'", path, bin))
	}

	t.Run("rebound", func(t *testing.T) {
		s, bin := e2eStart(t)
		open(s, bin, settings("[keys]\nquit = [\"x\"]\n[colors]\naccent = 99\n"))
		s.waitFor("the explorer to open", func(sc string) bool { return e2eStatus.MatchString(sc) })
		s.keys("q")
		s.waitFor("q to do nothing", e2eHas("q does nothing here"))
		s.keys("x")
		s.waitFor("x to quit", e2eHas("EXITED:0"))
	})

	t.Run("bad", func(t *testing.T) {
		s, bin := e2eStart(t)
		path := settings("[keys]\nup = [\"k\"]\nnxt_match = [\"n\"]\n")
		open(s, bin, path)
		screen := s.waitFor("storyline to stop", e2eHas("EXITED:"))
		want := "storyline: " + path + " line 3: unknown action \"nxt_match\" in [keys]"
		if !strings.Contains(strings.ReplaceAll(screen, "\n", ""), want) || !strings.Contains(screen, "EXITED:1") {
			t.Errorf("want %q and status 1:\n%s", want, screen)
		}
		if alt := strings.TrimSpace(s.must("display", "-p", "#{alternate_on}")); alt != "0" {
			t.Errorf("a bad settings file took the terminal: alternate screen %q", alt)
		}
	})
}
