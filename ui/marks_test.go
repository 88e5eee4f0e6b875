package ui

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// memMarks is a MarkStore in memory, standing in for the SQLite one (tested in store).
type memMarks struct {
	mu    sync.Mutex
	marks map[string]model.Mark
}

func (s *memMarks) Marks(context.Context) (map[string]model.Mark, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]model.Mark{}
	for k, v := range s.marks {
		out[k] = v
	}
	return out, nil
}

func (s *memMarks) PutMark(_ context.Context, id string, m model.Mark) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.Empty() {
		delete(s.marks, id)
	} else {
		s.marks[id] = m
	}
	return nil
}

// run carries out a command as the program would, feeding its messages back.
func runCmd(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			m = runCmd(m, c)
		}
	default:
		m = send(m, msg)
	}
	return m
}

func TestStarsAndNotesAreKept(t *testing.T) {
	tl := fixture(t)
	store := &memMarks{marks: map[string]model.Mark{tl.Events[1].ID: {Note: "kept before"}}}
	m := newPlain(t, tl, 100, 30, Options{Marks: store})
	m = runCmd(m, m.Init())
	if !strings.Contains(screen(m), "✎") {
		t.Error("a note kept before should be marked on its row")
	}
	m = send(m, keyMsg("j"), keyMsg("j"))
	m, cmd := sendCmd(m, keyMsg("s"))
	m = runCmd(m, cmd)
	starredID := m.tl.Events[m.timeline.Selected()].ID
	if !store.marks[starredID].Starred || !strings.Contains(footerText(m), "starred") || !strings.Contains(screen(m), "★") {
		t.Errorf("s should star and keep: %v, %q", store.marks, footerText(m))
	}
	m = send(m, keyMsg("m"))
	m = send(m, typed("check with TASS")...)
	m, cmd = sendCmd(m, keyMsg("enter"))
	m = runCmd(m, cmd)
	if got := store.marks[starredID]; got.Note != "check with TASS" || !got.Starred {
		t.Errorf("m should keep a note beside the star: %+v", got)
	}
	if !strings.Contains(strings.Join(m.detail.lines, "\n"), "check with TASS") {
		t.Error("the detail should show the note")
	}
	m = send(m, keyMsg("*"))
	if len(m.timeline.idx) != 1 || m.tl.Events[m.timeline.idx[0]].ID != starredID {
		t.Errorf("* should show only the starred event: %v", m.timeline.idx)
	}
	m = send(m, keyMsg("*"))
	m, cmd = sendCmd(m, keyMsg("s"))
	m = runCmd(m, cmd)
	if got := store.marks[starredID]; got.Starred || got.Note != "check with TASS" {
		t.Errorf("s again should take the star off and keep the note: %+v", got)
	}
	m = send(m, keyMsg("m"), keyMsg("ctrl+u"))
	m, cmd = sendCmd(m, keyMsg("enter"))
	m = runCmd(m, cmd)
	if _, ok := store.marks[starredID]; ok {
		t.Errorf("unstarred with no note, the mark should go: %v", store.marks)
	}

	// Without a store the marks last the session, and it says so.
	m = newPlain(t, tl, 100, 30, Options{})
	if m = send(m, keyMsg("s")); !strings.Contains(footerText(m), "no store") {
		t.Errorf("no store: %q", footerText(m))
	}
}

func TestExportWritesTheView(t *testing.T) {
	dir := t.TempDir()
	m := newPlain(t, fixture(t), 100, 30, Options{})
	m = send(m, keyMsg("/"))
	m = send(m, typed("russia")...)
	m = send(m, keyMsg("enter"), keyMsg("&"))
	n := len(m.timeline.idx)
	m = send(m, keyMsg("e"))
	if m.prompt != promptExport || !strings.Contains(m.input.Value(), ".md") {
		t.Fatalf("e should offer a file name: %q", m.input.Value())
	}
	path := filepath.Join(dir, "view.csv")
	m.input.SetValue(path)
	m, cmd := sendCmd(m, keyMsg("enter"))
	m = runCmd(m, cmd)
	if want := "wrote " + strconv.Itoa(n) + " events to " + path; !strings.Contains(footerText(m), want) {
		t.Errorf("footer %q, want %q", footerText(m), want)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if rows := strings.Count(strings.TrimSpace(string(b)), "\n"); rows != n {
		t.Errorf("%d rows after the header, want %d:\n%s", rows, n, b)
	}
	m = send(m, keyMsg("e"))
	m.input.SetValue(path)
	m, cmd = sendCmd(m, keyMsg("enter"))
	if m = runCmd(m, cmd); !strings.Contains(footerText(m), "exists") {
		t.Errorf("an existing file should not be overwritten: %q", footerText(m))
	}
	for _, c := range []struct{ name, form string }{{"a.md", "markdown"}, {"a.TXT", "text"}, {"t.timelinejs.json", "timelinejs"}, {"csv:out", "csv"}, {"a.json", "json"}} {
		if _, form, ok := exportFormat(c.name); !ok || form != c.form {
			t.Errorf("%s: %s, %v; want %s", c.name, form, ok, c.form)
		}
	}
	if _, _, ok := exportFormat("notes.docx"); ok {
		t.Error("an unknown extension should be refused")
	}
}
