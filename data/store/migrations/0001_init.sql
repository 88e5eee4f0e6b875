-- The extractions of articles: one row per document and extractor, and the document's
-- time expressions, mentions, quotes, actors, sources and events in their own tables,
-- each row numbered by its place in the extraction's list (seq) so that a Get gives the
-- lists back in order. Spans are half-open ranges of code points in the body. Times are
-- RFC 3339 text, NULL when zero. Lists inside a row (aliases, roles, an event's spans,
-- actors, sources and quote indexes) are arrays in SQLite's JSONB (json(col) shows them),
-- NULL for a nil list: they are read and written only with their row, and the IDs in them
-- are the document's own until a merge, so a join table would cost a row each and answer
-- no query worth asking.
--
-- Tables of short rows (timexes, mentions, actors, sources) are WITHOUT ROWID: one b-tree
-- each, in (doc, seq) order. Those whose rows hold sentences (quotes, events) keep a rowid,
-- as SQLite advises for rows that may pass a twentieth of a page; measured on 377 Reuters
-- articles, either way reads and writes as fast.

-- Every fingerprint of code and gazetteers that made extractions here, and when it was
-- last used: extractions of extractors unused for a while are pruned.
CREATE TABLE extractors (
	extractor  TEXT PRIMARY KEY,
	first_used INTEGER NOT NULL, -- Unix seconds
	last_used  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL, -- extract.Key: a hash of the article and the options
	extractor   TEXT NOT NULL REFERENCES extractors ON DELETE CASCADE,
	doc_id      TEXT NOT NULL, -- model.Document.ID
	title       TEXT NOT NULL,
	source      TEXT NOT NULL,
	url         TEXT NOT NULL,
	published   TEXT,
	date_origin TEXT NOT NULL,
	body        TEXT NOT NULL,
	lists       INTEGER NOT NULL, -- a bit per list of the extraction that is not nil
	UNIQUE (key, extractor)
);
CREATE INDEX documents_extractor ON documents (extractor);

CREATE TABLE timexes (
	doc        INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	mod        TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE mentions (
	doc        INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	actor      TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE quotes (
	doc           INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq           INTEGER NOT NULL, -- what events' quote indexes count
	quote_id      TEXT NOT NULL,
	span_start    INTEGER NOT NULL,
	span_end      INTEGER NOT NULL,
	text          TEXT NOT NULL,
	speaker       TEXT NOT NULL,
	speaker_start INTEGER NOT NULL,
	speaker_end   INTEGER NOT NULL,
	source        TEXT NOT NULL,
	direct        INTEGER NOT NULL,
	PRIMARY KEY (doc, seq)
);

CREATE TABLE actors (
	doc      INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	actor_id TEXT NOT NULL,
	name     TEXT NOT NULL,
	kind     TEXT NOT NULL,
	aliases  BLOB,
	roles    BLOB,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE sources (
	doc       INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	source_id TEXT NOT NULL,
	name      TEXT NOT NULL,
	kind      TEXT NOT NULL,
	aliases   BLOB,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE events (
	doc        INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	event_id   TEXT NOT NULL,
	when_start TEXT,
	when_end   TEXT,
	when_gran  TEXT NOT NULL, -- model.Granularity by name, so reordering the constants changes nothing here
	when_mod   TEXT NOT NULL,
	date_text  TEXT NOT NULL,
	title      TEXT NOT NULL,
	text       TEXT NOT NULL,
	spans      BLOB, -- [[start,end],...]
	actors     BLOB,
	sources    BLOB,
	quotes     BLOB,
	PRIMARY KEY (doc, seq)
);
