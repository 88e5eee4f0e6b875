package story

import (
	"math"
	"slices"
	"strings"
	"unicode"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// vector is a sentence's terms with their TF-IDF weights, sorted by term, and its norm.
type vector struct {
	terms   []int32
	weights []float64
	norm    float64
}

// vocab numbers the stemmed words of a corpus and counts the events each occurs in.
type vocab struct {
	ids map[string]int32
	df  []int
	n   int // events counted
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}} }

// words are the stems of s's words of two letters or more, lower-cased: stemmed so that
// "strikes" and "struck"'s neighbours "striking" meet, long enough that initials and
// tokenisers' stray letters do not.
func words(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len([]rune(f)) < 2 {
			continue
		}
		out = append(out, porterstemmer.StemString(f))
	}
	return out
}

// add counts a text's distinct terms and returns their ids with their counts in it.
func (v *vocab) add(s string) map[int32]int {
	tf := map[int32]int{}
	for _, w := range words(s) {
		id, ok := v.ids[w]
		if !ok {
			id = int32(len(v.df))
			v.ids[w] = id
			v.df = append(v.df, 0)
		}
		if tf[id] == 0 {
			v.df[id]++
		}
		tf[id]++
	}
	v.n++
	return tf
}

// idf is the smoothed inverse document frequency of a term over the events counted, plus
// one (as scikit-learn's TfidfVectorizer has it): a word every event of a small corpus
// shares ("Houla" in three reports of Houla) still counts for something.
func (v *vocab) idf(id int32) float64 {
	return math.Log(float64(v.n+1)/float64(v.df[id]+1)) + 1
}

// vector weighs term counts by idf: words every report uses ("said", "the") weigh little
// next to names and numbers, so no stop-word list is needed.
func (v *vocab) vector(tf map[int32]int) vector {
	w := make(map[int32]float64, len(tf))
	for id, n := range tf {
		w[id] = (1 + math.Log(float64(n))) * v.idf(id)
	}
	return fromWeights(w)
}

// fromWeights is the vector of the given term weights.
func fromWeights(w map[int32]float64) vector {
	out := vector{terms: make([]int32, 0, len(w))}
	for id := range w {
		out.terms = append(out.terms, id)
	}
	slices.Sort(out.terms)
	out.weights = make([]float64, len(out.terms))
	var sq float64
	for i, id := range out.terms {
		out.weights[i] = w[id]
		sq += w[id] * w[id]
	}
	out.norm = math.Sqrt(sq)
	return out
}

// cosine of two vectors; 0 when either is empty.
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			dot += a.weights[i] * b.weights[j]
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

// centroid is the weighted mean of the vectors, normalised; nil weights weigh all alike.
func centroid(vs []vector, weights []float64) vector {
	sum := map[int32]float64{}
	for k, v := range vs {
		if v.norm == 0 {
			continue
		}
		w := 1.0
		if weights != nil {
			w = weights[k]
		}
		for i, id := range v.terms {
			sum[id] += w * v.weights[i] / v.norm
		}
	}
	return fromWeights(sum)
}
