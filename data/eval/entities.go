package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

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
// ORG, country and place → LOC.

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
		s, e := d.Span(m.Start, m.End)
		out = append(out, entityKey{corpus.Span{Start: s, End: e}, kindType(kinds[m.Actor]), m.Text})
	}
	for _, m := range r.Places {
		s, e := d.Span(m.Start, m.End)
		out = append(out, entityKey{corpus.Span{Start: s, End: e}, "LOC", m.Text})
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

// scoreEntitiesAndSpeakers prints the entity and speaker sections of the MEANTIME report
// for the documents read from files.
func scoreEntitiesAndSpeakers(files []string, docs []*corpus.Doc, o Options) {
	w := o.Out
	if w == nil {
		w = os.Stdout
	}
	g := actor.DefaultGazetteer()
	var untyped, typed, scopedU, scopedT EntityCounts
	perType := map[string]*EntityCounts{"PER": {}, "ORG": {}, "LOC": {}}
	var sp SpeakerCounts
	var details strings.Builder
	for k, doc := range docs {
		if k < len(files) {
			fillEntityTypes(files[k], doc)
		}
		d := text.Analyze(doc.Text)
		r := actor.Recognize(d, g)
		gold, sys := goldEntities(doc), systemEntities(d, r)
		cu, gm, sm := matchEntities(gold, sys, false)
		ct, _, _ := matchEntities(gold, sys, true)
		untyped.add(cu)
		typed.add(ct)
		inScope := annotatedScope(doc, d, sys)
		su, _, _ := matchEntities(gold, inScope, false)
		st, _, _ := matchEntities(gold, inScope, true)
		scopedU.add(su)
		scopedT.add(st)
		for _, t := range []string{"PER", "ORG", "LOC"} {
			c, _, _ := matchEntities(filterType(gold, t), filterType(sys, t), true)
			perType[t].add(c)
		}
		qs := quote.Find(d, r)
		sc, lines := scoreSpeakers(doc, d, qs)
		sp.add(sc)
		if o.Verbose {
			fmt.Fprintf(&details, "%s\n", doc.Name)
			for i, ge := range gold {
				if !gm[i] {
					fmt.Fprintf(&details, "    MISS   %s %q at %d\n", ge.Type, ge.Text, ge.Start)
				}
			}
			for j, se := range sys {
				if !sm[j] {
					fmt.Fprintf(&details, "    FALSE  %s %q at %d\n", se.Type, se.Text, se.Start)
				}
			}
			for _, l := range lines {
				fmt.Fprintf(&details, "    %s\n", l)
			}
		}
	}
	writeEntityReport(w, len(docs), untyped, typed, scopedU, scopedT, perType)
	writeSpeakerReport(w, sp)
	if o.Verbose {
		fmt.Fprintf(w, "\n%s", details.String())
	}
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

// annotatedScope keeps the system mentions that stand in a sentence where the gold has
// at least one entity mention of any kind. MEANTIME does not mark every mention of every
// entity (a company named thirty times may be marked five times), so whole-text precision
// counts many true names as false; sentences without any gold entity are the clearest
// case of text left unannotated.
func annotatedScope(doc *corpus.Doc, d *text.Doc, sys []entityKey) []entityKey {
	sents := map[int]bool{}
	for _, e := range doc.Entities {
		sents[d.SentenceAt(d.Runes.Bytes(e.Start))] = true
	}
	var out []entityKey
	for _, s := range sys {
		if sents[d.SentenceAt(d.Runes.Bytes(s.Start))] {
			out = append(out, s)
		}
	}
	return out
}

func writeEntityReport(w io.Writer, docs int, untyped, typed, scopedU, scopedT EntityCounts, perType map[string]*EntityCounts) {
	fmt.Fprintf(w, "\nMEANTIME named entities (NAM and PRE.NAM mentions of PER, ORG, LOC): %d documents, %d gold, %d system\n", docs, untyped.Gold, untyped.Sys)
	fmt.Fprintf(w, "  %-16s %7s %7s %7s\n", "match", "P", "R", "F1")
	row := func(name string, match, sys, gold int) {
		p := prf(match, sys, gold)
		fmt.Fprintf(w, "  %-16s %7.3f %7.3f %7.3f   (%d matches)\n", name, p.P, p.R, p.F, match)
	}
	row("span exact", untyped.Exact, untyped.Sys, untyped.Gold)
	row("span overlap", untyped.Loose, untyped.Sys, untyped.Gold)
	row("typed exact", typed.Exact, typed.Sys, typed.Gold)
	row("typed overlap", typed.Loose, typed.Sys, typed.Gold)
	fmt.Fprintf(w, "  in sentences with gold entity annotation (%d system mentions):\n", scopedU.Sys)
	row("span exact", scopedU.Exact, scopedU.Sys, scopedU.Gold)
	row("span overlap", scopedU.Loose, scopedU.Sys, scopedU.Gold)
	row("typed overlap", scopedT.Loose, scopedT.Sys, scopedT.Gold)
	fmt.Fprintf(w, "  by type, whole text:\n")
	for _, t := range []string{"PER", "ORG", "LOC"} {
		c := perType[t]
		p := prf(c.Loose, c.Sys, c.Gold)
		fmt.Fprintf(w, "  %-16s %7.3f %7.3f %7.3f   (%d gold, %d system)\n", t+" overlap", p.P, p.R, p.F, c.Gold, c.Sys)
	}
}

// fillEntityTypes gives gold entity mentions the type of the entity they refer to when
// the reader left it empty. MEANTIME's REFERS_TO relations list several source mentions
// for one target entity, and corpus.ReadMEANTIME keeps only one of them; this reads the
// relations again with every source. It changes nothing once the reader types them all.
func fillEntityTypes(path string, doc *corpus.Doc) {
	missing := false
	for _, e := range doc.Entities {
		if e.Type == "" {
			missing = true
			break
		}
	}
	if !missing {
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return
	}
	type ref struct {
		ID string `xml:"m_id,attr"`
	}
	var cat struct {
		Tokens []struct {
			ID   string `xml:"t_id,attr"`
			Text string `xml:",chardata"`
		} `xml:"token"`
		Markables struct {
			Mentions []struct {
				ID      string `xml:"m_id,attr"`
				Anchors []struct {
					ID string `xml:"t_id,attr"`
				} `xml:"token_anchor"`
			} `xml:"ENTITY_MENTION"`
			Entities []struct {
				ID   string `xml:"m_id,attr"`
				Type string `xml:"ent_type,attr"`
			} `xml:"ENTITY"`
		} `xml:"Markables"`
		Relations struct {
			RefersTo []struct {
				Sources []ref `xml:"source"`
				Targets []ref `xml:"target"`
			} `xml:"REFERS_TO"`
		} `xml:"Relations"`
	}
	if xml.Unmarshal(raw, &cat) != nil {
		return
	}
	tokSpan := map[string]corpus.Span{}
	pos := 0
	for i, t := range cat.Tokens {
		if i > 0 {
			pos++
		}
		n := utf8.RuneCountInString(t.Text)
		tokSpan[t.ID] = corpus.Span{Start: pos, End: pos + n}
		pos += n
	}
	entType := map[string]string{}
	for _, e := range cat.Markables.Entities {
		entType[e.ID] = e.Type
	}
	mentionType := map[string]string{}
	for _, r := range cat.Relations.RefersTo {
		for _, t := range r.Targets {
			for _, s := range r.Sources {
				mentionType[s.ID] = entType[t.ID]
			}
		}
	}
	bySpan := map[corpus.Span]string{}
	for _, m := range cat.Markables.Mentions {
		var s corpus.Span
		ok := false
		for _, a := range m.Anchors {
			ts, found := tokSpan[a.ID]
			if !found {
				continue
			}
			if !ok || ts.Start < s.Start {
				s.Start = ts.Start
			}
			if !ok || ts.End > s.End {
				s.End = ts.End
			}
			ok = true
		}
		if ok && mentionType[m.ID] != "" {
			bySpan[s] = mentionType[m.ID]
		}
	}
	for i := range doc.Entities {
		if doc.Entities[i].Type == "" {
			doc.Entities[i].Type = bySpan[doc.Entities[i].Span]
		}
	}
}
