// Package eval measures storyline's extractors against annotated corpora and prints the
// figures the literature reports, so that accuracy claims are commands anyone can rerun.
package eval

import "io"

// Options are the settings shared by the evaluation commands.
type Options struct {
	Verbose bool      // list every miss, false positive and wrong attribute per document
	Out     io.Writer // where the report goes; nil means standard output
	Split   string    // html: the half of the pages to score, "dev" or "test"; empty or "all" for both
}
