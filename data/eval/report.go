package eval

import (
	"fmt"
	"io"
	"strings"
)

type timexRow struct {
	doc   timexDoc
	c     TimexCounts
	pairs []TimexPair
}

// writeTimexReport prints the TempEval-3 task A figures.
func writeTimexReport(w io.Writer, title string, docs int, c TimexCounts) {
	s, r := c.StrictPRF(), c.RelaxedPRF()
	fmt.Fprintf(w, "%s time expressions (TempEval-3 task A): %d documents, %d gold, %d system\n", title, docs, c.Gold, c.Sys)
	fmt.Fprintf(w, "  %-9s %7s %7s %7s\n", "extent", "P", "R", "F1")
	fmt.Fprintf(w, "  %-9s %7.3f %7.3f %7.3f   (%d exact matches)\n", "strict", s.P, s.R, s.F, c.Strict)
	fmt.Fprintf(w, "  %-9s %7.3f %7.3f %7.3f   (%d overlapping matches)\n", "relaxed", r.P, r.R, r.F, c.Relaxed)
	fmt.Fprintf(w, "  %-9s %7s %7s\n", "attribute", "acc", "F1")
	fmt.Fprintf(w, "  %-9s %7.3f %7.3f\n", "type", c.TypeAccuracy(), c.TypeF1())
	fmt.Fprintf(w, "  %-9s %7.3f %7.3f\n", "value", c.ValueAccuracy(), c.ValueF1())
	fmt.Fprintf(w, "  value F1 %.3f\n", c.ValueF1())
}

// writeTimexDetails lists, per document, every miss, false positive and wrong attribute.
func writeTimexDetails(w io.Writer, rows []timexRow) {
	fmt.Fprintf(w, "\n%-44s %5s %5s %6s %7s %5s\n", "document", "gold", "sys", "strict", "relaxed", "value")
	for _, row := range rows {
		c := row.c
		fmt.Fprintf(w, "%-44s %5d %5d %6d %7d %5d\n", clip(row.doc.Name, 44), c.Gold, c.Sys, c.Strict, c.Relaxed, c.ValueOK)
		matchedG := map[int]bool{}
		matchedS := map[int]bool{}
		for _, p := range row.pairs {
			matchedG[p.Gold], matchedS[p.Sys] = true, true
			g, s := row.doc.Gold[p.Gold], row.doc.Sys[p.Sys]
			if g.Type != s.Type || g.Value != s.Value || !p.Exact {
				kind := "WRONG"
				if g.Type == s.Type && g.Value == s.Value {
					kind = "EXTENT"
				}
				fmt.Fprintf(w, "    %-6s gold %q %s %s | sys %q %s %s\n", kind, g.Text, g.Type, g.Value, s.Text, s.Type, s.Value)
			}
		}
		for i, g := range row.doc.Gold {
			if !matchedG[i] {
				fmt.Fprintf(w, "    %-6s gold %q %s %s at %d\n", "MISS", g.Text, g.Type, g.Value, g.Start)
			}
		}
		for i, s := range row.doc.Sys {
			if !matchedS[i] {
				fmt.Fprintf(w, "    %-6s sys  %q %s %s at %d\n", "FALSE", s.Text, s.Type, s.Value, s.Start)
			}
		}
	}
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
