-- Habeas library schema, version 15: the clinic's review — a supervisor's comments on a case.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The rows a comment can be anchored to get an identity that survives a case bundle: a UUID
-- in its canonical lowercase form without braces, given on the case's first export or when a
-- comment is first anchored to the row ('' until then). A bundle carries it with the row, so a
-- comment written in the supervisor's library finds the same claim, region, request or
-- document in the student's.
ALTER TABLE claims ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_annotations ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE case_requests ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN uid TEXT NOT NULL DEFAULT '';

-- One review comment. Its anchor is the uid of a claim (with one of the claim's elements), of
-- a region of an exhibit page, of a request or of a generated document. resolved_at is NULL
-- while the comment is open. revision counts the edits of this copy; base_digest is the
-- SHA-256 of the comment's text and state as last exchanged through a bundle ('' never), the
-- common ancestor a merge compares both sides with. conflict holds, as JSON, the other side's
-- version when both sides changed the comment since then ('' none) until the user chooses.
-- removed_at marks a comment removed here, so a bundle coming back does not bring it again.
CREATE TABLE review_comments (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    uid            TEXT NOT NULL CHECK (length(uid) = 36),
    anchor_kind    TEXT NOT NULL CHECK (anchor_kind IN ('element', 'region', 'request', 'document')),
    anchor_uid     TEXT NOT NULL CHECK (length(anchor_uid) = 36),
    anchor_element TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    edited_at      TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
    resolved_by    TEXT NOT NULL DEFAULT '',
    resolved_at    TEXT,
    base_digest    TEXT NOT NULL DEFAULT '',
    conflict       TEXT NOT NULL DEFAULT '',
    removed_at     TEXT,
    UNIQUE (case_id, uid)
);
CREATE INDEX review_comments_anchor ON review_comments (case_id, anchor_kind, anchor_uid);
