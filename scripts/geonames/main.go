// Command geonames builds data/actor/resources/geonames.tsv.gz, the embedded world gazetteer of
// cities and first-level regions, from GeoNames dumps (cities15000.txt, regionInfo.tsv,
// countryInfo.tsv). Data from GeoNames (https://www.geonames.org), CC BY 4.0.
//
//	go run ./scripts/geonames -src ~/storyline-corpora/geonames -words /usr/share/dict/words \
//	    -out data/actor/resources/geonames.tsv.gz
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bigCity keeps every well-formed alternate name: exonyms of big cities ("Kiev", "Bombay",
// "Peking") are what the news uses, and they are far from the ascii name.
const bigCity = 1_000_000

// particles may stay lower case inside an alternate name and are ignored when comparing
// spellings. The e- forms of the Arabic article (ez, esh ...) are as common in
// transliterations as the a- forms ("Deir ez-Zor", "Jisr esh Shughur").
var particles = setOf("al", "el", "ash", "ad", "as", "an", "ar", "at", "az", "ul",
	"ed", "er", "es", "esh", "et", "ez",
	"de", "da", "del", "della", "di", "du", "la", "le", "les", "of", "the", "on", "upon", "sur", "en",
	"bin", "bint", "ibn", "von", "van", "der", "den", "y", "e", "i")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

type place struct {
	id      string // geonameid or region code: the last tie-breaker
	name    string
	city    bool
	country string
	region  string
	pop     int64
	lat     string
	lon     string
	aliases []string
	far     map[string]bool // aliases kept only because the city is big
	local   string          // GeoNames' own name, accents and all
}

func (p *place) String() string {
	return fmt.Sprintf("%s (%s, %d)", p.name, p.country, p.pop)
}

var verboseOut bool

func verbose(format string, args ...any) {
	if verboseOut {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}

type stats struct {
	countries, cities, regions, aliases int
	excluded, taken, lostAlias          int
}

// claimer gives each name to one place: the first to claim it.
type claimer struct {
	owner     map[string]*place
	common    map[string]bool
	countryOf map[string]string // country name -> ISO2
	st        *stats
}

// excluded says why p may not use name s, or "". A country's name is left to the country:
// "India" is an alias of Ingija (Serbia) and "Albania" of Albany (New York) in GeoNames.
func (c *claimer) excluded(p *place, s string) string {
	if iso, ok := c.countryOf[s]; ok && iso != p.country {
		return "another country's name"
	}
	why := excluded(s, c.common)
	if why == "common word" && p.city && p.pop >= 1_000_000 && s == p.name {
		return "" // a city of millions keeps its own name: Shanghai, Phoenix
	}
	return why
}

// places claims the names of ps and their near aliases and returns the places that keep
// their own name.
func (c *claimer) places(ps []*place) []*place {
	var kept []*place
	for _, p := range ps {
		if why := c.excluded(p, p.name); why != "" {
			c.st.excluded++
			verbose("drop %s: %s", p, why)
			continue
		}
		if q := c.owner[p.name]; q != nil {
			c.st.taken++
			verbose("drop %s: name taken by %s", p, q)
			continue
		}
		c.owner[p.name] = p
		kept = append(kept, p)
		c.aliases(p, false)
	}
	return kept
}

func (c *claimer) aliases(p *place, far bool) {
	for _, a := range p.aliases {
		if a == p.name || p.far[a] != far || c.excluded(p, a) != "" {
			continue
		}
		if q := c.owner[a]; q != nil {
			if q != p {
				c.st.lostAlias++
				verbose("%s loses alias %q to %s", p, a, q)
			}
			continue
		}
		c.owner[a] = p
	}
}

func main() {
	src := flag.String("src", "", "directory with cities15000.txt, regionInfo.tsv and countryInfo.tsv")
	words := flag.String("words", "/usr/share/dict/words", "word list: lower-case entries are common words, never names")
	out := flag.String("out", "data/actor/resources/geonames.tsv.gz", "output file")
	flag.BoolVar(&verboseOut, "v", false, "list every dropped place and lost alias on stderr")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "geonames: -src is required")
		os.Exit(2)
	}
	if err := run(*src, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "geonames:", err)
		os.Exit(1)
	}
}

