package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExplorerLoadsACorpusInTmux opens a folder of real articles in the explorer, as a
// user would: the timeline of all of them opens with the summary of what was read, and
// quitting gives the terminal back.
func TestExplorerLoadsACorpusInTmux(t *testing.T) {
	s, bin := e2eStart(t)
	dir := t.TempDir()
	dump, n := meantimeDump(t)
	os.WriteFile(filepath.Join(dir, "apple.jsonl"), []byte(dump), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.jsonl"), []byte("{\"text\": \n"), 0o644)

	s.must("new-session", "-d", "-x", "100", "-y", "30",
		fmt.Sprintf("sh -c '%s --no-cache %s; echo EXITED:$?; sleep 600'", bin, dir))
	screen := s.waitFor("the corpus to open", func(sc string) bool {
		return e2eStatus.MatchString(sc) && strings.Contains(sc, fmt.Sprintf("%d articles read, 1 skipped", n))
	})
	if m := e2eStatus.FindStringSubmatch(screen); e2eAtoi(t, m[2]) < 100 {
		t.Errorf("%d articles make only %s events:\n%s", n, m[2], screen)
	}
	s.keys("q")
	screen = s.waitFor("the program to exit", e2eHas("EXITED:0"))
	if !strings.Contains(strings.ReplaceAll(screen, "\n", ""), "broken.jsonl:1: not a JSON record") {
		t.Errorf("the skipped input is not listed after the explorer closes:\n%s", screen)
	}
}

// TestExplorerLoadingCancelsInTmux starts on a pipe that sends nothing: the explorer shows
// its loading screen, q cancels, and the terminal comes back with a clear status.
func TestExplorerLoadingCancelsInTmux(t *testing.T) {
	s, bin := e2eStart(t)
	fifo := filepath.Join(t.TempDir(), "pipe")
	s.must("new-session", "-d", "-x", "100", "-y", "30",
		fmt.Sprintf("sh -c 'mkfifo %[1]s; sleep 600 > %[1]s & %[2]s --no-cache < %[1]s; echo EXITED:$?; sleep 600'", fifo, bin))
	s.waitFor("the loading screen", func(sc string) bool {
		return strings.Contains(sc, "Reading 0 articles") && strings.Contains(sc, "q or esc to cancel")
	})
	s.keys("q")
	screen := s.waitFor("the program to exit", e2eHas("EXITED:130"))
	if !strings.Contains(screen, "storyline: loading cancelled") {
		t.Errorf("no word of the cancellation:\n%s", screen)
	}
	if alt := strings.TrimSpace(s.must("display", "-p", "#{alternate_on}")); alt != "0" {
		t.Errorf("alternate screen still on after cancelling: %q", alt)
	}
}

// TestInterruptWhileReadingAPipe: Ctrl-C ends a run that waits on a pipe sending nothing,
// with the interrupted status, and says how far it got.
func TestInterruptWhileReadingAPipe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin, err := e2eBuild()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--no-cache", "--format", "text")
	stdin, _ := cmd.StdinPipe() // held open, never written
	defer stdin.Close()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // time to start and wait on the pipe: no output shows when it does
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the interrupted run did not end")
	}
	if code := cmd.ProcessState.ExitCode(); code != 130 || !strings.Contains(stderr.String(), "storyline: interrupted after 0 articles") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
}
