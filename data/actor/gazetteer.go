package actor

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"storyline/data/text"
	"storyline/model"
)

// Gazetteer file format (the embedded files under resources/ and a user's --gazetteer FILE):
//
//	# a comment: a line starting with '#'; blank lines are ignored
//	KIND: Canonical Name | alias | alias ... [; key=value[, value...]]...
//
// A singular KIND names one thing: the first '|' item is its canonical name, the others are
// aliases (abbreviations, other spellings). A plural KIND lists independent items, one per
// '|' item. Kinds:
//
//	person, country, org (organization), group   actors
//	place, places                                settings, never actors
//	source                                       news agencies and outlets, never actors
//	titles, honorifics                           words stripped from a name ("Defense Secretary", "Mr.")
//	firstnames                                   given names, which mark a person
//	notnames                                     capitalised words that are never names
//	products                                     products and weapons: names, never actors
//	nouns                                        plural nouns that never start a name ("Officials")
//
// Keys: demonym= (the adjective and plural for a country's people, read as the country:
// "Russian warships"), capital= (the seat of government, read as the country when it acts:
// "Moscow says"), kind= (for a source: news agency, newspaper, broadcaster, outlet).
//
// A line whose canonical name is already known (same kind, any case) adds its aliases and
// keys to that entry, so a user's file can extend the built-in lists. Names are matched
// token by token with the same tokenizer as the text, case-sensitively, so "U.S." and "US"
// are separate aliases and "al-Qaeda" matches "al - Qaeda" too.

//go:embed resources/*.txt
var resources embed.FS

type class uint8

const (
	clsActor class = iota + 1
	clsPlace
	clsSource
	clsTitle
	clsHonorific
	clsFirstName
	clsNotName
	clsProduct
	clsNoun
)

// form says how a surface string names an entry.
type form uint8

const (
	formName form = iota
	formDemonym
	formCapital
)

type entry struct {
	name    string
	key     string // the key of its candidates: class and lower-cased name
	cls     class
	kind    model.ActorKind // actors; KindPlace for places
	srcKind string          // sources
	demonym string          // first demonym of a country, for "<demonym> government"
	aliases []string
}

type hit struct {
	e   *entry
	f   form
	cls class // e's, kept here: the rules ask a hit's class of nearly every name
}

type node struct {
	next map[string]*node
	hits []hit
}

// Gazetteer holds the names storyline knows. Build it once (DefaultGazetteer, then Load for
// a user's files) and share it: Recognize only reads it.
type Gazetteer struct {
	roots   rootTable         // the trie's first level: the first words of all names
	entries map[string]*entry // class + lower-cased canonical name
	// surnames are the last words of the listed people's spellings, each the first
	// person listed with it: "Gadhafi" alone, in a text that names no Gaddafi in full.
	surnames map[string]*entry
	size     int
	// The places recognizers describe, by name: read by every worker on every place
	// mention, written once per name.
	placesMu sync.RWMutex
	places   map[string]*model.Place
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{entries: map[string]*entry{}, surnames: map[string]*entry{}}
}

// DefaultGazetteer returns a new gazetteer loaded with the embedded data files.
func DefaultGazetteer() *Gazetteer {
	g := NewGazetteer()
	names, err := fs.Glob(resources, "resources/*.txt")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	for _, n := range names {
		f, err := resources.Open(n)
		if err != nil {
			panic(err)
		}
		if err := g.Load(f, n); err != nil {
			panic(err) // the embedded files are tested
		}
		f.Close()
	}
	return g
}

// Len is the number of surface forms the gazetteer matches.
func (g *Gazetteer) Len() int { return g.size }

var kindNames = map[string]struct {
	cls    class
	kind   model.ActorKind
	plural bool
}{
	"person":       {clsActor, model.KindPerson, false},
	"country":      {clsActor, model.KindCountry, false},
	"org":          {clsActor, model.KindOrganization, false},
	"organization": {clsActor, model.KindOrganization, false},
	"organisation": {clsActor, model.KindOrganization, false},
	"group":        {clsActor, model.KindGroup, false},
	"place":        {clsPlace, model.KindPlace, false},
	"places":       {clsPlace, model.KindPlace, true},
	"source":       {clsSource, "", false},
	"title":        {clsTitle, "", false},
	"titles":       {clsTitle, "", true},
	"honorifics":   {clsHonorific, "", true},
	"firstnames":   {clsFirstName, "", true},
	"notnames":     {clsNotName, "", true},
	"products":     {clsProduct, "", true},
	"nouns":        {clsNoun, "", true},
}

