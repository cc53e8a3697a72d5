-- Habeas library schema, version 21: row versions on claims and their elements, so that two
-- people editing one claim never silently overwrite each other (docs/server.md, "Two lawyers on
-- one case"), as schema 18 did for cases, parties, events, damages items and deadlines and
-- schema 19 for exhibits.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- A claim's heading, its alternative and its continuing date are versioned on the claims row;
-- each element's status, statement and adverse inference on its claim_elements row. Every
-- in-place UPDATE by the store raises row_version (`row_version = row_version + 1 … AND
-- row_version = :seen`), so an edit made from a stale read is refused as stale. updated_by names
-- the last writer: on a server the role (set by the server), on a folder library '' (one user).
ALTER TABLE claims ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_elements ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claim_elements ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
