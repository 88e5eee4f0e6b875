package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"storyline/data/eval"
)

// evalKinds are the annotated corpora storyline scores itself on.
var evalKinds = []struct {
	name, short string
	run         func([]string, eval.Options) error
}{
	{"timeml", "TempEval-3 time expression scores on TimeML (.tml) files", eval.TimeML},
	{"meantime", "time expressions, named entities and speakers on MEANTIME CAT XML", eval.MEANTIME},
	{"brat", "quote detection and speaker attribution on brat standoff files", eval.Brat},
}

func newEvalCommand(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval KIND PATH...",
		Short: "Score storyline's extraction on annotated corpora",
		Long: `Score storyline's extraction on annotated corpora and print the figures the literature
reports. PATH may be a file or a folder (searched recursively).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("eval: name a corpus kind (timeml, meantime or brat)")
			}
			return usagef("eval: unknown corpus kind %q (timeml, meantime or brat)", args[0])
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	for _, k := range evalKinds {
		var verbose bool
		sub := &cobra.Command{
			Use:   k.name + " [-v] PATH...",
			Short: k.short,
			Args:  cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, paths []string) error {
				if err := k.run(paths, eval.Options{Verbose: verbose, Out: e.stdout}); err != nil {
					return fmt.Errorf("eval %s: %w", k.name, err)
				}
				return nil
			},
		}
		sub.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss, false alarm and wrong value per document")
		sub.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err.Error()} })
		cmd.AddCommand(sub)
	}
	return cmd
}
