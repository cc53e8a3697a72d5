-- Habeas library schema, version 18: row versions, so that two people editing one case never
-- silently overwrite each other (docs/server.md, "Two lawyers on one case").
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The rows a user edits in place carry the version they are at. Every UPDATE of such a row by
-- a store raises it (`row_version = row_version + 1 … WHERE id = :id AND row_version = :seen`),
-- so an edit made from a stale read matches no row and is refused as stale instead of writing
-- over the other person's change; undo uses it to refuse to undo over a later change.
-- updated_by names the last writer: on a server the role (set by the server), on a folder
-- library '' (one user).
ALTER TABLE cases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE parties ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE parties ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE damages_items ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE damages_items ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE deadlines ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE deadlines ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
