package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// loadText writes a settings file and reads it back, as the program would.
func loadText(t *testing.T, text string) (Config, string, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(path)
	return c, path, err
}

// The example in the docs sets every action and colour, to exactly the defaults, so it
// cannot drift from the code.
func TestConfigExampleIsTheDefaults(t *testing.T) {
	c, err := LoadConfig(filepath.Join("..", "docs", "config.example.toml"))
	if err != nil {
		t.Fatal(err)
	}
	def, got := DefaultKeyMap(), c.KeyMap()
	want := fieldsOf[key.Binding](&def)
	for i, a := range fieldsOf[key.Binding](&got) {
		if _, ok := c.keys[a.name]; !ok {
			t.Errorf("the example leaves out %s", a.name)
		}
		if w := want[i].v; !slices.Equal(a.v.Keys(), w.Keys()) || a.v.Help() != w.Help() {
			t.Errorf("%s: the example gives %q (%q), the default is %q (%q)", a.name, a.v.Keys(), a.v.Help().Key, w.Keys(), w.Help().Key)
		}
	}
	pal := DefaultPalette()
	for _, f := range fieldsOf[Colour](&pal) {
		if _, ok := c.colours[f.name]; !ok {
			t.Errorf("the example leaves out the colour %s", f.name)
		}
	}
	if c.Palette() != pal {
		t.Errorf("the example's colours %+v are not the defaults %+v", c.Palette(), pal)
	}
}

func TestConfigMissingFileIsTheDefaults(t *testing.T) {
	c, err := LoadConfig(filepath.Join(t.TempDir(), "none.toml"))
	if err != nil || c.Palette() != DefaultPalette() || !slices.Equal(c.KeyMap().Quit.Keys(), []string{"q", "ctrl+c"}) {
		t.Errorf("a missing file should give the defaults: %v", err)
	}
	if err := clashes(DefaultKeyMap(), nil); err != nil {
		t.Errorf("the default keys clash: %v", err)
	}
}

func TestConfigPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("STORYLINE_CONFIG", "")
	t.Setenv("XDG_CONFIG_HOME", dir)
	if got, want := ConfigPath(), filepath.Join(dir, "storyline", "config.toml"); got != want {
		t.Errorf("ConfigPath() = %q, want %q", got, want)
	}
	t.Setenv("STORYLINE_CONFIG", "/elsewhere/s.toml")
	if got := ConfigPath(); got != "/elsewhere/s.toml" {
		t.Errorf("STORYLINE_CONFIG should win: %q", got)
	}
}

func TestConfigRebindsAnAction(t *testing.T) {
	c, _, err := loadText(t, "[keys]\nnext_match = [\"ctrl+n\", \"x\"]\nup = [\"up\", \"k\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	k := c.KeyMap()
	ctrlN := tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl}
	if !key.Matches(ctrlN, k.NextMatch) || !key.Matches(keyMsg("x"), k.NextMatch) || key.Matches(keyMsg("n"), k.NextMatch) {
		t.Errorf("next_match should answer ctrl+n and x, not n: %q", k.NextMatch.Keys())
	}
	if h := k.NextMatch.Help(); h.Key != "ctrl+n" || h.Desc != "next match" {
		t.Errorf("the footer should show the first key: %+v", h)
	}
	rows := map[string]string{}
	for _, g := range k.fullHelp() {
		for _, r := range g.rows {
			rows[r[1]] = r[0]
		}
	}
	for desc, keys := range map[string]string{"next match": "ctrl+n/x", "up": "↑/k", "page down": "pgdn/ctrl+f"} {
		if rows[desc] != keys {
			t.Errorf("help lists %q for %s, want %q", rows[desc], desc, keys)
		}
	}
	m := newPlain(t, fixture(t), 100, 30, Options{Config: c})
	if m = send(m, ctrlN); strings.Contains(m.notice, "does nothing") {
		t.Errorf("ctrl+n should be bound in the explorer: %q", m.notice)
	}
	if m = send(m, keyMsg("n")); !strings.Contains(m.notice, "n does nothing here") {
		t.Errorf("n should no longer be bound: %q", m.notice)
	}
}

