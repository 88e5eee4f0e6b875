package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestExplorerInTmux runs the built binary on the embedded sample in a real terminal
// (tmux) and drives it as a user would: look, move, filter by an actor, open quotes,
// quit, and check the terminal is given back. It waits for what the screen shows, never
// for a fixed time. STORYLINE_E2E_BIN runs a prebuilt binary instead of building one.
func TestExplorerInTmux(t *testing.T) {
	s, bin := e2eStart(t)

	// The shell reports the exit status and keeps the pane open to be read afterwards.
	s.must("new-session", "-d", "-x", "100", "-y", "30",
		fmt.Sprintf("sh -c '%s; echo EXITED:$?; sleep 600'", bin))

	// Open: the status line counts the events and the sample's story is on screen.
	screen := s.waitFor("the explorer to open", func(sc string) bool {
		return e2eStatus.MatchString(sc) && strings.Contains(sc, "Timeline") && strings.Contains(sc, "Actors")
	})
	total := e2eAtoi(t, e2eStatus.FindStringSubmatch(screen)[2])
	if shown := e2eAtoi(t, e2eStatus.FindStringSubmatch(screen)[1]); shown != total || total < 3 {
		t.Fatalf("opening shows %d of %d events:\n%s", shown, total, screen)
	}
	t.Logf("the sample opens with %d events", total)
	// Move down, event by event, until the publication day shows in the date gutter.
	for i := 1; !strings.Contains(screen, "Wed 7 Oct 2015"); i++ {
		if i >= total {
			t.Fatalf("no event dated Wed 7 Oct 2015 in the timeline:\n%s", screen)
		}
		s.keys("j")
		screen = s.waitFor("the cursor to move down", e2eTimelineAt(i+1))
	}
	s.keys("g")
	s.waitFor("the cursor to go back to the first event", e2eTimelineAt(1))

	// Search as you type, as in less: the cursor goes to the first match, n to the next,
	// & shows only the matches (the count drops), esc drops the search.
	for _, word := range []string{"Caspian", "Carter"} {
		s.keys("/")
		s.waitFor("the search prompt", func(sc string) bool { return strings.HasPrefix(e2eLastLine(sc), "/") })
		s.keys("-l", strings.ToLower(word))
		screen = s.waitFor("the search to find", e2eHas("search “"+strings.ToLower(word)+"”: match 1 of "))
		if !strings.Contains(screen, word) {
			t.Errorf("no %s on screen after searching for it:\n%s", word, screen)
		}
		s.keys("Enter", "&")
		screen = s.waitFor("& to show only the matches", e2eHas("(only matches)"))
		if m := e2eStatus.FindStringSubmatch(screen); m == nil || e2eAtoi(t, m[1]) == 0 || e2eAtoi(t, m[1]) >= total {
			t.Errorf("searching for %s:\n%s", word, screen)
		}
		t.Logf("search %q: %s of %d events", strings.ToLower(word), e2eStatus.FindStringSubmatch(screen)[1], total)
		s.keys("Escape")
		s.waitFor("the search to be dropped", e2eHas(fmt.Sprintf("%d of %d events", total, total)))
	}

	// Jump to a date as people write it, and star the event there.
	s.keys(":")
	s.waitFor("the date prompt", func(sc string) bool { return strings.HasPrefix(e2eLastLine(sc), "go to date: ") })
	s.keys("-l", "30 Sep 2015")
	s.keys("Enter")
	screen = s.waitFor("the jump", e2eHas("Wed 30 Sep 2015  tab"))
	if !e2eCursorOn(screen, "Wed 30 Sep 2015") {
		t.Errorf("the cursor should be on 30 Sep 2015:\n%s", screen)
	}
	s.keys("s")
	s.waitFor("the star", e2eHas("★ "))
	s.keys("g")

	// Tab to the actors and walk down to Shoigu, then filter by him.
	s.keys("Tab")
	screen = s.waitFor("the actors pane to take focus", e2eHas("┏━ Actors"))
	nActors := e2eAtoi(t, regexp.MustCompile(`(\d+) of (\d+) ━┛`).FindStringSubmatch(screen)[2])
	for i := 1; !e2eCursorOn(screen, "Shoigu"); i++ {
		if i >= nActors {
			t.Fatalf("no actor named Shoigu in the actors pane:\n%s", screen)
		}
		s.keys("j")
		screen = s.waitFor("the actors cursor to move", e2eHas(fmt.Sprintf(" %d of %d ━┛", i+1, nActors)))
	}
	s.keys("Enter")
	screen = s.waitFor("the actor filter to apply", func(sc string) bool {
		return strings.Contains(sc, "actor: ") && strings.Contains(strings.SplitN(sc, "\n", 2)[0], "Shoigu")
	})
	m := e2eStatus.FindStringSubmatch(screen)
	if shown := e2eAtoi(t, m[1]); shown == 0 || shown >= total || e2eAtoi(t, m[2]) != total {
		t.Errorf("filtering by Shoigu shows %s of %s events", m[1], m[2])
	}
	t.Logf("actor Shoigu: %s of %s events", m[1], m[2])

	// Back to the timeline; open the first event with quotes (clearing the filter if none
	// of Shoigu's events has any).
	s.keys("BTab")
	screen = s.waitFor("the timeline to take focus", e2eHas("┏━ Timeline"))
	s.findQuotedEvent(screen)
	s.keys("Enter")
	s.waitFor("the quotes to open inline", func(sc string) bool {
		return strings.Contains(sc, "▾❝") && (strings.Contains(sc, "“") || strings.Contains(sc, "≈ "))
	})

	// Quit: the program ends cleanly and the terminal leaves the alternate screen.
	s.keys("q")
	s.waitFor("the program to exit", e2eHas("EXITED:0"))
	if alt := strings.TrimSpace(s.must("display", "-p", "#{alternate_on}")); alt != "0" {
		t.Errorf("alternate screen still on after quitting: %q", alt)
	}
}

