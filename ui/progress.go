package ui

import (
	"fmt"
	"time"
)

// Progress is how far loading a corpus has got.
type Progress struct {
	Articles, Skipped int
	Bytes, Total      int64 // input bytes done and in all; Total is -1 when unknown (a pipe)
}

// Fraction is the share done, by input bytes, which are known before the articles are
// counted; ok is false when the total is unknown.
func (p Progress) Fraction() (f float64, ok bool) {
	if p.Total <= 0 {
		return 0, false
	}
	return min(1, float64(p.Bytes)/float64(p.Total)), true
}

// Counts is "312 articles, 2 skipped".
func (p Progress) Counts() string {
	s := fmt.Sprintf("%d articles", p.Articles)
	if p.Articles == 1 {
		s = "1 article"
	}
	if p.Skipped > 0 {
		s += fmt.Sprintf(", %d skipped", p.Skipped)
	}
	return s
}

// Left estimates the time still to go from the share done in elapsed, once there is
// enough to go on: "about 3s left".
func (p Progress) Left(elapsed time.Duration) (string, bool) {
	f, ok := p.Fraction()
	if !ok || f <= 0.02 || f >= 1 || elapsed < 500*time.Millisecond {
		return "", false
	}
	left := time.Duration(float64(elapsed) * (1 - f) / f)
	switch {
	case left < time.Minute:
		return fmt.Sprintf("about %ds left", int(left.Seconds())+1), true
	case left < time.Hour:
		return fmt.Sprintf("about %dm%02ds left", int(left.Minutes()), int(left.Seconds())%60), true
	}
	return fmt.Sprintf("about %dh%02dm left", int(left.Hours()), int(left.Minutes())%60), true
}

// Line is the whole progress in one line, for a terminal's status line:
// "312 articles · 41% · about 3s left".
func (p Progress) Line(elapsed time.Duration) string {
	s := p.Counts()
	if f, ok := p.Fraction(); ok {
		s += fmt.Sprintf(" · %.0f%%", 100*f)
	}
	if left, ok := p.Left(elapsed); ok {
		s += " · " + left
	}
	return s
}
