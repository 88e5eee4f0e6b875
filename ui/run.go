package ui

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// Options configure the explorer.
type Options struct {
	Actors []string  // actor IDs or names (case-insensitive match on name/alias/ID) to filter by at start (--actor)
	Places []string  // place IDs or names, likewise (--place)
	Key    int       // start on the key events of this many days (-1: as many as the corpus suggests); 0 for all
	Load   LoadFunc  // reads the corpus, behind a progress bar
	Marks  MarkStore // keeps stars and notes; nil keeps them for the session only
	Input  io.Reader // nil = the terminal; for tests
	Output io.Writer // nil = os.Stdout
	Config Config    // keys and colours from the settings file; the zero value is the defaults
}

// Result says how the explorer ended.
type Result struct {
	Cancelled bool // the user left while the corpus was loading
}

// Run loads the corpus behind a progress bar, then explores it until the user quits.
// Bubble Tea catches panics in Update, View and commands and restores the terminal before
// Run returns the error; nothing here turns that off. The loader runs in a command's
// goroutine and stops when the user leaves.
func Run(opts Options) (Result, error) {
	l := newLoading(opts)
	defer l.cancel()
	final, err := run(l, opts)
	if err != nil {
		return Result{}, err
	}
	if fl, ok := final.(*loading); ok {
		return Result{Cancelled: fl.cancelled}, fl.err
	}
	return Result{}, nil
}

func run(m tea.Model, opts Options, extra ...tea.ProgramOption) (tea.Model, error) {
	var po []tea.ProgramOption
	if opts.Input != nil {
		po = append(po, tea.WithInput(opts.Input))
	}
	if opts.Output != nil {
		po = append(po, tea.WithOutput(opts.Output))
	}
	return tea.NewProgram(m, append(po, extra...)...).Run()
}