// Load reads entries in the format described above. name labels error messages, which give
// the line number of the first bad line.
func (g *Gazetteer) Load(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := g.loadLine(line); err != nil {
			return fmt.Errorf("%s:%d: %v", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %v", name, ln+1, err)
	}
	return nil
}

func (g *Gazetteer) loadLine(line string) error {
	head, rest, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("want KIND: name | alias ...; got %q", line)
	}
	kn := strings.ToLower(strings.TrimSpace(head))
	k, ok := kindNames[kn]
	if !ok {
		return fmt.Errorf("unknown kind %q (want person, country, org, group, place, places, source, titles, honorifics, firstnames, notnames, nouns or products)", kn)
	}
	parts := strings.Split(rest, ";")
	var names []string
	for _, n := range strings.Split(parts[0], "|") {
		if n = text.Squeeze(n); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: no name", kn)
	}
	keys := map[string][]string{}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		key, val, ok := strings.Cut(p, "=")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok {
			return fmt.Errorf("want key=value after ';', got %q", p)
		}
		switch {
		case (key == "demonym" || key == "capital") && k.kind == model.KindCountry,
			key == "kind" && k.cls == clsSource:
		default:
			return fmt.Errorf("key %q does not apply to %s", key, kn)
		}
		for _, v := range strings.Split(val, ",") {
			if v = text.Squeeze(v); v != "" {
				keys[key] = append(keys[key], v)
			}
		}
	}
	if k.plural {
		if len(keys) > 0 {
			return fmt.Errorf("%s lists independent names and takes no keys", kn)
		}
		for _, n := range names {
			g.add(g.entry(n, k.cls, k.kind), n, formName)
		}
		return nil
	}
	e := g.entry(names[0], k.cls, k.kind)
	for _, n := range names {
		g.add(e, n, formName)
		if k.kind == model.KindPerson {
			g.addSurname(e, n)
		}
		if k.kind == model.KindOrganization || k.kind == model.KindGroup {
			for _, v := range spellings(n) {
				g.add(e, v, formName)
			}
		}
	}
	for _, d := range keys["demonym"] {
		if e.demonym == "" {
			e.demonym = d
		}
		g.add(e, d, formDemonym)
	}
	for _, c := range keys["capital"] {
		g.add(e, c, formCapital)
	}
	if ks := keys["kind"]; len(ks) > 0 {
		e.srcKind = ks[0]
	}
	if e.cls == clsSource && e.srcKind == "" {
		e.srcKind = "outlet"
	}
	return nil
}

// spellingPairs are words that British and American writing spell apart inside the
// same body's name: "Organisation for Security and Cooperation in Europe" is the
// "Organization for Security and Co-operation in Europe". (Not "Defence" or "Labour",
// which tell different countries' bodies apart.)
var spellingPairs = [][2]string{{"Organization", "Organisation"}, {"Co-operation", "Cooperation"}, {"Programme", "Program"}}

// spellings gives the other spellings of an organisation's name, none when it has no
// word of spellingPairs.
func spellings(name string) []string {
	variants := [][]string{strings.Fields(name)}
	for i, w := range variants[0] {
		for _, p := range spellingPairs {
			for k := range 2 {
				if w != p[k] {
					continue
				}
				for _, v := range variants[:len(variants):len(variants)] {
					alt := slices.Clone(v)
					alt[i] = p[1-k]
					variants = append(variants, alt)
				}
			}
		}
	}
	out := make([]string, 0, len(variants)-1)
	for _, v := range variants[1:] {
		out = append(out, strings.Join(v, " "))
	}
	return out
}

func (g *Gazetteer) entry(name string, cls class, kind model.ActorKind) *entry {
	key := string(rune('0'+cls)) + strings.ToLower(name)
	if e, ok := g.entries[key]; ok {
		if cls == clsActor && e.kind != kind {
			e.kind = kind // a later line corrects the kind
		}
		return e
	}
	e := &entry{name: name, cls: cls, kind: kind, key: "g:" + string(rune('0'+cls)) + strings.ToLower(name)}
	g.entries[key] = e
	return e
}

// add makes surface s match e.
func (g *Gazetteer) add(e *entry, s string, f form) {
	// A trailing space lets the tokenizer see "U.S." as one initialism, as in running text.
	toks := text.Tokenize(s + " ")
	if len(toks) == 0 {
		return
	}
	first := s[toks[0].Start:toks[0].End]
	n := g.roots.get(first, 0, len(first))
	if n == nil {
		n = &node{}
		g.roots.put(first, n)
	}
	for _, t := range toks[1:] {
		w := s[t.Start:t.End]
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c, ok := n.next[w]
		if !ok {
			c = &node{}
			n.next[w] = c
		}
		n = c
	}
	for _, h := range n.hits {
		if h.e == e && h.f == f {
			return
		}
	}
	n.hits = append(n.hits, hit{e: e, f: f, cls: e.cls})
	if f == formName && s != e.name {
		e.aliases = append(e.aliases, s)
	}
	g.size++
}

