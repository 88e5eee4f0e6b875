package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// applicationID marks a SQLite file as storyline's store ("Stry"), so that a database of
// another program left at the store's path is recognised and not migrated.
const applicationID = 0x53747279

// NewerError is what Open returns for a store written by a newer storyline: its schema
// has migrations this build does not know, so it is left as it is.
type NewerError struct {
	Path          string
	Schema, Known int
}

func (e *NewerError) Error() string {
	return fmt.Sprintf("the cache %s was written by a newer storyline (schema %d; this one knows %d); running without it",
		e.Path, e.Schema, e.Known)
}

// check looks at the file at path before the store opens it for writing. A file that is
// not a SQLite database, is truncated, was found damaged by an earlier run, or is another
// program's database is moved aside, and the notice says so; a newer store gives a
// *NewerError; a missing file, an empty one or a store of this or an older schema passes.
// Errors that say nothing about the file (permissions, a full disk) are returned as they
// are: a file is never moved aside for them.
func check(ctx context.Context, path string) (notice string, err error) {
	before, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		os.Remove(damagedMark(path)) // about a file that is gone
		return "", nil
	}
	if err != nil {
		return "", err
	}
	why, err := examine(ctx, path, before.Size())
	if err != nil || why == "" {
		return "", err
	}
	bad, moved, err := moveAside(path, before)
	if err != nil {
		return "", fmt.Errorf("%s %s, and moving it aside failed: %w", path, why, err)
	}
	if !moved {
		return "", nil
	}
	return fmt.Sprintf("the cache %s %s; moved it to %s and started a new one", path, why, bad), nil
}

// examine returns why the file must be moved aside, or "" when it may be opened.
func examine(ctx context.Context, path string, size int64) (string, error) {
	if why, err := os.ReadFile(damagedMark(path)); err == nil {
		return "is damaged (" + strings.TrimSpace(string(why)) + ")", nil
	}
	if size == 0 {
		return "", nil
	}
	if why, err := examineHeader(path, size); why != "" || err != nil {
		return why, err
	}
	db, err := sql.Open("sqlite", dsn(path, readOnly))
	if err != nil {
		return "", err
	}
	defer db.Close()
	var app, version, tables int
	err = db.QueryRowContext(ctx, "SELECT (SELECT application_id FROM pragma_application_id), "+
		"(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)").Scan(&app, &version, &tables)
	switch {
	case corrupt(err):
		return "is damaged (" + err.Error() + ")", nil
	case err != nil:
		return "", err
	case app != applicationID && app != 0:
		return fmt.Sprintf("belongs to another program (application_id %#x)", uint32(app)), nil
	case app == 0 && tables > 0:
		return "holds another program's tables", nil
	case version > len(migrations):
		return "", &NewerError{Path: path, Schema: version, Known: len(migrations)}
	}
	return "", nil
}

// examineHeader reads the 100-byte database header: the magic string, and, when no
// write-ahead log holds pages not yet copied back, whether the file is as long as the
// header says.
func examineHeader(path string, size int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := make([]byte, 100)
	if _, err := io.ReadFull(f, h); errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "is not a SQLite database (too short)", nil
	} else if err != nil {
		return "", err
	}
	if !bytes.HasPrefix(h, []byte("SQLite format 3\x00")) {
		return "is not a SQLite database", nil
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		return "", nil
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:]))
	// The page count is valid only when written by the same change as the counter.
	valid := bytes.Equal(h[24:28], h[92:96])
	if valid && pages*pageSize > size {
		return fmt.Sprintf("is truncated (%d of %d bytes)", size, pages*pageSize), nil
	}
	return "", nil
}

// corrupt reports whether err is SQLite saying the file is damaged or not a database.
func corrupt(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff { // the primary code of an extended one
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return true
	}
	return false
}

// busy reports SQLite's "database is locked", which a wait may cure.
func busy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// retryBusy runs f until it is not turned away as busy, for as long as the busy timeout
// would wait, and returns its last error.
func retryBusy(ctx context.Context, f func() error) error {
	deadline := time.Now().Add(busyTimeout)
	for {
		err := f()
		if !busy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// damagedMark is the file whose presence tells the next Open that the database was found
// damaged in use, and how. A store cannot note that in the database itself, nor rebuild
// it under the other storylines that may have it open.
func damagedMark(path string) string { return path + ".damaged" }

func markDamaged(path string, err error) error {
	return os.WriteFile(damagedMark(path), []byte(err.Error()+"\n"), 0o600)
}

// moveAside renames the database to path+".bad", replacing an older one, with its
// write-ahead log (a log left next to a new database would be replayed into it). It moves
// nothing if another process has moved or replaced the file since it was examined, which
// narrows the race between two storylines that find the same bad file to the rename itself.
func moveAside(path string, examined os.FileInfo) (bad string, moved bool, err error) {
	now, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || err == nil && !os.SameFile(now, examined) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	bad = path + ".bad"
	if err := os.Rename(path, bad); err != nil {
		return "", false, err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Rename(path+suffix, bad+suffix); errors.Is(err, os.ErrNotExist) {
			// Keep the moved files a set: no older log next to the newer database.
			os.Remove(bad + suffix)
		}
	}
	os.Remove(damagedMark(path))
	return bad, true, nil
}
