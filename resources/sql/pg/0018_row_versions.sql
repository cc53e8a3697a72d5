-- PostgreSQL twin of resources/sql/0018_row_versions.sql: the same columns in PostgreSQL's
-- dialect, and on the server alone who wrote a row last and the notifications that let open
-- views refresh when another user commits (docs/server.md, "Two lawyers on one case").
-- Frozen once released, like its twin.
-- Version 18: row versions.

ALTER TABLE cases ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE parties ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE parties ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE damages_items ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE damages_items ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE deadlines ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE deadlines ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

-- The last writer of a versioned row is the role that wrote it, as the server says.
CREATE FUNCTION habeas_row_writer() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.updated_by := current_user;
    RETURN NEW;
END
$$;

-- Every commit that changes a case's data tells the listening clients which case and which
-- table: NOTIFY habeas_changed, payload '<table>:<case id>' (PostgreSQL folds equal payloads of
-- one transaction into one). A listener learns only ids; what it then reads is walled as usual.
-- TG_ARGV[0] is the column (of NEW or OLD) that holds the row's case, or a query of it.
CREATE FUNCTION habeas_notify_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    r JSONB;
    c TEXT;
BEGIN
    r := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    c := r ->> TG_ARGV[0];
    IF c IS NULL AND TG_NARGS > 1 THEN
        EXECUTE TG_ARGV[1] INTO c USING (r ->> TG_ARGV[2])::BIGINT;
    END IF;
    PERFORM pg_notify('habeas_changed', TG_TABLE_NAME || ':' || coalesce(c, '0'));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['cases', 'parties', 'events', 'damages_items', 'deadlines'] LOOP
        EXECUTE format('CREATE TRIGGER row_writer BEFORE INSERT OR UPDATE ON %I '
            'FOR EACH ROW EXECUTE FUNCTION habeas_row_writer()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['parties', 'events', 'damages_items', 'evidence_items', 'claims',
                             'documents', 'case_requests', 'deadlines', 'document_fields',
                             'register_imports', 'case_prosecutors', 'public_notices',
                             'criminal_fines', 'review_comments', 'case_members'] LOOP
        EXECUTE format('CREATE TRIGGER notify_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
            'FOR EACH ROW EXECUTE FUNCTION habeas_notify_changed(%L)', t, 'case_id');
    END LOOP;
    CREATE TRIGGER notify_changed AFTER INSERT OR UPDATE OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION habeas_notify_changed('id');
    CREATE TRIGGER notify_changed AFTER INSERT OR UPDATE OR DELETE ON claim_elements
        FOR EACH ROW EXECUTE FUNCTION habeas_notify_changed('case_id',
            'SELECT case_id::text FROM claims WHERE id = $1', 'claim_id');
    CREATE TRIGGER notify_changed AFTER INSERT OR UPDATE OR DELETE ON damages_defendants
        FOR EACH ROW EXECUTE FUNCTION habeas_notify_changed('case_id',
            'SELECT case_id::text FROM damages_items WHERE id = $1', 'item_id');
    CREATE TRIGGER notify_changed AFTER INSERT OR UPDATE OR DELETE ON event_evidence
        FOR EACH ROW EXECUTE FUNCTION habeas_notify_changed('case_id',
            'SELECT case_id::text FROM events WHERE id = $1', 'event_id');
END
$$;

-- Search under the wall (the server alone: a folder library has no row-level security). Under
-- row-level security PostgreSQL applies a table's policies before any condition that is not
-- LEAKPROOF, and neither ILIKE nor the grams' @> is: a user's search read every page the user
-- may see, checking the policy and the words page by page, instead of asking the trigram and
-- grams indexes (862 ms over 10^5 pages, against 3 ms for the administrator: docs/server.md,
-- "Speed"). This function, run as the owner, asks the indexes with the words as literals (a
-- custom plan) and walls the answer itself: live pages of live exhibits of live cases on whose
-- team the session's user is (any case for the library administrator), optionally of one case
-- only (in_case) or of every case but one (not_case), the first `lim` in page order; ids only.
-- `grams`: characters and pairs of a page (lowercased here); `patterns`: ILIKE patterns with
-- `\` escapes.
CREATE FUNCTION habeas_find_pages(grams TEXT[], patterns TEXT[], in_case BIGINT,
                                  not_case BIGINT, lim INTEGER) RETURNS SETOF BIGINT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    query TEXT := 'SELECT p.id FROM evidence_pages p';
    matching TEXT := '';
BEGIN
    IF coalesce(array_length(grams, 1), 0) > 0 THEN
        query := query || ' JOIN evidence_grams g ON g.page_id = p.id AND g.grams @> '
            || format('%L::text[]', (SELECT array_agg(lower(x)) FROM unnest(grams) AS x));
    END IF;
    query := query || ' JOIN evidence_items e ON e.id = p.evidence_id JOIN cases c '
        'ON c.id = e.case_id WHERE e.trashed_at IS NULL AND c.trashed_at IS NULL';
    SELECT coalesce(string_agg(format(' AND p.text ILIKE %L', x), ''), '') INTO matching
      FROM unnest(patterns) AS x;
    query := query || matching;
    IF in_case IS NOT NULL THEN
        query := query || format(' AND e.case_id = %s', in_case);
    END IF;
    IF not_case IS NOT NULL THEN
        query := query || format(' AND e.case_id <> %s', not_case);
    END IF;
    IF NOT pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'cases'::regclass), 'USAGE') THEN
        query := query || ' AND e.case_id IN (SELECT habeas_team_cases(session_user, ''reader''))';
    END IF;
    RETURN QUERY EXECUTE query || format(' ORDER BY p.id LIMIT %s', lim);
END
$$;
