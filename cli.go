package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"storyline/data/article"
)

// config is what the command line asks for.
type config struct {
	files      []string
	format     string // "", text, json, markdown
	date       time.Time
	actors     []string
	gazetteers []string
	help       bool
	version    bool
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

const usage = `storyline turns news articles into a timeline you can explore.

Usage:
  storyline [flags] [FILE...]        explore the articles (the built-in sample without FILE;
                                     "-" reads standard input); prints the timeline as text
                                     when standard output is not a terminal
  storyline eval timeml [-v] PATH...    score time expressions on TimeML (.tml) files
  storyline eval meantime [-v] PATH...  score time expressions, names and speakers on MEANTIME XML
  storyline eval brat [-v] PATH...      score quotes and speakers on brat attribution files

Flags:
  --format text|json|markdown   print the timeline instead of exploring it
  --date YYYY-MM-DD             publication date for articles that give none
  --actor NAME                  start the explorer filtered to this actor (repeatable)
  --gazetteer FILE              extra names of people, places, groups and sources (repeatable)
  --version                     print the version
  -h, --help                    show this help
`

// usageError is a mistake in how the command was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func parseArgs(args []string) (config, error) {
	var c config
	var actors, gazetteers listFlag
	var date string
	fs := flag.NewFlagSet("storyline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.format, "format", "", "")
	fs.StringVar(&date, "date", "", "")
	fs.Var(&actors, "actor", "")
	fs.Var(&gazetteers, "gazetteer", "")
	fs.BoolVar(&c.help, "help", false, "")
	fs.BoolVar(&c.help, "h", false, "")
	fs.BoolVar(&c.version, "version", false, "")
	// Flags may come before or after the files, as people type them.
	for {
		if err := fs.Parse(args); err != nil {
			return c, usagef("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		c.files = append(c.files, args[0])
		args = args[1:]
	}
	c.actors, c.gazetteers = actors, gazetteers
	switch c.format {
	case "", "text", "json", "markdown", "md":
	default:
		return c, usagef("--format %q: choose text, json or markdown", c.format)
	}
	if c.format == "md" {
		c.format = "markdown"
	}
	if date != "" {
		d, err := article.ParseDate(date)
		if err != nil {
			return c, usagef("--date: %v", err)
		}
		c.date = d
	}
	return c, nil
}
