package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"storyline/data/text"
)

// facetItem is one actor, place or source: something events can be filtered by.
type facetItem struct {
	id, name, kind string // name, kind and note already cleaned
	note           string // dimmed after the name: a place's country
	count          int
	folded         string // the name, note and aliases in lower case, for finding
	index          int    // in the timeline's Actors (or Places, or Sources)
}

// facetPane is a list of facet items with a cursor; the actors, places and sources panes
// are each one. Which items are active filters is the root model's business, passed in to
// Render. The items shown are those of all that hold what was typed to find, by count or
// by name.
type facetPane struct {
	all    []facetItem // most events first
	items  []facetItem // what is shown
	find   string      // lower case
	byName bool
	sel    int
	top    int
	w, h   int
	countW int
}

// setItems installs a new list, keeping the cursor on the same item if it is still there.
func (f *facetPane) setItems(all []facetItem) {
	f.all = all
	f.countW = 1
	if len(all) > 0 {
		f.countW = len(fmt.Sprint(slices.MaxFunc(all, func(a, b facetItem) int { return cmp.Compare(a.count, b.count) }).count))
	}
	f.rebuild()
}

// rebuild works out the items shown from all, the find and the order.
func (f *facetPane) rebuild() {
	cur, had := f.Selected()
	items := f.all
	if f.find != "" {
		items = nil
		for _, it := range f.all {
			if strings.Contains(it.folded, f.find) {
				items = append(items, it)
			}
		}
	}
	if f.byName {
		items = slices.Clone(items)
		slices.SortStableFunc(items, func(a, b facetItem) int { return strings.Compare(a.folded, b.folded) })
	}
	f.items = items
	if had {
		f.sel = 0
		for i := range items {
			if items[i].id == cur.id {
				f.sel = i
				break
			}
		}
	}
	f.clamp()
}

// setFind shows only the items whose name or an alias holds s.
func (f *facetPane) setFind(s string) {
	if s = strings.ToLower(strings.TrimSpace(s)); s != f.find {
		f.find = s
		f.rebuild()
	}
}

// orderHint is what the order key would do.
func (f *facetPane) orderHint() string {
	if f.byName {
		return "sort by count"
	}
	return "sort by name"
}

func (f *facetPane) toggleOrder() {
	f.byName = !f.byName
	f.rebuild()
}

func (f *facetPane) resize(w, h int) {
	f.w, f.h = w, h
	f.clamp()
}

func (f *facetPane) move(delta int) {
	f.sel += delta
	f.clamp()
}

func (f *facetPane) moveTo(pos int) {
	f.sel = pos
	f.clamp()
}

func (f *facetPane) page() int { return max(1, f.h-1) }

func (f *facetPane) clamp() {
	n := len(f.items)
	if n == 0 {
		f.sel, f.top = 0, 0
		return
	}
	f.sel = clamp(f.sel, 0, n-1)
	h := max(1, f.h)
	f.top = clamp(f.top, max(0, f.sel-h+1), f.sel)
	f.top = clamp(f.top, 0, max(0, n-h))
}

// Selected is the item under the cursor.
func (f *facetPane) Selected() (facetItem, bool) {
	if f.sel < 0 || f.sel >= len(f.items) {
		return facetItem{}, false
	}
	return f.items[f.sel], true
}

// Render draws the visible items: a check for active filters, the name, the kind and the
// number of events.
func (f *facetPane) Render(st *Styles, focused bool, active func(id string) bool, empty string) []string {
	if len(f.items) == 0 {
		return centred(f.w, f.h, empty)
	}
	lines := make([]string, 0, f.h)
	countW := f.countW
	for pos := f.top; pos < len(f.items) && len(lines) < f.h; pos++ {
		it := f.items[pos]
		check := " "
		if active(it.id) {
			check = "✓"
		}
		kind := ""
		if it.kind != "" && f.w >= 24 {
			kind = " " + it.kind
		}
		count := fmt.Sprintf(" %*d", countW, it.count)
		nameW := max(1, f.w-3-width(kind)-len(count))
		name, note := nameAndNote(it, nameW)
		if pos == f.sel {
			style := st.Selected
			if !focused {
				style = st.SelectedBlur
			}
			lines = append(lines, style.Render("›"+check+" "+name+note+kind+count))
			continue
		}
		lines = append(lines, " "+st.Check.Render(check)+" "+name+st.Kind.Render(note+kind)+st.Count.Render(count))
	}
	return lines
}

// nameAndNote fits an item's name and note in w cells together, the note cut first: a
// name cut short to make room for its country would be the worse loss.
func nameAndNote(it facetItem, w int) (name, note string) {
	if it.note == "" {
		return fit(it.name, w), ""
	}
	nw := width(it.name)
	if room := w - nw; room >= 5 { // " · " and a letter or two
		return it.name, fit(" · "+it.note, room)
	}
	return fit(it.name, w), ""
}

// info is the cursor position for the pane's bottom edge, with what is being found and
// the order when it is by name.
func (f *facetPane) info() string {
	var parts []string
	if f.find != "" {
		parts = append(parts, "“"+text.VisibleLine(f.find)+"”")
	}
	if f.byName {
		parts = append(parts, "a–z")
	}
	if len(f.items) > 0 {
		parts = append(parts, fmt.Sprintf("%d of %d", f.sel+1, len(f.items)))
	}
	return strings.Join(parts, " · ")
}

// shortKind gives an actor or source kind in a few letters for a narrow column.
func shortKind(kind string) string {
	switch strings.ToLower(kind) {
	case "person":
		return "person"
	case "country":
		return "country"
	case "organization", "organisation":
		return "org"
	case "group":
		return "group"
	case "place":
		return "place"
	case "news agency":
		return "agency"
	case "newspaper":
		return "paper"
	case "broadcaster":
		return "tv"
	}
	k := text.VisibleLine(kind)
	if width(k) > 7 {
		k = fit(k, 7)
	}
	return k
}
