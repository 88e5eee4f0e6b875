package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTimeMLCommand runs the TimeML scorer on a tiny hand-made document.
func TestTimeMLCommand(t *testing.T) {
	dir := t.TempDir()
	doc := `<?xml version="1.0"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2015-10-07" functionInDocument="CREATION_TIME">2015-10-07</TIMEX3></DCT>
<TEXT>
Russian warships fired missiles on <TIMEX3 tid="t1" type="DATE" value="2015-10-07">Wednesday</TIMEX3>. Strikes have hit targets since <TIMEX3 tid="t2" type="DATE" value="2015-09-30">Sept. 30</TIMEX3>, over <TIMEX3 tid="t3" type="DURATION" value="P2D">the last two days</TIMEX3>. Talks failed in <TIMEX3 tid="t4" type="DATE" value="2014">2014</TIMEX3>.
</TEXT>
</TimeML>`
	if err := os.WriteFile(filepath.Join(dir, "a.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := TimeML([]string{dir}, Options{Verbose: true, Out: &out}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "value F1 1.000") {
		t.Errorf("want a perfect score, got\n%s", out.String())
	}
}

// TestMEANTIMECorpus runs the MEANTIME scorer over the shared corpus when it is present.
func TestMEANTIMECorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpora", "meantime-apple")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	var out bytes.Buffer
	if err := MEANTIME([]string{dir}, Options{Out: &out}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "30 documents, 81 gold") {
		t.Errorf("unexpected report:\n%s", out.String())
	}
}
