package actor

import (
	"testing"
	"time"
)

func TestGeonamesEmbedded(t *testing.T) {
	if n := len(geonamesGz); n >= 3<<20 {
		t.Errorf("resources/geonames.tsv.gz is %d bytes, want under 3 MB", n)
	}
	start := time.Now()
	x, err := parseGeonames(geonamesGz)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d places, %d names, parsed in %v", len(x.recs), x.count, time.Since(start))
	if len(x.recs) < 30000 || x.count < 60000 {
		t.Errorf("%d places, %d names: the extract looks truncated", len(x.recs), x.count)
	}
	if geonames() == nil {
		t.Fatal("geonames() = nil")
	}
	// A damaged file must fail to load, not load in part.
	cut := geonamesGz[:len(geonamesGz)/2]
	flip := append([]byte(nil), geonamesGz...)
	flip[len(flip)/2] ^= 0x55
	for name, gz := range map[string][]byte{"truncated": cut, "flipped": flip, "empty": nil} {
		if _, err := parseGeonames(gz); err == nil {
			t.Errorf("%s file: no error", name)
		}
	}
}

func TestGeonamesLookup(t *testing.T) {
	x := geonames()
	tests := []struct {
		name, want, country string
		city                bool
	}{
		{"Aleppo", "Aleppo", "Syria", true},
		{"Sirte", "Sirte", "Libya", true},
		{"Surt", "Sirte", "Libya", true},
		{"Bani Walid", "Bani Walid", "Libya", true},
		{"Bani  Walid", "Bani Walid", "Libya", true},
		{"Bani\nWalid", "Bani Walid", "Libya", true},
		{" Bani Walid ", "Bani Walid", "Libya", true},
		{"Jisr ash Shughur", "Jisr ash Shughur", "Syria", true},
		{"Jisr Al-Shughour", "Jisr ash Shughur", "Syria", true},
		{"Jisr ash Shughūr", "Jisr ash Shughur", "Syria", true},
		{"Deir ez-Zor", "Deir ez-Zor", "Syria", true},
		{"Kiev", "Kyiv", "Ukraine", true},
		{"Kyiv", "Kyiv", "Ukraine", true},
		{"Paris", "Paris", "France", true},
		{"Homs", "Homs", "Syria", true},
		{"Islamabad", "Islamabad", "Pakistan", true},
		{"Bavaria", "Bavaria", "Germany", false},
		// A city GeoNames names in its own language goes by its English name.
		{"Geneva", "Geneva", "Switzerland", true},
		{"Genève", "Geneva", "Switzerland", true},
		{"Nürnberg", "Nuremberg", "Germany", true},
		{"Mumbai", "Mumbai", "India", true},
	}
	for _, tt := range tests {
		p, ok := x.lookup(tt.name)
		if !ok {
			t.Errorf("lookup(%q) = nil, want %s", tt.name, tt.want)
			continue
		}
		if p.Name != tt.want || p.Country != tt.country || p.City != tt.city {
			t.Errorf("lookup(%q) = %s (%s, city %v), want %s (%s, city %v)",
				tt.name, p.Name, p.Country, p.City, tt.want, tt.country, tt.city)
		}
		if p.City != p.HasCoord {
			t.Errorf("lookup(%q): city %v but coordinates %v", tt.name, p.City, p.HasCoord)
		}
	}
	if p, ok := x.lookup("Aleppo"); !ok || (p.Lat < 36 || p.Lat > 36.5 || p.Lon < 37 || p.Lon > 37.3 || p.Pop < 1_000_000) {
		t.Errorf("Aleppo at %v,%v with %d people", p.Lat, p.Lon, p.Pop)
	}
	// Common words, codes, foreign names of small towns, other case, and countries' names
	// used by places elsewhere are not names.
	for _, name := range []string{"Reading", "Mobile", "Nice", "Split", "ALP", "SRX", "Emesa", "aleppo", "ALEPPO", "India", "Albania", "", " "} {
		if p, ok := x.lookup(name); ok {
			t.Errorf("lookup(%q) = %s (%s), want nil", name, p.Name, p.Country)
		}
	}
}

func BenchmarkGeonamesLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseGeonames(geonamesGz); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGeonamesLookup(b *testing.B) {
	x := geonames()
	names := []string{"Aleppo", "Bani Walid", "Bani  Walid", "Jisr Al-Shughour", "Nowhere Town"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		x.lookup(names[i%len(names)])
	}
}

func TestSpaceFolded(t *testing.T) {
	for s, want := range map[string]bool{
		"":                true,
		"Paris":           true,
		"Bani Walid":      true,
		"São Paulo":       true,
		"Bani  Walid":     false,
		" Paris":          false,
		"Paris ":          false,
		"Bani\tWalid":     false,
		"Bani\nWalid":     false,
		"Bani\u00a0Walid": false,
		"Bani\u2009Walid": false,
	} {
		if got := spaceFolded(s); got != want {
			t.Errorf("spaceFolded(%q) = %v, want %v", s, got, want)
		}
	}
}
