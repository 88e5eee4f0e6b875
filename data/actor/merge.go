package actor

import (
	"strings"
	"unicode"

	"storyline/model"
)

// Slug makes a stable ID from a name: lower-case letters and digits joined by hyphens,
// with periods and apostrophes dropped ("United States" → "united-states", "U.S." →
// "us", "al-Qaeda" → "al-qaeda").
func Slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	dash := false
	for _, c := range name {
		switch {
		case c == '.' || c == '\'' || c == '’':
			continue
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(c))
		default:
			dash = true
		}
	}
	return b.String()
}

// MergeDocuments merges the actors and sources of several documents: actors with the same
// canonical name (and kind) become one, and a person known in one document only by a
// surname joins the one person of that surname named in full elsewhere. IDs are slugs of
// the canonical names, so they are stable across runs. remap gives, for document doc and
// an ID from its Result, the merged ID.
func MergeDocuments(rs []*Result) (actors []model.Actor, sources []model.Source, remap func(doc int, id string) string) {
	type key struct {
		name string
		kind model.ActorKind
	}
	idx := map[key]int{}
	local := make([]map[string]int, len(rs)) // doc → local ID → index in actors
	for di, r := range rs {
		local[di] = map[string]int{}
		if r == nil {
			continue
		}
		for _, a := range r.Actors {
			k := key{strings.ToLower(a.Name), a.Kind}
			i, ok := idx[k]
			if !ok {
				i = len(actors)
				idx[k] = i
				actors = append(actors, model.Actor{Name: a.Name, Kind: a.Kind})
			}
			local[di][a.ID] = i
			mergeInto(&actors[i], a)
		}
	}
	// Surnames onto full names, when exactly one full name fits.
	full := map[string][]int{}
	for i, a := range actors {
		if a.Kind == model.KindPerson && strings.Contains(a.Name, " ") {
			full[lastWord(a.Name)] = append(full[lastWord(a.Name)], i)
		}
	}
	target := make([]int, len(actors))
	for i, a := range actors {
		target[i] = i
		// A bare word the document could not type (an organisation by default) may be
		// a surname too, when it came with no title or other form.
		bare := a.Kind == model.KindOrganization && len(a.Aliases) == 0 && len(a.Roles) == 0
		if (a.Kind == model.KindPerson || bare) && !strings.ContainsAny(a.Name, " -") {
			if fs := full[a.Name]; len(fs) == 1 {
				target[i] = fs[0]
				mergeInto(&actors[fs[0]], a)
			}
		}
	}
	used := map[string]bool{}
	ids := make([]string, len(actors))
	var out []model.Actor
	for i := range actors {
		if target[i] != i {
			continue
		}
		a := actors[i]
		a.ID = uniqueID(used, Slug(a.Name))
		a.Aliases = without(a.Aliases, a.Name)
		ids[i] = a.ID
		out = append(out, a)
	}
	for i := range actors {
		ids[i] = ids[target[i]]
	}
	// Sources by name.
	sidx := map[string]int{}
	slocal := make([]map[string]int, len(rs))
	for di, r := range rs {
		slocal[di] = map[string]int{}
		if r == nil {
			continue
		}
		for _, s := range r.Sources {
			k := strings.ToLower(s.Name)
			i, ok := sidx[k]
			if !ok {
				i = len(sources)
				sidx[k] = i
				sources = append(sources, model.Source{ID: uniqueID(used, Slug(s.Name)), Name: s.Name, Kind: s.Kind})
			}
			slocal[di][s.ID] = i
			for _, al := range s.Aliases {
				if !contains(sources[i].Aliases, al) {
					sources[i].Aliases = append(sources[i].Aliases, al)
				}
			}
		}
	}
	remap = func(doc int, id string) string {
		if doc < 0 || doc >= len(rs) {
			return id
		}
		if i, ok := local[doc][id]; ok {
			return ids[i]
		}
		if i, ok := slocal[doc][id]; ok {
			return sources[i].ID
		}
		return id
	}
	return out, sources, remap
}

func mergeInto(dst *model.Actor, src model.Actor) {
	if src.Name != dst.Name && !contains(dst.Aliases, src.Name) {
		dst.Aliases = append(dst.Aliases, src.Name)
	}
	for _, al := range src.Aliases {
		if !contains(dst.Aliases, al) {
			dst.Aliases = append(dst.Aliases, al)
		}
	}
	for _, ro := range src.Roles {
		if !contains(dst.Roles, ro) {
			dst.Roles = append(dst.Roles, ro)
		}
	}
}

func without(ss []string, s string) []string {
	out := ss[:0:0]
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}
