package eval

import (
	"maps"
	"math"
	"testing"
	"time"
)

func jan(d int) time.Time { return time.Date(2010, time.January, d, 0, 0, 0, 0, time.UTC) }

func checkPRF(t *testing.T, name string, got PRF, p, r float64) {
	t.Helper()
	want := newPRF(p, r)
	if !tlsNear(got.P, want.P) || !tlsNear(got.R, want.R) || !tlsNear(got.F, want.F) {
		t.Errorf("%s = %+v, want %+v", name, got, want)
	}
}

func TestScoreTLS(t *testing.T) {
	gold := TLSTimeline{
		{jan(1), []string{"Police arrest the suspect ."}},          // polic arrest suspect
		{jan(3), []string{"The suspect is charged with murder ."}}, // suspect charg murder
		{jan(5), []string{"A trial date is set ."}},                // trial date set
	}
	pred := TLSTimeline{
		{jan(1), []string{"Police arrest a suspect ."}},     // polic arrest suspect
		{jan(4), []string{"Suspect charged with murder ."}}, // suspect charg murder
	}
	s := scoreTLS(pred, gold)

	// Only 1 January is in both: P 1/2, R 1/3, F 0.4.
	checkPRF(t, "date", s.Date, 1.0/2, 1.0/3)
	if !tlsNear(s.Date.F, 0.4) {
		t.Errorf("date F = %v, want 0.4", s.Date.F)
	}

	// Concat: the prediction's 6 unigrams all hit the gold's 9; its 5 bigrams
	// (suspect-suspect across the two days among them) all hit the gold's 8.
	checkPRF(t, "concat R1", s.Concat1, 1, 6.0/9)
	checkPRF(t, "concat R2", s.Concat2, 1, 5.0/8)

	// align+ m:1, costs (1 - 1/(days+1)) x (1 - F1 of whitespace tokens, case kept):
	//   4 Jan to 1 Jan: 3/4 x (1-0) = 0.75 ("Suspect" is not "suspect")
	//   4 Jan to 3 Jan: 1/2 x (1-0.6) = 0.2 (charged, with, murder: P 3/4, R 3/6)
	//   4 Jan to 5 Jan: 1/2 x (1-0) = 0.5
	//   1 Jan to 1 Jan: 0; 1 Jan to 3 Jan: 2/3 x 0.8; 1 Jan to 5 Jan: 4/5 x 1.
	// Precision: 1 Jan -> 1 Jan (3 hits of 3), 4 Jan -> 3 Jan (3 hits of 3, weight 1/2):
	// P = (3 + 1.5) / 6 = 0.75. Recall: 1 Jan <- 1 Jan (3 of 3), 3 Jan <- 4 Jan (3 of 3,
	// weight 1/2), 5 Jan <- 4 Jan (0 of 3): R = 4.5 / 9 = 0.5.
	checkPRF(t, "align R1", s.Align1, 0.75, 0.5)
	// Bigrams, 2 a day: P = (2 + 1) / 4, R = (2 + 1 + 0) / 6.
	checkPRF(t, "align R2", s.Align2, 0.75, 0.5)
}

func TestScoreTLSAlignment(t *testing.T) {
	// 3 Jan is as far from 2 as from 4 January and shares no whitespace token with
	// either, so both cost 1/2 and the first, 2 January, is taken. ROUGE then finds
	// polic and arrest in it: recall 2 hits x 1/2 of 3.
	gold := TLSTimeline{{jan(3), []string{"Police arrested men"}}}
	pred := TLSTimeline{
		{jan(2), []string{"police arrests"}},   // polic arrest
		{jan(4), []string{"storm hits coast"}}, // storm hit coast
	}
	s := scoreTLS(pred, gold)
	checkPRF(t, "tie R1", s.Align1, 1.0/(2+3), 1.0/3)
	checkPRF(t, "tie date", s.Date, 0, 0)

	// Content outweighs distance: 10 January costs 4/5 x 0 against 6 January, whose
	// summary is the same, and 1/2 x 1 against 9 January. Its 3 unigrams are hit 3 times
	// at weight 1/5. On the precision side both days go to the one gold date.
	gold = TLSTimeline{{jan(10), []string{"Parliament passes budget"}}}
	pred = TLSTimeline{
		{jan(6), []string{"Parliament passes budget"}},
		{jan(9), []string{"storm hits coast"}},
	}
	s = scoreTLS(pred, gold)
	checkPRF(t, "content R1", s.Align1, 0.6/(3+3), 0.6/3)

	// The alignment keeps case, ROUGE does not: "Parliament" is not "parliament", so 6
	// January now costs 4/5 and the empty-handed 9 January, at 1/2, is taken for recall.
	gold = TLSTimeline{{jan(10), []string{"Parliament Passes Budget"}}}
	pred[0].Sentences = []string{"parliament passes budget"}
	s = scoreTLS(pred, gold)
	checkPRF(t, "case R1", s.Align1, 0.6/(3+3), 0)
}

func TestApproxCounts(t *testing.T) {
	// Python's `in string.punctuation` is a substring test: "()" goes, "--" and "..." stay.
	// str.split also splits at \x1c, which Go does not count as space.
	got := approxCounts([]string{"A ( b ) () -- ... b", "\x1cB"})
	want := map[string]int{"A": 1, "b": 2, "--": 1, "...": 1, "B": 1}
	if !maps.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestScoreTLSEmpty(t *testing.T) {
	gold := TLSTimeline{{jan(1), []string{"Police arrest the suspect ."}}}
	for _, pred := range []TLSTimeline{nil, {{jan(1), nil}}} {
		s := scoreTLS(pred, gold)
		for _, x := range []PRF{s.Date, s.Concat1, s.Concat2, s.Align1, s.Align2} {
			for _, v := range []float64{x.P, x.R, x.F} {
				if math.IsNaN(v) {
					t.Fatalf("NaN in %+v", s)
				}
			}
		}
		if s.Concat1 != (PRF{}) || s.Align1 != (PRF{}) || s.Align2 != (PRF{}) {
			t.Errorf("pred %v: %+v, want zero ROUGE", pred, s)
		}
	}
	if s := scoreTLS(nil, gold); s != (tlsScore{}) {
		t.Errorf("empty prediction: %+v", s)
	}
}

func TestMeanTLS(t *testing.T) {
	m := meanTLS([]tlsScore{
		{Date: PRF{P: 0.5, R: 1, F: 2.0 / 3}},
		{Date: PRF{P: 1, R: 0, F: 0}},
	})
	// P 0.75 and R 0.5 give F 0.6, not the mean of the F scores (1/3).
	checkPRF(t, "mean date", m.Date, 0.75, 0.5)
	if (meanTLS(nil) != tlsScore{}) {
		t.Error("mean of nothing is not zero")
	}
}
