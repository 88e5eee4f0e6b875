-- Things: the names a document calls things, not actors ("the Deepwater Horizon rig"), as
-- a list in its row, one name to a row. Rows written before have none.
ALTER TABLE documents ADD COLUMN thing_rows TEXT NOT NULL DEFAULT '[]';
