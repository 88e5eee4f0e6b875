package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const bratMini = "../testdata/brat/mini"

func TestReadBratVariants(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []string // per attribution: "source|cue|content"
	}{
		{"events.ann", []string{
			`Mayor Ana Ruiz|said|"The bridge will reopen in March," "We owe that to the people who cross it every day."`,
			`Engineers|said|the repairs had cost twice the original estimate`}},
		{"relation.ann", []string{
			`a police spokesman|said|"Nobody was hurt."`,
			`She|told|that she "never saw the car" before the crash`}},
		{"attributes.ann", []string{
			`the general|said|"We are ready,"`,
			`a spokesman|said|the army was "on alert"`}},
		{"polnear2/attributions/city_2016-03-02_mayor-says-bridge_9c1e.ann", []string{
			// two events sharing one Source stay two attributions
			`Mayor|says|bridge plan 'a disaster waiting to happen.'`,
			`City Mayor Ana Ruiz|said|that the plan was "a disaster waiting to happen,"`,
			`City Mayor Ana Ruiz|adding|that engineers had warned her`,
			`Ruiz|told|“We were told it would hold. It did not hold,” “Nobody wants to hear ‘I told you so’ now.”`,
			`council member Tom Berg (D-Ward 3)|said|"The council did its job. The council followed the advice it had. The council is not to blame," "Ask the contractor."`}},
		{"polnear/attributions/wire_2016-01-01_police-say_4b22.ann", []string{
			`a police spokesman|said|"Nobody was hurt."`,
			`She|told|that she "never saw the car" before the crash`}},
	} {
		doc, err := ReadBrat(filepath.Join(bratMini, tc.file))
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		var got []string
		for _, a := range doc.Attributions {
			got = append(got, SpansText(doc.Text, a.Source)+"|"+SpansText(doc.Text, a.Cue)+"|"+SpansText(doc.Text, a.Content))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.file, got, tc.want)
		}
	}
}

func TestReadBratCodePointsAndErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Offsets count code points: the curly marks and the é are one each.
	write("a.txt", "“Très bien,” dit-elle.")
	write("a.ann", "T1\tContent 0 12\t“Très bien,”\nT2\tSource 17 21\telle\nR1\tSOURCE Arg1:T1 Arg2:T2\n")
	doc, err := ReadBrat(filepath.Join(dir, "a.ann"))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Attributions) != 1 || SpansText(doc.Text, doc.Attributions[0].Content) != "“Très bien,”" ||
		SpansText(doc.Text, doc.Attributions[0].Source) != "elle" {
		t.Errorf("got %+v", doc.Attributions)
	}
	write("b.txt", "short")
	write("b.ann", "T1\tContent 0 50\ttoo long\n")
	if _, err := ReadBrat(filepath.Join(dir, "b.ann")); err == nil || !strings.Contains(err.Error(), "b.ann:1") {
		t.Errorf("want a line-numbered span error, got %v", err)
	}
	write("c.ann", "T1\tContent 0 1\tx\n")
	if _, err := ReadBrat(filepath.Join(dir, "c.ann")); err == nil {
		t.Error("want an error for a missing text")
	}
}
