package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// snapshotDir is where the snapshots' files are: a folder beside the database.
func (s *Store) snapshotDir() string { return filepath.Join(filepath.Dir(s.path), "snapshots") }

// GetSnapshot gives back the snapshot kept under the key and the fingerprint of the
// inputs it was made from, or false. A file that is missing or not the size recorded (a
// crash while writing, another storyline replacing it) is no snapshot.
func (s *Store) GetSnapshot(ctx context.Context, key, extractor string) (data []byte, inputs string, ok bool, err error) {
	var file string
	var size int64
	err = s.using(ctx, extractor, func() error {
		err := s.db.QueryRowContext(ctx, "SELECT inputs, file, size FROM snapshots WHERE key = ? AND extractor = ?", key, extractor).Scan(&inputs, &file, &size)
		ok = err == nil
		return s.fail(err)
	})
	if err != nil || !ok {
		return nil, "", false, err
	}
	data, err = os.ReadFile(filepath.Join(s.snapshotDir(), filepath.Base(file)))
	if errors.Is(err, fs.ErrNotExist) || err == nil && int64(len(data)) != size {
		return nil, "", false, nil
	}
	if err != nil {
		return nil, "", false, err
	}
	return data, inputs, true, nil
}

// PutSnapshot keeps a corpus's snapshot under the key, replacing the one kept before. The
// file is written whole under a new name before the row names it, so a reader finds the
// old snapshot or the new one, never half of one.
func (s *Store) PutSnapshot(ctx context.Context, key, extractor, inputs string, data []byte) error {
	dir := s.snapshotDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	var id [8]byte
	rand.Read(id[:])
	file := fmt.Sprintf("%s-%x.timeline", key, id)
	path := filepath.Join(dir, file)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		os.Remove(path)
		return err
	}
	var old string
	err := s.using(ctx, extractor, func() error {
		return s.writeTx(ctx, func(tx *sql.Tx) error {
			err := tx.QueryRowContext(ctx, "SELECT file FROM snapshots WHERE key = ?", key).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO snapshots (key, extractor, inputs, made, file, size) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET extractor = excluded.extractor, inputs = excluded.inputs, made = excluded.made,
				file = excluded.file, size = excluded.size`,
				key, extractor, inputs, s.now().Unix(), file, len(data))
			return err
		})
	})
	if err != nil {
		os.Remove(path)
		return err
	}
	if old != "" && old != file {
		os.Remove(filepath.Join(dir, filepath.Base(old)))
	}
	return nil
}

// sweepSnapshots removes the files no row names: those of pruned extractors and of
// cleared stores, and any a crash left behind.
func (s *Store) sweepSnapshots(ctx context.Context) error {
	entries, err := os.ReadDir(s.snapshotDir())
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	named := map[string]bool{}
	rows, err := s.db.QueryContext(ctx, "SELECT file FROM snapshots")
	if err != nil {
		return s.fail(err)
	}
	defer rows.Close()
	for rows.Next() {
		var f string
		if err := rows.Scan(&f); err != nil {
			return s.fail(err)
		}
		named[f] = true
	}
	if err := rows.Err(); err != nil {
		return s.fail(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".timeline") && !named[e.Name()] {
			os.Remove(filepath.Join(s.snapshotDir(), e.Name()))
		}
	}
	return nil
}
