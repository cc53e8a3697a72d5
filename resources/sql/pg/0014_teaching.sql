-- PostgreSQL twin of resources/sql/0014_teaching.sql: its tables, columns, constraints and
-- indexes in PostgreSQL's dialect (docs/server.md, "The schema"). PgSchema applies it in one
-- transaction and sets schema_version. Frozen once released, like its twin.
-- Schema v14: the teaching copy's review. A teaching copy (bundle export --anonymise, File ▸
-- Export Teaching Copy…) carries an exhibit only after its exporter confirmed having looked at
-- every page of it as it will go out, redactions burned in. The confirmation holds for the
-- exhibit's bytes and its redaction regions as they were then (`regions`: the SHA-256 of the
-- regions' canonical list); a change to either asks for the review again.
CREATE TABLE teaching_reviews (
    evidence_id BIGINT PRIMARY KEY REFERENCES evidence_items (id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    regions     TEXT NOT NULL CHECK (length(regions) = 64),
    reviewed_at TEXT NOT NULL
);
