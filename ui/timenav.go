package ui

import (
	"sort"
	"time"

	"storyline/data/text"
	"storyline/model"
)

// zoomIn is +: the view narrows to the year of the cursor's event, then its month, then
// its day.
func (m *Model) zoomIn() {
	ev := m.timeline.Selected()
	if ev < 0 || !m.tl.Events[ev].When.Dated() {
		m.notice = "put the cursor on a dated event to zoom in on its time"
		return
	}
	t := m.tl.Events[ev].When.Start
	next := unitYear
	if n := len(m.zoom); n > 0 {
		switch unitOf(m.zoom[n-1]) {
		case unitYear:
			next = unitMonth
		case unitMonth:
			next = unitDay
		default:
			m.notice = "zoomed in as far as a day; - zooms out"
			return
		}
	}
	m.zoom = append(m.zoom, next.period(t))
	m.applyZoom()
}

// zoomOut is -: back to the range before the last zoom in.
func (m *Model) zoomOut() {
	if len(m.zoom) == 0 {
		m.notice = "showing all of time"
		return
	}
	m.zoom = m.zoom[:len(m.zoom)-1]
	m.applyZoom()
}

func (m *Model) applyZoom() {
	ev := m.timeline.Selected()
	m.refilter()
	if ev >= 0 {
		m.timeline.moveTo(m.timeline.posOf(ev))
	}
	if n := len(m.zoom); n > 0 {
		m.notice = "zoomed to " + periodLabel(m.zoom[n-1]) + "; - zooms out"
	} else {
		m.notice = "all of time"
	}
}

// zoomRange is the filter's time range for the current zoom.
func (m *Model) zoomRange() (from, to time.Time, p *model.Period) {
	if n := len(m.zoom); n > 0 {
		p = &m.zoom[n-1]
		return p.Start, p.End, p
	}
	return time.Time{}, time.Time{}, nil
}

// step is [ (dir -1) and ] (dir 1). Zoomed, the view moves to the previous or next
// year, month or day that has events in view; otherwise the cursor moves to the first
// event of the previous or next unit the strip counts by that has events.
func (m *Model) step(dir int) {
	if n := len(m.zoom); n > 0 {
		m.stepZoom(dir, n-1)
		return
	}
	ev := m.timeline.Selected()
	idx, dated := m.timeline.idx, m.timeline.dated
	if ev < 0 || dated == 0 {
		m.notice = "no dated events to step through"
		return
	}
	u := m.stripUnit()
	var target time.Time
	if !m.tl.Events[ev].When.Dated() { // in the undated band: back to the last dated event
		if dir > 0 {
			m.notice = "no later dates"
			return
		}
		target = u.floor(m.tl.Events[idx[dated-1]].When.Start)
	} else {
		cur := u.floor(m.tl.Events[ev].When.Start)
		if dir > 0 {
			k := m.firstFrom(u.add(cur, 1))
			if k == dated {
				m.notice = "no later " + u.String() + " with events"
				return
			}
			target = u.floor(m.tl.Events[idx[k]].When.Start)
		} else {
			k := m.firstFrom(cur)
			if k == 0 {
				m.notice = "no earlier " + u.String() + " with events"
				return
			}
			target = u.floor(m.tl.Events[idx[k-1]].When.Start)
		}
	}
	m.timeline.moveTo(m.firstFrom(target))
	m.notice = periodLabel(u.period(target))
}

// stepZoom moves zoom level i to the neighbouring period with events, keeping its length.
func (m *Model) stepZoom(dir, i int) {
	p := m.zoom[i]
	u := unitOf(p)
	f := m.filter
	f.From, f.To = time.Time{}, time.Time{}
	if i > 0 { // stay inside the zoom above
		f.From, f.To = m.zoom[i-1].Start, m.zoom[i-1].End
	}
	idx := m.tl.Filter(f)
	dated := sort.SearchInts(idx, m.tl.DatedCount())
	startOf := func(k int) time.Time { return m.tl.Events[idx[k]].When.Start }
	var k int
	if dir > 0 {
		k = sort.Search(dated, func(k int) bool { return !startOf(k).Before(p.End) })
		if k == dated {
			m.notice = "no later " + u.String() + " with events"
			return
		}
	} else {
		k = sort.Search(dated, func(k int) bool { return !startOf(k).Before(p.Start) }) - 1
		if k < 0 {
			m.notice = "no earlier " + u.String() + " with events"
			return
		}
	}
	m.zoom[i] = u.period(startOf(k))
	m.refilter()
	m.timeline.moveTo(0)
	m.notice = "zoomed to " + periodLabel(m.zoom[i])
}

// firstFrom is the position of the first dated event in view that starts at or after t
// (the number of dated events when none does).
func (m *Model) firstFrom(t time.Time) int {
	idx := m.timeline.idx
	return sort.Search(m.timeline.dated, func(k int) bool { return !m.tl.Events[idx[k]].When.Start.Before(t) })
}

// stripUnit is the unit the strip counts by at the current width.
func (m *Model) stripUnit() unit {
	s, ok := newStrip(m.tl, m.timeline.idx, m.timeline.dated, m.timeline.zoom, max(4, m.timeline.w-2), -1, nil)
	if !ok {
		return unitYear
	}
	return s.u
}

// jumpTo is ":": the cursor goes to the first event of the day, month or year typed, or
// the nearest after it. A date outside the zoom zooms out.
func (m *Model) jumpTo(typed string) {
	ref := time.Now()
	if ev := m.timeline.Selected(); ev >= 0 && m.tl.Events[ev].When.Dated() {
		ref = m.tl.Events[ev].When.Start
	}
	p, err := model.ParsePeriod(typed, ref)
	if err != nil {
		m.notice = text.VisibleLine(err.Error())
		return
	}
	if from, to, z := m.zoomRange(); z != nil && (p.Start.Before(from) || !p.Start.Before(to)) {
		m.zoom = nil
		m.refilter()
	}
	dated := m.timeline.dated
	if dated == 0 {
		m.notice = "no dated events in view"
		return
	}
	k := m.firstFrom(p.Start)
	label := periodLabel(p)
	switch {
	case k == dated:
		m.timeline.moveTo(dated - 1)
		m.notice = "nothing from " + label + " on; at the last dated event"
	case !m.tl.Events[m.timeline.idx[k]].When.Start.Before(p.End):
		m.timeline.moveTo(k)
		m.notice = "nothing in " + label + "; at the next event"
	default:
		m.timeline.moveTo(k)
		m.notice = label
	}
}
