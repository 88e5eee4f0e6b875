package actor

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The world gazetteer: cities of 15,000+ people and first-level regions, made by
// scripts/geonames from GeoNames data (https://www.geonames.org, CC BY 4.0). Each name or
// alias belongs to one place, mostly the most populous that has it (the script says when
// not). Lines after the '#' header:
//
//	C <ISO2> <country>
//	P <name> <c|r> <ISO2> <region> <population> <lat> <lon> <alias>|<alias>...
//
//go:embed resources/geonames.tsv.gz
var geonamesGz []byte

// geoPlace is a city or region of the embedded GeoNames extract.
type geoPlace struct {
	Name     string // canonical name
	City     bool   // a populated place; false: a first-level region
	Country  string // the country's name
	Region   string
	Pop      int32
	Lat, Lon float32 // 0, 0 when unknown (regions)
	HasCoord bool
}

// geoIndex finds a place by any of its names.
type geoIndex struct {
	places []geoPlace
	byName map[string]int32
	// names is a Bloom filter of every name: nearly every name asked about is no place,
	// and the filter turns it away with one hash, without probing the large map.
	names [1 << geoFilterWords]uint64
}

func (x *geoIndex) addName(s string, idx int32) {
	x.byName[s] = idx
	w, bits := geoFilterBits(maphash.String(filterSeed, s))
	x.names[w] |= bits
}

func (x *geoIndex) mayHave(s string) bool {
	return x.mayHaveHash(maphash.String(filterSeed, s))
}

func (x *geoIndex) mayHaveHash(h uint64) bool {
	w, bits := geoFilterBits(h)
	return x.names[w]&bits == bits
}

// geoFilterBits places a name's hash in the filter: three bits of one word, so that a
// name asked about costs one memory access, nearly always a miss of the cache.
func geoFilterBits(h uint64) (word int, bits uint64) {
	return int(h >> (64 - geoFilterWords)), 1<<(h&63) | 1<<(h>>6&63) | 1<<(h>>12&63)
}

const geoFilterWords = 15 // 2^15 words of 64 bits: some 2.5 names a word

var (
	geoOnce sync.Once
	geoIdx  *geoIndex
)

// geonames returns the embedded gazetteer, parsed on first use: it costs some 20 ms and
// 8 MB, which a run that meets no unknown name need not pay.
func geonames() *geoIndex {
	geoOnce.Do(func() {
		x, err := parseGeonames(geonamesGz)
		if err != nil {
			panic("actor: embedded resources/geonames.tsv.gz: " + err.Error())
		}
		geoIdx = x
	})
	return geoIdx
}

// lookup finds the place with the name or alias name (exact case; any run of white space
// matches one space), or nil.
func (x *geoIndex) lookup(name string) *geoPlace {
	if !spaceFolded(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	if !x.mayHave(name) {
		return nil
	}
	i, ok := x.byName[name]
	if !ok {
		return nil
	}
	return &x.places[i]
}

// lookupCaps finds the place whose name is name written in capitals ("MEXICO CITY",
// "BANI WALID"): titleWords of it. An ASCII name is cased on the stack, as this is asked
// of runs of capitals that are mostly no place.
func (x *geoIndex) lookupCaps(name string) *geoPlace {
	var buf [64]byte
	if len(name) > len(buf) || !spaceFolded(name) {
		return x.lookup(titleWords(name))
	}
	b := buf[:len(name)]
	start := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= utf8.RuneSelf:
			return x.lookup(titleWords(name))
		case 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z':
			if start {
				c &^= 0x20
			} else {
				c |= 0x20
			}
			start = false
		default:
			start = c == ' ' || c == '-'
		}
		b[i] = c
	}
	if !x.mayHaveHash(maphash.Bytes(filterSeed, b)) {
		return nil
	}
	i, ok := x.byName[string(b)]
	if !ok {
		return nil
	}
	return &x.places[i]
}

// spaceFolded says whether s has no white space but single spaces between words.
func spaceFolded(s string) bool {
	prev := true
	for i := 0; i < len(s); {
		// Asked of every name looked up, nearly all of them ASCII.
		sp := false
		if c := s[i]; c < utf8.RuneSelf {
			sp = c == ' ' || '\t' <= c && c <= '\r'
			if sp && (c != ' ' || prev) {
				return false
			}
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n
		}
		prev = sp
	}
	return !prev || s == ""
}

// parseGeonames decompresses in one goroutine while this one indexes the lines already out
// (20 ms instead of 26 on two slow cores). Every name is a substring of a 64 KB chunk of
// text, so loading costs a few hundred allocations rather than several per line.
func parseGeonames(gz []byte) (*geoIndex, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	// Capacities from the uncompressed size in the gzip trailer: about 60 bytes a place
	// and 25 a name. The bound keeps a damaged trailer from asking for gigabytes.
	size := 0
	if len(gz) >= 4 {
		size = min(int(binary.LittleEndian.Uint32(gz[len(gz)-4:])), 8*len(gz))
	}
	x := &geoIndex{
		places: make([]geoPlace, 0, size/55),
		byName: make(map[string]int32, size/22),
	}
	chunks := make(chan string, 16)
	var readErr error
	go func() {
		defer close(chunks)
		readErr = geoChunks(zr, chunks)
	}()
	p := geoParser{x: x, countries: make(map[string]string, 256)}
	for chunk := range chunks {
		if err == nil {
			err = p.parse(chunk)
		}
	}
	switch {
	case readErr != nil:
		return nil, readErr
	case err != nil:
		return nil, err
	case len(x.places) == 0:
		return nil, fmt.Errorf("no places")
	case len(x.byName) != p.names:
		// The generator gives each name to one place; here one would map to the last.
		return nil, fmt.Errorf("%d names but %d distinct", p.names, len(x.byName))
	}
	x.addWithoutArticles(p.unarticled)
	return x, nil
}

