package model

// ActorKind is what sort of actor something is.
type ActorKind string

const (
	KindPerson       ActorKind = "person"
	KindCountry      ActorKind = "country"
	KindOrganization ActorKind = "organization"
	KindGroup        ActorKind = "group"
	KindPlace        ActorKind = "place"
)

// Actor is a participant in events: a person, country, organisation, group or place.
// Aliases are the other ways the text names it; Roles the titles stripped from its name.
type Actor struct {
	ID      string
	Name    string
	Kind    ActorKind
	Aliases []string
	Roles   []string
}

// Source is an agency or outlet an article cites. It is kept apart from actors: it stands
// behind a report rather than taking part in it.
type Source struct {
	ID      string
	Name    string
	Kind    string // news agency, newspaper, broadcaster, outlet
	Aliases []string
}
