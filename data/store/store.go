// Package store keeps what storyline extracts from articles in an embedded SQLite
// database, so that opening the same corpus again extracts only new or changed articles.
// Documents, their time expressions, mentions, quotes, actors, sources and events each have
// a table (see migrations/), so that later features can refer to documents and events by
// ID. The database is shared safely by several storyline processes; a damaged or foreign
// file is moved aside and rebuilt, and one written by a newer storyline is left alone.
//
// *Store implements extract.Cache; all SQL stays in this package.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver: pure Go, no cgo
)

// Store is an open store. Its methods may be called from several goroutines at once.
type Store struct {
	path   string
	db     *sql.DB
	notice string
	stmts  statements
	w      writer
	now    func() time.Time // the clock, so that tests can move it

	// write serialises this process's writers, which would otherwise queue in SQLite's
	// busy handler (sleeping in steps of milliseconds); other processes still meet the
	// busy timeout.
	write sync.Mutex

	mu      sync.Mutex
	touched map[string]bool // extractors whose use this Store has recorded

	// life lets Close wait for the Gets under way and turns later ones away: a run
	// cancelled while stuck on a pipe may still have workers asking after Close.
	life   sync.RWMutex
	closed bool
}

// DefaultPath is where storyline keeps its store: storyline/store.db in the user's cache
// folder ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LocalAppData%
// on Windows).
func DefaultPath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "storyline", "store.db"), nil
}

// Open opens the store at path, creating its folder (0700) and the database (0600) if
// need be and bringing its schema up to date. A damaged or foreign file at path is moved
// aside to path+".bad" and a new store is begun; Notice then says so. A store written by a
// newer storyline is left untouched and Open returns a *NewerError.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, err
	}
	s, err := open(ctx, abs)
	if corrupt(err) {
		// Damage past the pages check reads: fail marked the file, and check moves it
		// aside this time.
		s, err = open(ctx, abs)
	}
	return s, err
}

func open(ctx context.Context, path string) (*Store, error) {
	notice, err := check(ctx, path)
	if err != nil {
		return nil, err
	}
	if err := create(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, readWrite))
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, db: db, notice: notice, now: time.Now, touched: map[string]bool{}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.stmts.prepare(ctx, db); err != nil {
		db.Close()
		return nil, s.fail(err)
	}
	s.w.start(s.writeBatch)
	return s, nil
}

// Notice is a one-line message for the user when Open had to move a bad file aside, and
// "" otherwise.
func (s *Store) Notice() string { return s.notice }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close writes what Put has queued and closes the database. It returns the first failure
// to write, if any.
func (s *Store) Close() error {
	s.life.Lock()
	defer s.life.Unlock()
	if s.closed {
		return errClosed
	}
	s.closed = true
	return errors.Join(s.w.stop(), s.stmts.close(), s.db.Close())
}

// create makes an empty database file readable only by its owner: it holds the text of
// the articles read, and SQLite gives its journal files the database's permissions.
func create(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// Connection settings. WAL lets readers go on while another process writes; the busy
// timeout makes a writer wait for another's transaction rather than fail; immediate
// transactions take the write lock at BEGIN, where the busy timeout applies, instead of
// failing when a reader upgrades; temporary tables (VACUUM's among them) stay in memory
// so that nothing is written outside the store's folder.
const (
	busyTimeout = 10 * time.Second
	busyPragma  = "_pragma=busy_timeout(10000)" // busyTimeout in milliseconds
	readWrite   = busyPragma + "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)" +
		"&_pragma=temp_store(MEMORY)&_txlock=immediate"
	// readOnly looks at a file without changing it, not even its journal mode.
	readOnly = busyPragma + "&mode=ro"
)

// dsn is a file: URI, so that a path with '?', '#' or '%' in it stays a path.
func dsn(path, query string) string {
	p := filepath.ToSlash(path)
	if p[0] != '/' { // a Windows drive letter
		p = "/" + p
	}
	u := url.URL{Scheme: "file", Path: p, RawQuery: query}
	return u.String()
}

// writeTx runs f in a write transaction and commits it. This process's writers take
// turns (see write); the transaction begins IMMEDIATE, waiting for other processes' writers
// under the busy timeout.
func (s *Store) writeTx(ctx context.Context, f func(*sql.Tx) error) error {
	s.write.Lock()
	defer s.write.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.fail(err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return s.fail(err)
	}
	return s.fail(tx.Commit())
}

// fail records that the database turned out damaged, so that the next Open moves it aside,
// and says so in the error.
func (s *Store) fail(err error) error {
	if err == nil || !corrupt(err) {
		return err
	}
	if markErr := markDamaged(s.path, err); markErr != nil {
		return fmt.Errorf("%w (and could not mark it for rebuilding: %v)", err, markErr)
	}
	return fmt.Errorf("%w; it will be moved aside and rebuilt next time", err)
}
