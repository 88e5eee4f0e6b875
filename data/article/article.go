// Package article reads the user's articles: plain text or Markdown with optional front
// matter, checked so that bad input gets one clear error instead of a crash.
package article

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/model"
)

// MaxSize is the largest article accepted. News articles are kilobytes; a file this large
// is almost certainly not one, and reading it whole would only make the explorer slow.
const MaxSize = 8 << 20

// Article is one input: its metadata and its body, the text after any front matter.
type Article struct {
	Path      string // as given; "-" for standard input
	Title     string
	Source    string
	URL       string
	Published time.Time        // zero when the input declares none
	DateFrom  model.DateOrigin // what declared Published: front matter, a JSON field, a page's metadata
	PathDate  time.Time        // a date in the file's path ("2012/05/25/"): a fallback below the dateline and --date
	Markdown  bool
	Body      string
}

// Error is a problem with one input, worded for a one-line message.
type Error struct {
	Path string
	Msg  string
}

func (e *Error) Error() string { return e.Path + ": " + e.Msg }

func tooLarge(size int64) error {
	limit := fmt.Sprintf("%d MB", MaxSize>>20)
	if size < 0 {
		return fmt.Errorf("larger than %s; storyline reads articles, not archives", limit)
	}
	return fmt.Errorf("%.0f MB is larger than the %s limit; storyline reads articles, not archives", float64(size)/(1<<20), limit)
}

// Parse checks raw bytes and splits off the front matter.
func Parse(path string, raw []byte) (*Article, error) {
	fail := func(format string, args ...any) error { return &Error{Path: path, Msg: fmt.Sprintf(format, args...)} }
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fail("empty file")
	}
	if isBinary(raw) {
		return nil, fail("looks like a binary file, not text")
	}
	if !utf8.Valid(raw) {
		return nil, fail("not valid UTF-8 text (first bad byte at offset %d); convert it with iconv -t UTF-8", firstInvalid(raw))
	}
	s := strings.TrimPrefix(string(raw), "\uFEFF")
	a := &Article{Path: path, Markdown: isMarkdownPath(path)}
	body, err := a.frontMatter(s)
	if err != nil {
		return nil, fail("%v", err)
	}
	a.Body = text.VisibleControls(body)
	a.Title, a.Source, a.URL = text.VisibleControls(a.Title), text.VisibleControls(a.Source), text.VisibleControls(a.URL)
	if strings.TrimSpace(a.Body) == "" {
		return nil, fail("no article text after the front matter")
	}
	if a.Markdown || looksLikeMarkdown(a.Body) {
		a.Markdown = true
		if a.Title == "" {
			a.Title = markdownTitle(a.Body)
		}
	}
	return a, nil
}

func isMarkdownPath(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// isBinary looks for what text never has: NUL bytes, or many control characters.
func isBinary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

func firstInvalid(raw []byte) int {
	for i := 0; i < len(raw); {
		r, w := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}
