-- PostgreSQL twin of resources/sql/0019_exhibit_versions.sql: the same columns in PostgreSQL's
-- dialect, and on the server alone who wrote an exhibit last (the row_writer trigger of schema
-- 18; evidence_items has had its notify_changed trigger since then).
-- Frozen once released, like its twin.
-- Version 19: row versions on exhibits.

ALTER TABLE evidence_items ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE evidence_items ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER row_writer BEFORE INSERT OR UPDATE ON evidence_items
    FOR EACH ROW EXECUTE FUNCTION habeas_row_writer();
