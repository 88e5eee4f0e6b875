package model

// PlaceKind is what sort of place something is.
type PlaceKind string

const (
	PlaceCountry PlaceKind = "country"
	PlaceRegion  PlaceKind = "region" // a state, province or governorate
	PlaceCity    PlaceKind = "city"   // a town or city
	PlaceOther   PlaceKind = "place"  // a sea, a district, a landmark, a region without borders
)

// Place is where events happen: a setting, kept apart from the actors who take part in
// them ("Russia" fires missiles "from the Caspian Sea" at targets "in Syria"). A country
// can be both an actor and a place, under the same name.
type Place struct {
	ID      string
	Name    string
	Kind    PlaceKind
	Country string // the country a city or region lies in; empty for a country
	// Where it is, when the gazetteer knows (cities do, regions and seas do not).
	Lat, Lon float64
	Located  bool
	Aliases  []string // the other ways the texts name it
}
