-- Places, where events happen, kept apart from actors: a document's places as a list in
-- its row (id, name, kind, country, lat and lon in millionths of a degree, located, aliases), and each event's place
-- IDs as the last value of its event row. Rows written before have no places.
ALTER TABLE documents ADD COLUMN place_rows TEXT NOT NULL DEFAULT '[]';
