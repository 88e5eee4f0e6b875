package corpus

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// WebPage is one saved page of trafilatura's evaluation set: the address it was saved
// from, the file, and what its main text must and must not contain.
type WebPage struct {
	URL     string
	Path    string   // the saved page; it may be absent (the set ships some pages elsewhere)
	Title   string   // the page's title, when the entry gives one
	Date    string   // publication day as YYYY-MM-DD, when the entry gives one
	With    []string // snippets of the main text
	Without []string // snippets of the page that are not main text
}

// Half is the half of the evaluation set a page falls in.
type Half uint8

const (
	Dev  Half = iota // tuned on
	Test             // held out
)

func (h Half) String() string { return [...]string{"dev", "test"}[h] }

// HalfOf puts a page in a half by a hash of its address, so that the split is the same on
// every machine and does not depend on the order of the set, on file names or on results.
func HalfOf(url string) Half {
	sum := sha256.Sum256([]byte(url))
	return Half(sum[0] & 1)
}

// ReadTrafilatura reads trafilatura's evaluation set as go-trafilatura lays it out: dir
// holds data.go, whose comparisonData map gives each page's address, file and snippets, and
// pages/ with the saved pages. data.go is parsed, not run. Pages come sorted by address.
func ReadTrafilatura(dir string) ([]WebPage, error) {
	src := filepath.Join(dir, "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	lit := comparisonData(f)
	if lit == nil {
		return nil, fmt.Errorf("%s: no comparisonData map", src)
	}
	var pages []WebPage
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, fmt.Errorf("%s: an entry of comparisonData is not key: value", src)
		}
		url, err := stringOf(kv.Key)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", src, err)
		}
		p, err := webPage(kv.Value)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %s: %v", src, url, err)
		}
		p.URL = url
		p.Path = filepath.Join(dir, "pages", p.Path)
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: comparisonData is empty", src)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].URL < pages[j].URL })
	return pages, nil
}

// comparisonData finds the composite literal assigned to the package variable comparisonData.
func comparisonData(f *ast.File) *ast.CompositeLit {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if name.Name != "comparisonData" || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.CompositeLit); ok {
					return lit
				}
			}
		}
	}
	return nil
}

// webPage reads one ComparisonEntry literal. Fields storyline does not score (authors,
// categories, comments...) are skipped.
func webPage(e ast.Expr) (WebPage, error) {
	var p WebPage
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return p, fmt.Errorf("not a ComparisonEntry literal")
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return p, fmt.Errorf("a field without a name")
		}
		field, ok := kv.Key.(*ast.Ident)
		if !ok {
			return p, fmt.Errorf("a field name that is not an identifier")
		}
		var err error
		switch field.Name {
		case "File":
			p.Path, err = stringOf(kv.Value)
		case "Title":
			p.Title, err = stringOf(kv.Value)
		case "Date":
			p.Date, err = stringOf(kv.Value)
		case "With":
			p.With, err = stringsOf(kv.Value)
		case "Without":
			p.Without, err = stringsOf(kv.Value)
		}
		if err != nil {
			return p, fmt.Errorf("%s: %v", field.Name, err)
		}
	}
	if p.Path == "" {
		return p, fmt.Errorf("no File")
	}
	return p, nil
}

// stringOf evaluates a string constant: a literal, or literals joined with +.
func stringOf(e ast.Expr) (string, error) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return strconv.Unquote(e.Value)
		}
	case *ast.ParenExpr:
		return stringOf(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			a, err := stringOf(e.X)
			if err != nil {
				return "", err
			}
			b, err := stringOf(e.Y)
			return a + b, err
		}
	}
	return "", fmt.Errorf("not a string constant")
}

func stringsOf(e ast.Expr) ([]string, error) {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, fmt.Errorf("not a []string literal")
	}
	out := make([]string, 0, len(lit.Elts))
	for _, x := range lit.Elts {
		s, err := stringOf(x)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// Exists reports whether the saved page is there.
func (p WebPage) Exists() bool {
	fi, err := os.Stat(p.Path)
	return err == nil && fi.Mode().IsRegular()
}
