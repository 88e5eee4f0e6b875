package eval

import (
	"fmt"
	"io"

	"storyline/data/eval/corpus"
)

// writeHTMLReport prints one row per half scored, and both together when both were.
// current is all less the pages whose saved copy holds none of their main text.
func writeHTMLReport(w io.Writer, halves map[corpus.Half]bool, byHalf [2]htmlTally, all, current htmlTally) {
	fmt.Fprintf(w, "  %-5s %5s %6s | %-23s | %-31s | %-11s | %s\n", "", "", "", "shingles (ScrapingHub)", "snippets (trafilatura)", "title", "date")
	fmt.Fprintf(w, "  %-5s %5s %6s | %7s %7s %7s | %7s %7s %7s %7s | %11s | %s\n",
		"half", "pages", "failed", "P", "R", "F1", "P", "R", "Acc", "F", "accuracy", "accuracy")
	row := func(name string, t htmlTally) {
		s, n := t.shingle.prf(), t.snippet.prf()
		fmt.Fprintf(w, "  %-5s %5d %6d | %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f %7.3f | %5.3f %5s | %5.3f %s\n",
			name, t.pages, t.failed, s.P, s.R, s.F, n.P, n.R, t.snippet.accuracy(), n.F,
			ratio(t.titlesOK, t.titles), fmt.Sprintf("/%d", t.titles),
			ratio(t.datesOK, t.dates), fmt.Sprintf("/%d (%d none, %d wrong; %d dated without gold)",
				t.dates, t.datesNone, t.dates-t.datesOK-t.datesNone, t.extras))
	}
	for _, h := range []corpus.Half{corpus.Dev, corpus.Test} {
		if halves[h] {
			row(h.String(), byHalf[h])
		}
	}
	if len(halves) > 1 {
		row("all", all)
	}
	if stale := all.pages - current.pages; stale > 0 {
		row("saved", current)
		fmt.Fprintf(w, "  saved: the %d pages left when the %d whose saved copy holds none of their main text are left out\n",
			current.pages, stale)
	}
	fmt.Fprintf(w, "  snippets: %d found of %d main-text, %d leaked of %d outside\n",
		all.snippet.TP, all.snippet.TP+all.snippet.FN, all.snippet.FP, all.snippet.FP+all.snippet.TN)
}

// writeHTMLDetails lists, for every page not read perfectly, what went wrong.
func writeHTMLDetails(w io.Writer, results []htmlResult) {
	perfect := 0
	fmt.Fprintln(w)
	for _, r := range results {
		if r.err == nil && len(r.missed)+len(r.leaked) == 0 && (r.page.Title == "" || r.titleOK) && (r.page.Date == "" || r.dateOK) {
			perfect++
			continue
		}
		pr, rr := pageRatio(float64(r.shingle.TP), float64(r.shingle.FP), float64(r.shingle.FN)),
			pageRatio(float64(r.shingle.TP), float64(r.shingle.FN), float64(r.shingle.FP))
		fmt.Fprintf(w, "%-4s P %.2f R %.2f  %s  %s\n", r.half, pr, rr, r.page.Path, r.page.URL)
		if r.err != nil {
			fmt.Fprintf(w, "    ERROR  %s\n", oneSpace(r.err.Error()))
		}
		if r.stale {
			fmt.Fprintln(w, "    STALE  the saved page holds none of the main text")
		}
		for _, s := range r.missed {
			fmt.Fprintf(w, "    MISSED %q\n", s)
		}
		for _, s := range r.leaked {
			fmt.Fprintf(w, "    LEAKED %q\n", s)
		}
		if r.page.Title != "" && !r.titleOK {
			fmt.Fprintf(w, "    TITLE  %q, want %q\n", r.title, r.page.Title)
		}
		if r.page.Date != "" && !r.dateOK {
			fmt.Fprintf(w, "    DATE   %q, want %s\n", r.date, goldDay(r.page.Date))
		}
	}
	fmt.Fprintf(w, "(%d pages read perfectly are not listed)\n", perfect)
}
