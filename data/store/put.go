package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storyline/model"
)

// Put stores an extraction under the article's key and the extractor that made it. It
// returns at once: a goroutine writes the extraction, with others, in one transaction (see
// writer), and a Get finds it meanwhile. An extraction already stored under both is kept
// as it is. An error is that of an earlier write, which Flush and Close report too.
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

// insert writes one document and its rows, in the writer's transaction.
func (s *Store) insert(ctx context.Context, tx *sql.Tx, key, extractor string, x model.Extraction) error {
	st := &s.stmts
	now := s.now().Unix()
	if _, err := tx.StmtContext(ctx, st.insertExtractor).ExecContext(ctx, extractor, now, now); err != nil {
		return err
	}
	d := &x.Document
	var id int64
	err := tx.StmtContext(ctx, st.insertDocument).QueryRowContext(ctx, key, extractor, d.ID, d.Title, d.Source, d.URL,
		timeColumn(d.Published), string(d.DateOrigin), d.Body, listBits(x)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	for i, rows := range childRows(x) {
		q := tx.StmtContext(ctx, st.insertChild[i])
		for seq, row := range rows {
			if _, err := q.ExecContext(ctx, append([]any{id, seq}, row...)...); err != nil {
				return fmt.Errorf("%s: %w", children[i].name, err)
			}
		}
	}
	return nil
}

// childRows are the values of the rows of children, in their columns' order. Rows go in
// one statement each: SQLite's JSON functions could spread a list into rows in one, but
// taking each row apart again costs more than binding its values.
func childRows(x model.Extraction) [6][][]any {
	var out [6][][]any
	d := &x.Document
	for _, t := range d.Timexes {
		out[0] = append(out[0], []any{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod})
	}
	for _, m := range d.Mentions {
		out[1] = append(out[1], []any{m.Start, m.End, m.Text, m.Actor})
	}
	for _, q := range d.Quotes {
		out[2] = append(out[2], []any{q.ID, q.Start, q.End, q.Text, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Source, q.Direct})
	}
	for _, a := range x.Actors {
		out[3] = append(out[3], []any{a.ID, a.Name, string(a.Kind), listColumn(a.Aliases, (*jsonWriter).strs), listColumn(a.Roles, (*jsonWriter).strs)})
	}
	for _, so := range x.Sources {
		out[4] = append(out[4], []any{so.ID, so.Name, so.Kind, listColumn(so.Aliases, (*jsonWriter).strs)})
	}
	for _, e := range x.Events {
		out[5] = append(out[5], []any{e.ID, timeColumn(e.When.Start), timeColumn(e.When.End),
			e.When.Gran.String(), // by name: reordering the constants changes nothing stored
			string(e.When.Mod), e.DateText, e.Title, e.Text,
			listColumn(e.Spans, (*jsonWriter).spans), listColumn(e.Actors, (*jsonWriter).strs), listColumn(e.Sources, (*jsonWriter).strs),
			listColumn(e.Quotes, (*jsonWriter).ints)})
	}
	return out
}

// listColumn is a list in a column of its own: a JSON array, NULL for a nil list.
func listColumn[T any](list []T, write func(*jsonWriter, []T)) any {
	if list == nil {
		return nil
	}
	var w jsonWriter
	write(&w, list)
	return w.text()
}

// listBits sets the bits of documents.lists, in the order of children.
func listBits(x model.Extraction) int64 {
	var bits int64
	for i, present := range []bool{x.Document.Timexes != nil, x.Document.Mentions != nil, x.Document.Quotes != nil,
		x.Actors != nil, x.Sources != nil, x.Events != nil} {
		if present {
			bits |= 1 << i
		}
	}
	return bits
}
