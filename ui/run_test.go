package ui

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

// syncBuffer is the terminal: the program writes to it from its own goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// typist types its keys only once the screen shows want, the way a user waits for the
// program to appear; then it types nothing more.
type typist struct {
	keys   string
	screen *syncBuffer
	want   string
	done   bool
	stop   chan struct{} // closed when the test ends
}

func (ty *typist) Read(p []byte) (int, error) {
	if ty.done {
		<-ty.stop // a terminal with no more keys
		return 0, io.EOF
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(ty.screen.String(), ty.want) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	ty.done = true
	return copy(p, ty.keys), nil
}

// runWith runs a model as Run does, typing keys once the alternate screen is on.
func runWith(t *testing.T, m tea.Model, keys string) (string, error) {
	t.Helper()
	out := &syncBuffer{}
	in := &typist{keys: keys, screen: out, want: "Caspian", stop: make(chan struct{})}
	t.Cleanup(func() { close(in.stop) })
	done := make(chan error, 1)
	go func() {
		_, err := run(m, Options{Input: in, Output: out}, tea.WithWindowSize(100, 30))
		done <- err
	}()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not stop")
		return "", nil
	}
}

func TestRunQuitsAndRestoresTheScreen(t *testing.T) {
	out, err := runWith(t, New(fixture(t), Options{}), "jjq")
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	on, off := strings.Index(out, altScreenOn), strings.LastIndex(out, altScreenOff)
	if on < 0 || off < on {
		t.Errorf("alternate screen not entered and left (on %d, off %d)", on, off)
	}
	if !strings.Contains(out, "Caspian") {
		t.Error("the sample events were never drawn")
	}
}

// panicky is the explorer with faults planted: "p" panics in Update, "c" in a command,
// "v" in the next View.
type panicky struct {
	Model
	inView bool
}

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "p":
			panic("planted fault in Update")
		case "c":
			return p, func() tea.Msg { panic("planted fault in a command") }
		case "v":
			p.inView = true
			return p, nil
		}
	}
	m, cmd := p.Model.Update(msg)
	return panicky{Model: m.(Model)}, cmd
}

func (p panicky) View() tea.View {
	if p.inView {
		panic("planted fault in View")
	}
	return p.Model.View()
}

func TestPanicsRestoreTheTerminal(t *testing.T) {
	// Bubble Tea reports each panic with its stack on stderr, which go test shows only
	// when a test fails.
	for _, key := range []string{"p", "c", "v"} {
		out, err := runWith(t, panicky{Model: New(fixture(t), Options{})}, "j"+key)
		if !errors.Is(err, tea.ErrProgramPanic) {
			t.Errorf("panic on %q: Run returned %v, want ErrProgramPanic", key, err)
		}
		on, off := strings.Index(out, altScreenOn), strings.LastIndex(out, altScreenOff)
		if on < 0 || off < on {
			t.Errorf("panic on %q left the alternate screen on (on %d, off %d)", key, on, off)
		}
	}
}
