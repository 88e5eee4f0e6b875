package input

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
)

// Kind is what a file holds.
type Kind uint8

const (
	Sniff     Kind = iota // not known from the name: decided by the content
	Text                  // an article in plain text, perhaps with front matter
	Markdown              // an article in Markdown
	HTML                  // a web page
	JSONLines             // one JSON record per line: a crawler's dump
	JSON                  // one JSON value: a record, an array of records, or a storyline timeline
)

var kindNames = [...]string{"", "text", "Markdown", "HTML", "JSON Lines", "JSON"}

func (k Kind) String() string { return kindNames[k] }

var extensions = map[string]Kind{
	".txt": Text, ".text": Text,
	".md": Markdown, ".markdown": Markdown, ".mdown": Markdown, ".mkd": Markdown,
	".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
	".jsonl": JSONLines, ".ndjson": JSONLines, ".jsonlines": JSONLines,
	".json": JSON,
}

// kindOf says what a file name claims: its kind, whether it is gzipped, and whether the
// name is one storyline reads at all. A name without an extension is read, by content.
func kindOf(name string) (k Kind, gz bool, known bool) {
	base := filepath.Base(name)
	if strings.EqualFold(filepath.Ext(base), ".gz") {
		gz = true
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	ext := strings.ToLower(filepath.Ext(base))
	if ext == "" {
		return Sniff, gz, true
	}
	k, known = extensions[ext]
	return k, gz, known
}

// sniff decides a kind from the first bytes of the content.
func sniff(head []byte) Kind {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(h) == 0:
		return Text
	case h[0] == '[':
		return JSON
	case h[0] == '{':
		// One complete record on the first line makes a JSON Lines dump, and so does a
		// first line too long to see the end of; an object that goes on over several
		// lines is one JSON value, and so is a storyline timeline.
		line, _, more := bytes.Cut(h, []byte("\n"))
		if timelineStart.Match(h) {
			return JSON
		}
		if !more || validObject(bytes.TrimSpace(line)) {
			return JSONLines
		}
		return JSON
	case looksLikeHTML(h):
		return HTML
	}
	return Text
}

// looksLikeHTML spots a web page: a doctype, or an html, head or body element near the top.
func looksLikeHTML(h []byte) bool {
	if len(h) == 0 || h[0] != '<' {
		return false
	}
	l := bytes.ToLower(h[:min(len(h), 1024)])
	for _, m := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"} {
		if bytes.Contains(l, []byte(m)) {
			return true
		}
	}
	return bytes.HasPrefix(l, []byte("<?xml")) && bytes.Contains(l, []byte("xhtml"))
}

// validObject reports whether b is one complete JSON object.
func validObject(b []byte) bool {
	return len(b) > 0 && b[0] == '{' && json.Valid(b)
}
