// Package story works across the documents of a corpus: it ranks the days a corpus is
// about and, for each, the events that tell it best. It reads a model.Timeline and does
// no I/O.
package story
