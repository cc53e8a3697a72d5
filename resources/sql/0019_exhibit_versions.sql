-- Habeas library schema, version 19: row versions on exhibits, so that two people editing one
-- exhibit's particulars never silently overwrite each other (docs/server.md, "Two lawyers on one
-- case"), as schema 18 did for cases, parties, events, damages items and deadlines.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- An exhibit's particulars (title, what it proves, source, capture, certificates, notes) are
-- edited in place: every such UPDATE by the store raises row_version
-- (`row_version = row_version + 1 … WHERE id = :id AND row_version = :seen`), so an edit made
-- from a stale read is refused as stale. updated_by names the last writer: on a server the role
-- (set by the server), on a folder library '' (one user).
ALTER TABLE evidence_items ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE evidence_items ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
