-- The stories made of whole corpora (story.Plan as JSON): which events were boilerplate,
-- which reports were merged, the key dates. The key is a hash of the extractor and the
-- corpus's document IDs, so the same articles opened again, in any order, find their
-- story; the row goes with its extractor.
CREATE TABLE stories (
	key       TEXT PRIMARY KEY,
	extractor TEXT NOT NULL REFERENCES extractors ON DELETE CASCADE,
	made      INTEGER NOT NULL, -- Unix seconds
	plan      BLOB NOT NULL
) WITHOUT ROWID;