// match returns the longest gazetteer match starting at token i and ending before token
// limit: its length in tokens (0 if none) and its hits. Tokens must follow each other
// without a line break inside a name.
func (g *Gazetteer) match(d *text.Doc, i, limit int) (int, []hit) {
	if i >= limit {
		return 0, nil
	}
	n := g.roots.get(d.Text, d.Tokens[i].Start, d.Tokens[i].End)
	if n == nil {
		return 0, nil
	}
	best, hits := 0, []hit(nil)
	if len(n.hits) > 0 {
		best, hits = 1, n.hits
	}
	for j := i + 1; j < limit && n.next != nil; j++ {
		if d.Tokens[j].Is(text.NewLine) {
			break
		}
		c, ok := n.next[d.Tok(j)]
		if !ok {
			break
		}
		n = c
		if len(n.hits) > 0 {
			best, hits = j-i+1, n.hits
		}
	}
	return best, hits
}

// known finds a country, organisation, group or place by its canonical name, any case.
func (g *Gazetteer) known(name string) *entry {
	// The key is made on the stack: a run in capitals asks this of each of its words.
	var buf [64]byte
	key := append(buf[:0], '0')
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			key = append(key[:1], strings.ToLower(name)...)
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key = append(key, c)
	}
	for _, c := range [...]class{clsActor, clsPlace} {
		key[0] = byte('0' + c)
		if e, ok := g.entries[string(key)]; ok && e.kind != model.KindPerson {
			return e
		}
	}
	return nil
}

// addSurname indexes the last word of spelling n of person e, unless it is no surname to
// stand alone: after a particle ("Seif al Islam", "Mohammed bin Salman"), hyphenated, or
// a short syllable ("Kim Jong Un").
func (g *Gazetteer) addSurname(e *entry, n string) {
	f := strings.Fields(n)
	if len(f) < 2 {
		return
	}
	last := f[len(f)-1]
	if len(last) < 4 || strings.Contains(last, "-") || lexSurnameParticles.has(strings.ToLower(f[len(f)-2])) || g.surnames[last] != nil {
		return
	}
	g.surnames[last] = e
}

// listedSurname is the listed person whose surname w is, or nil.
func (g *Gazetteer) listedSurname(w string) *entry { return g.surnames[w] }

// spellingsOf gives the names the gazetteer knows a person by, given the person's
// canonical name; none for a nil gazetteer or a name it does not list.
func (g *Gazetteer) spellingsOf(name string) []string {
	if g == nil {
		return nil
	}
	if e, ok := g.entries[string(rune('0'+clsActor))+strings.ToLower(name)]; ok && e.kind == model.KindPerson {
		return e.aliases
	}
	return nil
}

// GivenName reports whether w is a given name the gazetteer knows ("Michael", "Hala").
func (g *Gazetteer) GivenName(w string) bool { return g.is(w, clsFirstName) }

// is reports whether token i alone is in the gazetteer with class c.
func (g *Gazetteer) is(w string, c class) bool {
	n := g.roots.get(w, 0, len(w))
	if n == nil {
		return false
	}
	for _, h := range n.hits {
		if h.cls == c {
			return true
		}
	}
	return false
}

// KnowsPlace reports whether the lists or the world gazetteer know name, as written or in
// capitals ("TRIPOLI"), as a place or a country: what a list of actors must not hold as
// a person or a dateline.
func (g *Gazetteer) KnowsPlace(name string) bool {
	if e := g.known(name); e != nil && (e.cls == clsPlace || e.kind == model.KindCountry) {
		return true
	}
	if _, ok := geonames().lookup(name); ok {
		return true
	}
	_, ok := geonames().lookupCaps(name)
	return ok
}

// compassPoint reports whether a word of the compass list is a point ("West",
// "Southeast") rather than an adjective ("Western", "Central", "Latin").
func compassPoint(w string) bool {
	return strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st")
}

// PlaceShaped reports whether a name of several words is built as a place's: its last
// word is a place's head ("Plaquemines Parish", "Grand Isle") or a place the lists know
// ("Eastern Libya", "Greater Manchester").
func (g *Gazetteer) PlaceShaped(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	last := name[i+1:]
	return lexPlaceHeads.has(last) || g.KnowsPlace(last)
}

// KnowsAdjective reports whether name is a people's or a region's adjective ("Syrian",
// "Arab", "Western"), which describes actors and is none. A point of the compass is a
// noun: "the West accused him" names the Western powers, an actor.
func (g *Gazetteer) KnowsAdjective(name string) bool {
	base, ern := strings.CutSuffix(name, "ern") // "Southeastern"
	if lexGroupAdjs.has(name) || compass[name] && !compassPoint(name) || ern && compass[base] {
		return true
	}
	n := g.roots.get(name, 0, len(name))
	return n != nil && demonymOnly(n.hits)
}
