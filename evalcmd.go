package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"storyline/data/eval"
)

// evalKinds are the annotated corpora storyline scores itself on.
var evalKinds = []struct {
	name, short, long string
	run               func([]string, eval.Options) error
}{
	{"timeml", "TempEval-3 time expression scores on TimeML (.tml) files", "", eval.TimeML},
	{"meantime", "time expressions, named entities and speakers on MEANTIME CAT XML", "", eval.MEANTIME},
	{"brat", "quote detection and speaker attribution on brat standoff files", "", eval.Brat},
	{"html", "main text, title and date of saved web pages (trafilatura's evaluation set)", htmlEvalHelp, eval.HTML},
	{"tls", "key dates and their events as timeline summaries (Timeline17-style topics)", tlsEvalHelp, eval.TLS},
	{"merge", "merging of events across documents, on pairs judged by hand", mergeEvalHelp, eval.Merge},
	{"conll", "names of people, organisations and places on CoNLL-2003 files", conllEvalHelp, eval.CoNLL},
}

const mergeEvalHelp = `Score the merging of events across documents. Give a .json file of pairs judged by hand
(each with topic, id_a, doc_a, text_a, id_b, doc_b, text_b and same: true or false) and
the folders of their Timeline17-style topics. Each topic is read and built as storyline
builds any corpus; a pair counts as merged when both its events end up in one event.
Precision, recall and F1 of "the same happening".`

const conllEvalHelp = `Score storyline's names on CoNLL-2003 data (a token a line, the IOB tag last, documents
after -DOCSTART-): people, organisations and places against the gold PER, ORG and LOC
names. Each document's text is its tokens joined by spaces, a sentence a line. Matching is
one to one, by exact span and by any overlap, without and with types (person → PER;
organization, group → ORG; country, place → LOC). MISC is not scored: a system name that
overlaps a MISC name counts neither way. -v lists every miss and false name.`

const tlsEvalHelp = `Score storyline's key dates, each told by its most representative events, as timeline
summaries. PATH is a topic (a folder with articles.jsonl, whose records have time and text,
and gold timelines/*.txt: a date line, its sentences, entries separated by dashes) or a
folder of topics.

As in the literature (Martschat and Markert 2017; news-tls, Ghalandari and Ifrim 2020): per
gold timeline, only articles published in its span are read and only days in it ranked; the
summary has as many days as the gold and the gold's average number of sentences a day.
Date-F1; ROUGE-1 and ROUGE-2 F1 as ROUGE-1.5.5 counts them with Porter stemming and stop
words removed, concatenated and date-aligned (align+ m:1). P and R are averaged over the
timelines, then F1 is taken.`

const htmlEvalHelp = `Score storyline's web-page reader on trafilatura's evaluation set: DIR/data.go (parsed,
not run) and DIR/pages/. Pages fall in a dev or a test half by a hash of their address;
--split scores one, and both are reported apart by default. The main text is scored twice:

shingles: ScrapingHub's evaluate.py. \w+ tokens (case kept), runs of 4 (a shorter text is
one run), counted as multisets. The With snippets stand for the gold text: their shingles in
the output are TP, missing ones FN. The Without snippets are known non-main text: their
shingles in the output beyond the gold's are FP. The rest of the output is not judged. P and
R per page are averaged over the pages (P where something was output or leaked, R where there
is gold); F1 of the two.

snippets: trafilatura's measure. A With snippet in the text is TP, else FN; a Without snippet
in the text is FP, else TN; P, R, accuracy and F over all snippets.

Both flatten white space and drop soft hyphens on either side, and a snippet the output holds
is widened to whole words there (snippets are cut at characters). The title is compared
ignoring case and spacing, the publication day as YYYY-MM-DD.`

func newEvalCommand(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval KIND PATH...",
		Short: "Score storyline's extraction on annotated corpora",
		Long: `Score storyline's extraction on annotated corpora and print the figures the literature
reports. PATH may be a file or a folder (searched recursively).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("eval: name a corpus kind (timeml, meantime, brat, html, tls or merge)")
			}
			return usagef("eval: unknown corpus kind %q (timeml, meantime, brat, html, tls or merge)", args[0])
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	for _, k := range evalKinds {
		var verbose bool
		var split string
		sub := &cobra.Command{
			Use:   k.name + " [-v] PATH...",
			Short: k.short,
			Long:  k.long,
			Args:  cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, paths []string) error {
				if err := k.run(paths, eval.Options{Verbose: verbose, Out: e.stdout, Split: split}); err != nil {
					return fmt.Errorf("eval %s: %w", k.name, err)
				}
				return nil
			},
		}
		sub.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss, false alarm and wrong value per document")
		if k.name == "html" {
			sub.Flags().StringVar(&split, "split", "all", "score the dev half, the test half, or all pages")
		}
		sub.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
		cmd.AddCommand(sub)
	}
	return cmd
}