func run(src, wordsFile, out string) error {
	common, proper, err := readWords(wordsFile)
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(src, "countryInfo.tsv"))
	if err != nil {
		return err
	}
	regions, regionNames, err := readRegions(filepath.Join(src, "regionInfo.tsv"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(src, "cities15000.txt"), regionNames, proper)
	if err != nil {
		return err
	}

	all := append(cities, regions...)
	slices.SortFunc(all, func(a, b *place) int {
		switch {
		case a.pop != b.pop:
			if a.pop > b.pop {
				return -1
			}
			return 1
		case a.city != b.city:
			if a.city {
				return -1
			}
			return 1
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})

	var st stats
	var cityPlaces, regionPlaces []*place
	for _, p := range all {
		if _, ok := countries[p.country]; !ok {
			continue
		}
		if p.city {
			cityPlaces = append(cityPlaces, p)
		} else {
			regionPlaces = append(regionPlaces, p)
		}
	}
	// Claims go in rounds, each in population order: city names and their near spellings;
	// then the far aliases of big cities, which are exonyms or old names ("Islamabad" for
	// Chattogram, "Bethlehem" for Belem) and must not take the name of a real city; then
	// regions, which lose any name a city uses ("Homs", "Kiev").
	c := claimer{owner: make(map[string]*place), common: common, countryOf: make(map[string]string), st: &st}
	for iso, name := range countries {
		c.countryOf[name] = iso
	}
	kept := c.places(cityPlaces)
	for _, p := range kept {
		c.aliases(p, true)
	}
	kept = append(kept, c.places(regionPlaces)...)
	for _, p := range kept {
		var as []string
		for _, a := range p.aliases {
			if a != p.name && c.owner[a] == p {
				as = append(as, a)
			}
		}
		p.aliases = as
		st.aliases += len(as)
		if p.city {
			st.cities++
		} else {
			st.regions++
		}
	}

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# World gazetteer: cities of 15,000+ people and first-level regions, for the name recogniser (data/actor/geonames.go).\n")
	fmt.Fprintf(&buf, "# Data from GeoNames (https://www.geonames.org), CC BY 4.0.\n")
	fmt.Fprintf(&buf, "# Dump files: %s\n", fileDates(src, "cities15000.txt", "regionInfo.tsv", "countryInfo.tsv"))
	fmt.Fprintf(&buf, "# Made by: go run ./scripts/geonames -src %s -words %s -out %s\n", tilde(src), tilde(wordsFile), filepath.ToSlash(out))
	fmt.Fprintf(&buf, "# C<TAB>ISO2<TAB>country; P<TAB>name<TAB>c|r (city|region)<TAB>ISO2<TAB>region<TAB>population<TAB>lat<TAB>lon<TAB>alias|alias...\n")
	isos := make([]string, 0, len(countries))
	for iso := range countries {
		isos = append(isos, iso)
	}
	slices.Sort(isos)
	for _, iso := range isos {
		fmt.Fprintf(&buf, "C\t%s\t%s\n", iso, countries[iso])
	}
	st.countries = len(isos)
	for _, p := range kept {
		kind := "r"
		if p.city {
			kind = "c"
		}
		fmt.Fprintf(&buf, "P\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", p.name, kind, p.country, p.region, p.pop, p.lat, p.lon, strings.Join(p.aliases, "|"))
	}

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	// Header left zero (no name, no ModTime) so the output is reproducible.
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, gz.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "countries %d, cities %d, regions %d, aliases %d\n", st.countries, st.cities, st.regions, st.aliases)
	fmt.Fprintf(os.Stderr, "dropped: %d places with an excluded name (common word, digits, short, a country's), %d whose name a bigger place took; %d aliases lost to a bigger place\n",
		st.excluded, st.taken, st.lostAlias)
	fmt.Fprintf(os.Stderr, "%s: %d bytes (%d uncompressed)\n", out, gz.Len(), buf.Len())
	return nil
}

func tilde(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(p, home+"/") {
		return "~" + p[len(home):]
	}
	return p
}

func fileDates(dir string, names ...string) string {
	var parts []string
	for _, n := range names {
		d := "?"
		if fi, err := os.Stat(filepath.Join(dir, n)); err == nil {
			d = fi.ModTime().UTC().Format("2006-01-02")
		}
		parts = append(parts, n+" "+d)
	}
	return strings.Join(parts, ", ")
}

func readLines(path string, fn func(fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}

// readWords returns the word list's common words (its lower-case entries) and its proper
// names (the capitalised ones, which include the English names of foreign cities).
func readWords(path string) (common, proper map[string]bool, err error) {
	common, proper = make(map[string]bool), make(map[string]bool)
	err = readLines(path, func(f []string) error {
		w := strings.TrimSpace(f[0])
		switch {
		case w == "":
		case w == strings.ToLower(w):
			common[w] = true
		default:
			proper[w] = true
		}
		return nil
	})
	return common, proper, err
}

func readCountries(path string) (map[string]string, error) {
	m := make(map[string]string)
	err := readLines(path, func(f []string) error {
		if len(f) < 5 {
			return fmt.Errorf("short line %q", strings.Join(f, "\t"))
		}
		m[f[0]] = clean(f[4])
		return nil
	})
	return m, err
}

// readRegions returns the admin1 regions as places and their ascii names by code ("SY.11").
func readRegions(path string) ([]*place, map[string]string, error) {
	var ps []*place
	names := make(map[string]string)
	err := readLines(path, func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("short line %q", strings.Join(f, "\t"))
		}
		code, name, ascii := f[0], clean(f[1]), clean(f[2])
		cc, _, ok := strings.Cut(code, ".")
		if !ok {
			return fmt.Errorf("bad region code %q", code)
		}
		if ascii == "" {
			ascii = name
		}
		names[code] = ascii
		p := &place{id: code, country: cc, name: name}
		if !isASCII(name) {
			p.name = ascii
		}
		if name != ascii {
			p.aliases = []string{other(p.name, name, ascii)}
		}
		ps = append(ps, p)
		return nil
	})
	return ps, names, err
}

