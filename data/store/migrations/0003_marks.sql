-- What a reader keeps of a corpus: starred events and notes. The corpus is named by the
-- inputs it was opened from, so a folder that gains articles keeps its marks; the event
-- by its ID, a hash of its content. Marks are the reader's own work: clearing or pruning
-- the extractions leaves them alone.
CREATE TABLE marks (
	corpus  TEXT NOT NULL,
	event   TEXT NOT NULL,
	starred INTEGER NOT NULL DEFAULT 0,
	note    TEXT NOT NULL DEFAULT '',
	changed INTEGER NOT NULL, -- Unix seconds
	PRIMARY KEY (corpus, event)
) WITHOUT ROWID;
