package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"storyline/model"
)

// Put stores an extraction under the article's key and the extractor that made it. It
// returns at once: a goroutine writes the extraction, with others, in one transaction (see
// writer), and a Get finds it meanwhile. An extraction already stored under both is kept
// as it is. Put fails when an earlier write failed (Flush and Close report that too), or
// when the extraction's events name another document.
func (s *Store) Put(ctx context.Context, key, extractor string, x model.Extraction) error {
	for _, e := range x.Events {
		// Events are stored under their document, and get its ID back.
		if e.Doc != x.Document.ID {
			return fmt.Errorf("store: event %s names document %q, not its own %q", e.ID, e.Doc, x.Document.ID)
		}
	}
	if err := s.touch(ctx, extractor); err != nil {
		return err
	}
	return s.w.add(pending{cacheKey{key, extractor}, x})
}

// Flush waits until everything Put has been written, and returns the first failure.
func (s *Store) Flush() error { return s.w.flush() }

// insert writes a batch's documents, then each table's rows of all of them, rowsPerInsert
// rows to a statement: the driver's cost for each statement run is larger than SQLite's
// for each row.
func (s *Store) insert(ctx context.Context, tx *sql.Tx, batch []pending) error {
	st := &s.stmts
	now := s.now().Unix()
	insertExtractor, insertDocument := tx.StmtContext(ctx, st.insertExtractor), tx.StmtContext(ctx, st.insertDocument)
	var rows [3][]any // the tables' values, row after row
	for _, p := range batch {
		if _, err := insertExtractor.ExecContext(ctx, p.extractor, now, now); err != nil {
			return err
		}
		d := &p.x.Document
		lists := packLists(p.x)
		var id int64
		err := insertDocument.QueryRowContext(ctx, p.key, p.extractor, d.ID, d.Title, d.Source,
			d.URL, timeColumn(d.Published), string(d.DateOrigin), d.Body, listBits(p.x),
			lists[0], lists[1], lists[2], lists[3], lists[4], lists[5], lists[6], lists[7]).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return err
		}
		appendRows(&rows, id, p.x)
	}
	for i, values := range rows {
		width := len(children[i].columns) + 2
		many, one := tx.StmtContext(ctx, st.insertMany[i]), tx.StmtContext(ctx, st.insertChild[i])
		for len(values) > 0 {
			q, n := many, rowsPerInsert*width
			if len(values) < n {
				q, n = one, width
			}
			if _, err := q.ExecContext(ctx, values[:n]...); err != nil {
				return fmt.Errorf("%s: %w", children[i].name, err)
			}
			values = values[n:]
		}
	}
	return nil
}

// appendRows appends the values of a document's rows of children: its ID, the row's place
// in its list, and the columns in order.
func appendRows(rows *[3][]any, id int64, x model.Extraction) {
	d := &x.Document
	for i, n := range []int{len(d.Mentions), len(d.Quotes), len(x.Events)} {
		rows[i] = slices.Grow(rows[i], n*(len(children[i].columns)+2))
	}
	for seq, m := range d.Mentions {
		rows[0] = append(rows[0], id, seq, m.Actor, m.Start, m.End)
	}
	for seq, q := range d.Quotes {
		rows[1] = append(rows[1], id, seq, q.ID, q.Speaker, q.Source, q.Direct, q.Start, q.End)
	}
	for seq, e := range x.Events {
		rows[2] = append(rows[2], id, seq, e.ID, timeColumn(e.When.Start), timeColumn(e.When.End), e.When.Gran.String())
	}
}

// listBits sets the bits of documents.lists, in the order of children.
func listBits(x model.Extraction) int64 {
	var bits int64
	for i, present := range []bool{x.Document.Timexes != nil, x.Document.Mentions != nil, x.Document.Quotes != nil,
		x.Actors != nil, x.Sources != nil, x.Events != nil, x.Places != nil, x.Things != nil} {
		if present {
			bits |= 1 << i
		}
	}
	return bits
}
