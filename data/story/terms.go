package story

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	porterstemmer "github.com/blevesearch/go-porterstemmer"

	"storyline/model"
)

// vector is a sentence's terms with their TF-IDF weights, sorted by term, and its norm.
type vector struct {
	terms   []int32
	weights []float64
	norm    float64
}

// vocab numbers the stemmed words of a corpus and counts the events each occurs in.
type vocab struct {
	ids   map[string]int32 // stem -> term
	forms map[string]int32 // lower-cased word -> term, so that each form is stemmed once
	df    []int
	n     int // events counted
	buf   []byte
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}, forms: map[string]int32{}} }

// add counts a text's distinct terms and returns their ids with their counts in it. The
// terms are the stems of its words of two letters or more, lower-cased: stemmed so that
// "strikes" and "striking" meet, long enough that initials and tokenisers' stray letters
// do not.
func (v *vocab) add(s string) map[int32]int {
	tf := map[int32]int{}
	word := func() {
		if utf8.RuneCount(v.buf) >= 2 {
			id := v.term()
			if tf[id] == 0 {
				v.df[id]++
			}
			tf[id]++
		}
		v.buf = v.buf[:0]
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			v.buf = utf8.AppendRune(v.buf, unicode.ToLower(r))
		} else if len(v.buf) > 0 {
			word()
		}
	}
	word()
	v.n++
	return tf
}

// term is the id of the word in buf.
func (v *vocab) term() int32 {
	if id, ok := v.forms[string(v.buf)]; ok {
		return id
	}
	form := string(v.buf)
	stem := porterstemmer.StemString(form)
	id, ok := v.ids[stem]
	if !ok {
		id = int32(len(v.df))
		v.ids[stem] = id
		v.df = append(v.df, 0)
	}
	v.forms[form] = id
	return id
}

// termIndex holds the terms of every report of a timeline, by event ID, for the steps of
// Build to share: tokenising and stemming a corpus costs more than comparing it.
type termIndex struct {
	v  *vocab
	tf map[string]map[int32]int
}

// indexTerms numbers the terms in the order of the reports' IDs, not of the timeline,
// whose order follows the documents': sums over terms then add in the same order however
// the corpus was read, and their last bits cannot tip a choice one way or the other.
func indexTerms(t *model.Timeline) *termIndex {
	var reps []*model.Event
	for i := range t.Events {
		reps = append(reps, t.Events[i].Reports()...)
	}
	slices.SortFunc(reps, func(a, b *model.Event) int { return strings.Compare(a.ID, b.ID) })
	x := &termIndex{v: newVocab(), tf: make(map[string]map[int32]int, len(reps))}
	for _, r := range reps {
		x.tf[r.ID] = x.v.add(r.Text)
	}
	return x
}

// selective reports whether few enough events use the term for it to tell reports apart:
// at most one in twenty of them, or fifty, whichever is more.
func (x *termIndex) selective(term int32) bool {
	return x.v.df[term] <= max(50, x.v.n/20)
}

// vector is the TF-IDF vector of a report.
func (x *termIndex) vector(e *model.Event) vector { return x.v.vector(x.tf[e.ID]) }

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
