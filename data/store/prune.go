package store

import (
	"context"
	"database/sql"
	"time"
)

// PruneAfter is how long the extractions of an extractor other than the running one are
// kept after it was last used. Every build of storyline and every change of gazetteers is
// a new extractor, whose extractions the others can never use; without pruning, each
// upgrade would leave a copy of the corpus behind.
const PruneAfter = 30 * 24 * time.Hour

// touch records, once per Store and extractor, that the extractor is in use, and prunes the
// extractions of the extractors unused for PruneAfter. So pruning costs one small
// transaction per run, at its first Get or Put, when the running extractor is known: the
// extractions of a build that is still in use, here or by another storyline on the same
// store, are kept however long the store lies unopened.
func (s *Store) touch(ctx context.Context, extractor string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.touched[extractor] {
		return nil
	}
	now := s.now()
	var pruned int64
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO extractors (extractor, first_used, last_used) VALUES (?1, ?2, ?2)
			ON CONFLICT DO UPDATE SET last_used = excluded.last_used`, extractor, now.Unix()); err != nil {
			return err
		}
		// Documents go with their extractor, and their rows with them (ON DELETE CASCADE).
		res, err := tx.ExecContext(ctx, `DELETE FROM extractors WHERE extractor != ? AND last_used < ?`,
			extractor, now.Add(-PruneAfter).Unix())
		if err == nil {
			pruned, _ = res.RowsAffected()
		}
		return err
	})
	if err != nil {
		return err
	}
	if pruned > 0 {
		s.sweepSnapshots(ctx) // their snapshots' files; one left behind costs only room
	}
	s.touched[extractor] = true
	return nil
}
