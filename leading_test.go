package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"storyline/data/actor"
	"storyline/model"
)

// savedTimeline is what leadingActorsHoldNoJunk reads of a timeline the command printed.
type savedTimeline struct {
	Actors []struct {
		ID, Name string
		Kind     model.ActorKind
	}
	Events []struct{ Actors []string }
}

// creditedName finds the journalists a corpus credits in its own words: "By Jim Muir",
// "(Reporting by Mohammed Abbas ...; Writing by Alastair Macdonald)". The test reads them
// apart from the extractor, so that what it checks is not what the extractor decided.
var creditedName = regexp.MustCompile(`(?:(?:^|\n)\s*(?:By|BY)\s+|(?:[Rr]eporting|[Ww]riting|[Ee]diting) by )([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,2})`)

// leadingActorsHoldNoJunk checks the 50 actors with most events in a timeline the command
// made of the JSON Lines corpus src, as its explorer lists them: no journalist the corpus
// credits, no dateline (a town in capitals), no people's or region's adjective, and no
// place of several words typed as a person ("Bani Walid").
func leadingActorsHoldNoJunk(t *testing.T, src, saved string) {
	t.Helper()
	junk, err := leadingJunk(src, saved)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	for _, j := range junk {
		t.Errorf("%s: %s", src, j)
	}
}

// leadingJunk is what leadingActorsHoldNoJunk finds wrong, one line each.
func leadingJunk(src, saved string) ([]string, error) {
	var tl savedTimeline
	if err := json.Unmarshal([]byte(saved), &tl); err != nil {
		return nil, err
	}
	credited := map[string]bool{}
	f, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lines := bufio.NewScanner(f)
	lines.Buffer(nil, 1<<24)
	for lines.Scan() {
		var a struct{ Text string }
		if json.Unmarshal(lines.Bytes(), &a) == nil {
			for _, m := range creditedName.FindAllStringSubmatch(a.Text, -1) {
				credited[m[1]] = true
			}
		}
	}
	count := map[string]int{}
	for _, e := range tl.Events {
		for _, id := range e.Actors {
			count[id]++
		}
	}
	byCount := slices.Clone(tl.Actors)
	slices.SortStableFunc(byCount, func(a, b struct {
		ID, Name string
		Kind     model.ActorKind
	}) int {
		return count[b.ID] - count[a.ID]
	})
	g := actor.DefaultGazetteer()
	var junk []string
	for _, a := range byCount[:min(50, len(byCount))] {
		first, _, multi := strings.Cut(a.Name, " ")
		switch {
		case credited[a.Name]:
			junk = append(junk, fmt.Sprintf("the credited journalist %q is a leading actor (%d events)", a.Name, count[a.ID]))
		case a.Name == strings.ToUpper(a.Name) && len(a.Name) > 3 && g.KnowsPlace(a.Name):
			junk = append(junk, fmt.Sprintf("the dateline %q is a leading actor (%d events)", a.Name, count[a.ID]))
		case !multi && g.KnowsAdjective(a.Name):
			junk = append(junk, fmt.Sprintf("the adjective %q is a leading actor (%d events)", a.Name, count[a.ID]))
		case a.Kind == model.KindPerson && multi && !g.GivenName(first) && g.KnowsPlace(a.Name):
			junk = append(junk, fmt.Sprintf("the place %q is a person (%d events)", a.Name, count[a.ID]))
		}
	}
	return junk, lines.Err()
}

// The check finds each kind of junk it looks for.
func TestLeadingJunkIsFound(t *testing.T) {
	src := writeFile(t, "corpus.jsonl", `{"text":"By Jim Muir\nTRIPOLI (Reuters) - Rebels left Bani Walid."}`+"\n")
	saved := `{"actors":[{"id":"jim-muir","name":"Jim Muir","kind":"person"},{"id":"tripoli","name":"TRIPOLI","kind":"organization"},` +
		`{"id":"arab","name":"Arab","kind":"organization"},{"id":"bani-walid","name":"Bani Walid","kind":"person"},{"id":"nato","name":"NATO","kind":"organization"},` +
		`{"id":"west","name":"West","kind":"organization"},{"id":"western","name":"Western","kind":"organization"}],` +
		`"events":[{"actors":["jim-muir","tripoli","arab","bani-walid","nato","west","western"]}]}`
	junk, err := leadingJunk(src, saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(junk) != 5 { // not NATO, nor "the West", the Western powers
		t.Errorf("found %d of 5:\n%s", len(junk), strings.Join(junk, "\n"))
	}
}
