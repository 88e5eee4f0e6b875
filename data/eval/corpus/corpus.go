// Package corpus reads annotated news corpora (TimeML, MEANTIME CAT XML) into gold
// documents for the evaluation commands. Offsets count code points of Doc.Text.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Span is a half-open range of code points.
type Span struct{ Start, End int }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Timex is a gold time expression.
type Timex struct {
	Span
	Text  string
	Type  string
	Value string
	Mod   string
}

// Entity is a gold entity mention.
type Entity struct {
	Span
	Text      string
	Type      string // PER, ORG, LOC, PRO, FIN, MIX ...
	Syntactic string // NAM, NOM, PRO, PRE.NAM, APP ...
}

// Speech is a gold speech or cognitive event mention with the mentions of its Arg0.
type Speech struct {
	Span
	Text     string
	Speakers []Span
}

// Doc is one gold document.
type Doc struct {
	Name     string
	Text     string
	DCT      time.Time // zero when the file has none
	DCTSpan  *Span     // where the creation time stands in Text, if it does; not scored
	Timexes  []Timex
	Entities []Entity
	Speeches []Speech
}

// Files expands paths (files or directories, searched recursively) into the files with
// one of the given extensions, sorted.
func Files(paths []string, exts ...string) ([]string, error) {
	var out []string
	want := func(p string) bool {
		for _, e := range exts {
			if strings.EqualFold(filepath.Ext(p), e) {
				return true
			}
		}
		return false
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(q string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && want(q) {
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no %s files in %s", strings.Join(exts, " or "), strings.Join(paths, ", "))
	}
	sort.Strings(out)
	return out, nil
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// parseDate reads the date part of a TIMEX3 value such as 2015-10-07 or 2015-10-07T14:30.
func parseDate(v string) time.Time {
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t
		}
	}
	if t, err := time.Parse("20060102", v); err == nil {
		return t
	}
	return time.Time{}
}
