package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"syscall"

	"golang.org/x/term"

	"storyline/data/extract"
	"storyline/data/format"
	"storyline/model"
	"storyline/ui"
)

// run explores or prints the timeline of what the command line names.
func run(ctx context.Context, e *env, c config) error {
	src, err := newSource(e, c)
	if err != nil {
		return err
	}
	if c.format == "" && isTerminal(e.stdout) {
		return explore(ctx, e, c, src)
	}
	src.status = newStatusLine(e.stderr)
	defer src.closeCache()
	tl, err := src.load(ctx, src.status.update)
	if err != nil {
		return err
	}
	actors, err := resolveNames(tl.LookupActor, "--actor", "actor", c.actors, tl.ActorsByCount, func(id string) string { a, _ := tl.Actor(id); return a.Name })
	if err != nil {
		return err
	}
	places, err := resolveNames(tl.LookupPlace, "--place", "place", c.places, tl.PlacesByCount, func(id string) string { p, _ := tl.Place(id); return p.Name })
	if err != nil {
		return err
	}
	if c.key != 0 {
		n := c.key
		if n < 0 {
			n = tl.AutoKey()
		}
		tl = tl.Key(n)
	}
	if len(actors) > 0 || len(places) > 0 {
		tl = tl.Only(tl.Filter(model.Filter{Actors: actors, Places: places}))
	}
	err = format.Write(e.stdout, cmp.Or(c.format, "text"), tl)
	if err != nil && !isBrokenPipe(err) {
		return err
	}
	return nil
}

// exploreMemory is the heap the explorer aims to stay within.
const exploreMemory = 1200 << 20

// explore opens the explorer, which shows the corpus loading with a progress bar. What
// was skipped is listed on the terminal after the explorer closes, where it can be read.
// The settings file is read first, so a mistake in it is told before the terminal is taken.
func explore(ctx context.Context, e *env, c config, src *source) error {
	// The explorer holds a corpus for as long as it runs: the collector works harder near
	// this much rather than let the heap double, so a million reports stay within 1.5 GB.
	// GOMEMLIMIT, when set, is the user's choice.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(exploreMemory)
	}
	settings, err := ui.LoadConfig(ui.ConfigPath())
	if err != nil {
		src.closeCache()
		return err
	}
	var marks ui.MarkStore
	if st, cm, ok := openMarks(ctx, src); ok {
		defer st.Close()
		marks = cm
	}
	res, err := ui.Run(ui.Options{
		Actors: c.actors,
		Places: c.places,
		Key:    c.key,
		Marks:  marks,
		Config: settings,
		Load: func(ctx context.Context, progress func(ui.Progress)) (*model.Timeline, string, error) {
			tl, err := src.load(ctx, func(p extract.Progress) { progress(uiProgress(p)) })
			if err != nil || !src.wantSummary() {
				return tl, "", err
			}
			return tl, src.summary(), nil
		},
	})
	src.closeCache()
	src.flushWarnings(e.stderr)
	if res.Cancelled {
		return exitError{130, "loading cancelled"}
	}
	if err != nil {
		return err
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// isBrokenPipe lets `storyline ... | head` end quietly.
func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

// resolveNames turns --actor or --place names into IDs, failing with the leading choices
// when a name matches nothing.
func resolveNames(find func(string) []string, flag, what string, names []string, byCount func() []string, name func(string) string) ([]string, error) {
	var ids []string
	for _, n := range names {
		found := find(n)
		if len(found) == 0 {
			var known []string
			for _, id := range byCount() {
				known = append(known, name(id))
				if len(known) == 8 {
					known = append(known, "…")
					break
				}
			}
			return nil, fmt.Errorf("%s %q matches no %s (found: %s)", flag, n, what, strings.Join(known, ", "))
		}
		ids = append(ids, found...)
	}
	return ids, nil
}
