package main

// A miniature of trafilatura's evaluation set, in its layout, for storyline's tests.
// The pages and their text are made up.

type ComparisonEntry struct {
	File    string   `json:"file"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Authors []string `json:"author"`
}

var comparisonData = map[string]ComparisonEntry{
	"https://example.com/news/2021/03/04/storm": {
		File:    "storm.html",
		Title:   "Storm closes the coast road",
		Date:    "2021-03-04",
		With:    []string{"The coast road between Northport and Eastham was closed on Thursday", "council engineers will inspect the sea wall"},
		Without: []string{"Subscribe to our newsletter", "Accept all cookies", "Home"},
		Authors: []string{"A. Writer"},
	},
	"https://example.com/news/harbour-plan": {
		File:  "harbour.html",
		Title: "Harbour plan approved",
		Date:  "2021-3-5",
		With: []string{"The harbour board approved the " +
			"new quay on Friday", "a sentence that the page does not hold"},
		Without: []string{"Great news, finally!", "Most read"},
	},
	"https://example.net/missing-page": {
		File: "missing.html",
		With: []string{"anything"},
	},
}
