package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"storyline/data/article"
	"storyline/data/format"
	"storyline/data/text"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// env is the world a command runs in: its streams, so that tests run it in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// config is what the command line asks for.
type config struct {
	files      []string
	format     string // "" or one of format.Names
	date       time.Time
	actors     []string
	places     []string
	gazetteers []string
	noCache    bool
	strict     bool
	workers    int
	key        int // --key: the key events of this many days; -1 for auto, 0 for all events
}

// formats are the names --format takes (and md, for markdown).
var formats = format.Names

// exitError ends the run with a status of its own; an empty message prints nothing.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

// usageError is a mistake in how the command was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func execute(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	opts := []fang.Option{fang.WithErrorHandler(printError), fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM)}
	if version != "dev" {
		opts = append(opts, fang.WithVersion(version))
	}
	err := fang.Execute(context.Background(), root, opts...)
	var ee exitError
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue), isCobraUsage(err):
		return 2
	}
	return 1
}

// printError writes an error as one line, and points to the help after a usage mistake.
func printError(w io.Writer, _ fang.Styles, err error) {
	var ee exitError
	if errors.As(err, &ee) && ee.msg == "" {
		return
	}
	fmt.Fprintf(w, "storyline: %s\n", text.Squeeze(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintln(w, "Run 'storyline --help' for usage.")
	}
}

// isCobraUsage spots the mistakes cobra itself reports: unknown commands and bad arguments.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "invalid argument", "unknown flag", "unknown shorthand flag", "flag needs an argument", "bad flag syntax"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func newRoot(e *env) *cobra.Command {
	var c config
	var format, date, key string
	root := &cobra.Command{
		Use:   "storyline [flags] [FILE|FOLDER...]",
		Short: "Turn news articles into a timeline you can explore",
		Long: `storyline turns news into a timeline you can explore: what happened when, who was
involved, who said what and according to whom, merged across every article it is given.

It reads plain text and Markdown articles (with optional front matter), saved web pages,
JSON Lines dumps and JSON records from crawlers and data sets, saved storyline timelines,
any of them gzipped, and whole folders of them. With no files it reads standard input when
something is piped in, and otherwise opens the built-in sample story.

When standard output is a terminal it opens the explorer; otherwise, or with --format, it
prints the timeline.`,
		Example: `# explore the built-in sample story
storyline

# explore a folder of articles, or a crawler's dump
storyline articles/
storyline dump.jsonl.gz

# print the timeline as JSON, and explore it again later
storyline articles/ --format json > timeline.json
storyline timeline.json

# read standard input
cat story.txt | storyline

# score the time expressions on TimeML files
storyline eval timeml corpus/`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			c.files = args
			var err error
			if c.format, err = parseFormat(format); err != nil {
				return err
			}
			if c.key, err = parseKey(key); err != nil {
				return err
			}
			if date != "" {
				if c.date, err = article.ParseDate(date); err != nil {
					return usagef("--date: %v", err)
				}
			}
			return run(cmd.Context(), e, c)
		},
	}
	f := root.Flags()
	f.StringVarP(&format, "format", "f", "", "print the timeline as "+strings.Join(formats, ", ")+" instead of exploring it")
	f.StringVar(&date, "date", "", "publication date for articles that give none (2012-05-25)")
	f.StringArrayVar(&c.actors, "actor", nil, "start filtered to this actor (name, alias or a word of the name; repeatable); when printing, print only its events")
	f.StringArrayVar(&c.places, "place", nil, "start filtered to events at this place (name, alias or a word of the name; repeatable); when printing, print only those")
	f.StringArrayVar(&c.gazetteers, "gazetteer", nil, "a file of your own names of people, places, groups and sources (repeatable)")
	f.BoolVar(&c.noCache, "no-cache", false, "extract every article afresh, without reading or writing the cache")
	f.BoolVar(&c.strict, "strict", false, "fail (exit 1) on any input that cannot be read, instead of skipping it with a warning")
	f.IntVarP(&c.workers, "workers", "j", 0, "articles extracted at once (default: one per CPU)")
	f.StringVar(&key, "key", "", "only the key events of the N most important days (a number, or auto to choose from the corpus)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
	root.AddCommand(newEvalCommand(e), newCacheCommand(e))
	return root
}

// parseKey reads --key: a count of days, or auto.
func parseKey(s string) (int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "":
		return 0, nil
	case "auto":
		return -1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, usagef("--key %q: give a number of days (1 or more) or auto", s)
	}
	return n, nil
}

// parseFormat reads --format, in any case.
func parseFormat(s string) (string, error) {
	f := strings.ToLower(strings.TrimSpace(s))
	if f == "md" {
		f = "markdown"
	}
	if f == "" {
		return "", nil
	}
	for _, k := range formats {
		if f == k {
			return f, nil
		}
	}
	return "", usagef("--format %q: choose %s", s, strings.Join(formats, ", "))
}