// e2eStart finds tmux and the binary (built once for all the end-to-end tests, or
// STORYLINE_E2E_BIN), or skips the test.
func e2eStart(t *testing.T) (*e2eTmux, string) {
	if testing.Short() {
		t.Skip("end-to-end test; skipped with -short")
	}
	tmuxPath, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux is not on PATH; the end-to-end explorer test needs it")
	}
	bin := os.Getenv("STORYLINE_E2E_BIN")
	if bin == "" {
		if bin, err = e2eBuild(); err != nil {
			t.Fatal(err)
		}
	}
	s := &e2eTmux{t: t, path: tmuxPath, socket: fmt.Sprintf("storyline-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	t.Cleanup(s.close)
	return s, bin
}

var e2eBuild = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "storyline-e2e-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "storyline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// e2eStatus reads the header's count, e.g. "8 of 21 events".
var e2eStatus = regexp.MustCompile(`storyline · (\d+) of (\d+) events`)

type e2eTmux struct {
	t            *testing.T
	path, socket string
}

// close stops the tmux server and removes its socket.
func (s *e2eTmux) close() {
	sock, err := s.run("display", "-p", "#{socket_path}")
	s.run("kill-server")
	if sock = strings.TrimSpace(sock); err == nil && sock != "" {
		os.Remove(sock)
	}
}

func (s *e2eTmux) run(args ...string) (string, error) {
	full := append([]string{"-u", "-L", s.socket, "-f", "/dev/null"}, args...)
	out, err := exec.Command(s.path, full...).CombinedOutput()
	return string(out), err
}

func (s *e2eTmux) must(args ...string) string {
	s.t.Helper()
	out, err := s.run(args...)
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func (s *e2eTmux) keys(keys ...string) {
	s.t.Helper()
	s.must(append([]string{"send-keys", "-t", "0"}, keys...)...)
}

func (s *e2eTmux) screen() string {
	out, _ := s.run("capture-pane", "-p", "-t", "0")
	return out
}

// waitFor polls the screen until ok holds, and fails the test with the last screen when
// it does not within the deadline.
func (s *e2eTmux) waitFor(what string, ok func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		sc := s.screen()
		if ok(sc) {
			return sc
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; the screen:\n%s", what, sc)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// findQuotedEvent moves the timeline cursor to an event marked with quotes (❝).
func (s *e2eTmux) findQuotedEvent(screen string) string {
	s.t.Helper()
	for attempt := 0; attempt < 2; attempt++ {
		s.keys("g")
		screen = s.waitFor("the first event", e2eTimelineAt(1))
		n := e2eTimelineCount(screen)
		for i := 1; ; i++ {
			if e2eCursorOn(screen, "❝") {
				return screen
			}
			if i >= n {
				break
			}
			s.keys("j")
			screen = s.waitFor("the timeline cursor to move", e2eTimelineAt(i+1))
		}
		s.keys("Escape") // no quotes among the filtered events: try them all
		screen = s.waitFor("the filters to clear", func(sc string) bool { return !strings.Contains(sc, "actor: ") })
	}
	s.t.Fatalf("no event with quotes in the sample:\n%s", screen)
	return ""
}

var e2eEdge = regexp.MustCompile(`┗━.* (\d+) of (\d+) ━┛`)

// e2eTimelineAt matches the focused timeline's bottom edge at position pos.
func e2eTimelineAt(pos int) func(string) bool {
	return func(sc string) bool {
		m := e2eEdge.FindStringSubmatch(sc)
		return m != nil && m[1] == strconv.Itoa(pos)
	}
}

func e2eTimelineCount(sc string) int {
	if m := e2eEdge.FindStringSubmatch(sc); m != nil {
		n, _ := strconv.Atoi(m[2])
		return n
	}
	return 0
}

// e2eCursorOn reports whether the focused pane's cursor row (marked ›) contains text.
func e2eCursorOn(sc, text string) bool {
	for _, line := range strings.Split(sc, "\n") {
		i := strings.Index(line, "┃›")
		if i < 0 {
			continue
		}
		row := line[i+len("┃›"):]
		if end := strings.IndexAny(row, "┃│"); end >= 0 { // the focused pane's row only
			row = row[:end]
		}
		if strings.Contains(row, text) {
			return true
		}
	}
	return false
}

func e2eLastLine(sc string) string {
	lines := strings.Split(strings.TrimRight(sc, "\n"), "\n")
	return lines[len(lines)-1]
}

func e2eHas(text string) func(string) bool {
	return func(sc string) bool { return strings.Contains(sc, text) }
}

func e2eAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}
