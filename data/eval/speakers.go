package eval

import (
	"fmt"
	"io"

	"storyline/data/eval/corpus"
	"storyline/data/quote"
	"storyline/data/text"
)

// Speaker scoring on MEANTIME: for every gold speech or cognition event with an Arg0
// participant, storyline's quote or claim for that event is the one whose cue (the speech
// verb) overlaps the gold event; failing that, the one in the same sentence whose cue (or,
// without a cue, whose words) stands nearest the event. The speaker is right when the
// words storyline gives for the speaker overlap any gold Arg0 mention.

// A gold event inside the words of one of storyline's direct quotes ("I said", "you
// know" within a quotation) is the quoted person's own speech, not an attribution
// storyline makes: it is counted apart and not scored, unless a quote's cue is that event.

// SpeakerCounts count speech events and attributions.
type SpeakerCounts struct {
	Inside  int // gold events inside a direct quotation, not scored
	Events  int // gold speech events with an Arg0
	Aligned int // events with a storyline quote or claim
	ByCue   int // of those, aligned by the cue itself
	Right   int // speaker span overlaps the gold Arg0
}

func (c *SpeakerCounts) add(o SpeakerCounts) {
	c.Inside += o.Inside
	c.Events += o.Events
	c.Aligned += o.Aligned
	c.ByCue += o.ByCue
	c.Right += o.Right
}

// scoreSpeakers aligns one document's gold speech events with storyline's quotes.
func scoreSpeakers(doc *corpus.Doc, d *text.Doc, qs []quote.Quote) (SpeakerCounts, []string) {
	var c SpeakerCounts
	var lines []string
	type sysQ struct {
		cue, words, speaker corpus.Span
		hasCue, hasSpeaker  bool
		direct              bool
		sent                int
	}
	sys := make([]sysQ, len(qs))
	for i, q := range qs {
		s := sysQ{hasCue: q.CueEnd > q.CueStart, hasSpeaker: q.SpeakerEnd > q.SpeakerStart, direct: q.Direct}
		s.cue.Start, s.cue.End = d.Span(q.CueStart, q.CueEnd)
		s.words.Start, s.words.End = d.Span(q.Start, q.End)
		s.speaker.Start, s.speaker.End = d.Span(q.SpeakerStart, q.SpeakerEnd)
		at := q.Start
		if s.hasCue {
			at = q.CueStart
		}
		s.sent = d.SentenceAt(at)
		sys[i] = s
	}
	for _, ev := range doc.Speeches {
		if len(ev.Speakers) == 0 {
			continue
		}
		best, byCue := -1, false
		for i, s := range sys {
			if s.hasCue && s.cue.Overlaps(ev.Span) {
				best, byCue = i, true
				break
			}
		}
		inside := false
		for _, s := range sys {
			if s.direct && s.words.Start <= ev.Start && ev.End <= s.words.End {
				inside = true
			}
		}
		if inside && !byCue {
			c.Inside++
			continue
		}
		c.Events++
		if best < 0 {
			sent := d.SentenceAt(d.Runes.Bytes(ev.Start))
			dist := -1
			for i, s := range sys {
				if s.sent != sent || sent < 0 {
					continue
				}
				p := s.words.Start
				if s.hasCue {
					p = s.cue.Start
				}
				if dd := abs(p - ev.Start); dist < 0 || dd < dist {
					best, dist = i, dd
				}
			}
		}
		gold := runeText(doc.Text, ev.Speakers[0])
		if best < 0 {
			lines = append(lines, fmt.Sprintf("NOQUOTE %q (speaker %q) at %d", ev.Text, gold, ev.Start))
			continue
		}
		c.Aligned++
		if byCue {
			c.ByCue++
		}
		s := sys[best]
		right := false
		for _, g := range ev.Speakers {
			if s.hasSpeaker && s.speaker.Overlaps(g) {
				right = true
			}
		}
		if right {
			c.Right++
			continue
		}
		got := ""
		if s.hasSpeaker {
			got = runeText(doc.Text, s.speaker)
		}
		lines = append(lines, fmt.Sprintf("SPEAKER %q: gold %q, storyline %q", ev.Text, gold, got))
	}
	return c, lines
}

func writeSpeakerReport(w io.Writer, c SpeakerCounts) {
	fmt.Fprintf(w, "\nMEANTIME speakers (speech and cognition events with an Arg0): %d events (and %d inside quotations, not scored)\n", c.Events, c.Inside)
	fmt.Fprintf(w, "  aligned with a quote or claim  %5d  (%.3f; %d by the cue itself)\n", c.Aligned, ratio(c.Aligned, c.Events), c.ByCue)
	fmt.Fprintf(w, "  speaker overlaps gold Arg0     %5d  (%.3f of aligned, %.3f of all events)\n", c.Right, ratio(c.Right, c.Aligned), ratio(c.Right, c.Events))
}

func runeText(s string, sp corpus.Span) string {
	r := []rune(s)
	if sp.Start < 0 || sp.End > len(r) || sp.Start >= sp.End {
		return ""
	}
	return string(r[sp.Start:sp.End])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
