package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"storyline/model"
)

// LoadFunc reads a corpus into a timeline, reporting progress as it goes and stopping
// when ctx is cancelled. It also returns one line that says what was read.
type LoadFunc func(ctx context.Context, progress func(Progress)) (tl *model.Timeline, summary string, err error)

// Messages from the loader, which runs in a command's goroutine; Update only reads them.
type (
	progressMsg Progress
	loadedMsg   struct {
		tl      *model.Timeline
		summary string
		err     error
	}
)

// loading is the screen shown while a corpus loads: a progress bar with counts and the
// time left, cancelled with q or esc. When the timeline arrives it hands over to the
// explorer, the terminal's size and colours included.
type loading struct {
	opts    Options
	keys    KeyMap
	ctx     context.Context
	cancel  context.CancelFunc
	updates chan tea.Msg
	bar     progress.Model
	last    Progress
	start   time.Time
	now     time.Time

	width, height int
	dark, noColor bool
	styles        Styles

	cancelled bool
	err       error
}

func newLoading(opts Options) *loading {
	ctx, cancel := context.WithCancel(context.Background())
	l := &loading{opts: opts, keys: opts.Config.KeyMap(), ctx: ctx, cancel: cancel,
		updates: make(chan tea.Msg, 1), start: time.Now(), dark: true, noColor: os.Getenv("NO_COLOR") != "",
		bar: progress.New(progress.WithDefaultBlend(), progress.WithoutPercentage())}
	l.last.Total = -1
	l.styles = NewStyles(l.dark, l.noColor, l.opts.Config.Palette())
	return l
}

func (l *loading) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, l.load(), l.next())
}

// load runs the loader. Progress is sent without waiting (a busy screen drops an update,
// not the extraction's pace); the result is always delivered, unless the user has left.
func (l *loading) load() tea.Cmd {
	ctx, load, ch := l.ctx, l.opts.Load, l.updates
	return func() tea.Msg {
		defer close(ch)
		tl, summary, err := load(ctx, func(p Progress) {
			select {
			case ch <- progressMsg(p):
			default:
			}
		})
		select {
		case ch <- loadedMsg{tl, summary, err}:
		case <-ctx.Done():
		}
		return nil
	}
}

// next waits for the loader's next message.
func (l *loading) next() tea.Cmd {
	ch := l.updates
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

func (l *loading) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.width, l.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		l.dark = msg.IsDark()
		l.styles = NewStyles(l.dark, l.noColor, l.opts.Config.Palette())
	case tea.KeyPressMsg:
		if key.Matches(msg, l.keys.Quit, l.keys.Clear) {
			l.cancelled = true
			l.cancel()
			return l, tea.Quit
		}
	case progressMsg:
		l.last, l.now = Progress(msg), time.Now()
		return l, l.next()
	case loadedMsg:
		if l.cancelled { // the loader's last word, after the user left
			return l, nil
		}
		if msg.err != nil {
			if !errors.Is(msg.err, context.Canceled) {
				l.err = msg.err
			}
			return l, tea.Quit
		}
		return l.explorer(msg)
	}
	return l, nil
}

// explorer is the model that takes over once the timeline is read.
func (l *loading) explorer(msg loadedMsg) (tea.Model, tea.Cmd) {
	m := New(msg.tl, l.opts)
	m.dark = l.dark
	m.restyle()
	if msg.summary != "" && m.notice == "" {
		m.notice = msg.summary
	}
	if l.width > 0 {
		next, _ := m.Update(tea.WindowSizeMsg{Width: l.width, Height: l.height})
		m = next.(Model)
	}
	return m, m.start()
}

func (l *loading) View() tea.View {
	v := tea.NewView(l.render())
	v.AltScreen = true
	v.WindowTitle = "storyline — reading"
	return v
}

func (l *loading) render() string {
	if l.width <= 0 || l.height <= 0 {
		return ""
	}
	st := &l.styles
	w := min(l.width-4, 60)
	lines := []string{st.Title.Render("storyline"), "", "Reading " + l.last.Counts()}
	if f, ok := l.last.Fraction(); ok && w > 10 {
		l.bar.SetWidth(w - 5)
		lines = append(lines, l.bar.ViewAs(f)+fmt.Sprintf(" %3.0f%%", 100*f))
	}
	var detail []string
	if l.last.Bytes > 0 {
		detail = append(detail, megabytes(l.last.Bytes, l.last.Total))
	}
	if left, ok := l.last.Left(l.now.Sub(l.start)); ok {
		detail = append(detail, left)
	}
	lines = append(lines, st.Dim.Render(strings.Join(detail, " · ")), "", st.Dim.Render("q or esc to cancel"))
	return strings.Join(centred(l.width, l.height, lines...), "\n")
}

// megabytes is "3.1 of 7.6 MB", or "3.1 MB" when the total is unknown.
func megabytes(done, total int64) string {
	mb := func(n int64) string { return fmt.Sprintf("%.1f", float64(n)/(1<<20)) }
	if total > 0 {
		return mb(done) + " of " + mb(total) + " MB"
	}
	return mb(done) + " MB"
}
