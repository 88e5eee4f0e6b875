package store

import (
	"context"
	"database/sql"
	"path/filepath"

	"github.com/adrg/xdg"

	"storyline/model"
)

// MarksPath is where storyline keeps the reader's stars and notes: storyline/marks.db in
// the user's data folder ($XDG_DATA_HOME or ~/.local/share on Linux). They are not a cache,
// so they stay out of the cache folder, which may be emptied at any time.
func MarksPath() string {
	xdg.Reload() // the environment as it is now, not as it was when the program began
	return filepath.Join(xdg.DataHome, "storyline", "marks.db")
}

// Marks are the stars and notes kept for a corpus, by event ID.
func (s *Store) Marks(ctx context.Context, corpus string) (map[string]model.Mark, error) {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.closed {
		return nil, errClosed
	}
	rows, err := s.db.QueryContext(ctx, "SELECT event, starred, note FROM marks WHERE corpus = ?", corpus)
	if err != nil {
		return nil, s.fail(err)
	}
	defer rows.Close()
	out := map[string]model.Mark{}
	for rows.Next() {
		var id string
		var m model.Mark
		if err := rows.Scan(&id, &m.Starred, &m.Note); err != nil {
			return nil, s.fail(err)
		}
		out[id] = m
	}
	return out, s.fail(rows.Err())
}

// PutMark keeps an event's mark; an empty mark (no star, no note) is taken away.
func (s *Store) PutMark(ctx context.Context, corpus, event string, m model.Mark) error {
	s.life.RLock()
	defer s.life.RUnlock()
	if s.closed {
		return errClosed
	}
	return s.writeTx(ctx, func(tx *sql.Tx) error {
		if m.Empty() {
			_, err := tx.ExecContext(ctx, "DELETE FROM marks WHERE corpus = ? AND event = ?", corpus, event)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO marks (corpus, event, starred, note, changed) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (corpus, event) DO UPDATE SET starred = excluded.starred, note = excluded.note, changed = excluded.changed`,
			corpus, event, m.Starred, m.Note, s.now().Unix())
		return err
	})
}
