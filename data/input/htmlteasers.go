package input

import "strings"

// linkedShare is the share of its text in links from which a paragraph of the result is
// taken for a link to another page rather than text: a teaser of a related or latest
// article, an entry of a "read more" list, a menu entry trafilatura let through. On the
// development half, shares from 0.5 to 0.99 all gain; 0.8 loses no main text there.
const linkedShare = 0.8

// introWords bounds the words of a paragraph taken for the heading or the label of the
// teasers after it ("Read more:", "Latest articles", a teaser's kicker or date).
const introWords = 8

// longWords is the length of a paragraph of text rather than of a heading or a label.
const longWords = 20

// dropTeasers leaves out of the result the paragraphs that are links to other pages and
// the headings that introduce them. trafilatura weighs the links of a whole list or
// section and keeps teasers that stand inside the article's element; one paragraph at a
// time, they are plain to see whatever the page's language.
func dropTeasers(paras []string, p *pageLinks) []string {
	drop := make([]bool, len(paras))
	toSite := make([]bool, len(paras))
	for i, para := range paras {
		if e := p.find(para); e >= 0 {
			drop[i] = p.share(e) >= linkedShare
			toSite[i] = p.siteShare(e) >= linkedShare
		}
	}
	dropIntros(paras, drop, toSite, p)
	var out []string
	for i, para := range paras {
		if !drop[i] {
			out = append(out, para)
		}
	}
	return out
}

// dropIntros marks the short paragraphs that stand right before a teaser, and those
// before them in turn: the heading of a "related articles" box, the kicker and the date
// of each teaser. Only teasers that link to the site's own pages count, for a list of
// sources or of downloads is part of the text, and its heading with it. Neither list
// items nor table rows are taken (a list whose last item links to the site is text),
// nor anything up to the first long paragraph, where the headline stands.
func dropIntros(paras []string, drop, toSite []bool, p *pageLinks) {
	first := len(paras)
	for i, para := range paras {
		if len(strings.Fields(para)) >= longWords {
			first = i
			break
		}
	}
	for i := len(paras) - 2; i > first; i-- {
		if drop[i] || !toSite[i+1] || len(strings.Fields(paras[i])) > introWords {
			continue
		}
		if e := p.find(paras[i]); e >= 0 && p.isItem(e) {
			continue
		}
		drop[i], toSite[i] = true, true
	}
}