// Keys of the footer's prompt act only while it is open, so they may share keys with the
// rest; and [colours] is read as [colors].
func TestConfigAllowsKeysSharedAcrossModes(t *testing.T) {
	c, _, err := loadText(t, "[keys]\naccept = [\"ctrl+s\", \"enter\"]\ntoggle = [\"ctrl+s\"]\n[colours]\naccent = 99\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Palette().Accent != (Colour{"99", "99"}) {
		t.Errorf("accent = %+v", c.Palette().Accent)
	}
}

func TestConfigErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"# keys\n\n[keys]\nnxt_match = [\"n\"]\n", `line 4: unknown action "nxt_match" in [keys]`},
		{"[keys]\nstar = [\"x\"]\n\nnote = [\"n\"]\n", `line 4: key "n" is bound to both next_match and note`},
		{"[keys]\nquit = []\n", "line 2: quit = [] unbinds every key of quit"},
		{"[keys]\nup = [\"Ctrl+p\"]\n", `line 2: up: "Ctrl+p" is not a key name`},
		{"[keys]\ndown = [\"pagedown\"]\n", `line 2: down: "pagedown" is not a key name`},
		{"[keys]\nup = \"k\"\n\naccept = [\"a\"]\n", `line 4: accept: "a" would be typed as text at the prompt`},
		{"[keys]\nup = 3\n", "line 2: up: give a list of keys"},
		{"[colors]\n\naccent = \"#12345\"\n", `line 3: accent: "#12345" is not a colour`},
		{"[colors]\ndim = { light = \"#fff\", dark = \"grey\" }\n", `line 2: dim.dark: "grey" is not a colour`},
		{"[colors]\ndim = 300\n", `line 2: dim: "300" is not a colour`},
		{"[colors]\ndim = { lite = \"#fff\" }\n", `line 2: dim: "lite" is neither light nor dark`},
		{"[colors]\nacent = \"#fff\"\n", `line 2: unknown colour "acent" in [colors]`},
		{"[keys]\nup = [\"k\"]\n[key]\nup = [\"k\"]\n", "line 3: unknown section [key]"},
		{"[keys.up]\nk = 1\n", "line 1: up: give a list of keys"},
		{"theme = \"dark\"\n", `line 1: unknown setting "theme"`},
		{"[colors]\n[theme.dark]\naccent = 1\n", "line 2: unknown section [theme]"},
		{"keys = 1\n", "line 1: keys must be a table"},
		{"[keys]\nup = [\"k\"\ndown = [\"j\"]\n", "line 3: expected a comma"},
		{"[keys]\nup = [\"k\"]\nup = [\"w\"]\n", "line 3: Key 'keys.up' has already been defined"},
	} {
		_, path, err := loadText(t, tc.text)
		if err == nil {
			t.Errorf("%q: no error, want %q", tc.text, tc.want)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, path+" line ") || !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
			t.Errorf("%q:\n got %q\nwant %q after the path, on one line", tc.text, msg, tc.want)
		}
	}
}

func TestConfigColoursReachTheScreenUnlessNoColor(t *testing.T) {
	c, _, err := loadText(t, "[colors]\naccent = { dark = \"#123456\" }\n")
	if err != nil {
		t.Fatal(err)
	}
	if p := c.Palette(); p.Accent != (Colour{DefaultPalette().Accent.Light, "#123456"}) {
		t.Errorf("a pair with only dark should keep the default light: %+v", p.Accent)
	}
	t.Setenv("NO_COLOR", "")
	m := send(New(fixture(t), Options{Config: c}), tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := m.View().Content; !strings.Contains(s, "38;2;18;52;86") {
		t.Error("the configured accent colour is not on screen")
	}
	t.Setenv("NO_COLOR", "1")
	m = send(New(fixture(t), Options{Config: c}), tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := m.View().Content; sgrColour.MatchString(s) {
		t.Errorf("NO_COLOR output has colour: %q", sgrColour.FindString(s))
	}
}
