-- The extractions of articles: one row per document and extractor. A document's lists
-- (time expressions, mentions, quotes, actors, sources, events) are kept in its row, each
-- as a JSON array of row arrays in the order of the extraction's list, because a Get reads
-- them all at once and the driver costs microseconds for every row and column it moves:
-- read from tables of a row each, a second open of a corpus took as long as extracting it
-- afresh. What later features look up across documents (mentions of an actor, quotes of a
-- speaker or source, events by ID and by date) is also kept in tables of a row each, with
-- the document's row ID and the row's place in its list (seq), written with the document
-- and dropped with it; the indexes those lookups need come with the features, so that
-- until then writing costs no more than it must. Spans are half-open ranges of code points
-- in the body. Times are RFC 3339 text, NULL when zero.

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
	-- The lists, each a JSON array of rows: [[start, end, text, type, value, mod], ...]
	timex_rows   TEXT NOT NULL, -- start, end, text, type, value, mod
	mention_rows TEXT NOT NULL, -- start, end, text, actor
	quote_rows   TEXT NOT NULL, -- id, start, end, text, speaker, speaker start and end, source, direct
	actor_rows   TEXT NOT NULL, -- id, name, kind, aliases, roles
	source_rows  TEXT NOT NULL, -- id, name, kind, aliases
	event_rows   TEXT NOT NULL, -- id, start, end, granularity, mod, date text, title, text, spans, actors, sources, quotes
	UNIQUE (key, extractor)
);
CREATE INDEX documents_extractor ON documents (extractor);

-- The actor IDs here are the document's own (a slug of the name the document gives), as
-- in its extraction.
CREATE TABLE mentions (
	doc        INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	actor      TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE quotes (
	doc        INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq        INTEGER NOT NULL, -- what events' quote indexes count
	quote_id   TEXT NOT NULL,
	speaker    TEXT NOT NULL,
	source     TEXT NOT NULL,
	direct     INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE events (
	doc        INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	event_id   TEXT NOT NULL,
	when_start TEXT,
	when_end   TEXT,
	when_gran  TEXT NOT NULL, -- model.Granularity by name, so reordering the constants changes nothing here
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
