package store

import (
	"context"
	"database/sql"
	"errors"
)

// GetStory gives back the plan PutStory kept under the key, or false.
func (s *Store) GetStory(ctx context.Context, key, extractor string) ([]byte, bool, error) {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.closed {
		return nil, false, errClosed
	}
	if err := s.touch(ctx, extractor); err != nil {
		return nil, false, err
	}
	var plan []byte
	err := s.db.QueryRowContext(ctx, "SELECT plan FROM stories WHERE key = ? AND extractor = ?", key, extractor).Scan(&plan)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, s.fail(err)
	}
	return plan, true, nil
}

// PutStory keeps a corpus's story plan under the key, replacing one kept before.
func (s *Store) PutStory(ctx context.Context, key, extractor string, plan []byte) error {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.closed {
		return errClosed
	}
	if err := s.touch(ctx, extractor); err != nil {
		return err
	}
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO stories (key, extractor, made, plan) VALUES (?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET extractor = excluded.extractor, made = excluded.made, plan = excluded.plan`,
			key, extractor, s.now().Unix(), plan)
		return err
	})
}
