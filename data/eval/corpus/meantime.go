package corpus

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// MEANTIME CAT XML: tokens, then markables pointing at tokens, then relations between
// markables.
type catDoc struct {
	Tokens    []catToken `xml:"token"`
	Markables struct {
		Timexes        []catTimex   `xml:"TIMEX3"`
		EntityMentions []catMention `xml:"ENTITY_MENTION"`
		Entities       []catEntity  `xml:"ENTITY"`
		EventMentions  []catMention `xml:"EVENT_MENTION"`
		Events         []catEvent   `xml:"EVENT"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo     []catRelation `xml:"REFERS_TO"`
		Participants []catRelation `xml:"HAS_PARTICIPANT"`
	} `xml:"Relations"`
}

type catToken struct {
	ID   string `xml:"t_id,attr"`
	Text string `xml:",chardata"`
}

type catAnchor struct {
	ID string `xml:"t_id,attr"`
}

type catTimex struct {
	ID       string      `xml:"m_id,attr"`
	Type     string      `xml:"type,attr"`
	Value    string      `xml:"value,attr"`
	Mod      string      `xml:"mod,attr"`
	Function string      `xml:"functionInDocument,attr"`
	Anchors  []catAnchor `xml:"token_anchor"`
}

type catMention struct {
	ID        string      `xml:"m_id,attr"`
	Syntactic string      `xml:"syntactic_type,attr"`
	Anchors   []catAnchor `xml:"token_anchor"`
}

type catEntity struct {
	ID   string `xml:"m_id,attr"`
	Type string `xml:"ent_type,attr"`
}

type catEvent struct {
	ID    string `xml:"m_id,attr"`
	Class string `xml:"class,attr"`
}

// catRelation links source markables to target markables; REFERS_TO lists every mention
// of an entity as a source of one relation.
type catRelation struct {
	Role    string   `xml:"sem_role,attr"`
	Sources []catRef `xml:"source"`
	Targets []catRef `xml:"target"`
}

type catRef struct {
	ID string `xml:"m_id,attr"`
}

// ReadMEANTIME reads a MEANTIME CAT XML file. The text is the tokens joined by single
// spaces; the creation time is the TIMEX3 whose functionInDocument is CREATION_TIME (its
// span, when it has tokens, is recorded and not scored); entity mentions take their type
// from the entity they refer to; speech events are the mentions of SPEECH_COGNITIVE
// events, with the mentions that fill their Arg0 role.
func ReadMEANTIME(path string) (*Doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cat catDoc
	if err := xml.Unmarshal(raw, &cat); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(cat.Tokens) == 0 {
		return nil, fmt.Errorf("%s: no tokens: not a MEANTIME CAT document", path)
	}
	doc := &Doc{Name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))}

	spans := map[string]Span{}
	var b strings.Builder
	pos := 0
	for i, t := range cat.Tokens {
		if i > 0 {
			b.WriteByte(' ')
			pos++
		}
		n := utf8.RuneCountInString(t.Text)
		spans[t.ID] = Span{pos, pos + n}
		b.WriteString(t.Text)
		pos += n
	}
	doc.Text = b.String()
	cover := func(as []catAnchor) (Span, bool) {
		var s Span
		ok := false
		for _, a := range as {
			t, found := spans[a.ID]
			if !found {
				continue
			}
			if !ok || t.Start < s.Start {
				s.Start = t.Start
			}
			if !ok || t.End > s.End {
				s.End = t.End
			}
			ok = true
		}
		return s, ok
	}
	text := func(s Span) string { return runeSlice(doc.Text, s.Start, s.End) }

	for _, t := range cat.Markables.Timexes {
		s, ok := cover(t.Anchors)
		if t.Function == "CREATION_TIME" {
			if d := parseDate(t.Value); !d.IsZero() && (doc.DCT.IsZero() || ok) {
				doc.DCT = d
			}
			if ok {
				doc.DCTSpan = &s
			}
			continue
		}
		if !ok {
			continue // an implicit time with no words in the text
		}
		doc.Timexes = append(doc.Timexes, Timex{Span: s, Text: text(s), Type: t.Type, Value: t.Value, Mod: t.Mod})
	}

	refers := map[string]string{}
	for _, r := range cat.Relations.RefersTo {
		for _, s := range r.Sources {
			for _, t := range r.Targets {
				refers[s.ID] = t.ID
			}
		}
	}
	entType := map[string]string{}
	for _, e := range cat.Markables.Entities {
		entType[e.ID] = e.Type
	}
	mentions := map[string]Span{}
	for _, m := range cat.Markables.EntityMentions {
		s, ok := cover(m.Anchors)
		if !ok {
			continue
		}
		mentions[m.ID] = s
		doc.Entities = append(doc.Entities, Entity{Span: s, Text: text(s), Type: entType[refers[m.ID]], Syntactic: m.Syntactic})
	}

	speechClass := map[string]bool{}
	for _, e := range cat.Markables.Events {
		if e.Class == "SPEECH_COGNITIVE" {
			speechClass[e.ID] = true
		}
	}
	arg0 := map[string][]Span{}
	for _, r := range cat.Relations.Participants {
		if r.Role != "Arg0" {
			continue
		}
		for _, src := range r.Sources {
			for _, t := range r.Targets {
				if s, ok := mentions[t.ID]; ok {
					arg0[src.ID] = append(arg0[src.ID], s)
				}
			}
		}
	}
	for _, m := range cat.Markables.EventMentions {
		if !speechClass[refers[m.ID]] {
			continue
		}
		s, ok := cover(m.Anchors)
		if !ok {
			continue
		}
		doc.Speeches = append(doc.Speeches, Speech{Span: s, Text: text(s), Speakers: arg0[m.ID]})
	}
	sortByStart(doc)
	return doc, nil
}

func sortByStart(d *Doc) {
	sort.SliceStable(d.Timexes, func(i, j int) bool { return d.Timexes[i].Start < d.Timexes[j].Start })
	sort.SliceStable(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
	sort.SliceStable(d.Speeches, func(i, j int) bool { return d.Speeches[i].Start < d.Speeches[j].Start })
}
