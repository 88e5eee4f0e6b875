package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is every look the explorer uses, built once for the terminal's background.
// Components never make their own styles, so the light, dark and no-colour variants
// cannot drift apart.
type Styles struct {
	Header    lipgloss.Style // the status line
	FilterTag lipgloss.Style // "actor:", "search:" in the status line
	Dim       lipgloss.Style

	Border      lipgloss.Style
	BorderFocus lipgloss.Style
	Title       lipgloss.Style
	TitleFocus  lipgloss.Style

	Gutter       lipgloss.Style
	Selected     lipgloss.Style // the cursor row of the focused pane, applied to the whole row
	SelectedBlur lipgloss.Style // the cursor row of a pane without focus
	Separator    lipgloss.Style // the undated band's heading
	Match        lipgloss.Style // search words in titles

	QuoteMark lipgloss.Style // the quote count after a title
	Quote     lipgloss.Style // direct quotations
	Reported  lipgloss.Style // reported claims
	Check     lipgloss.Style // the mark of an active filter
	Count     lipgloss.Style
	Kind      lipgloss.Style

	Heading lipgloss.Style // labels in the detail pane
	Notice  lipgloss.Style // transient messages and warnings
	Key     lipgloss.Style // a key in the footer and help
	KeyDesc lipgloss.Style
	Prompt  lipgloss.Style
}

// Colour is one colour of the palette, for a light and for a dark background: "#RRGGBB",
// "#RGB" or an ANSI number, "0" to "255".
type Colour struct{ Light, Dark string }

// Palette is the colours the styles are made of; the settings file can change each one.
type Palette struct {
	Accent      Colour // focus, keys, headings, search matches
	Dim         Colour // secondary text, unfocused titles
	Border      Colour // the edges of panes without focus
	Date        Colour // the dates in the gutter
	Quote       Colour // quotations
	Good        Colour // the mark of an active filter
	Warn        Colour // notices
	SelectionBg Colour // the cursor row of the focused pane
	SelectionFg Colour
	BlurBg      Colour // the cursor row of a pane without focus
	HeaderBg    Colour // the status line
}

// DefaultPalette is the explorer's own colours.
func DefaultPalette() Palette {
	return Palette{
		Accent:      Colour{"#5B3CC4", "#B4A0FF"},
		Dim:         Colour{"#6E6E6E", "#8C8C8C"},
		Border:      Colour{"#B8B8B8", "#4A4A4A"},
		Date:        Colour{"#0B6A94", "#7CC7EA"},
		Quote:       Colour{"#8A5200", "#E8C27C"},
		Good:        Colour{"#1C7A2C", "#8FD89A"},
		Warn:        Colour{"#B02E2E", "#F59393"},
		SelectionBg: Colour{"#DCD2FF", "#3D3170"},
		SelectionFg: Colour{"#161616", "#FFFFFF"},
		BlurBg:      Colour{"#ECECEC", "#2B2B2B"},
		HeaderBg:    Colour{"#E9E4FF", "#2A2440"},
	}
}

// NewStyles builds the styles for a dark or light background from a palette. With noColor
// (NO_COLOR set) only attributes are used, whatever the palette says: reverse video for the
// cursor row, bold for focus and headings.
func NewStyles(dark, noColor bool, p Palette) Styles {
	if noColor {
		return monoStyles()
	}
	ld := lipgloss.LightDark(dark)
	c := func(c Colour) color.Color { return ld(lipgloss.Color(c.Light), lipgloss.Color(c.Dark)) }
	var (
		accent   = c(p.Accent)
		dim      = c(p.Dim)
		border   = c(p.Border)
		date     = c(p.Date)
		quote    = c(p.Quote)
		good     = c(p.Good)
		warn     = c(p.Warn)
		selBg    = c(p.SelectionBg)
		selFg    = c(p.SelectionFg)
		blurBg   = c(p.BlurBg)
		headerBg = c(p.HeaderBg)
	)
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	return Styles{
		Header:       lipgloss.NewStyle().Background(headerBg).Bold(true),
		FilterTag:    lipgloss.NewStyle().Background(headerBg).Foreground(accent),
		Dim:          fg(dim),
		Border:       fg(border),
		BorderFocus:  fg(accent),
		Title:        fg(dim).Bold(true),
		TitleFocus:   fg(accent).Bold(true),
		Gutter:       fg(date),
		Selected:     lipgloss.NewStyle().Background(selBg).Foreground(selFg).Bold(true),
		SelectedBlur: lipgloss.NewStyle().Background(blurBg),
		Separator:    fg(dim).Italic(true),
		Match:        fg(accent).Bold(true).Underline(true),
		QuoteMark:    fg(quote),
		Quote:        fg(quote),
		Reported:     fg(dim).Italic(true),
		Check:        fg(good).Bold(true),
		Count:        fg(dim),
		Kind:         fg(dim),
		Heading:      fg(accent).Bold(true),
		Notice:       fg(warn),
		Key:          fg(accent).Bold(true),
		KeyDesc:      fg(dim),
		Prompt:       fg(accent).Bold(true),
	}
}

func monoStyles() Styles {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	return Styles{
		Header:       bold,
		FilterTag:    plain,
		Dim:          plain,
		Border:       plain,
		BorderFocus:  bold,
		Title:        plain,
		TitleFocus:   bold,
		Gutter:       plain,
		Selected:     plain.Reverse(true),
		SelectedBlur: plain.Underline(true),
		Separator:    plain,
		Match:        plain.Underline(true),
		QuoteMark:    plain,
		Quote:        plain,
		Reported:     plain.Italic(true),
		Check:        bold,
		Count:        plain,
		Kind:         plain,
		Heading:      bold,
		Notice:       bold,
		Key:          bold,
		KeyDesc:      plain,
		Prompt:       bold,
	}
}
