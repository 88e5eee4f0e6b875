package sample

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// The repository carries its own copy of the shared fixture so that tests run anywhere;
// where the shared folder is present, the copies must not drift apart.
func TestMatchesSharedFixture(t *testing.T) {
	shared, err := os.ReadFile("../../../shared/fixtures/caspian-strikes-2015.txt")
	if err != nil {
		t.Skipf("shared fixture not beside the repository (%v); nothing to compare", err)
	}
	if !bytes.HasSuffix(Article, shared) {
		t.Fatal("data/sample/caspian-strikes-2015.md body differs from ../shared/fixtures/caspian-strikes-2015.txt")
	}
	gold, err := os.ReadFile("../../../shared/fixtures/caspian-strikes-2015.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gold, GoldJSON) {
		t.Fatal("gold annotation differs from the shared fixture")
	}
}

func TestLoadGold(t *testing.T) {
	g, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	if g.Published != "2015-10-07" || len(g.Events) != 8 || len(g.Quotes) != 4 || len(g.Claims) != 8 || len(g.Timexes) != 7 {
		t.Fatalf("unexpected gold shape: %+v", g)
	}
}

func TestTextIsTheBody(t *testing.T) {
	if !strings.HasPrefix(Text(), "Russian warships launched missiles") || strings.Contains(Text(), "---") {
		t.Fatalf("Text() = %.60q", Text())
	}
	if !bytes.HasSuffix(Article, []byte(Text())) {
		t.Fatal("Text must be the end of Article")
	}
}
