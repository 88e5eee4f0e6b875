package input

import "testing"

func TestHeadline(t *testing.T) {
	for _, tc := range []struct{ h1, title, site, host, want string }{
		{"", "Storm closes road | Example Gazette", "Example Gazette", "example.com", "Storm closes road"},
		{"", "Example-News.com - Storm closes road", "", "www.example-news.com", "Storm closes road"},
		{"", "Storm closes road - Example", "", "example.com", "Storm closes road"},
		// A part that says more than the site's name stays.
		{"", "Weekly column | Storm closes road - example", "", "example.com", "Weekly column | Storm closes road"},
		{"", "Storm closes road - Northport", "", "example.com", "Storm closes road - Northport"},
		{"Storm closes road", "Local news: Storm closes road", "", "example.com", "Storm closes road"},
		// An <h1> that is the site's logo is no headline.
		{"Example", "Storm closes road - Example", "", "example.com", "Storm closes road"},
	} {
		if got := headline(tc.h1, tc.title, tc.site, tc.host); got != tc.want {
			t.Errorf("headline(%q, %q) = %q, want %q", tc.h1, tc.title, got, tc.want)
		}
	}
}
