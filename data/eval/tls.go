package eval

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"time"

	"storyline/data/eval/corpus"
	"storyline/data/extract"
	"storyline/data/input"
	"storyline/data/story"
	"storyline/model"
)

// TLS scores storyline's key dates and their representative events as timeline summaries
// on Timeline17-style topics, in the literature's setting (Martschat and Markert 2017;
// Ghalandari and Ifrim 2020): for each gold timeline, only the articles published within
// its span are read and only days within it are candidates; the summary has as many days
// as the gold and, per day, the gold's average number of sentences. Date-F1 and ROUGE-1 and
// ROUGE-2 F1, concatenated and date-aligned (align+ m:1), with P and R averaged over the
// timelines before F1 is taken.
func TLS(paths []string, o Options) error {
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	topics, err := corpus.ReadTLSTopics(paths)
	if err != nil {
		return err
	}
	var all, baseline []tlsScore
	var rows []tlsRow
	start := time.Now()
	articles := 0
	for _, topic := range topics {
		tl, n, err := readTopic(topic)
		if err != nil {
			return err
		}
		articles += n
		for _, g := range topic.Timelines {
			for _, s := range g.Skipped {
				fmt.Fprintf(w, "gold entry left out: %s\n", s)
			}
			gold := goldTLS(g)
			pred, byCount := predictTLS(tl, gold)
			s := scoreTLS(pred, gold)
			all = append(all, s)
			baseline = append(baseline, scoreTLS(byCount, gold))
			rows = append(rows, tlsRow{topic.Name + "/" + g.Name, len(gold), s, pred, gold})
		}
	}
	writeTLSReport(w, rows, meanTLS(all), articles, time.Since(start))
	writeBaseline(w, meanTLS(baseline), all, baseline)
	if o.Verbose {
		writeTLSDetails(w, rows)
	}
	return nil
}

type tlsRow struct {
	name       string
	days       int
	score      tlsScore
	pred, gold TLSTimeline
}

// readTopic extracts the topic's articles as storyline does any JSON Lines dump.
func readTopic(t corpus.TLSTopic) (*model.Timeline, int, error) {
	var firstErr error
	tl, sum, err := extract.Run(context.Background(), input.Read(context.Background(), input.Expand([]string{t.Articles}), input.Options{}),
		extract.RunOptions{Total: -1, Warn: func(err error) {
			if firstErr == nil {
				firstErr = err
			}
		}})
	if err != nil {
		return nil, 0, err
	}
	if sum.Documents == 0 {
		return nil, 0, fmt.Errorf("%s: no articles read (%v)", t.Articles, firstErr)
	}
	return tl, sum.Documents, nil
}

func goldTLS(g corpus.GoldTimeline) TLSTimeline {
	out := make(TLSTimeline, len(g.Days))
	for i, d := range g.Days {
		out[i] = TLSEntry{Day: d.Day, Sentences: d.Sentences}
	}
	return out
}

// predictTLS builds storyline's timeline for one gold timeline: the articles published in
// its span, the days ranked by story.Build within it, the best of them with their most
// representative events.
//
// It also returns the same days' events ranked by how many articles came out on each day
// (PUBCOUNT in news-tls), the baseline that shows how much the ranking itself adds.
func predictTLS(tl *model.Timeline, gold TLSTimeline) (pred, byCount TLSTimeline) {
	from, to := gold[0].Day, gold[len(gold)-1].Day
	sub := publishedWithin(tl, from, to)
	k := len(gold)
	per := 0
	for _, d := range gold {
		per += len(d.Sentences)
	}
	// Python's round, as news-tls takes it: halves to even.
	l := max(1, int(math.RoundToEven(float64(per)/float64(k))))
	sub = story.Build(sub, story.Options{From: from, To: to})
	at := make(map[string]int, len(sub.Events))
	for i, e := range sub.Events {
		at[e.ID] = i
	}
	summary := func(days []model.KeyDate) TLSTimeline {
		var out TLSTimeline
		for _, kd := range days[:min(k, len(days))] {
			e := TLSEntry{Day: kd.Day}
			for _, id := range kd.Events[:min(l, len(kd.Events))] {
				e.Sentences = append(e.Sentences, sub.Events[at[id]].Text)
			}
			out = append(out, e)
		}
		slices.SortFunc(out, func(a, b TLSEntry) int { return a.Day.Compare(b.Day) })
		return out
	}
	published := map[time.Time]int{}
	for _, d := range sub.Documents {
		published[model.Day(d.Published.Date())]++
	}
	counted := slices.Clone(sub.KeyDates)
	slices.SortStableFunc(counted, func(a, b model.KeyDate) int {
		if c := cmp.Compare(published[b.Day], published[a.Day]); c != 0 {
			return c
		}
		return a.Day.Compare(b.Day)
	})
	return summary(sub.KeyDates), summary(counted)
}

