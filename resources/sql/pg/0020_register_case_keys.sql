-- PostgreSQL twin of resources/sql/0020_register_case_keys.sql: its table in PostgreSQL's dialect,
-- and on the server alone the wall around it and when each original was stored (for collecting
-- unreferenced ones). Frozen once released, like its twin.
--
-- Each case's register key (32 random bytes, HMAC-SHA-256): made by the first register import of
-- the case and kept for the case's life, so that every member of the case's team, on any
-- machine, can `register find` on it, and no one off the team can read it. A pg_dump holds the
-- keys; docs/register.md ("The key") says how to leave them out of an off-site copy.
CREATE TABLE register_case_keys (
    case_id     BIGINT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    secret      BYTEA NOT NULL CHECK (length(secret) = 32),
    created_at  TEXT NOT NULL
);

-- The wall: the team's readers read the key (find is a read), its leads and members make it
-- (an import is a change); no one changes or removes it (it goes with its case, the cascade
-- running as the owner).
ALTER TABLE register_case_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON register_case_keys FOR SELECT
    USING (case_id IN (SELECT habeas_team_cases(current_user, 'reader')));
CREATE POLICY team_adds ON register_case_keys FOR INSERT
    WITH CHECK (case_id IN (SELECT habeas_team_cases(current_user, 'member')));
REVOKE ALL ON register_case_keys FROM PUBLIC;
GRANT SELECT, INSERT ON register_case_keys TO PUBLIC;

-- When each original was stored, by the server's clock: `library check --repair` leaves an
-- unreferenced original younger than an hour alone (an import may be about to cite it).
-- Originals stored before this version count from the upgrade.
ALTER TABLE blobs ADD COLUMN stored_at TIMESTAMPTZ NOT NULL DEFAULT now();

-- A client storing bytes the server holds already restarts their hour: the exhibit that will
-- cite them is on its way. Only the time changes, and only of a blob the caller may read.
CREATE FUNCTION habeas_blob_restored(blob TEXT) RETURNS VOID
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    UPDATE blobs SET stored_at = now()
     WHERE sha256 = blob
       AND (stored_by = session_user
            OR EXISTS (SELECT 1 FROM blob_holders h WHERE h.sha256 = blob
                                                      AND h.holder = session_user)
            OR pg_has_role(session_user,
                           (SELECT relowner FROM pg_class WHERE oid = 'cases'::regclass), 'USAGE'))
$$;

-- The copies an import made before its user cancelled it go at once: a blob the caller stored
-- themselves, that no one else proved to hold and no row of any case cites (every column named
-- sha256 or *_sha256, as `library check` reads them). True when it went. SECURITY DEFINER, to see
-- the rows of every team; the blob's row is locked first, so a holder being added meanwhile is
-- waited for.
CREATE FUNCTION habeas_discard_blob(blob TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    c RECORD;
    cited BOOLEAN;
BEGIN
    PERFORM 1 FROM blobs WHERE sha256 = blob AND stored_by = session_user FOR UPDATE;
    IF NOT FOUND OR EXISTS (SELECT 1 FROM blob_holders WHERE sha256 = blob) THEN
        RETURN FALSE;
    END IF;
    FOR c IN SELECT k.table_name, k.column_name FROM information_schema.columns k
              JOIN information_schema.tables t ON t.table_schema = k.table_schema
                                              AND t.table_name = k.table_name
              WHERE k.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                AND (k.column_name = 'sha256' OR k.column_name LIKE '%\_sha256')
                AND k.table_name NOT IN ('blobs', 'blob_chunks', 'blob_holders') LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE lower(%I) = $1)',
                       c.table_name, c.column_name) INTO cited USING blob;
        IF cited THEN
            RETURN FALSE;
        END IF;
    END LOOP;
    DELETE FROM blobs WHERE sha256 = blob; -- its chunks cascade
    RETURN TRUE;
END
$$;
