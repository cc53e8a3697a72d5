-- PostgreSQL twin of resources/sql/0016_pending_indexes.sql: its indexes in PostgreSQL's dialect
-- (docs/server.md, "The schema"). PgSchema applies it in one transaction and sets
-- schema_version. Frozen once released, like its twin.
-- Version 16: indexes over the exhibits still waiting to be read.

-- When a library opens, the exhibits an earlier session left unparsed or without OCR are queued
-- again; each partial index holds only the few rows still pending, and a row leaves it when its
-- state changes.
CREATE INDEX evidence_parse_pending ON evidence_items (case_id) WHERE parse_state = 'pending';
CREATE INDEX evidence_ocr_pending ON evidence_items (case_id) WHERE ocr_state = 'pending';
