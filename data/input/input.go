// Package input reads what people give storyline: files and folders of articles (plain
// text, Markdown, saved web pages), JSON Lines dumps and JSON records from crawlers and
// data sets, storyline's own saved timelines, any of them gzipped, and standard input. It
// yields one item per article, or per input it has to skip, so that one bad file among
// thousands costs only itself.
package input

import (
	"context"
	"io"
	"iter"

	"storyline/data/article"
	"storyline/model"
)

// Item is one article read, one document of a saved timeline, or one input skipped.
type Item struct {
	Article    *article.Article  // an article to extract
	Extraction *model.Extraction // a document of a saved timeline, extracted already
	Err        error             // an input (a file, a line of a dump) that is skipped; the message names it
	Bytes      int64             // input bytes this item accounts for, for progress
}

// Options configure reading.
type Options struct {
	Stdin io.Reader // what "-" reads
}

// Read reads the planned files in order and yields their items. It stops early when the
// context is cancelled or the consumer stops.
func Read(ctx context.Context, p Plan, o Options) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, f := range p.Files {
			if ctx.Err() != nil {
				return
			}
			if !readFile(ctx, f, o, yield) {
				return
			}
		}
	}
}
