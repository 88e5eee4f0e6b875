package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/data/article"
)

func TestOpenCreatesFolderAndPrivateFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache", "storyline", "store.db")
	s := openAt(t, path)
	if s.Notice() != "" {
		t.Errorf("notice on a new store: %q", s.Notice())
	}
	for p, want := range map[string]os.FileMode{filepath.Dir(path): 0o700 | os.ModeDir, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode(), want)
		}
	}
	app, version := header(t, path)
	if app != applicationID || version != len(migrations) {
		t.Errorf("application_id %#x, user_version %d; want %#x, %d", app, version, applicationID, len(migrations))
	}
}

func TestDefaultPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir) // Linux; elsewhere the check below still holds
	t.Setenv("HOME", dir)
	t.Setenv("LocalAppData", dir)
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p, dir) || filepath.Base(p) != "store.db" || filepath.Base(filepath.Dir(p)) != "storyline" {
		t.Errorf("DefaultPath() = %s; want storyline/store.db under %s", p, dir)
	}
}

// Paths are passed to SQLite as URIs, in which '?', '#' and '%' mean something.
func TestOpenOddPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a b?c=d#e%20f", "store.db")
	s := openAt(t, path)
	putSample(t, s)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}

// A file of 0 bytes is an empty SQLite database: migrated from nothing, no notice.
func TestOpenEmptyFileMigrates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := openAt(t, path)
	if s.Notice() != "" {
		t.Errorf("notice: %q", s.Notice())
	}
	putSample(t, s)
	if _, version := header(t, path); version != len(migrations) {
		t.Errorf("user_version %d, want %d", version, len(migrations))
	}
}

func TestReopenKeepsExtractions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openAt(t, path)
	k := putSample(t, s)
	s.Close()
	same(t, openAt(t, path), k, testExtractor)
}

// Bad files are moved aside, replacing an older one, with a one-line notice, and the store
// starts afresh.
func TestOpenMovesBadFilesAside(t *testing.T) {
	cases := map[string]struct {
		make func(t *testing.T, path string)
		says string
	}{
		"garbage": {func(t *testing.T, path string) {
			write(t, path, bytes.Repeat([]byte("not a database \x00\xff"), 500))
		}, "is not a SQLite database"},
		"short": {func(t *testing.T, path string) { write(t, path, []byte("SQLite format 3\x00")) }, "too short"},
		"truncated": {func(t *testing.T, path string) {
			s := openAt(t, path)
			putSample(t, s)
			s.Close() // the last connection copies the log into the database and removes it
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(path, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}, "is truncated"},
		"another program's tables": {func(t *testing.T, path string) {
			foreign(t, path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'mine')")
		}, "holds another program's tables"},
		"another program's id": {func(t *testing.T, path string) {
			foreign(t, path, "PRAGMA application_id = 1234")
		}, "belongs to another program (application_id 0x4d2)"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "store.db")
			write(t, path+".bad", []byte("an older bad file"))
			c.make(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			n := s.Notice()
			if !strings.Contains(n, c.says) || !strings.Contains(n, path+".bad") || strings.Contains(n, "\n") {
				t.Errorf("notice %q; want one line with %q and the new name", n, c.says)
			}
			if moved, _ := os.ReadFile(path + ".bad"); !bytes.Equal(moved, before) {
				t.Errorf("%s.bad does not hold the bad file", path)
			}
			putSample(t, s)
			s.Close()
			if again := openAt(t, path); again.Notice() != "" {
				t.Errorf("the rebuilt store gets a notice too: %q", again.Notice())
			}
		})
	}
}

// A store found damaged while in use is marked, and moved aside at the next Open: a store
// cannot rebuild itself under the other processes that have it open.
func TestDamageFoundInUseIsRepairedAtNextOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openAt(t, path)
	k := putSample(t, s)
	s.Close()
	// Scribble over every page but the first (the header and the schema), which is all
	// Open reads, so that only a Get meets the damage.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	for off := int64(4096); off < fi.Size(); off += 4096 {
		f.WriteAt(bytes.Repeat([]byte{0xff}, 4096), off)
	}
	f.Close()
	s = openAt(t, path)
	_, _, err = s.Get(context.Background(), k.key, testExtractor)
	if err == nil || !strings.Contains(err.Error(), "rebuilt next time") {
		t.Fatalf("Get on a damaged store: %v", err)
	}
	s.Close()
	s = openAt(t, path)
	if !strings.Contains(s.Notice(), "is damaged (database disk image is malformed") {
		t.Errorf("notice %q", s.Notice())
	}
	if _, err := os.Stat(damagedMark(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the mark outlives the move: %v", err)
	}
	putSample(t, s)
}

// A store written by a newer storyline is neither migrated nor moved: its user may go
// back to that version.
func TestOpenLeavesNewerStoreAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openAt(t, path)
	putSample(t, s)
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(context.Background(), path)
	var newer *NewerError
	if !errors.As(err, &newer) || newer.Schema != len(migrations)+1 {
		t.Fatalf("Open of a newer store: %v", err)
	}
	if !strings.Contains(err.Error(), "newer storyline") || !strings.Contains(err.Error(), "running without it") {
		t.Errorf("message %q", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the newer store was changed")
	}
	if _, err := os.Stat(path + ".bad"); err == nil {
		t.Error("the newer store was moved aside")
	}
}

func TestMigrationsAreNumberedInOrder(t *testing.T) {
	if len(migrations) == 0 || !strings.Contains(migrations[0], "CREATE TABLE documents") {
		t.Fatalf("migrations: %d, the first does not create documents", len(migrations))
	}
}

func putSample(tb testing.TB, s *Store) keyed {
	tb.Helper()
	k := extractAll(tb, []*article.Article{sampleArticle(tb)})[0]
	if err := s.Put(context.Background(), k.key, testExtractor, k.x); err != nil {
		tb.Fatal(err)
	}
	same(tb, s, k, testExtractor)
	return k
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// foreign makes another program's SQLite database at path.
func foreign(t *testing.T, path, script string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(script); err != nil {
		t.Fatal(err)
	}
}

// header reads a database's application_id and user_version.
func header(t *testing.T, path string) (app, version int) {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path, readOnly))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow("SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)").
		Scan(&app, &version); err != nil {
		t.Fatal(err)
	}
	return app, version
}
