package ui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/x/ansi"

	"storyline/model"
)

// Gutter widths: room for "30 Sep–7 Oct 2015" and "before 7 Oct 2011" when the pane is
// wide, for "30 Sep–7 Oct" and "7 Oct 2015" when it is not.
const (
	gutterWide   = 17
	gutterNarrow = 12
)

// gutterLabel is the most precise form of w that fits in max cells. When.Label is the
// full form (the detail pane shows it); the gutter gives up the weekday, then the year of
// an interval's start, then the interval's end, rather than cut a date in half.
func gutterLabel(w model.When, max int) string {
	forms := gutterForms(w)
	for _, f := range forms {
		if ansi.StringWidth(f) <= max {
			return f
		}
	}
	return ansi.Truncate(forms[len(forms)-1], max, "…")
}

func gutterForms(w model.When) []string {
	if !w.Dated() {
		return []string{"undated"}
	}
	word, sym := modWords(w.Mod)
	points := pointForms(w.Start, w.Gran)
	var forms, coarse []string
	lead := word
	if w.IsInterval() {
		var precise []string
		precise, coarse = rangeForms(w.Start, w.End, w.Gran)
		for _, r := range precise {
			forms = append(forms, word+r)
		}
		if lead == "" {
			lead = "from "
		}
	}
	for _, p := range points {
		forms = append(forms, lead+p)
	}
	for _, r := range coarse {
		forms = append(forms, word+r)
	}
	if sym != "" {
		for _, p := range points {
			forms = append(forms, sym+p)
		}
	}
	return forms
}

// modWords gives a Mod as a word for roomy gutters and as a sign for tight ones.
func modWords(m model.Mod) (word, sym string) {
	switch m {
	case model.ModBefore:
		return "before ", "<"
	case model.ModAfter:
		return "after ", ">"
	case model.ModApprox:
		return "about ", "~"
	case model.ModStart:
		return "early ", "~"
	case model.ModMid:
		return "mid ", "~"
	case model.ModEnd:
		return "late ", "~"
	}
	return "", ""
}

func pointForms(t time.Time, g model.Granularity) []string {
	switch g {
	case model.GranDay:
		return []string{t.Format("Mon 2 Jan 2006"), t.Format("2 Jan 2006")}
	case model.GranTime:
		return []string{t.Format("Mon 2 Jan 2006 15:04"), t.Format("2 Jan 2006 15:04"), t.Format("2 Jan 15:04"), t.Format("2 Jan 2006")}
	case model.GranWeek:
		y, wk := t.ISOWeek()
		return []string{fmt.Sprintf("week %d %d", wk, y), fmt.Sprintf("W%d %d", wk, y)}
	case model.GranMonth, model.GranSeason:
		return []string{t.Format("Jan 2006")}
	case model.GranQuarter:
		return []string{fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())}
	case model.GranYear:
		return []string{fmt.Sprintf("%d", t.Year())}
	case model.GranDecade:
		return []string{fmt.Sprintf("%ds", t.Year()/10*10)}
	case model.GranCentury:
		return []string{fmt.Sprintf("%ds", t.Year()/100*100)}
	}
	return []string{t.Format("2 Jan 2006")}
}

// rangeForms gives an interval's forms that keep its precision, and those that coarsen it
// (tried only after the start alone).
func rangeForms(a, b time.Time, g model.Granularity) (precise, coarse []string) {
	years := []string{fmt.Sprintf("%d–%d", a.Year(), b.Year())}
	if g < model.GranDay {
		return []string{pointForms(a, g)[0] + "–" + pointForms(b, g)[0]}, years
	}
	switch {
	case a.Year() != b.Year():
		return []string{a.Format("2 Jan 2006") + "–" + b.Format("2 Jan 2006")},
			append([]string{a.Format("Jan 2006") + "–" + b.Format("Jan 2006")}, years...)
	case a.Month() != b.Month():
		return []string{a.Format("2 Jan") + "–" + b.Format("2 Jan 2006"), a.Format("2 Jan") + "–" + b.Format("2 Jan")}, nil
	case a.Day() != b.Day():
		return []string{a.Format("2") + "–" + b.Format("2 Jan 2006"), a.Format("2") + "–" + b.Format("2 Jan")}, nil
	}
	// The same day at different times.
	return []string{a.Format("2 Jan 2006 15:04") + "–" + b.Format("15:04")}, nil
}
