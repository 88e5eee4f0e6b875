package timex

import (
	"embed"
	"strconv"
	"strings"

	"storyline/data/text"
	"storyline/data/wordlist"
)

//go:embed resources/*.txt
var resources embed.FS

// load reads one of the resource files.
func load(name string) wordlist.File { return wordlist.Load(resources, "resources/"+name) }

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
	yearCtx  wordlist.Named[wordlist.Set]
}

type holiday struct {
	words []string // lower-case tokens of the phrase
	rule  string
}

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{
		months: wordlist.Months, weekdays: wordlist.Weekdays,
		numbers: wordlist.Numbers, ordinals: load("ordinals.txt").Ints(),
		units: map[string]string{}, plural: map[string]bool{},
		seasons: load("seasons.txt").Strings(), dayparts: load("dayparts.txt").Strings(),
		clock: map[string][2]int{}, zones: load("timezones.txt").Set(),
		signals: map[string]bool{}, signals2: map[string]bool{},
		vague: load("vague.txt").Strings(), sets: load("sets.txt").Strings(),
		occasion: load("occasions.txt").Set(), sports: load("sports.txt").Set(),
		future: map[string]bool{}, future2: map[[2]string]bool{},
		holidays: map[string][]holiday{}, yearCtx: load("yearcontext.txt").GroupSets(),
	}
	for code, ws := range load("units.txt").Groups() {
		for i, w := range ws {
			l.units[w] = code
			// Spellings come in singular, plural pairs.
			l.plural[w] = i%2 == 1
		}
	}
	for hm, ws := range load("clock.txt").Groups() {
		h, m, _ := strings.Cut(hm, ":")
		hh, err1 := strconv.Atoi(h)
		mm, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil {
			panic("timex: clock.txt: " + hm + " is no HH:MM")
		}
		for _, w := range ws {
			l.clock[w] = [2]int{hh, mm}
		}
	}
	for _, line := range load("signals.txt").Lines {
		ws := line.Fields()
		if len(ws) == 2 {
			l.signals2[ws[0]+" "+ws[1]] = true
			continue
		}
		for _, w := range ws {
			l.signals[w] = true
		}
	}
	for w := range tenseCues.Get("future") {
		if a, b, two := strings.Cut(w, "_"); two {
			l.future2[[2]string{a, b}] = true
		} else {
			l.future[w] = true
		}
	}
	l.past = tenseCues.Get("past")
	for _, line := range load("holidays.txt").Lines {
		phrase, rule, ok := strings.Cut(line.Text, "|")
		if !ok {
			panic(line.Errorf("want phrase | rule"))
		}
		var words []string
		p := strings.TrimSpace(phrase)
		for _, t := range text.Tokenize(p) {
			words = append(words, strings.ToLower(t.Text(p)))
		}
		if len(words) == 0 {
			panic(line.Errorf("no phrase before the rule"))
		}
		l.holidays[words[0]] = append(l.holidays[words[0]], holiday{words, strings.TrimSpace(rule)})
	}
	return l
}

// tenseCues are the lists of tense.txt by name: future, past, present ...
var tenseCues = load("tense.txt").GroupSets()
