package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

func TestProgressWords(t *testing.T) {
	p := Progress{Articles: 312, Skipped: 2, Bytes: 41, Total: 100}
	if got := p.Line(10 * time.Second); got != "312 articles, 2 skipped · 41% · about 15s left" {
		t.Errorf("Line = %q", got)
	}
	if got := (Progress{Articles: 1, Total: -1}).Line(time.Minute); got != "1 article" {
		t.Errorf("unknown total: %q", got)
	}
	if _, ok := (Progress{Bytes: 1, Total: 100}).Left(time.Minute); ok {
		t.Error("1% done is too little to guess the time left from")
	}
	if got, _ := (Progress{Bytes: 10, Total: 100}).Left(10 * time.Minute); got != "about 1h30m left" {
		t.Errorf("Left = %q", got)
	}
}

// The loading screen shows what the loader reports, then hands over to the explorer with
// the terminal's size and the line the loader said.
func TestLoadingHandsOverToTheExplorer(t *testing.T) {
	tl := fixture(t)
	l := newLoading(Options{Load: func(context.Context, func(Progress)) (*model.Timeline, string, error) { return tl, "", nil }})
	var m tea.Model = l
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m, _ = m.Update(progressMsg{Articles: 3, Skipped: 1, Bytes: 50, Total: 100})
	view := m.(*loading).render()
	for _, want := range []string{"Reading 3 articles, 1 skipped", "50%", "q or esc to cancel"} {
		if !strings.Contains(view, want) {
			t.Errorf("loading screen lacks %q:\n%s", want, view)
		}
	}
	m, _ = m.Update(loadedMsg{tl: tl, summary: "3 articles read, 1 skipped"})
	e, ok := m.(Model)
	if !ok {
		t.Fatalf("after loading the model is %T", m)
	}
	if e.width != 100 || e.height != 30 || e.notice != "3 articles read, 1 skipped" {
		t.Errorf("explorer %dx%d, notice %q", e.width, e.height, e.notice)
	}
	if !strings.Contains(e.render(), "Caspian") {
		t.Error("the explorer does not show the timeline")
	}
}

func TestLoadingCancelsAndFails(t *testing.T) {
	l := newLoading(Options{})
	m, cmd := l.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if !m.(*loading).cancelled || l.ctx.Err() == nil || cmd == nil {
		t.Error("q should cancel the loader and quit")
	}
	if m, _ = m.Update(loadedMsg{err: errors.New("interrupted")}); m.(*loading).err != nil {
		t.Error("what the loader says after the user left is no error of the run")
	}
	boom := errors.New("boom")
	l = newLoading(Options{})
	m, _ = l.Update(loadedMsg{err: boom})
	if m.(*loading).err != boom {
		t.Error("a failed load should end with its error")
	}
	l = newLoading(Options{})
	m, _ = l.Update(loadedMsg{err: context.Canceled})
	if m.(*loading).err != nil {
		t.Error("a cancelled load is no error")
	}
}
