package input

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFromHTML reads every saved page of trafilatura's evaluation set in each
// operation and reports pages and megabytes of markup a second on one core. The
// pages are copyrighted and not in the repository: STORYLINE_HTML_EVAL names the set's
// folder, ~/storyline-corpora/html-eval by default, and the benchmark is skipped without it.
func BenchmarkFromHTML(b *testing.B) {
	dir := os.Getenv("STORYLINE_HTML_EVAL")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, "storyline-corpora", "html-eval")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "pages", "*.html"))
	if len(paths) == 0 {
		b.Skipf("no saved pages in %s/pages (set STORYLINE_HTML_EVAL)", dir)
	}
	pages := make([][]byte, 0, len(paths))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
	}
	var n, size int
	for b.Loop() {
		for _, raw := range pages {
			FromHTML("page.html", raw) // a page without article text costs its time too
			n++
			size += len(raw)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(n)/secs, "pages/s")
	b.ReportMetric(float64(size)/1e6/secs, "MB/s")
}
