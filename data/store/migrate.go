package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations are the schema's steps in order: migrations[i] takes a database from
// version i to i+1. PRAGMA user_version records how many have run. Files are named
// NNNN_what.sql, numbered from 0001 without gaps; a step, once released, never changes.
var migrations = loadMigrations()

func loadMigrations() []string {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	slices.Sort(names)
	out := make([]string, len(names))
	for i, name := range names {
		n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil || n != i+1 {
			panic("store: migration " + name + " is out of sequence")
		}
		b, err := migrationFiles.ReadFile(name)
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
}

// migrate brings the schema up to date in one transaction, which also marks the file as
// storyline's. The version is read again inside the transaction: another storyline may
// have migrated the file since check looked at it.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	// The first statement opens a connection, which turns the file to WAL; while another
	// storyline is doing the same, SQLite reports the file busy at once, without waiting.
	err := retryBusy(ctx, func() error {
		return s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	})
	if err != nil {
		return s.fail(err)
	}
	if version > len(migrations) {
		return &NewerError{Path: s.path, Schema: version, Known: len(migrations)}
	}
	if version == len(migrations) {
		return nil // without taking the write lock, which another process may hold
	}
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if version > len(migrations) {
			return &NewerError{Path: s.path, Schema: version, Known: len(migrations)}
		}
		for i := version; i < len(migrations); i++ {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return fmt.Errorf("store migration %d: %w", i+1, err)
			}
		}
		// PRAGMA takes no parameters; both numbers are the package's own.
		_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d",
			applicationID, len(migrations)))
		return err
	})
}
