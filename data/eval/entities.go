package eval

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"storyline/data/actor"
	"storyline/data/eval/corpus"
	"storyline/data/quote"
	"storyline/data/text"
	"storyline/model"
)

// Named-entity scoring on MEANTIME: storyline's named mentions of people, organisations
// and places (actors by name or capital, and the places that are only settings) against
// the gold entity mentions whose syntactic type is NAM or PRE.NAM and whose entity type is
// PER, ORG or LOC. Matching is one-to-one, by exact span or by any overlap, first without
// types and then with them. Kinds map to types as person → PER, organization and group →
// ORG, country and place → LOC; the news sources cited count as ORG.

// entityKey is a scored mention: a code-point span and a type.
type entityKey struct {
	corpus.Span
	Type string
	Text string
}

// EntityCounts are the match counts of one comparison.
type EntityCounts struct {
	Gold, Sys    int
	Exact, Loose int // one-to-one matches by exact span and by overlap
}

func (c *EntityCounts) add(o EntityCounts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Exact += o.Exact
	c.Loose += o.Loose
}

func kindType(k model.ActorKind) string {
	switch k {
	case model.KindPerson:
		return "PER"
	case model.KindOrganization, model.KindGroup:
		return "ORG"
	case model.KindCountry, model.KindPlace:
		return "LOC"
	}
	return ""
}

