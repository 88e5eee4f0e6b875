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

// geoPlace is a city or region of the embedded GeoNames extract, as lookup gives it.
type geoPlace struct {
	Name     string // canonical name
	City     bool   // a populated place; false: a first-level region
	Country  string // the country's name
	Region   string
	Pop      int32
	Lat, Lon float32 // 0, 0 when unknown (regions)
	HasCoord bool
}

// geoIndex finds a place by any of its names. It holds some 33,000 places and 81,000 names,
// alive for the whole run: the file's text is its one pointer, and every name and place is
// kept as spans of it, so that the collector has nothing in them to scan at each cycle.
type geoIndex struct {
	text  string
	recs  []geoRec
	slots []geoSlot // the names, by hash: open addressing, at most half full
	shift uint      // 64 minus the number of bits of a slot's index
	count int       // names
	// names is a Bloom filter of every name: nearly every name asked about is no place,
	// and the filter turns it away with one hash, without probing the large table.
	names [1 << geoFilterWords]uint64
}

// geoSeed hashes the names, fixed for the process.
var geoSeed = maphash.MakeSeed()

// geoSpan is a string of the index's text.
type geoSpan struct{ off, n uint32 }

type geoRec struct {
	name, country, region geoSpan
	pop                   int32
	lat, lon              float32
	city, hasCoord        bool
}

type geoSlot struct {
	name geoSpan
	tag  uint32 // the name's hash's low bits
	idx  int32  // the place's index plus one; 0 for an empty slot
}

func (x *geoIndex) str(s geoSpan) string { return x.text[s.off : s.off+s.n] }

// place is the place of index i.
func (x *geoIndex) place(i int32) geoPlace {
	r := &x.recs[i]
	return geoPlace{Name: x.str(r.name), City: r.city, Country: x.str(r.country), Region: x.str(r.region),
		Pop: r.pop, Lat: r.lat, Lon: r.lon, HasCoord: r.hasCoord}
}

// find returns the index of the place whose name is name, of hash h, or -1.
func (x *geoIndex) find(h uint64, name string) int32 {
	if len(x.slots) == 0 {
		return -1
	}
	mask := uint64(len(x.slots) - 1)
	for k := h >> x.shift; ; k = (k + 1) & mask {
		sl := &x.slots[k]
		if sl.idx == 0 {
			return -1
		}
		if sl.tag == uint32(h) && x.str(sl.name) == name {
			return sl.idx - 1
		}
	}
}

// insert adds a name, telling whether it was new.
func (x *geoIndex) insert(name geoSpan, idx int32) bool {
	s := x.str(name)
	h := maphash.String(geoSeed, s)
	mask := uint64(len(x.slots) - 1)
	k := h >> x.shift
	for ; x.slots[k].idx != 0; k = (k + 1) & mask {
		if x.slots[k].tag == uint32(h) && x.str(x.slots[k].name) == s {
			return false
		}
	}
	x.slots[k] = geoSlot{name: name, tag: uint32(h), idx: idx + 1}
	w, bits := geoFilterBits(h)
	x.names[w] |= bits
	x.count++
	return true
}

