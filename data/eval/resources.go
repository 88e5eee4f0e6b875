package eval

import (
	"embed"

	"storyline/data/wordlist"
)

//go:embed resources/*.txt
var resources embed.FS

// load reads one of the resource files.
func load(name string) wordlist.File { return wordlist.Load(resources, "resources/"+name) }
