-- The last timeline made of a corpus, whole (see snapshot.go), so that opening it again
-- shows it at once. The key names the corpus by its inputs and the options that shape its
-- timeline; inputs is a fingerprint of the files (names, sizes, times), checked before the
-- snapshot is used. The snapshot itself is a file in the snapshots folder beside the
-- database, named here: SQLite reads a large blob several times slower than the file
-- system reads a file. It goes with its extractor, and with the extractions when they are
-- cleared.
CREATE TABLE snapshots (
	key       TEXT PRIMARY KEY,
	extractor TEXT NOT NULL REFERENCES extractors ON DELETE CASCADE,
	inputs    TEXT NOT NULL,
	made      INTEGER NOT NULL, -- Unix seconds
	file      TEXT NOT NULL,    -- in the snapshots folder
	size      INTEGER NOT NULL  -- bytes, checked when it is read
) WITHOUT ROWID;
