package article

import (
	"fmt"
	"strings"

	"storyline/model"
)

// frontMatter reads a YAML-style header between "---" lines at the very start of the text:
// simple "key: value" lines with the keys title, date (or published), source and url;
// other keys are ignored. It returns the body that follows.
func (a *Article) frontMatter(s string) (string, error) {
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || strings.TrimSpace(first) != "---" {
		return s, nil
	}
	// A leading "---" followed by prose is a horizontal rule, not front matter.
	if l, _, _ := strings.Cut(rest, "\n"); !isField(l) {
		return s, nil
	}
	for line := 2; ; line++ {
		l, next, more := strings.Cut(rest, "\n")
		if t := strings.TrimSpace(l); t == "---" || t == "..." {
			return next, nil
		}
		if !more {
			return "", fmt.Errorf("front matter opened with --- is never closed")
		}
		if err := a.setField(l); err != nil {
			return "", fmt.Errorf("front matter line %d: %v", line, err)
		}
		rest = next
	}
}

func isField(line string) bool {
	key, _, ok := strings.Cut(strings.TrimSpace(line), ":")
	return ok && key != "" && !strings.ContainsAny(key, " \t")
}

func (a *Article) setField(line string) error {
	t := strings.TrimSpace(line)
	if t == "" || strings.HasPrefix(t, "#") {
		return nil
	}
	key, val, ok := strings.Cut(t, ":")
	if !ok {
		return fmt.Errorf("%q is not a key: value line", clip(t))
	}
	val = unquote(strings.TrimSpace(val))
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "title":
		a.Title = val
	case "source", "publisher", "outlet":
		a.Source = val
	case "url", "link":
		a.URL = val
	case "date", "published", "pubdate":
		d, err := ParseDate(val)
		if err != nil {
			return err
		}
		a.Published, a.DateFrom = d, model.DateFrontMatter
	}
	return nil
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
