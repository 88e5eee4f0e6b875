package eval

import "sort"

// TimexItem is a time expression to score, gold or system, with code-point offsets.
type TimexItem struct {
	Start, End int
	Text       string
	Type       string
	Value      string
	Mod        string
}

func (a TimexItem) overlap(b TimexItem) int {
	return min(a.End, b.End) - max(a.Start, b.Start)
}

// TimexPair links a gold expression to the system expression matched with it.
type TimexPair struct {
	Gold, Sys int // indexes into the gold and system lists
	Exact     bool
}

// MatchTimexes pairs gold and system expressions one to one, as TempEval-3 does: each gold
// expression is matched to at most one system expression and vice versa; exact extents
// are paired first, then overlapping ones, largest overlap first (earliest on ties).
func MatchTimexes(gold, sys []TimexItem) []TimexPair {
	usedG := make([]bool, len(gold))
	usedS := make([]bool, len(sys))
	var pairs []TimexPair
	for g := range gold {
		for s := range sys {
			if !usedS[s] && gold[g].Start == sys[s].Start && gold[g].End == sys[s].End {
				pairs = append(pairs, TimexPair{g, s, true})
				usedG[g], usedS[s] = true, true
				break
			}
		}
	}
	type cand struct{ g, s, ov int }
	var cands []cand
	for g := range gold {
		if usedG[g] {
			continue
		}
		for s := range sys {
			if ov := gold[g].overlap(sys[s]); !usedS[s] && ov > 0 {
				cands = append(cands, cand{g, s, ov})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].ov != cands[j].ov {
			return cands[i].ov > cands[j].ov
		}
		if cands[i].g != cands[j].g {
			return cands[i].g < cands[j].g
		}
		return cands[i].s < cands[j].s
	})
	for _, c := range cands {
		if usedG[c.g] || usedS[c.s] {
			continue
		}
		pairs = append(pairs, TimexPair{c.g, c.s, false})
		usedG[c.g], usedS[c.s] = true, true
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].Gold < pairs[j].Gold })
	return pairs
}

// TimexCounts are the TempEval-3 task A counts, summed over documents.
type TimexCounts struct {
	Gold, Sys       int // expressions in each list
	Strict, Relaxed int // exact-extent and overlapping one-to-one matches
	TypeOK, ValueOK int // relaxed matches whose type / value agree
}

// ScoreTimexes counts one document.
func ScoreTimexes(gold, sys []TimexItem) (TimexCounts, []TimexPair) {
	pairs := MatchTimexes(gold, sys)
	c := TimexCounts{Gold: len(gold), Sys: len(sys), Relaxed: len(pairs)}
	for _, p := range pairs {
		g, s := gold[p.Gold], sys[p.Sys]
		if p.Exact {
			c.Strict++
		}
		if g.Type == s.Type {
			c.TypeOK++
		}
		if g.Value == s.Value {
			c.ValueOK++
		}
	}
	return c, pairs
}

// Add sums counts.
func (c *TimexCounts) Add(o TimexCounts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.TypeOK += o.TypeOK
	c.ValueOK += o.ValueOK
}

// PRF is precision, recall and F1.
type PRF struct{ P, R, F float64 }

func prf(match, sys, gold int) PRF {
	var r PRF
	if sys > 0 {
		r.P = float64(match) / float64(sys)
	}
	if gold > 0 {
		r.R = float64(match) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// StrictPRF scores exact extents.
func (c TimexCounts) StrictPRF() PRF { return prf(c.Strict, c.Sys, c.Gold) }

// RelaxedPRF scores overlapping extents.
func (c TimexCounts) RelaxedPRF() PRF { return prf(c.Relaxed, c.Sys, c.Gold) }

// TypeAccuracy is the share of relaxed matches with the right type.
func (c TimexCounts) TypeAccuracy() float64 { return ratio(c.TypeOK, c.Relaxed) }

// ValueAccuracy is the share of relaxed matches with the right value.
func (c TimexCounts) ValueAccuracy() float64 { return ratio(c.ValueOK, c.Relaxed) }

// TypeF1 is TempEval-3's type score: relaxed F1 times type accuracy.
func (c TimexCounts) TypeF1() float64 { return c.RelaxedPRF().F * c.TypeAccuracy() }

// ValueF1 is TempEval-3's headline value score: relaxed F1 times value accuracy.
func (c TimexCounts) ValueF1() float64 { return c.RelaxedPRF().F * c.ValueAccuracy() }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