// publishedWithin is the timeline of the documents published from one day to another.
func publishedWithin(tl *model.Timeline, from, to time.Time) *model.Timeline {
	keep := map[string]bool{}
	var docs []model.Document
	for _, d := range tl.Documents {
		day := model.Day(d.Published.Date())
		if d.Dated() && !day.Before(from) && !day.After(to) {
			keep[d.ID] = true
			docs = append(docs, d)
		}
	}
	var events []model.Event
	for _, e := range tl.Events {
		if keep[e.Doc] {
			events = append(events, e)
		}
	}
	return model.NewTimeline(docs, tl.Actors, tl.Sources, tl.Places, events)
}

func writeTLSReport(w io.Writer, rows []tlsRow, mean tlsScore, articles int, took time.Duration) {
	fmt.Fprintf(w, "Timeline summarisation: %d timelines, %d articles, %.1f s\n", len(rows), articles, took.Seconds())
	fmt.Fprintf(w, "  %-36s %5s | %6s | %-20s | %-20s\n", "", "", "", "concat", "align+ m:1")
	fmt.Fprintf(w, "  %-36s %5s | %6s | %6s %6s %6s | %6s %6s %6s\n", "timeline", "dates", "Date-F", "R1-P", "R1-R", "R1-F", "R1-F", "R2-F", "")
	line := func(name string, days string, s tlsScore) {
		fmt.Fprintf(w, "  %-36s %5s | %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f\n", clip(name, 36), days,
			s.Date.F, s.Concat1.P, s.Concat1.R, s.Concat1.F, s.Align1.F, s.Align2.F)
	}
	for _, r := range rows {
		line(r.name, fmt.Sprint(r.days), r.score)
	}
	line("mean (P, R averaged, then F1)", "", mean)
	fmt.Fprintf(w, "  Date-F1 %.3f  R1-F %.3f  R2-F %.3f  AR1-F %.3f  AR2-F %.3f\n",
		mean.Date.F, mean.Concat1.F, mean.Concat2.F, mean.Align1.F, mean.Align2.F)
}

// writeBaseline prints the same events on the days with most articles, and on how many
// timelines the ranking does better.
func writeBaseline(w io.Writer, mean tlsScore, ours, theirs []tlsScore) {
	date, align := 0, 0
	for i := range ours {
		if ours[i].Date.F > theirs[i].Date.F {
			date++
		}
		if ours[i].Align1.F > theirs[i].Align1.F {
			align++
		}
	}
	fmt.Fprintf(w, "  baseline, the days with most articles: Date-F1 %.3f  AR1-F %.3f  AR2-F %.3f; storyline better on %d and %d of %d timelines\n",
		mean.Date.F, mean.Align1.F, mean.Align2.F, date, align, len(ours))
}

func writeTLSDetails(w io.Writer, rows []tlsRow) {
	for _, r := range rows {
		fmt.Fprintf(w, "\n%s\n", r.name)
		gold := map[time.Time]bool{}
		for _, d := range r.gold {
			gold[d.Day] = true
		}
		for _, d := range r.pred {
			mark := " "
			if gold[d.Day] {
				mark = "*"
			}
			fmt.Fprintf(w, "  %s %s", mark, d.Day.Format(time.DateOnly))
			for _, s := range d.Sentences {
				fmt.Fprintf(w, "  %s", clip(s, 160))
			}
			fmt.Fprintln(w)
		}
	}
}
