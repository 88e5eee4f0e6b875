package eval

import (
	"sort"
	"strings"
	"time"
	"unicode"
)

// The timeline metrics of tilse (Martschat and Markert 2017), as news-tls (Ghalandari and
// Ifrim 2020) reports them: date F1, concat ROUGE and align+ m:1 ROUGE, each against one
// gold timeline. tilse's own functions are named beside the code that follows them.

// TLSEntry is one date of a timeline with its summary sentences.
type TLSEntry struct {
	Day       time.Time // UTC midnight
	Sentences []string
}

// TLSTimeline is a timeline summary, sorted by day with one entry per day.
type TLSTimeline []TLSEntry

// tlsScore is one predicted timeline scored against one gold timeline.
type tlsScore struct {
	Date             PRF // exact day matches
	Concat1, Concat2 PRF // ROUGE-1 and ROUGE-2 of all sentences against all sentences
	Align1, Align2   PRF // ROUGE-1 and ROUGE-2, align+ m:1
}

// tlsDay is a timeline date prepared for scoring.
type tlsDay struct {
	day    int64          // days since 1970-01-01, like Python's date ordinals up to a constant
	toks   []string       // what ROUGE-1.5.5 scores
	approx map[string]int // what tilse's ROUGE approximation counts
}

// scoreTLS scores pred against gold. Where tilse would divide by zero or fail (an empty
// timeline, a prediction without one bigram), the affected figures are 0.
func scoreTLS(pred, gold TLSTimeline) tlsScore {
	p, g := tlsDays(pred), tlsDays(gold)
	var s tlsScore

	// news-tls's evaluate_dates.
	goldDays := map[int64]bool{}
	for _, d := range g {
		goldDays[d.day] = true
	}
	shared := 0
	for _, d := range p {
		if goldDays[d.day] {
			shared++
		}
	}
	s.Date = prf(shared, len(p), len(g))

	// evaluate_concat: one text per timeline, days in order.
	var pt, gt []string
	for _, d := range p {
		pt = append(pt, d.toks...)
	}
	for _, d := range g {
		gt = append(gt, d.toks...)
	}
	s.Concat1 = rougeN(pt, gt, 1).prf()
	s.Concat2 = rougeN(pt, gt, 2).prf()

	// evaluate_align_date_content_costs_many_to_one: precision aligns each predicted date
	// to a gold one, recall each gold date to a predicted one.
	predTo := make([]int, len(p))
	for i := range p {
		predTo[i] = argminCost(len(g), func(j int) float64 { return alignCost(p[i], g[j]) })
	}
	goldTo := make([]int, len(g))
	for j := range g {
		goldTo[j] = argminCost(len(p), func(i int) float64 { return alignCost(p[i], g[j]) })
	}
	s.Align1 = alignPRF(p, g, predTo, goldTo, 1)
	s.Align2 = alignPRF(p, g, predTo, goldTo, 2)
	return s
}

// tlsDays prepares a timeline's dates in order, merging any repeated day.
func tlsDays(tl TLSTimeline) []tlsDay {
	sents := map[int64][]string{}
	var days []int64
	for _, e := range tl {
		y, m, d := e.Day.Date()
		n := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
		if _, ok := sents[n]; !ok {
			days = append(days, n)
		}
		sents[n] = append(sents[n], e.Sentences...)
	}
	sort.Slice(days, func(a, b int) bool { return days[a] < days[b] })
	out := make([]tlsDay, len(days))
	for i, n := range days {
		out[i] = tlsDay{day: n, toks: rougeSummaryTokens(sents[n]), approx: approxCounts(sents[n])}
	}
	return out
}

// alignPRF is align+ m:1 ROUGE-N: each aligned pair's hits weighted by 1/(days apart + 1),
// summed over the pairs and divided by the summed peer (precision) or model (recall)
// n-gram totals, as _evaluate_per_day_mapping_micro does.
func alignPRF(p, g []tlsDay, predTo, goldTo []int, n int) PRF {
	var hitP, peer, hitR, model float64
	for i, j := range predTo {
		if j < 0 {
			continue
		}
		c := rougeN(p[i].toks, g[j].toks, n)
		hitP += dateWeight(p[i], g[j]) * c.Hit
		peer += c.Peer
	}
	for j, i := range goldTo {
		if i < 0 {
			continue
		}
		c := rougeN(p[i].toks, g[j].toks, n)
		hitR += dateWeight(p[i], g[j]) * c.Hit
		model += c.Model
	}
	return newPRF(fratio(hitP, peer), fratio(hitR, model))
}

func dateWeight(a, b tlsDay) float64 {
	d := a.day - b.day
	if d < 0 {
		d = -d
	}
	return 1 / float64(d+1)
}

// alignCost is tilse's _get_date_content_costs for one predicted and one gold date.
func alignCost(pred, gold tlsDay) float64 {
	return (1 - dateWeight(pred, gold)) * (1 - approxF1(pred.approx, gold.approx))
}

// argminCost returns the index of the least of n costs, the first on ties as numpy's
// argmin, or -1 if there are none.
func argminCost(n int, cost func(int) float64) int {
	best, bestCost := -1, 0.0
	for k := 0; k < n; k++ {
		if c := cost(k); best < 0 || c < bestCost {
			best, bestCost = k, c
		}
	}
	return best
}

// pyPunctuation is Python's string.punctuation.
const pyPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// approxCounts counts the tokens tilse's compute_rouge_approximation sees: the sentences
// split as Python's str.split does, case and all. tilse drops a token when it is "in"
// string.punctuation, which for strings means a substring of it, so "()" goes as well
// as ".".
func approxCounts(sents []string) map[string]int {
	c := map[string]int{}
	for _, s := range sents {
		for _, t := range strings.FieldsFunc(s, pySpace) {
			if !strings.Contains(pyPunctuation, t) {
				c[t]++
			}
		}
	}
	return c
}

// pySpace reports whether Python's str.split splits at r: Go's white space and the
// four ASCII information separators.
func pySpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f
}

// approxF1 is compute_rouge_approximation's ROUGE-1 F1 against a single reference.
func approxF1(pred, gold map[string]int) float64 {
	match, np, ng := 0, 0, 0
	for t, k := range pred {
		match += min(k, gold[t])
		np += k
	}
	for _, k := range gold {
		ng += k
	}
	return newPRF(ratio(match, np), ratio(match, ng)).F
}

func (c rougeCounts) prf() PRF {
	return newPRF(fratio(c.Hit, c.Peer), fratio(c.Hit, c.Model))
}

// newPRF completes precision and recall with their F1.
func newPRF(p, r float64) PRF {
	s := PRF{P: p, R: r}
	if p+r > 0 {
		s.F = 2 * p * r / (p + r)
	}
	return s
}

func fratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// meanTLS averages scores over timelines as news-tls does: precision and recall are
// averaged, and F1 is taken from the averages.
func meanTLS(scores []tlsScore) tlsScore {
	if len(scores) == 0 {
		return tlsScore{}
	}
	var sum [5]PRF
	for _, s := range scores {
		for k, x := range [5]PRF{s.Date, s.Concat1, s.Concat2, s.Align1, s.Align2} {
			sum[k].P += x.P
			sum[k].R += x.R
		}
	}
	n := float64(len(scores))
	var m [5]PRF
	for k := range sum {
		m[k] = newPRF(sum[k].P/n, sum[k].R/n)
	}
	return tlsScore{Date: m[0], Concat1: m[1], Concat2: m[2], Align1: m[3], Align2: m[4]}
}
