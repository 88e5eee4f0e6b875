package model

import "strings"

// LookupActor finds actors by ID, name or alias, ignoring case; failing an exact match, by
// a word of the name ("shoigu" finds Sergei Shoigu).
func (t *Timeline) LookupActor(name string) []string {
	q := strings.ToLower(strings.TrimSpace(name))
	if q == "" {
		return nil
	}
	var exact, partial []string
	for _, a := range t.Actors {
		switch {
		case strings.ToLower(a.ID) == q || strings.ToLower(a.Name) == q || containsFold(a.Aliases, q):
			exact = append(exact, a.ID)
		case containsFold(strings.Fields(a.Name), q):
			partial = append(partial, a.ID)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}

func containsFold(list []string, q string) bool {
	for _, s := range list {
		if strings.ToLower(s) == q {
			return true
		}
	}
	return false
}
