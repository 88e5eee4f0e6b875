package format

import (
	"bytes"
	"testing"
)

// FuzzReadJSON: the reader never panics, fails in one printable line, and whatever it
// accepts writes in the promised layout and reads back to the same timeline and the same
// bytes; the printers take it too, with no control character let through.
func FuzzReadJSON(f *testing.F) {
	f.Add(writeJSON(f, fixture()))
	f.Add(writeJSON(f, synthTimeline(1, 4)))
	f.Add(writeJSON(f, merged()))
	f.Add([]byte(`{"storyline":1}`))
	f.Add([]byte(`{"events":[{"id":"e","document":"d","start":"2015-10-07T10:30","end":"2015-10-08","granularity":"time","quotes":[0]}],` +
		`"x":[{"y":[]}],"documents":[{"id":"d","published":"2015-10-07","quotes":[{"id":"q","speaker":"a","source":"a"}]}],` +
		`"actors":[{"id":"a","aliases":["\u001b"]}],"sources":[{"id":"a"}],"storyline":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tl, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			oneLineMessage(t, err)
			return
		}
		first := writeJSON(t, tl)
		oneElementALine(t, first)
		back, err := ReadJSON(bytes.NewReader(first))
		if err != nil {
			t.Fatalf("what was read does not read back: %v", err)
		}
		sameTimeline(t, tl, back)
		if again := writeJSON(t, back); !bytes.Equal(first, again) {
			t.Fatalf("writing what was read changed the bytes:\n%s\n----\n%s", first, again)
		}
		var out bytes.Buffer
		if err := WriteText(&out, tl); err != nil {
			t.Fatal(err)
		}
		if err := WriteMarkdown(&out, tl); err != nil {
			t.Fatal(err)
		}
		for _, r := range out.String() {
			if r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r >= 0x7f && r < 0xa0 {
				t.Fatalf("control character %U reached the printed timeline", r)
			}
		}
	})
}
