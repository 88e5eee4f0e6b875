package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"golang.org/x/term"

	"storyline/data/actor"
	"storyline/data/article"
	"storyline/data/extract"
	"storyline/data/format"
	"storyline/data/input"
	"storyline/data/sample"
	"storyline/model"
	"storyline/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fail := func(code int, err error) int {
		fmt.Fprintf(stderr, "storyline: %s\n", oneLine(err.Error()))
		if code == 2 {
			fmt.Fprintln(stderr, "Run 'storyline --help' for usage.")
		}
		return code
	}
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	c, err := parseArgs(args)
	if err != nil {
		return fail(2, err)
	}
	if c.help {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if c.version {
		fmt.Fprintln(stdout, "storyline", version)
		return 0
	}
	tl, err := load(c, stdin, stderr)
	if err != nil {
		return fail(1, err)
	}
	actors, err := resolveActors(tl, c.actors)
	if err != nil {
		return fail(1, err)
	}
	if c.format == "" && isTerminal(stdout) {
		if err := ui.Run(tl, ui.Options{Actors: actors}); err != nil {
			return fail(1, err)
		}
		return 0
	}
	if len(actors) > 0 {
		tl = onlyEvents(tl, tl.Filter(model.Filter{Actors: actors}))
	}
	switch c.format {
	case "json":
		err = format.WriteJSON(stdout, tl)
	case "markdown":
		err = format.WriteMarkdown(stdout, tl)
	default:
		err = format.WriteText(stdout, tl)
	}
	if err != nil && !isBrokenPipe(err) {
		return fail(1, err)
	}
	return 0
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// isBrokenPipe lets `storyline ... | head` end quietly.
func isBrokenPipe(err error) bool {
	return err != nil && strings.Contains(err.Error(), "broken pipe")
}

// load builds the timeline: from the embedded sample when no file is given, otherwise
// from what the files and folders hold.
func load(c config, stdin io.Reader, stderr io.Writer) (*model.Timeline, error) {
	g := actor.DefaultGazetteer()
	for _, path := range c.gazetteers {
		if err := loadGazetteer(g, path); err != nil {
			return nil, err
		}
	}
	var items iter.Seq[input.Item]
	if len(c.files) == 0 {
		a, err := article.Parse(sample.Name, sample.Article)
		if err != nil {
			return nil, err
		}
		items = func(yield func(input.Item) bool) { yield(input.Item{Article: a}) }
	} else {
		items = input.Read(context.Background(), input.Expand(c.files), input.Options{Stdin: stdin})
	}
	tl, _, err := extract.Run(context.Background(), items, extract.RunOptions{
		Options: extract.Options{Date: c.date, Gazetteer: g},
		Warn:    func(err error) { fmt.Fprintf(stderr, "storyline: skipped %s\n", oneLine(err.Error())) },
	})
	return tl, err
}

func loadGazetteer(g *actor.Gazetteer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	return g.Load(f, path)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// resolveActors turns --actor names into actor IDs, failing with the choices when a name
// matches nothing.
func resolveActors(tl *model.Timeline, names []string) ([]string, error) {
	var ids []string
	for _, n := range names {
		found := tl.LookupActor(n)
		if len(found) == 0 {
			var known []string
			for _, id := range tl.ActorsByCount() {
				a, _ := tl.Actor(id)
				known = append(known, a.Name)
				if len(known) == 8 {
					known = append(known, "…")
					break
				}
			}
			return nil, fmt.Errorf("--actor %q matches no actor (found: %s)", n, strings.Join(known, ", "))
		}
		ids = append(ids, found...)
	}
	return ids, nil
}

// onlyEvents keeps the given events of a timeline, with all its documents and actors.
func onlyEvents(tl *model.Timeline, idx []int) *model.Timeline {
	events := make([]model.Event, 0, len(idx))
	for _, i := range idx {
		events = append(events, tl.Events[i])
	}
	return model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, events)
}
