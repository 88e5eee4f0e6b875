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

// NewStyles builds the styles for a dark or light background. With noColor (NO_COLOR set)
// only attributes are used: reverse video for the cursor row, bold for focus and headings.
func NewStyles(dark, noColor bool) Styles {
	if noColor {
		return monoStyles()
	}
	ld := lipgloss.LightDark(dark)
	var (
		accent   = ld(lipgloss.Color("#5B3CC4"), lipgloss.Color("#B4A0FF"))
		dim      = ld(lipgloss.Color("#6E6E6E"), lipgloss.Color("#8C8C8C"))
		border   = ld(lipgloss.Color("#B8B8B8"), lipgloss.Color("#4A4A4A"))
		date     = ld(lipgloss.Color("#0B6A94"), lipgloss.Color("#7CC7EA"))
		quote    = ld(lipgloss.Color("#8A5200"), lipgloss.Color("#E8C27C"))
		good     = ld(lipgloss.Color("#1C7A2C"), lipgloss.Color("#8FD89A"))
		warn     = ld(lipgloss.Color("#B02E2E"), lipgloss.Color("#F59393"))
		selBg    = ld(lipgloss.Color("#DCD2FF"), lipgloss.Color("#3D3170"))
		selFg    = ld(lipgloss.Color("#161616"), lipgloss.Color("#FFFFFF"))
		blurBg   = ld(lipgloss.Color("#ECECEC"), lipgloss.Color("#2B2B2B"))
		headerBg = ld(lipgloss.Color("#E9E4FF"), lipgloss.Color("#2A2440"))
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
