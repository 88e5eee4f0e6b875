package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// child is a table of a document's rows, numbered by seq in the order of the
// extraction's list. Its statements are made from its columns, so that the order of the
// values in a row's JSON is written down once.
type child struct {
	name    string
	columns []string
	lists   map[string]bool // columns holding a list, kept as JSONB
}

// children are in the order of the values in the query for a document and of the bits
// of documents.lists.
var children = []child{
	{name: "timexes", columns: []string{"span_start", "span_end", "text", "type", "value", "mod"}},
	{name: "mentions", columns: []string{"span_start", "span_end", "text", "actor"}},
	{name: "quotes", columns: []string{"quote_id", "span_start", "span_end", "text", "speaker", "speaker_start",
		"speaker_end", "source", "direct"}},
	{name: "actors", columns: []string{"actor_id", "name", "kind", "aliases", "roles"},
		lists: map[string]bool{"aliases": true, "roles": true}},
	{name: "sources", columns: []string{"source_id", "name", "kind", "aliases"}, lists: map[string]bool{"aliases": true}},
	{name: "events", columns: []string{"event_id", "when_start", "when_end", "when_gran", "when_mod", "date_text", "title",
		"text", "spans", "actors", "sources", "quotes"},
		lists: map[string]bool{"spans": true, "actors": true, "sources": true, "quotes": true}},
}

// rowsPerInsert is how many rows one statement inserts (see Store.insert).
const rowsPerInsert = 32

// insert adds n rows.
func (c child) insert(n int) string {
	vals := make([]string, len(c.columns))
	for i, col := range c.columns {
		vals[i] = "?"
		if c.lists[col] {
			vals[i] = "jsonb(?)" // compact, and gathered into JSON without being parsed again
		}
	}
	row := "(?, ?, " + strings.Join(vals, ", ") + ")"
	return "INSERT INTO " + c.name + " (doc, seq, " + strings.Join(c.columns, ", ") + ") VALUES " +
		strings.Repeat(row+", ", n-1) + row
}

// gather is a subquery giving the rows of document d as a JSON array, in order. The
// aggregate's ORDER BY is the documented way to order its input; an ordered subquery
// instead would save the sort, some 15% of a Get, relying on SQLite's present behaviour.
func (c child) gather() string {
	return "(SELECT json_group_array(json_array(" + strings.Join(c.columns, ", ") + ") ORDER BY seq) FROM " +
		c.name + " WHERE doc = d.id)"
}

// statements are prepared once per Store: Get and Put run them for every document, and
// parsing the SQL each time would cost as much as running it.
type statements struct {
	// document reads a document with all its rows in one statement, which also makes it
	// one snapshot: a Clear or prune in another process cannot take rows away halfway.
	document       *sql.Stmt
	insertDocument *sql.Stmt
	insertChild    [6]*sql.Stmt // one row, in the order of children
	insertMany     [6]*sql.Stmt // rowsPerInsert rows
	// Clear or a prune in another process may have removed the extractor's row since this
	// Store recorded its use.
	insertExtractor *sql.Stmt
}

func (st *statements) prepare(ctx context.Context, db *sql.DB) error {
	gathers := make([]string, len(children))
	for i, c := range children {
		gathers[i] = c.gather()
	}
	queries := map[**sql.Stmt]string{
		&st.document: "SELECT doc_id, title, source, url, published, date_origin, body, lists, " +
			strings.Join(gathers, ", ") + " FROM documents d WHERE key = ? AND extractor = ?",
		// An extraction already there is the same one (same article, same code), so a
		// second Put, from another worker or process, changes nothing.
		&st.insertDocument: `INSERT INTO documents (key, extractor, doc_id, title, source, url, published, date_origin, body, lists)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
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
