package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"storyline/data/actor"
	"storyline/data/article"
	"storyline/data/extract"
	"storyline/data/format"
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
	tl, err := load(c, stdin)
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

// load builds the timeline: from the embedded sample when no file is given, from a saved
// storyline JSON timeline, or by extraction from articles.
func load(c config, stdin io.Reader) (*model.Timeline, error) {
	if len(c.files) == 1 && strings.EqualFold(filepath.Ext(c.files[0]), ".json") {
		f, err := os.Open(c.files[0])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.files[0], unwrapPath(err))
		}
		defer f.Close()
		tl, err := format.ReadJSON(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.files[0], err)
		}
		return tl, nil
	}
	g := actor.DefaultGazetteer()
	for _, path := range c.gazetteers {
		if err := loadGazetteer(g, path); err != nil {
			return nil, err
		}
	}
	var arts []*article.Article
	if len(c.files) == 0 {
		a, err := article.Parse(sample.Name, sample.Article)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	stdinUsed := false
	for _, path := range c.files {
		if strings.EqualFold(filepath.Ext(path), ".json") {
			return nil, fmt.Errorf("%s: a saved JSON timeline is explored on its own, not with other files", path)
		}
		if path == "-" {
			if stdinUsed {
				return nil, errors.New("standard input (-) can be read only once")
			}
			stdinUsed = true
		}
		a, err := article.Read(path, stdin)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return extract.Run(arts, extract.Options{Date: c.date, Gazetteer: g})
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
