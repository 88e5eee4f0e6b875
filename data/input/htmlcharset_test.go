package input

import "testing"

func TestDecodePage(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  []byte
		want string
	}{
		{"declared windows-1252", []byte("<meta charset=windows-1252><p>\x93caf\xe9\x94 \x80"), "<meta charset=windows-1252><p>“café” €"},
		{"undeclared, not UTF-8", []byte("<p>caf\xe9"), "<p>café"},
		// Re-saved as UTF-8 under an old declaration: the bytes win.
		{"UTF-8 under a Latin-1 declaration", []byte("<meta charset=iso-8859-1><p>café"), "<meta charset=iso-8859-1><p>café"},
		{"UTF-16 with a byte-order mark", []byte("\xff\xfe<\x00p\x00>\x00\xe9\x00"), "<p>é"},
		{"decomposed accents composed", []byte("<p>cafe\u0301"), "<p>café"},
		{"unknown declared name", []byte("<meta charset=klingon><p>caf\xe9"), "<meta charset=klingon><p>café"},
	} {
		if got := decodePage(tc.raw); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