// arabicArticles are the spellings of the Arabic article that open place names in
// GeoNames ("Az Zawiyah", "Ar Raqqah"), which news often leaves off ("Zawiyah", "Raqqah").
var arabicArticles = []string{"Al ", "Al-", "Az ", "As ", "Ad ", "Ar ", "Ash ", "At ", "An ", "Adh ", "Ath ", "El ", "Ez "}

// withoutArticle returns name without an opening Arabic article, or "".
func withoutArticle(name string) string {
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(name, a); ok && len(rest) >= 4 && 'A' <= rest[0] && rest[0] <= 'Z' {
			return rest
		}
	}
	return ""
}

// addWithoutArticles indexes the names of ns without their article, each for the most
// populous place that has it and only where no place has it already. Such a name is only
// as sure as a small town's: a place after "in" or "near", not anywhere on its own, as a
// short name may be a surname too ("Obeid" of El Obeid).
func (x *geoIndex) addWithoutArticles(ns []geoName) {
	best := map[string]int32{}
	var order []string
	for _, n := range ns {
		if _, taken := x.byName[n.name]; taken {
			continue
		}
		if b, ok := best[n.name]; !ok {
			best[n.name] = n.idx
			order = append(order, n.name)
		} else if x.places[n.idx].Pop > x.places[b].Pop {
			best[n.name] = n.idx
		}
	}
	for _, name := range order {
		gp := x.places[best[name]]
		gp.Pop = min(gp.Pop, bigTownPop-1)
		x.places = append(x.places, gp)
		x.addName(name, int32(len(x.places)-1))
	}
}

// geoName is a name and the place it names.
type geoName struct {
	name string
	idx  int32
}

// geoChunks sends the text of r in strings of whole lines.
func geoChunks(r io.Reader, out chan<- string) error {
	buf := make([]byte, 64<<10)
	n := 0
	for {
		m, err := r.Read(buf[n:])
		n += m
		switch {
		case err == io.EOF:
			if n > 0 {
				out <- string(buf[:n])
			}
			return nil
		case err != nil:
			return err
		case n < len(buf):
			continue
		}
		k := bytes.LastIndexByte(buf, '\n') + 1
		if k == 0 { // a line longer than buf
			buf = append(buf, make([]byte, len(buf))...)
			continue
		}
		out <- string(buf[:k])
		n = copy(buf, buf[k:])
	}
}

type geoParser struct {
	x          *geoIndex
	countries  map[string]string
	lineNo     int
	names      int
	unarticled []geoName // names without their Arabic article, in the file's order
}

func (p *geoParser) unarticle(name string, idx int32) {
	if rest := withoutArticle(name); rest != "" {
		p.unarticled = append(p.unarticled, geoName{rest, idx})
	}
}

func (p *geoParser) parse(text string) error {
	var f [9]string
	for text != "" {
		p.lineNo++
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		n := 0
		for more := true; more && n < len(f); n++ {
			f[n], line, more = strings.Cut(line, "\t")
		}
		if line != "" {
			n++ // too many fields
		}
		switch {
		case f[0] == "C" && n == 3:
			p.countries[f[1]] = f[2]
		case f[0] == "P" && n == 9:
			gp, err := geoParsePlace(f, p.countries)
			if err != nil {
				return fmt.Errorf("line %d: %w", p.lineNo, err)
			}
			x := p.x
			idx := int32(len(x.places))
			x.places = append(x.places, gp)
			x.addName(gp.Name, idx)
			p.unarticle(gp.Name, idx)
			p.names++
			for aliases := f[8]; aliases != ""; p.names++ {
				var a string
				a, aliases, _ = strings.Cut(aliases, "|")
				x.addName(a, idx)
				p.unarticle(a, idx)
			}
		default:
			return fmt.Errorf("line %d: bad line %q", p.lineNo, f[0])
		}
	}
	return nil
}

func geoParsePlace(f [9]string, countries map[string]string) (geoPlace, error) {
	p := geoPlace{Name: f[1], Region: f[4]}
	switch f[2] {
	case "c":
		p.City = true
	case "r":
	default:
		return p, fmt.Errorf("%s: bad kind %q", f[1], f[2])
	}
	var ok bool
	if p.Country, ok = countries[f[3]]; !ok {
		return p, fmt.Errorf("%s: unknown country %q", f[1], f[3])
	}
	pop, err := strconv.ParseInt(f[5], 10, 32)
	if err != nil {
		return p, fmt.Errorf("%s: %w", f[1], err)
	}
	p.Pop = int32(pop)
	if f[6] != "" || f[7] != "" {
		lat, err1 := strconv.ParseFloat(f[6], 32)
		lon, err2 := strconv.ParseFloat(f[7], 32)
		if err1 != nil || err2 != nil {
			return p, fmt.Errorf("%s: bad coordinates %q %q", f[1], f[6], f[7])
		}
		p.Lat, p.Lon, p.HasCoord = float32(lat), float32(lon), true
	}
	return p, nil
}
