package format

import "testing"

func TestSpacedLeavesStringsAlone(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1,"b":[1,2],"c":{}}`:              `{"a": 1, "b": [1, 2], "c": {}}`,
		`{"t":"x: y, z"}`:                       `{"t": "x: y, z"}`,
		`{"t":"say \"a,b\": c","u":2}`:          `{"t": "say \"a,b\": c", "u": 2}`,
		`{"t":"C:\\","u":"\\\"x\\\\","v":[""]}`: `{"t": "C:\\", "u": "\\\"x\\\\", "v": [""]}`,
		`{"t":"\u2028,"}`:                       `{"t": "\u2028,"}`,
	} {
		if got := string(spaced(nil, []byte(in))); got != want {
			t.Errorf("%s: got %s, want %s", in, got, want)
		}
	}
}
