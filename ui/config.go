package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"
)

// Config is what the settings file changes: key bindings and colours. The zero value is
// the defaults.
type Config struct {
	keys    map[string][]string // by action, named as in the file
	colours map[string]Colour   // by palette name, complete
}

// ConfigPath is the settings file: $STORYLINE_CONFIG, or storyline/config.toml in the
// config folder ($XDG_CONFIG_HOME, ~/.config on Linux).
func ConfigPath() string {
	if p := os.Getenv("STORYLINE_CONFIG"); p != "" {
		return p
	}
	xdg.Reload() // the environment as it is now, not as it was when the program began
	return filepath.Join(xdg.ConfigHome, "storyline", "config.toml")
}

// LoadConfig reads the settings file; without one, the defaults. The error is one line
// that names the file and the line at fault, so it can be printed before the explorer
// takes the terminal.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil
	}
	if err != nil {
		return Config{}, err
	}
	c, err := parseConfig(string(data))
	var pe toml.ParseError
	switch {
	case err == nil:
		return c, nil
	case errors.As(err, &pe):
		return Config{}, fmt.Errorf("%s line %d: %s", path, pe.Position.Line, pe.Message)
	}
	return Config{}, fmt.Errorf("%s: %w", path, err)
}

// KeyMap is the default keys with the file's bindings in their place. A rebound action is
// labelled by its first key; one bound to its default keys keeps its label (↑/k).
func (c Config) KeyMap() KeyMap {
	k, def := DefaultKeyMap(), DefaultKeyMap()
	defs := fieldsOf[key.Binding](&def)
	for i, a := range fieldsOf[key.Binding](&k) {
		if keys, ok := c.keys[a.name]; ok && !slices.Equal(keys, defs[i].v.Keys()) {
			a.v.SetKeys(keys...)
			a.v.SetHelp(keys[0], a.v.Help().Desc)
		}
	}
	return k
}

// Palette is the default colours with the file's in their place.
func (c Config) Palette() Palette {
	p := DefaultPalette()
	for _, f := range fieldsOf[Colour](&p) {
		if col, ok := c.colours[f.name]; ok {
			*f.v = col
		}
	}
	return p
}

// promptActions act only while the footer's line input is open (prompt.go); every other
// action only while it is closed (update.go: the panes, and the help and the reader, which
// use some of the same actions; loading.go). A key may serve one of each.
var promptActions = []string{"accept", "cancel", "force_quit"}

// parseConfig reads the file in its own order, so the first mistake in it is the one
// reported.
func parseConfig(text string) (Config, error) {
	var top map[string]toml.Primitive
	md, err := toml.Decode(text, &top)
	if err != nil {
		return Config{}, err
	}
	p := &configParser{md: md, top: top, entries: map[string]map[string]toml.Primitive{}}
	c := Config{keys: map[string][]string{}, colours: map[string]Colour{}}
	actions := fieldNames[key.Binding](&KeyMap{})
	def := DefaultPalette()
	colours := fieldsOf[Colour](&def)
	bound := map[string]int{} // the line each action is bound on
	for _, k := range md.Keys() {
		if err := p.section(k); err != nil {
			return Config{}, err
		}
		if len(k) != 2 { // a section, or a part of an entry's value
			continue
		}
		sec, name := k[0], k[1]
		line := p.line(k)
		var v any
		if err := md.PrimitiveDecode(p.entries[sec][name], &v); err != nil {
			return Config{}, err
		}
		switch sec {
		case "keys":
			if !slices.Contains(actions, name) {
				return Config{}, errAt(line, "unknown action %q in [keys]", name)
			}
			keys, err := keyList(name, v)
			if err != nil {
				return Config{}, errAt(line, "%v", err)
			}
			c.keys[name], bound[name] = keys, line
		default:
			i := slices.IndexFunc(colours, func(f field[Colour]) bool { return f.name == name })
			if i < 0 {
				return Config{}, errAt(line, "unknown colour %q in [%s]", name, sec)
			}
			col, err := parseColour(*colours[i].v, name, v)
			if err != nil {
				return Config{}, errAt(line, "%v", err)
			}
			c.colours[name] = col
		}
	}
	return c, clashes(c.KeyMap(), bound)
}

// configParser finds where keys are: the toml library tells a key's line only in the
// errors it returns, so each line is had by decoding the key into a value that fails.
type configParser struct {
	md      toml.MetaData
	top     map[string]toml.Primitive
	entries map[string]map[string]toml.Primitive // by section, then name
}

// section checks the section k is in, the first time it is met, and reads its entries.
// A table only implied by a longer key ([colors.accent] implies [colors]) has no line of
// its own, so k's is the one given.
func (p *configParser) section(k toml.Key) error {
	sec := k[0]
	if _, ok := p.entries[sec]; ok {
		return nil
	}
	table := p.md.Type(sec) == "Hash" || p.md.Type(sec) == "" // "": implied, so a table
	if sec != "keys" && sec != "colors" && sec != "colours" {
		if table {
			return errAt(p.line(k), "unknown section [%s]; the file has [keys] and [colors]", sec)
		}
		return errAt(p.line(k), "unknown setting %q; the file has [keys] and [colors]", sec)
	}
	if !table {
		return errAt(p.line(k), "%s must be a table, begun by [%s]", sec, sec)
	}
	m := map[string]toml.Primitive{}
	if err := p.md.PrimitiveDecode(p.top[sec], &m); err != nil {
		return err
	}
	p.entries[sec] = m
	return nil
}