// systemEntities returns storyline's named mentions in code points of d.
func systemEntities(d *text.Doc, r *actor.Result) []entityKey {
	kinds := map[string]model.ActorKind{}
	for _, a := range r.Actors {
		kinds[a.ID] = a.Kind
	}
	var out []entityKey
	for _, m := range r.Mentions {
		if m.Kind != actor.Named && m.Kind != actor.Metonym {
			continue
		}
		// The name proper: a role before it ("Apple CEO Steve Jobs") names no entity.
		s, e := d.Span(m.NameStart, m.End)
		out = append(out, entityKey{corpus.Span{Start: s, End: e}, kindType(kinds[m.Actor]), d.Text[m.NameStart:m.End]})
	}
	for _, m := range r.PlaceMentions {
		s, e := d.Span(m.Start, m.End)
		out = append(out, entityKey{corpus.Span{Start: s, End: e}, "LOC", m.Text})
	}
	// News sources (agencies, papers, broadcasters) are kept apart from actors, but as
	// names they are organisations.
	for _, c := range r.Citations {
		s, e := d.Span(c.Start, c.End)
		out = append(out, entityKey{corpus.Span{Start: s, End: e}, "ORG", d.Text[c.Start:c.End]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func goldEntities(doc *corpus.Doc) []entityKey {
	var out []entityKey
	for _, e := range doc.Entities {
		if e.Syntactic != "NAM" && e.Syntactic != "PRE.NAM" {
			continue
		}
		switch e.Type {
		case "PER", "ORG", "LOC":
			out = append(out, entityKey{e.Span, e.Type, e.Text})
		}
	}
	return out
}

// matchEntities pairs gold and system mentions one to one: exact spans first, then the
// largest overlaps. typed requires equal types. It returns the counts and, for reports,
// which gold and system mentions found a partner by overlap.
func matchEntities(gold, sys []entityKey, typed bool) (EntityCounts, []bool, []bool) {
	c := EntityCounts{Gold: len(gold), Sys: len(sys)}
	gm, sm := make([]bool, len(gold)), make([]bool, len(sys))
	ok := func(g, s entityKey) bool { return !typed || g.Type == s.Type }
	for i, g := range gold {
		for j, s := range sys {
			if !sm[j] && s.Span == g.Span && ok(g, s) {
				gm[i], sm[j] = true, true
				c.Exact++
				break
			}
		}
	}
	c.Loose = c.Exact
	for i, g := range gold {
		if gm[i] {
			continue
		}
		best, bestOv := -1, 0
		for j, s := range sys {
			if sm[j] || !s.Overlaps(g.Span) || !ok(g, s) {
				continue
			}
			ov := min(s.End, g.End) - max(s.Start, g.Start)
			if ov > bestOv {
				best, bestOv = j, ov
			}
		}
		if best >= 0 {
			gm[i], sm[best] = true, true
			c.Loose++
		}
	}
	return c, gm, sm
}

// MEANTIME marks named entities only in the opening sentences of each article (title,
// date line and the first sentences: every gold NAM mention of a person, organisation or
// place lies there, as every time expression does), so the figures count storyline's
// mentions in that part; whole-text figures follow for reference, their precision low
// because the gold leaves later names unmarked.

// scoreEntitiesAndSpeakers prints the entity and speaker sections of the MEANTIME report
// for the documents read from files.
func scoreEntitiesAndSpeakers(files []string, docs []*corpus.Doc, o Options) {
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	g := actor.DefaultGazetteer()
	var whole EntityCounts
	scoped := newNameScores()
	var sp SpeakerCounts
	var details strings.Builder
	for k, doc := range docs {
		end := len(doc.Text)
		if k < len(files) {
			if e, err := meantimeTimexScope(files[k]); err == nil {
				end = e
			}
		}
		d := text.Analyze(doc.Text)
		r := actor.Recognize(d, g)
		gold, all := goldEntities(doc), systemEntities(d, r)
		sys := openingMentions(all, end)
		cw, _, _ := matchEntities(gold, all, false)
		whole.add(cw)
		gm, sm := scoped.add(gold, sys)
		qs := quote.Find(d, r)
		sc, lines := scoreSpeakers(doc, d, qs)
		sp.add(sc)
		if o.Verbose {
			writeNameMisses(&details, doc.Name, gold, gm, sys, sm)
			for _, l := range lines {
				fmt.Fprintf(&details, "    %s\n", l)
			}
		}
	}
	writeEntityReport(w, len(docs), scoped.u, scoped.t, whole, scoped.perType)
	writeSpeakerReport(w, sp)
	if o.Verbose {
		fmt.Fprintf(w, "\n%s", details.String())
	}
}

// nameScores gathers one document's name matches after another: untyped, typed and by
// type.
type nameScores struct {
	u, t    EntityCounts
	perType map[string]*EntityCounts
}

func newNameScores() *nameScores {
	return &nameScores{perType: map[string]*EntityCounts{"PER": {}, "ORG": {}, "LOC": {}}}
}

// add scores a document and gives which gold and system names found a partner, untyped.
func (n *nameScores) add(gold, sys []entityKey) (gm, sm []bool) {
	cu, gm, sm := matchEntities(gold, sys, false)
	ct, _, _ := matchEntities(gold, sys, true)
	n.u.add(cu)
	n.t.add(ct)
	for _, ty := range []string{"PER", "ORG", "LOC"} {
		c, _, _ := matchEntities(filterType(gold, ty), filterType(sys, ty), true)
		n.perType[ty].add(c)
	}
	return gm, sm
}

// openingMentions keeps the mentions that end at or before the code-point offset end.
func openingMentions(es []entityKey, end int) []entityKey {
	var out []entityKey
	for _, e := range es {
		if e.End <= end {
			out = append(out, e)
		}
	}
	return out
}

func filterType(es []entityKey, t string) []entityKey {
	var out []entityKey
	for _, e := range es {
		if e.Type == t {
			out = append(out, e)
		}
	}
	return out
}

func writeEntityReport(w io.Writer, docs int, u, t, whole EntityCounts, perType map[string]*EntityCounts) {
	fmt.Fprintf(w, "\nMEANTIME named entities (NAM and PRE.NAM mentions of PER, ORG, LOC, in the annotated opening sentences): %d documents, %d gold, %d system\n", docs, u.Gold, u.Sys)
	row := writeEntityRows(w, u, t, perType)
	row("whole text", whole.Loose, whole.Sys, whole.Gold, fmt.Sprintf(", span overlap; %d system mentions, later ones unmarked in the gold", whole.Sys))
}

// writeEntityRows writes the table of name scores (untyped and typed, exact and overlap,
// then each type) and gives the row writer for further rows.
func writeEntityRows(w io.Writer, u, t EntityCounts, perType map[string]*EntityCounts) func(name string, match, sys, gold int, note string) {
	fmt.Fprintf(w, "  %-16s %7s %7s %7s\n", "match", "P", "R", "F1")
	row := func(name string, match, sys, gold int, note string) {
		p := prf(match, sys, gold)
		fmt.Fprintf(w, "  %-16s %7.3f %7.3f %7.3f   (%d matches%s)\n", name, p.P, p.R, p.F, match, note)
	}
	row("span exact", u.Exact, u.Sys, u.Gold, "")
	row("span overlap", u.Loose, u.Sys, u.Gold, "")
	row("typed exact", t.Exact, t.Sys, t.Gold, "")
	row("typed overlap", t.Loose, t.Sys, t.Gold, "")
	for _, ty := range []string{"PER", "ORG", "LOC"} {
		c := perType[ty]
		row(ty+" overlap", c.Loose, c.Sys, c.Gold, fmt.Sprintf("; %d gold, %d system", c.Gold, c.Sys))
	}
	return row
}

// writeNameMisses lists a document's gold names no system name matched, and the system
// names no gold name did.
func writeNameMisses(w io.Writer, doc string, gold []entityKey, gm []bool, sys []entityKey, sm []bool) {
	fmt.Fprintf(w, "%s\n", doc)
	for i, ge := range gold {
		if !gm[i] {
			fmt.Fprintf(w, "    MISS   %s %q at %d\n", ge.Type, ge.Text, ge.Start)
		}
	}
	for j, se := range sys {
		if !sm[j] {
			fmt.Fprintf(w, "    FALSE  %s %q at %d\n", se.Type, se.Text, se.Start)
		}
	}
}
