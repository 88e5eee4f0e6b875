package store

import (
	"database/sql"
	"reflect"
	"testing"

	"storyline/model"
)

// FuzzJSONStrings checks that any string comes back exactly: written in a list here,
// kept by SQLite as text, read here.
func FuzzJSONStrings(f *testing.F) {
	for _, s := range []string{"", "plain", `"quoted" \ back`, "tab\tnul\x00bell\x07", "é東京\U0001F600", "\xff\xfe invalid",
		"\u2028\u2029", `\u0041 not an escape`, "</script>&"} {
		f.Add(s, "second")
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	f.Fuzz(func(t *testing.T, a, b string) {
		list := []string{a, b}
		var w jsonWriter
		w.strs(list)
		var stored string
		if err := db.QueryRow("SELECT ?", w.text()).Scan(&stored); err != nil {
			t.Fatalf("SQLite refused %q: %v", w.text(), err)
		}
		r := jsonReader{s: stored}
		if got := r.strs(); r.err != nil || !reflect.DeepEqual(got, list) {
			t.Fatalf("%q came back from %q as %q (%v)", list, stored, got, r.err)
		}
	})
}

func TestJSONNumbers(t *testing.T) {
	spans := []model.Span{{Start: 0, End: 5}, {Start: -1, End: 1 << 40}}
	ints := []int{3, -7, 0}
	var w jsonWriter
	w.spans(spans)
	w.ints(ints)
	w.null()
	w.ints([]int{})
	r := jsonReader{s: w.text()}
	if got := r.spans(); !reflect.DeepEqual(got, spans) {
		t.Errorf("spans %v", got)
	}
	if got := r.ints(); !reflect.DeepEqual(got, ints) {
		t.Errorf("ints %v", got)
	}
	if got := r.ints(); got != nil {
		t.Errorf("null gave %#v", got)
	}
	if got := r.ints(); got == nil || len(got) != 0 {
		t.Errorf("[] gave %#v", got)
	}
	if r.err != nil {
		t.Error(r.err)
	}
}

func TestJSONMalformed(t *testing.T) {
	for _, s := range []string{"", "[", `["unterminated`, "[1,x]", `[["a"`, "[[1,2]", "{}"} {
		r := jsonReader{s: s}
		rows(&r, true, func(r *jsonReader) model.Mention { return model.Mention{Start: r.int(), Text: r.str()} })
		if r.err == nil {
			t.Errorf("%q read without error", s)
		}
	}
}
