-- Habeas library schema, version 3: the evidence register.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- One row per exhibit. The bytes live in blobs/ under their SHA-256 and are never modified;
-- the exhibit number is 证据{group_no}-{seq}: a group per fact proved, a sequence inside it.
CREATE TABLE evidence_items (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    group_no      INTEGER NOT NULL DEFAULT 1 CHECK (group_no > 0),
    seq           INTEGER NOT NULL CHECK (seq > 0),
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    original_name TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    media_type    TEXT NOT NULL,
    purpose       TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    captured_at   TEXT,
    device        TEXT NOT NULL DEFAULT '',
    operator      TEXT NOT NULL DEFAULT '',
    notary_cert   TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    trashed_at    TEXT
);
CREATE INDEX evidence_case ON evidence_items (case_id, group_no, seq);
CREATE INDEX evidence_sha ON evidence_items (sha256);

-- The exhibit that proves a damages item (a receipt, for a rights-protection cost).
ALTER TABLE damages_items ADD COLUMN evidence_id INTEGER REFERENCES evidence_items (id) ON DELETE SET NULL;
