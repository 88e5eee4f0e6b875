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
  storyline eval html [-v] [-split dev|test|all] DIR...   main text, title and date of saved web pages
PATH may be a file or a directory (searched recursively). -v lists every miss per document.

html reads trafilatura's evaluation set (DIR/data.go, parsed not run, and DIR/pages/) with
storyline's web-page reader. Pages fall in a dev or a test half by a hash of their address;
-split scores one, and both are reported apart by default. The main text is scored twice:
  shingles  ScrapingHub's evaluate.py: \w+ tokens (case kept), runs of 4 (a shorter text
            is one run), counted as multisets. The With snippets stand for the gold text:
            their shingles in the output are TP, missing ones FN. The Without snippets are
            known non-main text: their shingles in the output beyond the gold's are FP. The
            rest of the output is not judged. P and R per page are averaged over the pages
            (P where something was output or leaked, R where there is gold); F1 of the two.
  snippets  trafilatura's measure: a With snippet in the text is TP, else FN; a Without
            snippet in the text is FP, else TN; P, R, accuracy and F over all snippets.
Both flatten white space and drop soft hyphens on either side, and a snippet the output
holds is widened to whole words there (snippets are cut at characters). The title is
compared ignoring case and spacing, the publication day as YYYY-MM-DD.
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
	split := fs.String("split", "all", "")
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
	o := eval.Options{Verbose: *verbose, Out: stdout, Split: *split}
	var err error
	switch kind {
	case "timeml":
		err = eval.TimeML(paths, o)
	case "meantime":
		err = eval.MEANTIME(paths, o)
	case "brat":
		err = eval.Brat(paths, o)
	case "html":
		err = eval.HTML(paths, o)
	default:
		fmt.Fprintf(stderr, "storyline: eval: unknown corpus kind %q (timeml, meantime, brat or html)\n", kind)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "storyline: eval %s: %s\n", kind, oneLine(err.Error()))
		return 1
	}
	return 0
}
