package timex

import (
	"strings"
	"testing"
	"time"

	"storyline/data/text"
	"storyline/model"
)

var validTypes = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}

// checkTags verifies the recogniser's contract on any input: spans inside the text, not
// empty, sorted, non-overlapping, with a type and a value.
func checkTags(t *testing.T, d *text.Doc, got []Timex) {
	t.Helper()
	prevEnd := 0
	for k, x := range got {
		if x.Start < 0 || x.End > len(d.Text) || x.Start >= x.End {
			t.Fatalf("#%d: span [%d,%d) outside text of %d bytes", k, x.Start, x.End, len(d.Text))
		}
		if x.Start < prevEnd {
			t.Fatalf("#%d: span [%d,%d) overlaps or precedes the previous end %d", k, x.Start, x.End, prevEnd)
		}
		if !validTypes[x.Type] || x.Value == "" {
			t.Fatalf("#%d %q: type %q value %q", k, d.Text[x.Start:x.End], x.Type, x.Value)
		}
		prevEnd = x.End
	}
}

func FuzzTag(f *testing.F) {
	raw := readFixture(f, "caspian-strikes-2015.txt")
	f.Add(raw)
	for _, line := range strings.Split(raw, "\n") {
		f.Add(line)
	}
	for _, s := range []string{
		"Sept. 30", "since Sept. 30, 2015", "9/30/2015", "2015-10-07", "30.09.2015", "the 1990s",
		"the '90s", "fiscal 2015", "Q3", "8:30 a.m. EDT", "Monday next week", "a year and a half",
		"twenty-five", "MOSCOW, Oct 7 (Reuters) -", "every other Tuesday morning", "mid-", "the the the",
		"31/31/31", "99:99 p.m.", "FY", "'", "Easter 0000", "the 0th century",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Analyze(s)
		checkTags(t, d, Tag(d, Options{}))
		checkTags(t, d, Tag(d, Options{DCT: model.Day(2015, 10, 7)}))
		Dateline(d)
		InferDate(d)
	})
}

// TestLinearTime tags adversarial inputs of size n and 4n; the time must grow about
// linearly (a factor well under 16 shows nothing quadratic).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	units := []string{
		"1234567890 ", "October ", "the ", "., ", "Sept. 30 ", "more than the last ", "two ",
		"Monday next week ", "9/", "- ", "twenty-", "'", "a year and a half ago ",
	}
	for _, u := range units {
		small := strings.Repeat(u, 20000/len(u)+1)
		large := strings.Repeat(small, 4)
		ts, tl := timeTag(small), timeTag(large)
		if tl > 16*ts && tl > 20*time.Millisecond {
			// A machine busy with other tests can slow one measurement down; a cost that
			// grows faster than the input is slow again.
			ts, tl = timeTag(small), timeTag(large)
		}
		if tl > 16*ts && tl > 20*time.Millisecond {
			t.Errorf("%q: %v for %d bytes, %v for %d bytes: not linear", u, ts, len(small), tl, len(large))
		}
	}
}

// timeTag is the best of three runs of the whole engine.
func timeTag(s string) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Tag(text.Analyze(s), Options{DCT: model.Day(2015, 10, 7)})
		best = min(best, time.Since(start))
	}
	return best
}
