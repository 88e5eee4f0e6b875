package format

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"storyline/model"
)

// Names are the output formats, in the order the help lists them. TimelineJS has no file
// extension of its own (its files are .json), so only its name picks it.
var Names = []string{"text", "json", "markdown", "csv", "timelinejs"}

var writers = map[string]func(io.Writer, *model.Timeline) error{
	"text":       WriteText,
	"json":       WriteJSON,
	"markdown":   WriteMarkdown,
	"csv":        WriteCSV,
	"timelinejs": WriteTimelineJS,
}

// Write writes the timeline in the named format, one of Names.
func Write(w io.Writer, name string, tl *model.Timeline) error {
	write, ok := writers[name]
	if !ok {
		return fmt.Errorf("unknown format %q (choose %s)", name, strings.Join(Names, ", "))
	}
	return write(w, tl)
}

// ByExtension is the format a file name asks for, so that an export can follow the name
// the user typed. A .json file gets storyline's own JSON, which reads back in.
func ByExtension(path string) (string, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt":
		return "text", true
	case ".json":
		return "json", true
	case ".md", ".markdown":
		return "markdown", true
	case ".csv":
		return "csv", true
	}
	return "", false
}
