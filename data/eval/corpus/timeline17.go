package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// TLSTopic is a Timeline17-style topic: its articles (JSON Lines with `time` and `text`)
// and the gold timelines written from them.
type TLSTopic struct {
	Name      string
	Articles  string // path of articles.jsonl
	Timelines []GoldTimeline
}

// GoldTimeline is one gold timeline: its days in order, each with its summary sentences.
type GoldTimeline struct {
	Name    string
	Days    []GoldDay
	Skipped []string // entries left out, each with its line and why
}

// GoldDay is a day of a gold timeline.
type GoldDay struct {
	Day       time.Time
	Sentences []string
}

// ReadTLSTopics finds the topics under each path: a folder holding articles.jsonl and
// timelines/*.txt is a topic; any other folder is searched one level down. Topics come in
// name order.
func ReadTLSTopics(paths []string) ([]TLSTopic, error) {
	var out []TLSTopic
	for _, p := range paths {
		if isTopic(p) {
			t, err := readTLSTopic(p)
			if err != nil {
				return nil, err
			}
			out = append(out, t)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		found := false
		for _, e := range entries {
			sub := filepath.Join(p, e.Name())
			if e.IsDir() && isTopic(sub) {
				t, err := readTLSTopic(sub)
				if err != nil {
					return nil, err
				}
				out = append(out, t)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no topic (a folder with articles.jsonl and timelines/*.txt) here or one level down", p)
		}
	}
	return out, nil
}

func isTopic(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "articles.jsonl"))
	tls, _ := filepath.Glob(filepath.Join(dir, "timelines", "*.txt"))
	return err == nil && len(tls) > 0
}

func readTLSTopic(dir string) (TLSTopic, error) {
	t := TLSTopic{Name: filepath.Base(dir), Articles: filepath.Join(dir, "articles.jsonl")}
	files, _ := filepath.Glob(filepath.Join(dir, "timelines", "*.txt"))
	slices.Sort(files)
	for _, f := range files {
		g, err := ReadGoldTimeline(f)
		if err != nil {
			return t, err
		}
		t.Timelines = append(t.Timelines, g)
	}
	return t, nil
}

// ReadGoldTimeline reads a timeline file: entries separated by lines of dashes, each a
// date line (YYYY-MM-DD) followed by its sentences, one per line. Entries of the same day
// are joined, and the days sorted. An entry whose date line is not a date (Timeline17 has
// "2011-04-0") is left out and listed in Skipped.
func ReadGoldTimeline(path string) (GoldTimeline, error) {
	f, err := os.Open(path)
	if err != nil {
		return GoldTimeline{}, err
	}
	defer f.Close()
	g := GoldTimeline{Name: strings.TrimSuffix(filepath.Base(path), ".txt")}
	byDay := map[time.Time]*GoldDay{}
	var cur *GoldDay
	skipping := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case strings.Trim(line, "-") == "":
			cur, skipping = nil, false
		case skipping:
		case cur == nil:
			d, err := time.Parse(time.DateOnly, line)
			if err != nil {
				g.Skipped = append(g.Skipped, fmt.Sprintf("%s:%d: %q is not a date (YYYY-MM-DD)", path, n, line))
				skipping = true
				continue
			}
			if cur = byDay[d]; cur == nil {
				cur = &GoldDay{Day: d}
				byDay[d] = cur
			}
		default:
			cur.Sentences = append(cur.Sentences, line)
		}
	}
	if err := sc.Err(); err != nil {
		return g, fmt.Errorf("%s: %w", path, err)
	}
	for _, d := range byDay {
		if len(d.Sentences) > 0 {
			g.Days = append(g.Days, *d)
		}
	}
	slices.SortFunc(g.Days, func(a, b GoldDay) int { return a.Day.Compare(b.Day) })
	if len(g.Days) == 0 {
		return g, fmt.Errorf("%s: no dated entries", path)
	}
	return g, nil
}