func other(canon, a, b string) string {
	if canon == a {
		return b
	}
	return a
}

func readCities(path string, regionNames map[string]string, english map[string]bool) ([]*place, error) {
	var ps []*place
	err := readLines(path, func(f []string) error {
		if len(f) < 15 {
			return fmt.Errorf("short line %q", strings.Join(f, "\t"))
		}
		name, ascii := clean(f[1]), clean(f[2])
		if ascii == "" {
			ascii = name
		}
		pop, _ := strconv.ParseInt(f[14], 10, 64)
		p := &place{id: f[0], city: true, country: f[8], region: regionNames[f[8]+"."+f[10]], pop: pop,
			lat: coord(f[4]), lon: coord(f[5]), name: name}
		if !isASCII(name) {
			p.name = ascii
		}
		seen := map[string]bool{p.name: true}
		if name != ascii {
			o := other(p.name, name, ascii)
			p.aliases = append(p.aliases, o)
			seen[o] = true
		}
		var alts []string
		for _, a := range strings.Split(f[3], ",") {
			a = clean(a)
			if seen[a] || !wellFormed(a) {
				continue
			}
			if !near(a, ascii) {
				if pop < bigCity {
					continue
				}
				if p.far == nil {
					p.far = make(map[string]bool)
				}
				p.far[a] = true
			}
			seen[a] = true
			alts = append(alts, a)
		}
		slices.Sort(alts)
		p.aliases = append(p.aliases, alts...)
		p.local = name
		ps = append(ps, p)
		return nil
	})
	// An exonym that names another sizeable city stays that city's ("Nazareth",
	// "Victoria"); a small namesake does not keep Geneva from Genève.
	taken := make(map[string]bool, len(ps))
	for _, p := range ps {
		if p.pop >= exonymPop/2 {
			taken[p.name] = true
		}
	}
	for _, p := range ps {
		englishName(p, english, taken)
	}
	return ps, err
}

// englishName names a city by its English exonym when GeoNames gives the local name with
// its accents ("Genève" for Geneva, "Nürnberg" for Nuremberg): the exonym is the alias that the
// English word list holds. A local name without accents stays ("Kyiv", "Mumbai"), so that
// old exonyms do not come back.
//
// The word list holds people's names too ("Juarez", "Levi"), so the exonym must name a
// city large enough to have one, be a near spelling of the local name with as many words,
// and be no shorter. Exonyms of another shape ("Cologne" for Köln) are not found this way.
func englishName(p *place, english, taken map[string]bool) {
	if p.local == p.name || english[p.name] || p.pop < exonymPop {
		return
	}
	words := len(strings.Fields(p.name))
	for k, a := range p.aliases {
		if english[a] && !taken[a] && isASCII(a) && near(a, p.name) && len(strings.Fields(a)) == words && len(a) >= len(p.name) {
			p.aliases[k] = p.name
			p.name = a
			return
		}
	}
}

// exonymPop is the population from which a city may go by its English name.
const exonymPop = 100_000

func coord(s string) string {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return ""
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// clean collapses white space, the loader's lookup key form, and drops the
// field separators of the output format.
func clean(s string) string {
	s = strings.NewReplacer("|", " ", "\t", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// excluded says why a name or alias may not be used, or "".
func excluded(s string, common map[string]bool) string {
	letters := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			return "digits"
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	switch {
	case letters < 3:
		return "short"
	case !strings.Contains(s, " ") && common[strings.ToLower(s)]:
		return "common word"
	}
	return ""
}

// wellFormed says whether an alternate name looks like an English-text spelling of a name:
// codes ("ALP"), lower-case romanisations ("su er te") and foreign scripts are not.
func wellFormed(s string) bool {
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	lower := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z', c == ' ', c == '-', c == '\'', c == '.':
		default:
			return false
		}
	}
	if !lower {
		return false
	}
	for _, w := range strings.Split(s, " ") {
		if particles[strings.ToLower(w)] {
			continue
		}
		parts := strings.Split(w, "-")
		for len(parts) > 1 && particles[strings.ToLower(parts[0])] {
			parts = parts[1:]
		}
		if p := parts[0]; p == "" || p[0] < 'A' || p[0] > 'Z' {
			return false
		}
	}
	return true
}

// normal is the spelling skeleton used by near: lower case, no particles, letters only.
func normal(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(s)) {
		for _, part := range strings.Split(w, "-") {
			if particles[part] {
				continue
			}
			for _, r := range part {
				if r >= 'a' && r <= 'z' {
					b.WriteRune(r)
				}
			}
		}
	}
	return b.String()
}

// near says whether alt is a respelling of the ascii name ("Surt" for "Sirte", "Jisr
// Al-Shughour" for "Jisr ash Shughur") rather than another name ("Emesa" for "Homs").
// The allowance is a quarter of the length rounded up, so five-letter names allow two edits.
func near(alt, ascii string) bool {
	a, b := normal(alt), normal(ascii)
	if b == "" {
		return false
	}
	return levenshtein(a, b) <= max(1, (len(b)+3)/4)
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
