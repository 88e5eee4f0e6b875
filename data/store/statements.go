package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// child is a table of a document's rows kept for looking things up across documents,
// numbered by seq in the order of the extraction's list.
type child struct {
	name    string
	columns []string
}

// children are the tables written with each document; its lists are read from the
// document's own row (see migrations/0001_init.sql).
var children = []child{
	{name: "mentions", columns: []string{"actor", "span_start", "span_end"}},
	{name: "quotes", columns: []string{"quote_id", "speaker", "source", "direct", "span_start", "span_end"}},
	{name: "events", columns: []string{"event_id", "when_start", "when_end", "when_gran"}},
}

// rowsPerInsert is how many rows one statement inserts (see Store.insert).
const rowsPerInsert = 32

// insert adds n rows.
func (c child) insert(n int) string {
	row := "(?, ?" + strings.Repeat(", ?", len(c.columns)) + ")"
	return "INSERT INTO " + c.name + " (doc, seq, " + strings.Join(c.columns, ", ") + ") VALUES " +
		strings.Repeat(row+", ", n-1) + row
}

// listColumns hold a document's lists in its row, in the order decodeRows reads them and
// of the bits of documents.lists.
var listColumns = [...]string{"timex_rows", "mention_rows", "quote_rows", "actor_rows", "source_rows", "event_rows", "place_rows", "thing_rows"}

// statements are prepared once per Store: Get and Put run them for every document, and
// parsing the SQL each time would cost as much as running it.
type statements struct {
	// document reads a document with all its lists: one row, one snapshot.
	document       *sql.Stmt
	insertDocument *sql.Stmt
	insertChild    [3]*sql.Stmt // one row, in the order of children
	insertMany     [3]*sql.Stmt // rowsPerInsert rows
	// Clear or a prune in another process may have removed the extractor's row since this
	// Store recorded its use.
	insertExtractor *sql.Stmt
}

func (st *statements) prepare(ctx context.Context, db *sql.DB) error {
	queries := map[**sql.Stmt]string{
		&st.document: "SELECT doc_id, title, source, url, published, date_origin, body, lists, " +
			strings.Join(listColumns[:], ", ") + " FROM documents WHERE key = ? AND extractor = ?",
		// An extraction already there is the same one (same article, same code), so a
		// second Put, from another worker or process, changes nothing.
		&st.insertDocument: "INSERT INTO documents (key, extractor, doc_id, title, source, url, published, date_origin, body, lists, " +
			strings.Join(listColumns[:], ", ") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + strings.Repeat(", ?", len(listColumns)) +
			") ON CONFLICT DO NOTHING RETURNING id",
		&st.insertExtractor: `INSERT INTO extractors (extractor, first_used, last_used) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
	}
	for i, c := range children {
		queries[&st.insertChild[i]] = c.insert(1)
		queries[&st.insertMany[i]] = c.insert(rowsPerInsert)
	}
	for p, q := range queries {
		s, err := db.PrepareContext(ctx, q)
		if err != nil {
			st.close()
			return err
		}
		*p = s
	}
	return nil
}

func (st *statements) close() error {
	ps := []**sql.Stmt{&st.document, &st.insertDocument, &st.insertExtractor}
	for i := range st.insertChild {
		ps = append(ps, &st.insertChild[i], &st.insertMany[i])
	}
	var errs []error
	for _, p := range ps {
		if *p != nil {
			errs = append(errs, (*p).Close())
			*p = nil
		}
	}
	return errors.Join(errs...)
}
