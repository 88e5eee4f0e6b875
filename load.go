package main

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"storyline/data/actor"
	"storyline/data/article"
	"storyline/data/extract"
	"storyline/data/format"
	"storyline/data/input"
	"storyline/data/sample"
	"storyline/data/store"
	"storyline/data/story"
	"storyline/data/text"
	"storyline/model"
)

// source is what a run reads (the files and folders named, standard input, or the built-in
// sample) and how: the gazetteers, the cache, the workers. It reports what it skipped.
type source struct {
	e    *env
	c    config
	plan input.Plan
	// storyPlan is what the story made of the corpus (story.Plan), for the summary.
	storyPlan story.Plan
	sample    bool
	opts      extract.RunOptions
	store     *store.Store // nil with --no-cache, or when it cannot be opened

	mu      sync.Mutex
	running chan struct{} // closed when load returns

	status   *statusLine // where warnings go while printing; nil in the explorer
	warnings []string    // kept for the end of the run in the explorer
	held     string      // the first warning, until another input is read: if it was the only input, it is the error
	done     int         // inputs dealt with so far
	warned   int
	foreign  map[string]int // articles skipped for their language, by language
	sum      extract.Summary

	snapNote string         // what the run that made the snapshot read, when the timeline comes from one
	saving   sync.WaitGroup // the snapshot being written
	saveErr  error          // why it could not be, under mu
}

func newSource(e *env, c config) (*source, error) {
	var g *actor.Gazetteer // nil: the built-in one, which extraction loads once
	gh := sha256.New()
	for _, path := range c.gazetteers {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		if g == nil {
			g = actor.DefaultGazetteer()
		}
		if err := g.Load(bytes.NewReader(raw), path); err != nil {
			return nil, err
		}
		gh.Write(raw)
	}
	s := &source{e: e, c: c}
	s.opts = extract.RunOptions{
		Options:   extract.Options{Date: c.date, Gazetteer: g},
		Workers:   c.workers,
		Extractor: extract.Extractor(hex.EncodeToString(gh.Sum(nil))),
	}
	files := c.files
	if len(files) == 0 {
		if !piped(e.stdin) {
			s.sample = true
			return s, nil
		}
		files = []string{"-"}
	}
	if dashes := slices.DeleteFunc(slices.Clone(files), func(f string) bool { return f != "-" }); len(dashes) > 1 {
		return nil, usagef("standard input (-) can be read only once")
	}
	s.plan = input.Expand(files)
	s.opts.Total = s.plan.Size()
	return s, nil
}

// items are the inputs in order: the sample, or what the plan reads.
func (s *source) items(ctx context.Context) iter.Seq[input.Item] {
	if !s.sample {
		return input.Read(ctx, s.plan, input.Options{Stdin: s.e.stdin})
	}
	return func(yield func(input.Item) bool) {
		a, err := article.Parse(sample.Name, sample.Article)
		yield(input.Item{Article: a, Err: err})
	}
}

