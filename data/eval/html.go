package eval

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"storyline/data/eval/corpus"
	"storyline/data/input"
)

// HTML scores how storyline reads saved web pages (input.FromHTML) on trafilatura's
// evaluation set (see corpus.ReadTrafilatura): the main text by ScrapingHub's shingle
// measure, adapted to snippets as scoreShingles describes, and by trafilatura's own
// snippet measure; the title and publication day where the set gives them. Pages fall in
// a development and a held-out half by a hash of their address (corpus.HalfOf); o.Split
// picks one, or both reported apart.
func HTML(paths []string, o Options) error {
	halves, err := splitHalves(o.Split)
	if err != nil {
		return err
	}
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	var pages []corpus.WebPage
	entries, absent := 0, 0
	for _, p := range paths {
		ps, err := corpus.ReadTrafilatura(p)
		if err != nil {
			return err
		}
		for _, pg := range ps {
			if !halves[corpus.HalfOf(pg.URL)] {
				continue
			}
			entries++
			if !pg.Exists() {
				absent++
				continue
			}
			pages = append(pages, pg)
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("no saved pages for the %d entries in %s", entries, strings.Join(paths, ", "))
	}
	start := time.Now()
	results, size := readPages(pages)
	elapsed := time.Since(start)

	var halfTally [2]htmlTally
	var all, current htmlTally
	for _, r := range results {
		halfTally[r.half].add(r)
		all.add(r)
		if !r.stale {
			current.add(r)
		}
	}
	fmt.Fprintf(w, "Web pages (trafilatura's evaluation set): %d pages", len(pages))
	if absent > 0 {
		fmt.Fprintf(w, "; %d of the %d entries have no saved page and are left out", absent, entries)
	}
	fmt.Fprintln(w)
	writeHTMLReport(w, halves, halfTally, all, current)
	secs := elapsed.Seconds()
	fmt.Fprintf(w, "Time: %d pages, %.1f MB in %.2f s with %d workers: %.1f pages/s, %.2f MB/s\n",
		len(pages), float64(size)/1e6, secs, runtime.GOMAXPROCS(0), float64(len(pages))/secs, float64(size)/1e6/secs)
	if o.Verbose {
		writeHTMLDetails(w, results)
	}
	return nil
}

// splitHalves reads the --split setting.
func splitHalves(s string) (map[corpus.Half]bool, error) {
	switch s {
	case "", "all":
		return map[corpus.Half]bool{corpus.Dev: true, corpus.Test: true}, nil
	case "dev":
		return map[corpus.Half]bool{corpus.Dev: true}, nil
	case "test":
		return map[corpus.Half]bool{corpus.Test: true}, nil
	}
	return nil, fmt.Errorf("unknown split %q (dev, test or all)", s)
}

// htmlResult is what storyline made of one page, and its scores.
type htmlResult struct {
	page            corpus.WebPage
	half            corpus.Half
	err             error
	title, date     string // as storyline read them
	shingle         shingleCounts
	snippet         snippetCounts
	missed, leaked  []string
	titleOK, dateOK bool
	stale           bool // the saved page holds none of the main text (goldInPage)
}

// readPages reads the pages on all cores, keeping their order. It returns the bytes read.
func readPages(pages []corpus.WebPage) ([]htmlResult, int64) {
	out := make([]htmlResult, len(pages))
	var size int64
	var mu sync.Mutex
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				n := readPage(pages[i], &out[i])
				mu.Lock()
				size += n
				mu.Unlock()
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, size
}

func readPage(pg corpus.WebPage, r *htmlResult) int64 {
	r.page, r.half = pg, corpus.HalfOf(pg.URL)
	raw, err := os.ReadFile(pg.Path)
	if err != nil {
		r.err = err
		return 0
	}
	var body string
	a, err := input.FromHTML(pg.Path, raw)
	if err != nil {
		r.err = err
	} else {
		body, r.title = a.Body, a.Title
		if day := a.Published; !day.IsZero() {
			r.date = day.Format(time.DateOnly)
		} else if day := a.PathDate; !day.IsZero() {
			r.date = day.Format(time.DateOnly)
		}
	}
	r.stale = !goldInPage(raw, pg.With)
	r.shingle = scoreShingles(body, pg.With, pg.Without)
	r.snippet, r.missed, r.leaked = scoreSnippets(body, pg.With, pg.Without)
	r.titleOK = strings.EqualFold(oneSpace(r.title), oneSpace(pg.Title))
	r.dateOK = r.date == goldDay(pg.Date)
	return int64(len(raw))
}

// goldDay writes an entry's date as YYYY-MM-DD; a few entries slip ("2022-11-1").
func goldDay(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if len(f) != 3 {
		return s
	}
	y, _ := strconv.Atoi(f[0])
	m, _ := strconv.Atoi(f[1])
	d, _ := strconv.Atoi(f[2])
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// htmlTally sums the scores of one half.
type htmlTally struct {
	pages, failed     int
	shingle           shingleScore
	snippet           snippetCounts
	titles, titlesOK  int
	dates, datesOK    int
	datesNone, extras int // gold dates storyline missed; dates storyline gave where the set has none
}

func (t *htmlTally) add(r htmlResult) {
	t.pages++
	if r.err != nil {
		t.failed++
	}
	t.shingle.add(r.shingle)
	t.snippet.add(r.snippet)
	if r.page.Title != "" {
		t.titles++
		if r.titleOK {
			t.titlesOK++
		}
	}
	switch {
	case r.page.Date != "":
		t.dates++
		if r.dateOK {
			t.datesOK++
		} else if r.date == "" {
			t.datesNone++
		}
	case r.date != "":
		t.extras++
	}
}
