package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Attribution corpora in brat standoff form (PolNeAR, brat exports of PARC 3.0, corpora
// made with brat's attribution configurations) keep the text in NAME.txt and the
// annotation in NAME.ann. ReadBrat accepts:
//
//   - text-bound annotations "T1<TAB>Type START END[;START END...]<TAB>text", offsets in
//     code points, discontinuous spans as ';'-separated fragments. The types Source, Cue
//     and Content (any case; also Speaker for Source and Quote or Quotation for Content)
//     are the parts of an attribution; others (Attribution, Discard, ...) are kept only
//     as event triggers.
//   - events "E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1" (PolNeAR): one event, one
//     attribution; roles are matched by name, with any digits after it (Content2). A part
//     may serve several events ("Trump said ..., adding ...": one Source, two events), so
//     events never merge with each other through a shared part.
//   - relations "R1<TAB>TYPE Arg1:T2 Arg2:T1" of any type, and equivalences "*<TAB>TYPE
//     T1 T2": the parts they join form one attribution.
//   - attributes "A1<TAB>NAME T3 VALUE": parts that carry the same attribute name and
//     value form one attribution (exports that number attributions in an attribute).
//
// A Content that nothing links stands alone, with no source; Sources and Cues that no
// relation joins to a Content are dropped. Lines starting with '#' (notes) are ignored.
// When NAME.txt is not beside the .ann file, the PolNeAR layout is tried: the text in a
// sibling "text" folder, named without the annotator suffix ("..._ef2d.ann").

// AttributionDoc is a text with its gold attributions.
type AttributionDoc struct {
	Name         string
	Text         string
	Attributions []Attribution
}

// Attribution is one attribution relation: who (Source) says (Cue) what (Content). Each
// part may be discontinuous and Source may be empty.
type Attribution struct {
	Source, Cue, Content []Span
}

// Text returns the text of spans joined by a space.
func SpansText(text string, spans []Span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, runeSlice(text, s.Start, s.End))
	}
	return strings.Join(parts, " ")
}

type eventArg struct{ role, ref string }

type bratPart struct {
	role  string // "source", "cue", "content" or "" for other types
	spans []Span
}

var bratSuffix = regexp.MustCompile(`_[0-9a-f]{4}$`)

// ReadBrat reads NAME.ann and its text.
func ReadBrat(annPath string) (*AttributionDoc, error) {
	base := strings.TrimSuffix(annPath, filepath.Ext(annPath))
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		dir, name := filepath.Split(base)
		alt := filepath.Join(filepath.Dir(filepath.Clean(dir)), "text", bratSuffix.ReplaceAllString(name, "")+".txt")
		var err2 error
		if raw, err2 = os.ReadFile(alt); err2 != nil {
			return nil, fmt.Errorf("%s: no text beside it: %w", annPath, err)
		}
	}
	doc := &AttributionDoc{Name: filepath.Base(base), Text: string(raw)}
	f, err := os.Open(annPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	n := utf8.RuneCountInString(doc.Text)
	parts := map[string]*bratPart{}
	var order []string
	uf := newUnionFind()
	attrGroups := map[string][]string{}
	inEvent := map[string]bool{}
	var events [][]eventArg
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want ID<TAB>annotation", annPath, ln)
		}
		id, body := fields[0], fields[1]
		switch id[0] {
		case 'T':
			typ, locs, _ := strings.Cut(body, " ")
			spans, err := parseBratSpans(locs, n)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", annPath, ln, err)
			}
			parts[id] = &bratPart{role: bratRole(typ), spans: spans}
			order = append(order, id)
			uf.add(id)
		case 'E':
			args := strings.Fields(body)
			if len(args) == 0 {
				continue
			}
			// The trigger (first argument) belongs to the event too.
			var ev []eventArg
			for _, a := range args {
				role, ref, ok := strings.Cut(a, ":")
				if !ok {
					return nil, fmt.Errorf("%s:%d: want ROLE:ID in %q", annPath, ln, a)
				}
				ev = append(ev, eventArg{bratRole(role), ref})
				inEvent[ref] = true
			}
			events = append(events, ev)
		case 'R':
			args := strings.Fields(body)
			for _, a := range args[1:] {
				if _, ref, ok := strings.Cut(a, ":"); ok {
					uf.union(id, ref)
				}
			}
		case '*':
			args := strings.Fields(body)
			for _, ref := range args[1:] {
				uf.union(id, ref)
			}
		case 'A', 'M':
			args := strings.Fields(body)
			if len(args) >= 3 {
				key := args[0] + "\x00" + strings.Join(args[2:], " ")
				attrGroups[key] = append(attrGroups[key], args[1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", annPath, err)
	}
	for _, ids := range attrGroups {
		for _, id := range ids[1:] {
			uf.union(ids[0], id)
		}
	}
	groups := map[string]*Attribution{}
	var groupOrder []string
	add := func(a *Attribution, role string, spans []Span) {
		switch role {
		case "source":
			a.Source = append(a.Source, spans...)
		case "cue":
			a.Cue = append(a.Cue, spans...)
		case "content":
			a.Content = append(a.Content, spans...)
		}
	}
	for k, ev := range events {
		a := &Attribution{}
		for _, arg := range ev {
			p := parts[arg.ref]
			if p == nil {
				continue
			}
			role := p.role
			if role == "" {
				role = arg.role
			}
			add(a, role, p.spans)
		}
		key := "\x00event" + strconv.Itoa(k)
		groups[key] = a
		groupOrder = append(groupOrder, key)
	}
	for _, id := range order {
		p := parts[id]
		if p.role == "" || inEvent[id] {
			continue
		}
		root := uf.find(id)
		a := groups[root]
		if a == nil {
			a = &Attribution{}
			groups[root] = a
			groupOrder = append(groupOrder, root)
		}
		add(a, p.role, p.spans)
	}
	for _, root := range groupOrder {
		a := groups[root]
		if len(a.Content) == 0 {
			continue
		}
		for _, ss := range [][]Span{a.Source, a.Cue, a.Content} {
			sort.Slice(ss, func(i, j int) bool { return ss[i].Start < ss[j].Start })
		}
		doc.Attributions = append(doc.Attributions, *a)
	}
	sort.SliceStable(doc.Attributions, func(i, j int) bool {
		return doc.Attributions[i].Content[0].Start < doc.Attributions[j].Content[0].Start
	})
	return doc, nil
}

func bratRole(typ string) string {
	t := strings.ToLower(strings.TrimRight(typ, "0123456789"))
	switch t {
	case "source", "speaker":
		return "source"
	case "cue":
		return "cue"
	case "content", "quote", "quotation":
		return "content"
	}
	return ""
}

// parseBratSpans reads "10 20;25 30" within a text of n code points.
func parseBratSpans(s string, n int) ([]Span, error) {
	var out []Span
	for _, frag := range strings.Split(s, ";") {
		f := strings.Fields(frag)
		if len(f) != 2 {
			return nil, fmt.Errorf("bad span %q", frag)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || a < 0 || b < a || b > n {
			return nil, fmt.Errorf("bad span %q for a text of %d characters", frag, n)
		}
		out = append(out, Span{a, b})
	}
	return out, nil
}

type unionFind struct{ parent map[string]string }

func newUnionFind() *unionFind { return &unionFind{parent: map[string]string{}} }

func (u *unionFind) add(x string) {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
	}
}

func (u *unionFind) find(x string) string {
	u.add(x)
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[ra] = rb
	}
}