// load reads and extracts everything into one timeline. With --strict the first input
// that cannot be read ends the run.
func (s *source) load(ctx context.Context, progress func(extract.Progress)) (*model.Timeline, error) {
	done := make(chan struct{})
	defer close(done)
	s.mu.Lock()
	s.running = done
	s.mu.Unlock()
	if !s.c.noCache {
		s.openCache(ctx)
		if tl := s.fromSnapshot(ctx); tl != nil {
			if s.status != nil && s.wantSummary() {
				s.status.clear()
				fmt.Fprintln(s.e.stderr, "storyline: "+s.summary())
			}
			return tl, nil
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	o := s.opts
	o.Progress = func(p extract.Progress) {
		if s.done = p.Done(); s.done > 1 {
			s.release()
		}
		progress(p)
	}
	o.Warn = func(err error) {
		var ce *extract.CacheError
		if s.c.strict && !errors.As(err, &ce) {
			cancel(exitError{1, err.Error() + " (--strict stops at the first input that cannot be read)"})
			return
		}
		s.warn(err)
	}
	tl, sum, err := extract.Run(ctx, s.items(ctx), o)
	s.sum = sum
	if s.status != nil {
		s.status.clear()
	}
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return nil, cause
	}
	if errors.Is(err, context.Canceled) {
		s.release()
		return nil, exitError{130, fmt.Sprintf("interrupted after %s", format.Plural(sum.Done()-sum.Skipped, "article", "articles"))}
	}
	if err != nil {
		return nil, err
	}
	if sum.Documents == 0 {
		if sum.Skipped == 1 && s.held != "" {
			return nil, exitError{1, strings.TrimPrefix(s.held, "skipped ")}
		}
		s.release()
		if sum.Skipped > 0 {
			skipped := format.Plural(sum.Skipped, "input", "inputs") + " skipped"
			if f := s.foreignCounts(); f != "" {
				skipped += "; " + f
			}
			return nil, exitError{1, "no articles read (" + skipped + ")"}
		}
		return nil, exitError{1, "no articles found in " + strings.Join(s.c.files, ", ") + s.ignored()}
	}
	s.release()
	tl = s.story(ctx, tl)
	if s.status != nil && s.wantSummary() {
		fmt.Fprintln(s.e.stderr, "storyline: "+s.summary())
	}
	s.saveSnapshot(tl)
	return tl, nil
}

func (s *source) warn(err error) {
	var ce *extract.CacheError
	var fe *extract.ForeignError
	line := "skipped " + text.Squeeze(err.Error())
	if errors.As(err, &ce) {
		line = text.Squeeze(err.Error())
	}
	// A crawl in many languages would fill the screen: a few articles are named, and
	// the summary counts the rest.
	if errors.As(err, &fe) {
		if s.foreign == nil {
			s.foreign = map[string]int{}
		}
		s.foreign[fe.Language]++
		if n := foreignSkips(s.foreign); n > shownForeign {
			return
		} else if n == shownForeign {
			line += " (the others not in English are counted at the end)"
		}
	}
	if s.warned++; s.warned == 1 && s.done == 0 {
		s.held = line
		return
	}
	s.show(line)
}

// release shows the warning held back.
func (s *source) release() {
	if h := s.held; h != "" {
		s.held = ""
		s.show(h)
	}
}

func (s *source) show(line string) {
	s.release()
	s.note(line)
}

// note shows a line about the run: at once while printing, after the explorer closes
// otherwise.
func (s *source) note(line string) {
	if s.status != nil {
		s.status.println("storyline: " + line)
		return
	}
	s.warnings = append(s.warnings, line)
}

// flushWarnings prints what the explorer kept back, and the summary.
func (s *source) flushWarnings(w io.Writer) {
	for _, l := range s.warnings {
		fmt.Fprintln(w, "storyline: "+l)
	}
	if len(s.warnings) > 0 {
		fmt.Fprintln(w, "storyline: "+s.summary())
	}
	s.warnings = nil
}

// wantSummary: a corpus ends with a summary; one article read as asked needs none.
func (s *source) wantSummary() bool {
	return s.sum.Done() > 1 || s.sum.Skipped > 0 || len(s.plan.Ignored) > 0 || s.snapNote != ""
}

// summary says in one line what the run read: "654 articles read, 2 skipped".
func (s *source) summary() string {
	if s.snapNote != "" {
		return s.snapNote + " (the timeline saved then: the files are unchanged)"
	}
	sum := s.sum
	read := sum.Extracted + sum.Cached + sum.Saved
	parts := []string{format.Plural(read, "article", "articles") + " read"}
	if sum.Cached > 0 {
		parts[0] += fmt.Sprintf(" (%d from the cache)", sum.Cached)
	}
	if sum.Skipped > 0 {
		skipped := fmt.Sprintf("%d skipped", sum.Skipped)
		if f := s.foreignCounts(); f != "" {
			skipped += " (" + f + ")"
		}
		parts = append(parts, skipped)
	}
	if sum.Duplicates > 0 {
		parts = append(parts, format.Plural(sum.Duplicates, "duplicate", "duplicates")+" left out")
	}
	return strings.Join(parts, ", ") + s.ignored() + s.storySummary()
}

// shownForeign is how many articles skipped for their language are named one by one.
const shownForeign = 3

func foreignSkips(by map[string]int) int {
	n := 0
	for _, k := range by {
		n += k
	}
	return n
}

// foreignCounts is "726 not in English: 612 German, 68 Spanish, 22 French, 24 in 9 other
// languages", or nothing.
func (s *source) foreignCounts() string {
	if len(s.foreign) == 0 {
		return ""
	}
	langs := slices.SortedFunc(maps.Keys(s.foreign), func(a, b string) int {
		return cmp.Or(s.foreign[b]-s.foreign[a], strings.Compare(a, b))
	})
	var named []string
	rest, others := 0, 0
	for i, l := range langs {
		if i < 3 {
			named = append(named, fmt.Sprintf("%d %s", s.foreign[l], l))
		} else {
			rest += s.foreign[l]
			others++
		}
	}
	if others == 1 {
		named = append(named, fmt.Sprintf("%d %s", rest, langs[3]))
	} else if others > 1 {
		named = append(named, fmt.Sprintf("%d in %d other languages", rest, others))
	}
	return fmt.Sprintf("%d not in English: %s", foreignSkips(s.foreign), strings.Join(named, ", "))
}

// storySummary is "; 1,560 lines repeated on many pages left out, 440 events reported by
// several articles", or nothing when the story changed nothing.
func (s *source) storySummary() string {
	var parts []string
	if n := len(s.storyPlan.Boilerplate); n > 0 {
		parts = append(parts, format.Plural(n, "line", "lines")+" repeated across pages left out")
	}
	if n := len(s.storyPlan.Merged); n > 0 {
		parts = append(parts, format.Plural(n, "event", "events")+" reported by several articles")
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, ", ")
}

// ignored is ", 5 files of other kinds ignored (.pdf, .jpg)", or nothing.
func (s *source) ignored() string {
	n := len(s.plan.Ignored)
	if n == 0 {
		return ""
	}
	var exts []string
	for _, p := range s.plan.Ignored {
		if e := strings.ToLower(filepath.Ext(p)); e != "" && !slices.Contains(exts, e) && len(exts) < 4 {
			exts = append(exts, e)
		}
	}
	out := ", " + format.Plural(n, "file", "files") + " of other kinds ignored"
	if len(exts) > 0 {
		out += " (" + strings.Join(exts, ", ") + ")"
	}
	return out
}

// piped reports whether standard input carries data: a pipe or a redirected file, not a
// terminal or /dev/null. Readers other than files (tests) count as piped.
func piped(r io.Reader) bool {
	if r == nil {
		return false
	}
	f, ok := r.(*os.File)
	if !ok {
		return true
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice == 0
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
