package ui

import (
	"strings"
	"testing"

	"storyline/model"
)

func TestHeaderSaysWhenOnlyKeyEventsAreShown(t *testing.T) {
	tl := fixture(t)
	if got := statusText(tl, model.Filter{}, 3, false); strings.Contains(got, "key events") {
		t.Errorf("all events, header %q", got)
	}
	key := model.NewTimeline(tl.Documents, tl.Actors, tl.Sources, tl.Places, tl.Events[:2])
	key.KeyDays = 5
	if got := statusText(key, model.Filter{}, 2, false); got != "2 of 2 events · key events of the 5 most salient days" {
		t.Errorf("key events, header %q", got)
	}
}
