package main

import (
	"flag"
	"fmt"
	"io"

	"storyline/data/eval"
)

const evalUsage = `Usage:
  storyline eval timeml [-v] PATH...     TempEval-3 time expression scores on TimeML files
  storyline eval meantime [-v] PATH...   time expressions, named entities and speakers on MEANTIME CAT XML
  storyline eval brat [-v] PATH...       quote detection and speaker attribution on brat standoff files
PATH may be a file or a directory (searched recursively). -v lists every miss per document.
`

func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, evalUsage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	kind := args[0]
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	verbose := fs.Bool("v", false, "")
	var paths []string
	rest := args[1:]
	for {
		if err := fs.Parse(rest); err != nil {
			fmt.Fprintf(stderr, "storyline: eval: %v\n", err)
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		paths = append(paths, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "storyline: eval %s: give at least one file or directory\n", kind)
		return 2
	}
	o := eval.Options{Verbose: *verbose, Out: stdout}
	var err error
	switch kind {
	case "timeml":
		err = eval.TimeML(paths, o)
	case "meantime":
		err = eval.MEANTIME(paths, o)
	case "brat":
		err = eval.Brat(paths, o)
	default:
		fmt.Fprintf(stderr, "storyline: eval: unknown corpus kind %q (timeml, meantime or brat)\n", kind)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "storyline: eval %s: %s\n", kind, oneLine(err.Error()))
		return 1
	}
	return 0
}
