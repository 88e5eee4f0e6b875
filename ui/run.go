package ui

import (
	"io"

	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// Options configure the explorer.
type Options struct {
	Actors []string  // actor IDs or names (case-insensitive match on name/alias/ID) to filter by at start (--actor)
	Input  io.Reader // nil = os.Stdin; for tests
	Output io.Writer // nil = os.Stdout
}

// Run explores the timeline until the user quits. Bubble Tea catches panics in Update,
// View and commands and restores the terminal before Run returns the error; nothing
// here turns that off, and the explorer starts no goroutines of its own.
func Run(tl *model.Timeline, opts Options) error {
	return run(New(tl, opts), opts)
}

func run(m tea.Model, opts Options, extra ...tea.ProgramOption) error {
	var po []tea.ProgramOption
	if opts.Input != nil {
		po = append(po, tea.WithInput(opts.Input))
	}
	if opts.Output != nil {
		po = append(po, tea.WithOutput(opts.Output))
	}
	_, err := tea.NewProgram(m, append(po, extra...)...).Run()
	return err
}
