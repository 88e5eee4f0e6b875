package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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

// meantimeDir is the repository's copy of MEANTIME's Apple articles (CC BY 4.0, see its
// LICENSE.txt), so that the accuracy figures are checked wherever the tests run.
var meantimeDir = filepath.Join("testdata", "meantime-apple")

// TestMEANTIMECorpus keeps the time-expression figures on MEANTIME from slipping below
// what the README reports.
func TestMEANTIMECorpus(t *testing.T) {
	var out bytes.Buffer
	if err := MEANTIME([]string{meantimeDir}, Options{Out: &out}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "30 documents, 81 gold") {
		t.Errorf("unexpected report:\n%s", out.String())
	}
	m := regexp.MustCompile(`value F1 ([0-9.]+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no value F1 in:\n%s", out.String())
	}
	if f, _ := strconv.ParseFloat(m[1], 64); f < 0.86 {
		t.Errorf("MEANTIME value F1 %.3f fell below 0.860\n%s", f, out.String())
	}
}

// The copy must not drift from the shared corpus where that sits beside the repository.
func TestMEANTIMECopyMatchesShared(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "corpora", "meantime-apple")
	files, err := filepath.Glob(filepath.Join(shared, "*.xml"))
	if err != nil || len(files) == 0 {
		t.Skipf("shared corpus not beside the repository; nothing to compare")
	}
	for _, f := range files {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join(meantimeDir, filepath.Base(f)))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs from the shared corpus", filepath.Base(f))
		}
	}
}
