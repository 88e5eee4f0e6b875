-- The last timeline made of a corpus, whole (see snapshot.go), so that opening it again
-- shows it at once. The key names the corpus by its inputs and the options that shape its
-- timeline; inputs is a fingerprint of the files (names, sizes, times), checked before the
-- snapshot is used. It goes with its extractor, and with the extractions when they are
-- cleared.
CREATE TABLE snapshots (
	key       TEXT PRIMARY KEY,
	extractor TEXT NOT NULL REFERENCES extractors ON DELETE CASCADE,
	inputs    TEXT NOT NULL,
	made      INTEGER NOT NULL, -- Unix seconds
	data      BLOB NOT NULL
);
