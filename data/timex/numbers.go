package timex

import (
	"strconv"
	"strings"
)

// amount reads a number at i: digits ("90", "1.5"), number words ("two", "twenty-five",
// "twenty five", "two and a half"), "a"/"an" when allowA, or a vague quantity ("several",
// "a few", "dozens of") which sets x. It returns the token after the amount.
func (t *tagger) amount(i int, allowA bool) (n float64, x bool, j int, ok bool) {
	w := t.wd(i)
	if w == "" {
		return 0, false, i, false
	}
	if t.isNum(i) {
		v, ok := plainNumber(w)
		if !ok {
			return 0, false, i, false
		}
		return v + t.fraction(i+1), false, t.pastFraction(i + 1), true
	}
	switch w {
	case "a", "an":
		switch t.wd(i + 1) {
		case "few":
			return 0, true, i + 2, true
		case "couple":
			if t.is(i+2, "of") {
				return 2, false, i + 3, true
			}
			return 2, false, i + 2, true
		case "dozen":
			return 12, false, i + 2, true
		case "half":
			return 0.5, false, i + 2, true
		case "additional", "extra", "further":
			// "a further two years", "an additional year": the time added.
			if n, x, j, ok := t.amount(i+2, false); ok && j > i+2 {
				return n, x, j, true
			}
			if allowA {
				return 1, false, i + 2, true
			}
		}
		if allowA {
			return 1, false, i + 1, true
		}
		return 0, false, i, false
	case "half":
		if t.is(i+1, "a", "an") {
			return 0.5, false, i + 2, true
		}
		return 0.5, false, i + 1, true
	case "couple":
		if t.is(i+1, "of") {
			return 2, false, i + 2, true
		}
	}
	in := t.info(i)
	switch {
	case in.flags&isVagueAmount != 0:
		return 0, true, i + 1, true
	case in.flags&isMultiple != 0:
		if t.is(i+1, "of") {
			return 0, true, i + 2, true
		}
		return 0, false, i, false
	}
	if in.flags&isNumber == 0 {
		return 0, false, i, false
	}
	v := in.number
	j = i + 1
	if v >= 20 && v < 100 && v%10 == 0 {
		// "twenty-five", "twenty five"
		k := j
		if t.is(k, "-") && t.tight(k) && t.tight(k+1) {
			k++
		}
		if u := t.info(k); u.flags&isNumber != 0 && u.number >= 1 && u.number <= 9 {
			v += u.number
			j = k + 1
		}
	}
	if v < 100 && t.is(j, "hundred") {
		v *= 100
		j++
	}
	n = float64(v)
	if t.is(j, "and") && t.is(j+1, "a") && t.is(j+2, "half") {
		n += 0.5
		j += 3
	}
	return n, false, j, true
}

// fraction is the vulgar fraction written after a whole number at i ("2 1/2", "3½"), or 0.
func (t *tagger) fraction(i int) float64 {
	if t.is(i, "½") && t.tight(i) {
		return 0.5
	}
	if t.is(i+1, "/") && t.isNum(i) && t.isNum(i+2) && !t.tight(i) && t.tight(i+1) && t.tight(i+2) {
		num, ok1 := plainNumber(t.wd(i))
		den, ok2 := plainNumber(t.wd(i + 2))
		if ok1 && ok2 && den > num && (den == 2 || den == 3 || den == 4) {
			return num / den
		}
	}
	return 0
}

// pastFraction is the token after the fraction at i, or i when there is none.
func (t *tagger) pastFraction(i int) int {
	switch {
	case t.fraction(i) == 0:
		return i
	case t.is(i, "½"):
		return i + 1
	}
	return i + 3
}

// plainNumber parses "90", "1,000", "1.5"; not clock times, ordinals or decades.
func plainNumber(s string) (float64, bool) {
	if strings.ContainsAny(s, ":abcdefghijklmnopqrstuvwxyz") {
		return 0, false
	}
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// ordinal reads "30th", "third", "twenty-first" at i.
func (t *tagger) ordinal(i int) (int, int, bool) {
	w := t.wd(i)
	if t.isNum(i) {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasSuffix(w, suf) {
				n, err := strconv.Atoi(w[:len(w)-2])
				return n, i + 1, err == nil
			}
		}
		return 0, i, false
	}
	in := t.info(i)
	if in.flags&isOrdinal != 0 {
		return in.ordinal, i + 1, true
	}
	if tens := in.number; in.flags&isNumber != 0 && tens >= 20 && tens < 100 && tens%10 == 0 {
		k := i + 1
		if t.is(k, "-") {
			k++
		}
		if u := t.info(k); u.flags&isOrdinal != 0 && u.ordinal < 10 {
			return tens + u.ordinal, k + 1, true
		}
	}
	return 0, i, false
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// intToken reads a plain integer token (no separators, no suffix) and its digit count.
func (t *tagger) intToken(i int) (int, int, bool) {
	if !t.isNum(i) {
		return 0, 0, false
	}
	w := t.lw(i)
	if len(w) > 9 {
		return 0, 0, false
	}
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(w), true
}
