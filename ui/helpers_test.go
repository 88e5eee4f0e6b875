package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"storyline/model"
)

// newPlain is the explorer as NO_COLOR users see it, sized w×h.
func newPlain(t testing.TB, tl *model.Timeline, w, h int, opts Options) Model {
	t.Helper()
	t.Setenv("NO_COLOR", "1")
	m := New(tl, opts)
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// send feeds messages through Update as the program would.
func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

// sendCmd feeds one message and returns the command Update gave back.
func sendCmd(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// keys turns key names ("down", "shift+tab", "q", or text such as "caspian" via type_)
// into key presses.
func press(names ...string) []tea.Msg {
	var out []tea.Msg
	for _, n := range names {
		out = append(out, keyMsg(n))
	}
	return out
}

func keyMsg(name string) tea.KeyPressMsg {
	special := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
		"home": tea.KeyHome, "end": tea.KeyEnd, "tab": tea.KeyTab, "enter": tea.KeyEnter,
		"esc": tea.KeyEscape, "space": tea.KeySpace, "backspace": tea.KeyBackspace,
	}
	switch {
	case name == "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case strings.HasPrefix(name, "ctrl+"):
		return tea.KeyPressMsg{Code: rune(name[5]), Mod: tea.ModCtrl}
	case special[name] != 0:
		k := tea.KeyPressMsg{Code: special[name]}
		if name == "space" {
			k.Text = " "
		}
		return k
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// typed is a key press per character of s.
func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// screen is the frame as plain text with trailing blanks trimmed from each line.
func screen(m Model) string {
	lines := strings.Split(ansi.Strip(m.View().Content), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
