package ui

// Smallest usable terminal; below it the explorer only apologises.
const (
	minWidth  = 40
	minHeight = 12
)

// Below these the side panes collapse: the timeline and the detail share the screen, or
// below stackHeight only the focused pane is shown.
const (
	fullWidth   = 80
	fullHeight  = 20
	stackHeight = 16
)

type pane int

const (
	paneTimeline pane = iota
	paneActors
	panePlaces
	paneSources
	paneDetail
	paneCount
)

var paneNames = [paneCount]string{"Timeline", "Actors", "Places", "Sources", "Detail"}

func (p pane) String() string { return paneNames[p] }

// facet reports whether the pane is one of the lists that filter the events.
func (p pane) isFacet() bool { return p == paneActors || p == panePlaces || p == paneSources }

type rect struct{ x, y, w, h int }

func (r rect) empty() bool { return r.w <= 0 || r.h <= 0 }

func (r rect) contains(x, y int) bool {
	return !r.empty() && x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes for one terminal size and focus. It is computed when
// either changes, never while drawing.
type layout struct {
	width, height int
	tooSmall      bool
	compact       bool // the side panes are hidden unless focused
	header        rect
	body          rect
	footer        rect
	panes         [paneCount]rect // an empty rect is a hidden pane
}

// computeLayout places the panes: the actors, places and sources stacked on the left, the
// timeline and the selected event's detail on the right. nPlaces and nSources size their
// panes, which are usually short, so the actors get the room.
func computeLayout(w, h int, focus pane, nPlaces, nSources int) layout {
	l := layout{width: w, height: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.header = rect{0, 0, w, 1}
	l.footer = rect{0, h - 1, w, 1}
	l.body = rect{0, 1, w, h - 2}
	b := l.body
	if w < fullWidth || h < fullHeight {
		l.compact = true
		if h < stackHeight || focus.isFacet() {
			l.panes[focus] = b
			return l
		}
		detH := clamp(b.h*2/5, 5, 12)
		l.panes[paneTimeline] = rect{b.x, b.y, b.w, b.h - detH}
		l.panes[paneDetail] = rect{b.x, b.y + b.h - detH, b.w, detH}
		return l
	}
	side := clamp(w*3/10, 24, 36)
	// Places can be many, sources seldom are: each gets what it lists, up to a share of the
	// column, and the actors, usually the longest list, get the rest.
	srcH := clamp(nSources+2, 4, b.h/4)
	plH := clamp(nPlaces+2, 3, b.h/3)
	actH := b.h - plH - srcH
	l.panes[paneActors] = rect{b.x, b.y, side, actH}
	l.panes[panePlaces] = rect{b.x, b.y + actH, side, plH}
	l.panes[paneSources] = rect{b.x, b.y + actH + plH, side, srcH}
	detH := clamp(b.h*45/100, 6, 20)
	main := b.w - side
	l.panes[paneTimeline] = rect{b.x + side, b.y, main, b.h - detH}
	l.panes[paneDetail] = rect{b.x + side, b.y + b.h - detH, main, detH}
	return l
}

// paneAt is the visible pane under a cell, if any.
func (l layout) paneAt(x, y int) (pane, bool) {
	for p, r := range l.panes {
		if r.contains(x, y) {
			return pane(p), true
		}
	}
	return 0, false
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		hi = lo
	}
	return max(lo, min(v, hi))
}
