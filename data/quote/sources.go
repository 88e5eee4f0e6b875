package quote

import "storyline/data/text"

// sources attaches the news sources an article cites to its quotes and claims:
//   - a source cited in a sentence ("..., according to TASS", "the AP reported") covers the
//     quotes and claims of that sentence (and of the sentence of their cue);
//   - within a paragraph, it also covers the other quotes and claims of the same speaker
//     ("Carter said ... “that’s it.” He said ..., the AP reported.");
//   - a wire dateline at the top ("MOSCOW (Reuters) -", "- AFP") covers every quote and
//     claim that has no other source.
func (f *finder) sources(items []item) {
	d := f.d
	bySent := map[int]string{}
	dateline := ""
	for ci, c := range f.r.Citations {
		a, _ := f.citationToks(int32(ci))
		if a >= len(d.Tokens) {
			continue
		}
		s := f.sent[a]
		if _, ok := bySent[s]; !ok {
			bySent[s] = c.Source
		}
		if dateline == "" && f.isDateline(a) {
			dateline = c.Source
		}
	}
	for i := range items {
		it := &items[i]
		if it.q.Source != "" {
			continue
		}
		if src, ok := bySent[it.sent]; ok {
			it.q.Source = src
		} else if it.cue >= 0 {
			it.q.Source = bySent[f.sent[it.cue]]
		}
	}
	type paraSpeaker struct {
		para    int
		speaker string
	}
	cover := map[paraSpeaker]string{}
	for _, it := range items {
		if it.q.Source != "" && it.q.Speaker != "" {
			k := paraSpeaker{f.para[it.a], it.q.Speaker}
			if _, ok := cover[k]; !ok {
				cover[k] = it.q.Source
			}
		}
	}
	for i := range items {
		it := &items[i]
		if it.q.Source == "" && it.q.Speaker != "" {
			it.q.Source = cover[paraSpeaker{f.para[it.a], it.q.Speaker}]
		}
		if it.q.Source == "" {
			it.q.Source = dateline
		}
	}
}

// isDateline reports whether the citation at token a is a wire credit at the top of the
// text: in parentheses or after a dash within the first words ("LONDON (Reuters) -",
// "PARIS, Oct 7 - AFP").
func (f *finder) isDateline(a int) bool {
	d := f.d
	if a > 15 || f.sent[a] != 0 {
		return false
	}
	if a > 0 {
		switch d.Tok(a - 1) {
		case "(", "-", "—", "–":
			return true
		}
	}
	return a == 0 && len(d.Tokens) > 1 && d.Tokens[1].Kind == text.Punct
}
