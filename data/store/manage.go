package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"
)

// Info describes a store, for `storyline cache info`.
type Info struct {
	Path       string
	Size       int64 // bytes on disk, the write-ahead log included
	Schema     int   // migrations applied
	Documents  int   // extractions stored, of all extractors
	Snapshots  int   // corpora's timelines kept whole
	SnapBytes  int64 // their size
	Extractors []ExtractorInfo
	LastUsed   time.Time // zero when nothing was ever stored
}

// ExtractorInfo is what one extractor (a build of storyline with its gazetteers) has here.
type ExtractorInfo struct {
	Extractor           string
	Documents           int
	FirstUsed, LastUsed time.Time
}

// Info reports what the store holds; extractors most recently used first.
func (s *Store) Info(ctx context.Context) (Info, error) {
	in := Info{Path: s.path}
	if err := s.w.flush(); err != nil {
		return in, err
	}
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(s.path + suffix); err == nil {
			in.Size += fi.Size()
		}
	}
	tx, err := s.db.BeginTx(ctx, readOnlyTx)
	if err != nil {
		return in, s.fail(err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&in.Schema); err != nil {
		return in, s.fail(err)
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*), coalesce(sum(size), 0) FROM snapshots").Scan(&in.Snapshots, &in.SnapBytes); err != nil {
		return in, s.fail(err)
	}
	in.Size += in.SnapBytes // the snapshots' files are part of the store
	rows, err := tx.QueryContext(ctx, `SELECT e.extractor, e.first_used, e.last_used,
		(SELECT count(*) FROM documents d WHERE d.extractor = e.extractor)
		FROM extractors e ORDER BY e.last_used DESC, e.extractor`)
	if err != nil {
		return in, s.fail(err)
	}
	defer rows.Close()
	for rows.Next() {
		var e ExtractorInfo
		var first, last int64
		if err := rows.Scan(&e.Extractor, &first, &last, &e.Documents); err != nil {
			return in, s.fail(err)
		}
		e.FirstUsed, e.LastUsed = time.Unix(first, 0), time.Unix(last, 0)
		in.Documents += e.Documents
		if e.LastUsed.After(in.LastUsed) {
			in.LastUsed = e.LastUsed
		}
		in.Extractors = append(in.Extractors, e)
	}
	return in, s.fail(rows.Err())
}

// Clear drops every extraction and story, of all extractors, and gives the space back to
// the file system. Tables of the user's own (stars, notes) are neither and stay.
func (s *Store) Clear(ctx context.Context) error {
	if err := s.w.flush(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		// Children first: each table emptied whole, rather than row by row through the
		// cascade from documents.
		tables := []string{"snapshots", "stories", "documents", "extractors"}
		for _, c := range children {
			tables = append([]string{c.name}, tables...)
		}
		for _, table := range tables {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	clear(s.touched)
	if err := s.sweepSnapshots(ctx); err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("extractions cleared, but compacting %s failed: %w", s.path, s.fail(err))
	}
	// The log holds a copy of every page VACUUM wrote.
	if _, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("extractions cleared, but compacting %s failed: %w", s.path, s.fail(err))
	}
	return nil
}