// makeSlots sizes the table for n names.
func (x *geoIndex) makeSlots(n int) {
	size, bits := 1, 0
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	x.slots, x.shift = make([]geoSlot, size), uint(64-bits)
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

// geoHit is a lookup's answer, kept for the document (see recognizer.geoSeen).
type geoHit struct {
	p  geoPlace
	ok bool
}

// geo is geonames().lookup(name), asked once per document.
func (r *recognizer) geo(name string) (geoPlace, bool) {
	if h, ok := r.geoSeen[name]; ok {
		return h.p, h.ok
	}
	p, ok := geonames().lookup(name)
	if !ok && hyphenable(name) && len(name) <= 64 {
		// The gazetteer's hyphens dropped: "Port au Prince", "Saint Denis". Spelt with
		// them on the stack: most such names are no town.
		var buf [64]byte
		b := append(buf[:0], name...)
		for k, c := range b {
			if c == ' ' {
				b[k] = '-'
			}
		}
		p, ok = geonames().lookup(string(b))
	}
	r.geoSeen[name] = geoHit{p, ok}
	return p, ok
}

// hyphenable reports whether a name of several words has a lower-case word inside, as
// the French and Haitian towns the gazetteer writes with hyphens have ("Port au Prince",
// "Croix des Bouquets"); names of capitalised words alone are asked as written.
func hyphenable(name string) bool {
	for i := 1; i < len(name); i++ {
		if c := name[i]; 'a' <= c && c <= 'z' && name[i-1] == ' ' {
			return true
		}
	}
	return false
}

// lookup finds the place with the name or alias name (exact case; any run of white space
// matches one space).
func (x *geoIndex) lookup(name string) (geoPlace, bool) {
	if !spaceFolded(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	h := maphash.String(geoSeed, name)
	if !x.mayHaveHash(h) {
		return geoPlace{}, false
	}
	i := x.find(h, name)
	if i < 0 {
		return geoPlace{}, false
	}
	return x.place(i), true
}

// lookupCaps finds the place whose name is name written in capitals ("MEXICO CITY",
// "BANI WALID"): titleWords of it. An ASCII name is cased on the stack, as this is asked
// of runs of capitals that are mostly no place.
func (x *geoIndex) lookupCaps(name string) (geoPlace, bool) {
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
	h := maphash.Bytes(geoSeed, b)
	if !x.mayHaveHash(h) {
		return geoPlace{}, false
	}
	i := x.find(h, string(b))
	if i < 0 {
		return geoPlace{}, false
	}
	return x.place(i), true
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

// parseGeonames decompresses in one goroutine while this one reads the lines already out
// (20 ms instead of 26 on two slow cores). The chunks' text is joined at the end into the
// index's one text, which the spans read.
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
	x := &geoIndex{recs: make([]geoRec, 0, size/55)}
	chunks := make(chan string, 16)
	var readErr error
	go func() {
		defer close(chunks)
		readErr = geoChunks(zr, chunks)
	}()
	p := geoParser{x: x, countries: make(map[string]geoSpan, 256), names: make([]geoName, 0, size/22)}
	var text strings.Builder
	text.Grow(size)
	for chunk := range chunks {
		if err == nil {
			err = p.parse(chunk, text.Len())
		}
		text.WriteString(chunk)
	}
	switch {
	case readErr != nil:
		return nil, readErr
	case err != nil:
		return nil, err
	case text.Len() >= 1<<32:
		return nil, fmt.Errorf("too large")
	case len(x.recs) == 0:
		return nil, fmt.Errorf("no places")
	}
	x.text = text.String()
	x.makeSlots(len(p.names) + len(p.unarticled))
	for _, n := range p.names {
		if !x.insert(n.name, n.idx) {
			// The generator gives each name to one place; here one would map to the last.
			return nil, fmt.Errorf("%q names two places", x.str(n.name))
		}
	}
	x.addWithoutArticles(p.unarticled)
	return x, nil
}

// arabicArticles are the spellings of the Arabic article that open place names in
// GeoNames ("Az Zawiyah", "Ar Raqqah"), which news often leaves off ("Zawiyah", "Raqqah").
var arabicArticles = []string{"Al ", "Al-", "Az ", "As ", "Ad ", "Ar ", "Ash ", "At ", "An ", "Adh ", "Ath ", "El ", "Ez "}

// withoutArticle returns how many bytes of name are an opening Arabic article, or 0.
func withoutArticle(name string) int {
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(name, a); ok && len(rest) >= 4 && 'A' <= rest[0] && rest[0] <= 'Z' {
			return len(a)
		}
	}
	return 0
}

// addWithoutArticles indexes the names of ns without their article, each for the most
// populous place that has it and only where no place has it already. Such a name is only
// as sure as a small town's: a place after "in" or "near", not anywhere on its own, as a
// short name may be a surname too ("Obeid" of El Obeid).
func (x *geoIndex) addWithoutArticles(ns []geoName) {
	best := map[string]int{} // by name, its best in ns
	var order []int
	for k, n := range ns {
		name := x.str(n.name)
		if x.find(maphash.String(geoSeed, name), name) >= 0 {
			continue
		}
		if b, ok := best[name]; !ok {
			best[name] = k
			order = append(order, k)
		} else if x.recs[n.idx].pop > x.recs[ns[b].idx].pop {
			best[name] = k
		}
	}
	for _, k := range order {
		n := ns[best[x.str(ns[k].name)]]
		r := x.recs[n.idx]
		r.pop = min(r.pop, bigTownPop-1)
		x.recs = append(x.recs, r)
		x.insert(n.name, int32(len(x.recs)-1))
	}
}

// geoName is a name and the place it names.
type geoName struct {
	name geoSpan
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
	countries  map[string]geoSpan
	lineNo     int
	names      []geoName // in the file's order
	unarticled []geoName // names without their Arabic article, in the file's order
}

func (p *geoParser) name(base int, f geoField, idx int32) {
	sp := geoSpan{uint32(base + f.off), uint32(len(f.s))}
	p.names = append(p.names, geoName{sp, idx})
	if k := withoutArticle(f.s); k > 0 {
		p.unarticled = append(p.unarticled, geoName{geoSpan{sp.off + uint32(k), sp.n - uint32(k)}, idx})
	}
}

// geoField is a field of a line and its offset in the chunk.
type geoField struct {
	s   string
	off int
}

// parse reads the lines of a chunk that starts at offset base of the whole text.
func (p *geoParser) parse(text string, base int) error {
	var f [9]geoField
	for pos := 0; pos < len(text); {
		p.lineNo++
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line, at := text[pos:end], pos
		pos = end + 1
		if line == "" || line[0] == '#' {
			continue
		}
		n := 0
		for more := true; more && n < len(f); n++ {
			var field string
			field, line, more = strings.Cut(line, "\t")
			f[n] = geoField{field, at}
			at += len(field) + 1
		}
		if line != "" {
			n++ // too many fields
		}
		switch {
		case f[0].s == "C" && n == 3:
			p.countries[f[1].s] = geoSpan{uint32(base + f[2].off), uint32(len(f[2].s))}
		case f[0].s == "P" && n == 9:
			r, err := geoParsePlace(f, base, p.countries)
			if err != nil {
				return fmt.Errorf("line %d: %w", p.lineNo, err)
			}
			x := p.x
			idx := int32(len(x.recs))
			x.recs = append(x.recs, r)
			p.name(base, f[1], idx)
			for aliases, at := f[8].s, f[8].off; aliases != ""; {
				var a string
				a, aliases, _ = strings.Cut(aliases, "|")
				p.name(base, geoField{a, at}, idx)
				at += len(a) + 1
			}
		default:
			return fmt.Errorf("line %d: bad line %q", p.lineNo, f[0].s)
		}
	}
	return nil
}

func geoParsePlace(f [9]geoField, base int, countries map[string]geoSpan) (geoRec, error) {
	span := func(g geoField) geoSpan { return geoSpan{uint32(base + g.off), uint32(len(g.s))} }
	r := geoRec{name: span(f[1]), region: span(f[4])}
	switch f[2].s {
	case "c":
		r.city = true
	case "r":
	default:
		return r, fmt.Errorf("%s: bad kind %q", f[1].s, f[2].s)
	}
	var ok bool
	if r.country, ok = countries[f[3].s]; !ok {
		return r, fmt.Errorf("%s: unknown country %q", f[1].s, f[3].s)
	}
	pop, err := strconv.ParseInt(f[5].s, 10, 32)
	if err != nil {
		return r, fmt.Errorf("%s: %w", f[1].s, err)
	}
	r.pop = int32(pop)
	if f[6].s != "" || f[7].s != "" {
		lat, err1 := strconv.ParseFloat(f[6].s, 32)
		lon, err2 := strconv.ParseFloat(f[7].s, 32)
		if err1 != nil || err2 != nil {
			return r, fmt.Errorf("%s: bad coordinates %q %q", f[1].s, f[6].s, f[7].s)
		}
		r.lat, r.lon, r.hasCoord = float32(lat), float32(lon), true
	}
	return r, nil
}
