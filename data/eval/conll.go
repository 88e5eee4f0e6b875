package eval

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"storyline/data/actor"
	"storyline/data/eval/corpus"
	"storyline/data/text"
)

// CoNLL scores storyline's names on CoNLL-2003 files (or folders of them): people,
// organisations and places against the gold PER, ORG and LOC names, one to one, by exact
// span and by overlap, without and with types, as on MEANTIME (see entities.go). MISC names
// (nationalities, events, works) are not scored: a system mention that overlaps one is
// neither right nor wrong.
func CoNLL(paths []string, o Options) error {
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	files, err := conllFiles(paths)
	if err != nil {
		return err
	}
	g := actor.DefaultGazetteer()
	scores := newNameScores()
	confused := map[string]int{} // "ORG→PER": gold type, system type, overlapping
	var details strings.Builder
	ndocs := 0
	for _, f := range files {
		in, err := os.Open(f)
		if err != nil {
			return err
		}
		docs, err := corpus.ReadCoNLL(in, f)
		in.Close()
		if err != nil {
			return err
		}
		for _, doc := range docs {
			ndocs++
			d := text.Analyze(doc.Text)
			gold, misc := conllGold(doc)
			sys := slices.DeleteFunc(systemEntities(d, actor.Recognize(d, g)), func(s entityKey) bool {
				return slices.ContainsFunc(misc, func(m corpus.Span) bool { return m.Overlaps(s.Span) })
			})
			gm, sm := scores.add(gold, sys)
			var typeErrs []string
			for _, ge := range gold {
				for _, se := range sys {
					if se.Overlaps(ge.Span) && se.Type != ge.Type {
						confused[ge.Type+"→"+se.Type]++
						typeErrs = append(typeErrs, fmt.Sprintf("    TYPE   %s→%s %q at %d\n", ge.Type, se.Type, ge.Text, ge.Start))
						break
					}
				}
			}
			if o.Verbose {
				writeNameMisses(&details, doc.Name, gold, gm, sys, sm)
				details.WriteString(strings.Join(typeErrs, ""))
			}
		}
	}
	fmt.Fprintf(w, "CoNLL-2003 names (PER, ORG, LOC; MISC not scored): %d documents, %d gold, %d system\n", ndocs, scores.u.Gold, scores.u.Sys)
	writeEntityRows(w, scores.u, scores.t, scores.perType)
	var pairs []string
	for k, n := range confused {
		pairs = append(pairs, fmt.Sprintf("%s %d", k, n))
	}
	slices.Sort(pairs)
	fmt.Fprintf(w, "  wrong type (gold→system, overlapping): %s\n", strings.Join(pairs, ", "))
	if o.Verbose {
		fmt.Fprintf(w, "\n%s", details.String())
	}
	return nil
}

// conllGold splits a document's names into those scored and the MISC spans.
func conllGold(doc *corpus.Doc) (gold []entityKey, misc []corpus.Span) {
	for _, e := range doc.Entities {
		switch e.Type {
		case "PER", "ORG", "LOC":
			gold = append(gold, entityKey{e.Span, e.Type, e.Text})
		case "MISC":
			misc = append(misc, e.Span)
		}
	}
	return gold, misc
}

// conllFiles are the files named, and the CoNLL files in the folders named.
func conllFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		found, err := corpus.Files([]string{p}, ".conll", ".testa", ".testb", ".train", ".iob")
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no CoNLL files in %s", strings.Join(paths, ", "))
	}
	return out, nil
}
