package ui

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"storyline/data/format"
	"storyline/data/text"
	"storyline/model"
)

// exportedMsg says how writing the view to a file went.
type exportedMsg struct {
	path   string
	events int
	err    error
}

func (e exportedMsg) notice() string {
	if e.err != nil {
		return "export failed: " + text.VisibleLine(e.err.Error())
	}
	return "wrote " + format.Plural(e.events, "event", "events") + " to " + text.VisibleLine(e.path)
}

// openExport is e: the file name prompt, offering a name with today's date.
func (m *Model) openExport() tea.Cmd {
	if len(m.timeline.idx) == 0 {
		m.notice = "nothing in view to export"
		return nil
	}
	return m.openPrompt(promptExport, "storyline-"+time.Now().Format("2006-01-02")+".md")
}

// exportFormat reads the format from the name: its extension (.md, .txt, .json, .csv),
// or a name that ends in .timelinejs.json for TimelineJS, or a "csv:" style prefix.
func exportFormat(name string) (path, form string, ok bool) {
	if f, rest, found := strings.Cut(name, ":"); found && len(f) > 1 {
		for _, n := range format.Names {
			if strings.EqualFold(f, n) {
				return strings.TrimSpace(rest), n, true
			}
		}
	}
	if strings.HasSuffix(strings.ToLower(name), ".timelinejs.json") {
		return name, "timelinejs", true
	}
	form, ok = format.ByExtension(name)
	return name, form, ok
}

// export writes what is in view (the filters, the search with &, the key events, the
// stars with *, the zoom) to a file, in a command. It will not overwrite a file.
func (m *Model) export(name string) tea.Cmd {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	path, form, ok := exportFormat(name)
	if !ok {
		m.notice = "name the file .md, .txt, .json, .csv or .timelinejs.json (or csv:name)"
		return nil
	}
	if strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			path = filepath.Join(home, path[2:])
		}
	}
	tl, idx := m.tl, m.timeline.idx // neither is changed in place, so the command may read them
	m.notice = "writing " + text.VisibleLine(path) + "…"
	return func() tea.Msg {
		return exportedMsg{path, len(idx), writeNew(path, form, tl.Only(idx))}
	}
}

// writeNew writes the timeline to a file that must not exist yet.
func writeNew(path, form string, tl *model.Timeline) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return errors.New(path + " exists; give another name")
	}
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = format.Write(w, form, tl)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path) // not a half-written file that looks whole
	}
	return err
}
