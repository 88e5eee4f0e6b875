package story

import (
	"strings"
	"unicode"

	"storyline/model"
)

// Length bounds, in words, of an event that can tell a day on its own: shorter ones are
// fragments ("Now is the time."), longer ones run several sentences or a caption into one.
const (
	fitMinWords = 8
	fitMaxWords = 40
)

// fit reports whether an event reads as a statement of news, worth putting first for its
// day: not a fragment or a run-on, not a question, not a turn of a broadcast transcript
// ("BLITZER: ..."), and not a line of page furniture or a reader's comment stamped with
// its time ("January 31, 2011 at 5:21 pm | ...").
func fit(e *model.Event) bool {
	text := strings.TrimSpace(e.Text)
	n := len(strings.Fields(text))
	if n < fitMinWords || n > fitMaxWords {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(text, " '\"`’”"), "?") || strings.Contains(text, " | ") {
		return false
	}
	if speakerTurn(text) || strings.HasPrefix(text, "``") || strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") {
		return false
	}
	return !stamped(e)
}

// stamped reports whether the event's date is a time stamp, a clock time on a full date
// ("At 9:12 pm on 18 Jan 2010, Mathiasen wrote", "January 31, 2011 at 5:21 pm |"), as
// pages print over reader comments and updates; news says "on Tuesday" or "at dawn on
// Friday", and the stamp says when somebody wrote, not when something happened.
func stamped(e *model.Event) bool {
	if e.When.Gran != model.GranTime {
		return false
	}
	digits := 0
	for _, r := range e.DateText {
		if r >= '0' && r <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

// speakerTurn reports whether the text opens with a speaker's name in capitals and a
// colon, as transcripts print each turn.
func speakerTurn(s string) bool {
	head, _, ok := strings.Cut(s, ":")
	if !ok || len(head) > 40 {
		return false
	}
	head = strings.TrimSpace(head)
	letters := 0
	for _, r := range head {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r != ' ' && r != '.' && r != '-' && r != '\'':
			return false
		}
	}
	return letters >= 2
}
