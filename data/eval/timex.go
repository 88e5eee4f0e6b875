package eval

import (
	"fmt"
	"os"

	"storyline/data/eval/corpus"
	"storyline/data/text"
	"storyline/data/timex"
)

// timexDoc is one document's gold and system expressions.
type timexDoc struct {
	Name      string
	Gold, Sys []TimexItem
}

// tagGold runs the time-expression engine on a gold document's text with its DCT and
// converts the result to code points. System expressions overlapping the document's own
// creation time, when that stands in the text, are not scored (TempEval-3 leaves the DCT
// out).
func tagGold(doc *corpus.Doc) timexDoc {
	d := text.Analyze(doc.Text)
	td := timexDoc{Name: doc.Name}
	for _, g := range doc.Timexes {
		td.Gold = append(td.Gold, TimexItem{Start: g.Start, End: g.End, Text: g.Text, Type: g.Type, Value: g.Value, Mod: g.Mod})
	}
	for _, x := range timex.Tag(d, timex.Options{DCT: doc.DCT}) {
		s, e := d.Span(x.Start, x.End)
		if doc.DCTSpan != nil && s < doc.DCTSpan.End && doc.DCTSpan.Start < e {
			continue
		}
		td.Sys = append(td.Sys, TimexItem{Start: s, End: e, Text: d.Text[x.Start:x.End], Type: x.Type, Value: x.Value, Mod: x.Mod})
	}
	return td
}

// scoreTimexDocs tags every document and prints the TempEval-3 task A report.
// When scopes are given, document k is scored only before code point scopes[k] (the part
// its annotators covered): expressions starting after it are dropped from both sides.
func scoreTimexDocs(title string, docs []*corpus.Doc, o Options, scopes ...int) TimexCounts {
	var all TimexCounts
	var rows []timexRow
	outside := 0
	for k, doc := range docs {
		td := tagGold(doc)
		if k < len(scopes) {
			n := len(td.Sys)
			td.Gold, td.Sys = within(td.Gold, scopes[k]), within(td.Sys, scopes[k])
			outside += n - len(td.Sys)
		}
		c, pairs := ScoreTimexes(td.Gold, td.Sys)
		all.Add(c)
		rows = append(rows, timexRow{td, c, pairs})
	}
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	writeTimexReport(w, title, len(docs), all)
	if len(scopes) > 0 {
		fmt.Fprintf(w, "  (scored within the annotated part of each document; %d system expressions after it not scored)\n", outside)
	}
	if o.Verbose {
		writeTimexDetails(w, rows)
	}
	return all
}

func within(xs []TimexItem, end int) []TimexItem {
	var out []TimexItem
	for _, x := range xs {
		if x.Start < end {
			out = append(out, x)
		}
	}
	return out
}
