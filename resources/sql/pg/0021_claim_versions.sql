-- PostgreSQL twin of resources/sql/0021_claim_versions.sql: the same columns in PostgreSQL's
-- dialect, and on the server alone who wrote a claim or an element last (the row_writer trigger
-- of schema 18; claims and claim_elements have had their notify_changed triggers since then).
-- Frozen once released, like its twin.
-- Version 21: row versions on claims and claim elements.

ALTER TABLE claims ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_elements ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE claim_elements ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER row_writer BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION habeas_row_writer();
CREATE TRIGGER row_writer BEFORE INSERT OR UPDATE ON claim_elements
    FOR EACH ROW EXECUTE FUNCTION habeas_row_writer();
