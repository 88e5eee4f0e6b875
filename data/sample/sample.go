// Package sample holds the story storyline opens when given no files: Russia's missile
// strikes on Syria from the Caspian Sea (published Wednesday 2015-10-07), with a careful
// reader's annotation of what its timeline must show.
package sample

import (
	_ "embed"
	"strings"
)

// Name is how the sample is shown in messages and as its document path.
const Name = "caspian-strikes-2015.md"

// Article is the sample article with its front matter (title and publication date).
//
//go:embed caspian-strikes-2015.md
var Article []byte

// GoldJSON is the hand annotation of the sample: timexes, events, actors, sources, quotes
// and claims, with 1-based line numbers of the article body.
//
//go:embed caspian-strikes-2015.gold.json
var GoldJSON []byte

// Text is the article body without its front matter: the text the gold annotation's line
// numbers count in, identical to the shared fixture.
func Text() string {
	s := string(Article)
	const fence = "---\n"
	if i := strings.Index(s[len(fence):], fence); strings.HasPrefix(s, fence) && i >= 0 {
		return s[len(fence)+i+len(fence):]
	}
	return s
}
