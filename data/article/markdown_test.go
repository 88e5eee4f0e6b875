package article

import "testing"

// hasMarkup finds inline markup anywhere and block markers only where a line starts,
// after its indentation.
func TestHasMarkup(t *testing.T) {
	for s, want := range map[string]bool{
		"": false,
		"Plain prose, with commas - and dashes.\nA second line.": false,
		"a *b* c":                    true,
		"line\n  - item":             true,
		"line\n\t3. item":            true,
		"line\n> quote":              true,
		"x > y and 3 - 2\nno marker": false,
		"ends with a newline\n":      false,
		"2015 began":                 true,
		"see [a link]":               true,
	} {
		if got := hasMarkup(s); got != want {
			t.Errorf("hasMarkup(%q) = %v, want %v", s, got, want)
		}
	}
}
