package timex

import (
	"embed"
	"strconv"
	"strings"

	"storyline/data/text"
)

//go:embed resources/*.txt
var resources embed.FS

// lexicon holds the normalisation tables, keyed by lower-case token text. It is built once
// from the embedded resource files so that vocabulary changes need no code change.
type lexicon struct {
	months   map[string]int
	weekdays map[string]int
	numbers  map[string]int
	ordinals map[string]int
	units    map[string]string // token -> unit code (D, W, M, Y, TH ...)
	plural   map[string]bool   // unit spellings that are plural
	seasons  map[string]string
	dayparts map[string]string
	clock    map[string][2]int
	zones    map[string]bool
	signals  map[string]bool
	signals2 map[string]bool // two-word signals, "prior to"
	vague    map[string]string
	sets     map[string]string
	occasion map[string]bool // recurring occasions: "conference", "summit"
	sports   map[string]bool // words of a game report: "goal", "inning"
	future   map[string]bool
	past     map[string]bool
	future2  map[[2]string]bool
	holidays map[string][]holiday // by first token
	yearCtx  map[string]map[string]bool
}

type holiday struct {
	words []string // lower-case tokens of the phrase
	rule  string
}

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{
		months: map[string]int{}, weekdays: map[string]int{}, numbers: map[string]int{},
		ordinals: map[string]int{}, units: map[string]string{}, plural: map[string]bool{},
		seasons: map[string]string{}, dayparts: map[string]string{}, clock: map[string][2]int{},
		zones: map[string]bool{}, signals: map[string]bool{}, signals2: map[string]bool{},
		vague: map[string]string{}, sets: map[string]string{}, future: map[string]bool{},
		past: map[string]bool{}, future2: map[[2]string]bool{}, holidays: map[string][]holiday{},
		yearCtx: map[string]map[string]bool{}, occasion: map[string]bool{}, sports: map[string]bool{},
	}
	wordSet("sports.txt", l.sports)
	wordSet("occasions.txt", l.occasion)
	for _, line := range lines("yearcontext.txt") {
		kind, words, _ := strings.Cut(line, ":")
		set := l.yearCtx[kind]
		if set == nil {
			set = map[string]bool{}
			l.yearCtx[kind] = set
		}
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
	}
	intTable("months.txt", l.months)
	intTable("weekdays.txt", l.weekdays)
	intTable("numbers.txt", l.numbers)
	intTable("ordinals.txt", l.ordinals)
	strTable("seasons.txt", l.seasons)
	strTable("dayparts.txt", l.dayparts)
	strTable("vague.txt", l.vague)
	strTable("sets.txt", l.sets)
	for _, line := range lines("units.txt") {
		code, words, _ := strings.Cut(line, ":")
		ws := strings.Fields(words)
		for i, w := range ws {
			l.units[w] = strings.TrimSpace(code)
			// Spellings come in singular, plural pairs.
			l.plural[w] = i%2 == 1
		}
	}
	for _, line := range lines("clock.txt") {
		i := strings.LastIndex(line, ":")
		hm := strings.TrimSpace(line[:i])
		h, m, _ := strings.Cut(hm, ":")
		hh, _ := strconv.Atoi(h)
		mm, _ := strconv.Atoi(m)
		for _, w := range strings.Fields(line[i+1:]) {
			l.clock[w] = [2]int{hh, mm}
		}
	}
	wordSet("timezones.txt", l.zones)
	for _, line := range lines("signals.txt") {
		ws := strings.Fields(line)
		if len(ws) == 2 {
			l.signals2[ws[0]+" "+ws[1]] = true
			continue
		}
		for _, w := range ws {
			l.signals[w] = true
		}
	}
	for _, line := range lines("tense.txt") {
		kind, words, _ := strings.Cut(line, ":")
		for _, w := range strings.Fields(words) {
			a, b, two := strings.Cut(w, "_")
			switch {
			case kind == "future" && two:
				l.future2[[2]string{a, b}] = true
			case kind == "future":
				l.future[w] = true
			case kind == "past":
				l.past[w] = true
			}
		}
	}
	for _, line := range lines("holidays.txt") {
		phrase, rule, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		var words []string
		p := strings.TrimSpace(phrase)
		for _, t := range text.Tokenize(p) {
			words = append(words, strings.ToLower(t.Text(p)))
		}
		if len(words) == 0 {
			continue
		}
		l.holidays[words[0]] = append(l.holidays[words[0]], holiday{words, strings.TrimSpace(rule)})
	}
	return l
}

func lines(name string) []string {
	b, err := resources.ReadFile("resources/" + name)
	if err != nil {
		panic("timex: missing resource " + name) // embedded at build time: cannot happen
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// wordSet adds every word of the resource to set.
func wordSet(name string, set map[string]bool) {
	for _, line := range lines(name) {
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
}

func intTable(name string, m map[string]int) {
	for _, line := range lines(name) {
		k, words, ok := strings.Cut(line, ":")
		n, err := strconv.Atoi(strings.TrimSpace(k))
		if !ok || err != nil {
			continue
		}
		for _, w := range strings.Fields(words) {
			m[w] = n
		}
	}
}

func strTable(name string, m map[string]string) {
	for _, line := range lines(name) {
		k, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, w := range strings.Fields(words) {
			m[w] = strings.TrimSpace(k)
		}
	}
}
