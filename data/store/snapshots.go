package store

import (
	"context"
	"database/sql"
)

// GetSnapshot gives back the snapshot kept under the key and the fingerprint of the
// inputs it was made from, or false.
func (s *Store) GetSnapshot(ctx context.Context, key, extractor string) (data []byte, inputs string, ok bool, err error) {
	err = s.using(ctx, extractor, func() error {
		err := s.db.QueryRowContext(ctx, "SELECT inputs, data FROM snapshots WHERE key = ? AND extractor = ?", key, extractor).Scan(&inputs, &data)
		ok = err == nil
		return s.fail(err)
	})
	return data, inputs, ok, err
}

// PutSnapshot keeps a corpus's snapshot under the key, replacing the one kept before.
func (s *Store) PutSnapshot(ctx context.Context, key, extractor, inputs string, data []byte) error {
	return s.using(ctx, extractor, func() error {
		return s.writeTx(ctx, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO snapshots (key, extractor, inputs, made, data) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET extractor = excluded.extractor, inputs = excluded.inputs, made = excluded.made, data = excluded.data`,
				key, extractor, inputs, s.now().Unix(), data)
			return err
		})
	})
}
