package store

import (
	"time"

	"storyline/model"
)

// packLists writes a document's lists as the JSON arrays of rows its row keeps, in the
// order of listColumns, each row's values in the order decodeRows reads them. A nil list is
// written as [] like an empty one: documents.lists tells them apart.
func packLists(x model.Extraction) [len(listColumns)]string {
	d := &x.Document
	var out [len(listColumns)]string
	var w jsonWriter
	pack := func(i, n int, row func(w *jsonWriter, k int)) {
		w.b, w.comma = w.b[:0], false
		w.open()
		for k := range n {
			w.open()
			row(&w, k)
			w.close()
		}
		w.close()
		out[i] = w.text()
	}
	pack(0, len(d.Timexes), func(w *jsonWriter, k int) {
		t := d.Timexes[k]
		w.int(t.Start)
		w.int(t.End)
		w.str(t.Text)
		w.str(t.Type)
		w.str(t.Value)
		w.str(t.Mod)
	})
	pack(1, len(d.Mentions), func(w *jsonWriter, k int) {
		m := d.Mentions[k]
		w.int(m.Start)
		w.int(m.End)
		w.str(m.Text)
		w.str(m.Actor)
	})
	pack(2, len(d.Quotes), func(w *jsonWriter, k int) {
		q := d.Quotes[k]
		w.str(q.ID)
		w.int(q.Start)
		w.int(q.End)
		w.str(q.Text)
		w.str(q.Speaker)
		w.int(q.SpeakerStart)
		w.int(q.SpeakerEnd)
		w.str(q.Source)
		w.bool(q.Direct)
	})
	pack(3, len(x.Actors), func(w *jsonWriter, k int) {
		a := x.Actors[k]
		w.str(a.ID)
		w.str(a.Name)
		w.str(string(a.Kind))
		w.nullable(a.Aliases == nil, func() { w.strs(a.Aliases) })
		w.nullable(a.Roles == nil, func() { w.strs(a.Roles) })
	})
	pack(4, len(x.Sources), func(w *jsonWriter, k int) {
		s := x.Sources[k]
		w.str(s.ID)
		w.str(s.Name)
		w.str(s.Kind)
		w.nullable(s.Aliases == nil, func() { w.strs(s.Aliases) })
	})
	pack(5, len(x.Events), func(w *jsonWriter, k int) {
		e := x.Events[k]
		w.str(e.ID)
		w.time(e.When.Start)
		w.time(e.When.End)
		w.str(e.When.Gran.String()) // by name: reordering the constants changes nothing stored
		w.str(string(e.When.Mod))
		w.str(e.DateText)
		w.str(e.Title)
		w.str(e.Text)
		w.nullable(e.Spans == nil, func() { w.spans(e.Spans) })
		w.nullable(e.Actors == nil, func() { w.strs(e.Actors) })
		w.nullable(e.Sources == nil, func() { w.strs(e.Sources) })
		w.nullable(e.Quotes == nil, func() { w.ints(e.Quotes) })
		w.nullable(e.Places == nil, func() { w.strs(e.Places) })
	})
	pack(6, len(x.Places), func(w *jsonWriter, k int) {
		p := x.Places[k]
		w.str(p.ID)
		w.str(p.Name)
		w.str(string(p.Kind))
		w.str(p.Country)
		w.float(p.Lat)
		w.float(p.Lon)
		w.bool(p.Located)
		w.nullable(p.Aliases == nil, func() { w.strs(p.Aliases) })
	})
	pack(7, len(x.Things), func(w *jsonWriter, k int) { w.str(x.Things[k]) })
	return out
}

func (w *jsonWriter) null() {
	w.sep()
	w.b = append(w.b, "null"...)
}

// nullable writes null for a nil list, and the list otherwise.
func (w *jsonWriter) nullable(isNil bool, write func()) {
	if isNil {
		w.null()
		return
	}
	write()
}

func (w *jsonWriter) bool(v bool) {
	if v {
		w.int(1)
	} else {
		w.int(0)
	}
}

// time writes RFC 3339 text, or null for the zero time.
func (w *jsonWriter) time(t time.Time) {
	if t.IsZero() {
		w.null()
		return
	}
	w.str(t.Format(time.RFC3339Nano))
}