// line is where key k is written.
func (p *configParser) line(k toml.Key) int {
	prim := p.top[k[0]]
	for _, name := range k[1:] {
		m := map[string]toml.Primitive{}
		if p.md.PrimitiveDecode(prim, &m) != nil {
			return 0
		}
		prim = m[name]
	}
	var pe toml.ParseError
	errors.As(p.md.PrimitiveDecode(prim, &failing{}), &pe)
	return pe.Position.Line
}

type failing struct{}

func (*failing) UnmarshalTOML(any) error { return errors.New("") }

func errAt(line int, format string, args ...any) error {
	return toml.ParseError{Message: fmt.Sprintf(format, args...), Position: toml.Position{Line: line}}
}

// keyList reads an action's keys: a list of key names, or one name.
func keyList(action string, v any) ([]string, error) {
	var keys []string
	switch v := v.(type) {
	case string:
		keys = []string{v}
	case []any:
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf("%s: keys are names in quotes, like [\"n\", \"ctrl+n\"]", action)
			}
			keys = append(keys, s)
		}
	default:
		return nil, fmt.Errorf("%s: give a list of keys, like [\"n\", \"ctrl+n\"]", action)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s = [] unbinds every key of %s; give it at least one", action, action)
	}
	for _, s := range keys {
		if !validKey(s) {
			return nil, fmt.Errorf("%s: %q is not a key name (names are like \"n\", \"N\", \"ctrl+n\", \"shift+tab\", \"pgdown\", \"space\", \"esc\", \"f1\")", action, s)
		}
		if slices.Contains(promptActions, action) && (s == "space" || utf8.RuneCountInString(s) == 1) {
			return nil, fmt.Errorf("%s: %q would be typed as text at the prompt; use a key such as \"enter\" or \"ctrl+s\"", action, s)
		}
	}
	return keys, nil
}

// namedKeys are the keys bubbletea names (besides f1 to f63) rather than prints.
var namedKeys = []string{"enter", "tab", "backspace", "esc", "space", "up", "down", "left", "right",
	"begin", "find", "insert", "delete", "select", "pgup", "pgdown", "home", "end"}

// validKey says whether s is a key as bubbletea spells it, modifiers in its order, so that
// a binding that could never match ("Ctrl+N", "pagedown") is caught in the file.
func validKey(s string) bool {
	for _, m := range []string{"ctrl+", "alt+", "shift+", "meta+", "hyper+", "super+"} {
		s = strings.TrimPrefix(s, m)
	}
	if r, size := utf8.DecodeRuneInString(s); size == len(s) && s != "" {
		return r != utf8.RuneError && r != ' ' && unicode.IsPrint(r)
	}
	if rest, ok := strings.CutPrefix(s, "f"); ok {
		n, err := strconv.Atoi(rest)
		return err == nil && strconv.Itoa(n) == rest && n >= 1 && n <= 63
	}
	return slices.Contains(namedKeys, s)
}

// parseColour reads a colour: one for both backgrounds, or a table of light and dark
// (either may be left out, keeping its default).
func parseColour(def Colour, name string, v any) (Colour, error) {
	t, ok := v.(map[string]any)
	if !ok {
		s, err := colourValue(name, v)
		return Colour{s, s}, err
	}
	for _, k := range slices.Sorted(maps.Keys(t)) {
		s, err := colourValue(name+"."+k, t[k])
		switch {
		case k != "light" && k != "dark":
			return def, fmt.Errorf("%s: %q is neither light nor dark", name, k)
		case err != nil:
			return def, err
		case k == "light":
			def.Light = s
		default:
			def.Dark = s
		}
	}
	return def, nil
}

func colourValue(name string, v any) (string, error) {
	s := fmt.Sprint(v)
	_, isInt := v.(int64)
	_, isStr := v.(string)
	n, err := strconv.Atoi(s)
	switch {
	case isStr && isHex(s), (isInt || isStr) && err == nil && n >= 0 && n <= 255:
		return s, nil
	case isStr || isInt:
		return "", fmt.Errorf("%s: %q is not a colour (\"#RRGGBB\", \"#RGB\" or an ANSI number, \"0\" to \"255\")", name, s)
	}
	return "", fmt.Errorf("%s: give a colour like \"#5B3CC4\" or { light = \"#5B3CC4\", dark = \"#B4A0FF\" }", name)
}

func isHex(s string) bool {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// clashes finds a key that two actions answer to at the same time: one of them would
// never run. It is reported on the line of the later binding that made it.
func clashes(k KeyMap, bound map[string]int) error {
	owner := map[[2]string]string{} // mode and key: the action
	for _, a := range fieldsOf[key.Binding](&k) {
		mode := strconv.FormatBool(slices.Contains(promptActions, a.name))
		for _, s := range a.v.Keys() {
			other, ok := owner[[2]string{mode, s}]
			if !ok {
				owner[[2]string{mode, s}] = a.name
				continue
			}
			if other != a.name {
				return errAt(max(bound[a.name], bound[other]), "key %q is bound to both %s and %s", s, other, a.name)
			}
		}
	}
	return nil
}

// field is one field of a struct, by its name in the settings file.
type field[F any] struct {
	name string
	v    *F
}

// fieldsOf lists the fields of type F in the struct s points to, in order, named in
// snake_case (NextMatch is next_match), so the file's names follow the code's.
func fieldsOf[F any](s any) []field[F] {
	rv := reflect.ValueOf(s).Elem()
	var out []field[F]
	for i := range rv.NumField() {
		if f, ok := rv.Field(i).Addr().Interface().(*F); ok {
			out = append(out, field[F]{snake(rv.Type().Field(i).Name), f})
		}
	}
	return out
}

func fieldNames[F any](s any) []string {
	var out []string
	for _, f := range fieldsOf[F](s) {
		out = append(out, f.name)
	}
	return out
}

func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
