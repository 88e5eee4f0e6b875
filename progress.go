package main

import (
	"fmt"
	"io"
	"time"

	"storyline/data/extract"
	"storyline/ui"
)

// statusLine shows, while the timeline is printed to a file or a pipe, how far reading has
// got: one line on standard error, rewritten in place, and only when standard error is a
// terminal (a log file gets the warnings and the summary, not a hundred progress lines).
type statusLine struct {
	w       io.Writer
	live    bool
	start   time.Time
	last    time.Time
	showing bool
}

func newStatusLine(w io.Writer) *statusLine {
	return &statusLine{w: w, live: isTerminal(w), start: time.Now()}
}

// update redraws the line, at most ten times a second.
func (s *statusLine) update(p extract.Progress) {
	if !s.live {
		return
	}
	now := time.Now()
	if now.Sub(s.last) < 100*time.Millisecond {
		return
	}
	s.last = now
	fmt.Fprintf(s.w, "\r\x1b[Kstoryline: reading %s", uiProgress(p).Line(now.Sub(s.start)))
	s.showing = true
}

// println writes a line of its own above the progress line.
func (s *statusLine) println(line string) {
	s.clear()
	fmt.Fprintln(s.w, line)
}

func (s *statusLine) clear() {
	if s.showing {
		fmt.Fprint(s.w, "\r\x1b[K")
		s.showing = false
	}
}

func uiProgress(p extract.Progress) ui.Progress {
	return ui.Progress{Articles: p.Done() - p.Skipped, Skipped: p.Skipped, Bytes: p.Bytes, Total: p.Total}
}
