package story

import "storyline/model"

// dropEvents takes the events marked gone out of the timeline. The documents keep what
// they found in those events' words (mentions, quotes): a saved timeline is split back into
// documents and merged again when it is opened, and a document that lost a mention would
// merge its actors otherwise the second time.
func dropEvents(t *model.Timeline, gone map[int]bool) *model.Timeline {
	if len(gone) == 0 {
		return t
	}
	events := make([]model.Event, 0, len(t.Events)-len(gone))
	for i, e := range t.Events {
		if !gone[i] {
			events = append(events, e)
		}
	}
	return model.NewTimeline(t.Documents, t.Actors, t.Sources, t.Places, events)
}
