package store

import (
	"context"
	"database/sql"
	"errors"
)

// GetStory gives back the plan PutStory kept under the key, or false.
func (s *Store) GetStory(ctx context.Context, key, extractor string) (plan []byte, ok bool, err error) {
	err = s.using(ctx, extractor, func() error {
		err := s.db.QueryRowContext(ctx, "SELECT plan FROM stories WHERE key = ? AND extractor = ?", key, extractor).Scan(&plan)
		ok = err == nil
		return s.fail(err)
	})
	return plan, ok, err
}

// using runs f on the open store for an extractor, recording its use. No rows is no
// error (the caller's ok says so); f checks its own failures for damage (see fail).
func (s *Store) using(ctx context.Context, extractor string, f func() error) error {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.closed {
		return errClosed
	}
	if err := s.touch(ctx, extractor); err != nil {
		return err
	}
	if err := f(); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return nil
}

// PutStory keeps a corpus's story plan under the key, replacing one kept before.
func (s *Store) PutStory(ctx context.Context, key, extractor string, plan []byte) error {
	return s.using(ctx, extractor, func() error {
		return s.writeTx(ctx, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO stories (key, extractor, made, plan) VALUES (?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET extractor = excluded.extractor, made = excluded.made, plan = excluded.plan`,
				key, extractor, s.now().Unix(), plan)
			return err
		})
	})
}
