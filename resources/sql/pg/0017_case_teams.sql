-- PostgreSQL twin of resources/sql/0017_case_teams.sql: its table and column in PostgreSQL's
-- dialect (docs/server.md, "The schema"), and on the server alone the ethical wall: row-level
-- security on every table that holds case data. PgSchema applies it in one transaction and sets
-- schema_version. Frozen once released, like its twin.
-- Version 17: each case's team (lead, member, reader), and who opened the case.
--
-- Who is who (docs/server.md, "Users, teams and the ethical wall"):
-- * The library administrator is the role that owns the library's tables (the one that created
--   the library, usually the database's owner) and any role granted it. The owner is not subject
--   to row-level security (no FORCE: an owner could switch it off again anyway), so the
--   administrator sees every case, manages every team, upgrades the schema and runs pg_dump.
-- * Every other role that may connect to the database is a user. A user sees and changes only
--   the cases whose team they are on: a lead or member reads and writes, a reader only reads,
--   and only the lead (or the administrator) changes the team. A user may open a new case and
--   becomes its lead.
-- The tables are granted to PUBLIC and the rows walled per role; who may connect at all is the
-- database's CONNECT privilege, which the administrator grants user by user.

CREATE TABLE case_members (
    case_id    BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    member     TEXT NOT NULL CHECK (length(member) > 0),
    role       TEXT NOT NULL CHECK (role IN ('lead', 'member', 'reader')),
    granted_by TEXT NOT NULL DEFAULT '',
    granted_at TEXT NOT NULL,
    PRIMARY KEY (case_id, member)
);
CREATE INDEX case_members_member ON case_members (member, case_id);

ALTER TABLE cases ADD COLUMN created_by TEXT NOT NULL DEFAULT '';

-- The cases on whose team `who` is with at least the role `need` ('reader': any role,
-- 'member': lead or member, 'lead'). SECURITY DEFINER, so that the policies below can read
-- case_members without its own policy (which uses this function) recursing; a role may ask only
-- about itself or a role it is a member of.
CREATE FUNCTION habeas_team_cases(who NAME, need TEXT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT case_id FROM case_members
     WHERE member = who
       AND role = ANY (CASE need WHEN 'reader' THEN ARRAY['lead', 'member', 'reader']
                                 WHEN 'member' THEN ARRAY['lead', 'member']
                                 ELSE ARRAY['lead'] END)
       AND (who = session_user OR pg_has_role(session_user, who, 'MEMBER'))
$$;

-- Whether a case has a team at all (only between a case's insertion and its AFTER trigger, or
-- for a case opened before version 17, does it not).
CREATE FUNCTION habeas_case_has_team(c BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM case_members WHERE case_id = c)
$$;

-- Whether a case exists, seen or not: the audit entry of a case's deletion is appended after
-- the case (and its team) are gone.
CREATE FUNCTION habeas_case_exists(c BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM cases WHERE id = c)
$$;

-- Whether the current role is the library administrator: the tables' owner or a role that has
-- its privileges.
CREATE FUNCTION habeas_is_admin() RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class
     WHERE oid = 'cases'::regclass
$$;

-- Who opened a case is the server's to say: the role inserting it (the administrator may carry
-- another's name over, as a copied library does), and it never changes afterwards.
CREATE FUNCTION habeas_case_opened_by() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF habeas_is_admin() THEN
        IF TG_OP = 'INSERT' AND NEW.created_by = '' THEN
            NEW.created_by := current_user;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        NEW.created_by := current_user;
    ELSE
        NEW.created_by := OLD.created_by;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER cases_opened_by BEFORE INSERT OR UPDATE ON cases
    FOR EACH ROW EXECUTE FUNCTION habeas_case_opened_by();

-- The role that opens a case leads its team.
CREATE FUNCTION habeas_case_lead() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO case_members (case_id, member, role, granted_by, granted_at)
        VALUES (NEW.id, NEW.created_by, 'lead', NEW.created_by, NEW.created_at)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER cases_lead AFTER INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION habeas_case_lead();

-- A reader's DELETE of rows it can see is refused with an error rather than skipped in silence
-- (a policy can only skip). Once per statement, over the rows it deleted: TG_ARGV[0] is the SQL
-- expression that gives a row's case, the transition table named as the table it stands for.
CREATE FUNCTION habeas_readers_keep() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    c BIGINT;
    refused BIGINT;
BEGIN
    IF habeas_is_admin() THEN
        RETURN NULL;
    END IF;
    -- Rows of a case deleted in the same statement (its deletion checked on its own, and its team
    -- gone with it) are not a reader's.
    EXECUTE format('SELECT %1$s FROM gone AS %2$I WHERE %1$s IN (SELECT id FROM cases) AND '
                   '%1$s NOT IN (SELECT habeas_team_cases(current_user, ''member'')) LIMIT 1',
                   TG_ARGV[0], TG_TABLE_NAME) INTO c;
    GET DIAGNOSTICS refused = ROW_COUNT;
    IF refused > 0 THEN
        RAISE EXCEPTION 'permission denied: % may read case % but not change it',
            current_user, c USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;

-- The same for a case itself, row by row and before the deletion: its team goes with it.
CREATE FUNCTION habeas_case_readers_keep() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT habeas_is_admin()
       AND OLD.id NOT IN (SELECT habeas_team_cases(current_user, 'member')) THEN
        RAISE EXCEPTION 'permission denied: % may read case % but not change it',
            current_user, OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$$;

-- The wall. Each table that holds case data, and the expression that gives a row's case: the
-- column itself, or the case of the row it belongs to (read under that table's own policy).
DO $$
DECLARE
    t TEXT[];
    reads TEXT;
    writes TEXT;
BEGIN
    FOREACH t SLICE 1 IN ARRAY ARRAY[
        ['parties', 'case_id'],
        ['events', 'case_id'],
        ['damages_items', 'case_id'],
        ['evidence_items', 'case_id'],
        ['claims', 'case_id'],
        ['documents', 'case_id'],
        ['case_requests', 'case_id'],
        ['deadlines', 'case_id'],
        ['document_fields', 'case_id'],
        ['register_imports', 'case_id'],
        ['register_counts', 'case_id'],
        ['register_categories', 'case_id'],
        ['register_keys', 'case_id'],
        ['case_prosecutors', 'case_id'],
        ['public_notices', 'case_id'],
        ['criminal_fines', 'case_id'],
        ['review_comments', 'case_id'],
        ['damages_defendants',
         '(SELECT x.case_id FROM damages_items x WHERE x.id = damages_defendants.item_id)'],
        ['event_evidence', '(SELECT x.case_id FROM events x WHERE x.id = event_evidence.event_id)'],
        ['claim_elements', '(SELECT x.case_id FROM claims x WHERE x.id = claim_elements.claim_id)'],
        ['element_citations',
         '(SELECT x.case_id FROM claims x WHERE x.id = element_citations.claim_id)'],
        ['evidence_pages',
         '(SELECT x.case_id FROM evidence_items x WHERE x.id = evidence_pages.evidence_id)'],
        ['evidence_annotations',
         '(SELECT x.case_id FROM evidence_items x WHERE x.id = evidence_annotations.evidence_id)'],
        ['teaching_reviews',
         '(SELECT x.case_id FROM evidence_items x WHERE x.id = teaching_reviews.evidence_id)']
    ] LOOP
        reads := format('%s IN (SELECT habeas_team_cases(current_user, ''reader''))', t[2]);
        writes := format('%s IN (SELECT habeas_team_cases(current_user, ''member''))', t[2]);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t[1]);
        EXECUTE format('CREATE POLICY team_reads ON %I FOR SELECT USING (%s)', t[1], reads);
        EXECUTE format('CREATE POLICY team_adds ON %I FOR INSERT WITH CHECK (%s)', t[1], writes);
        EXECUTE format('CREATE POLICY team_changes ON %I FOR UPDATE USING (%s) WITH CHECK (%s)',
            t[1], reads, writes);
        EXECUTE format('CREATE POLICY team_removes ON %I FOR DELETE USING (%s)', t[1], reads);
        EXECUTE format('CREATE TRIGGER readers_keep AFTER DELETE ON %I REFERENCING OLD TABLE '
            'AS gone FOR EACH STATEMENT EXECUTE FUNCTION habeas_readers_keep(%L)', t[1], t[2]);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO PUBLIC', t[1]);
    END LOOP;
END
$$;

-- The cases themselves: anyone may open one (and so leads it); the opener sees the new row
-- before its AFTER trigger has made the team (INSERT … RETURNING checks the row as a SELECT).
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON cases FOR SELECT
    USING (id IN (SELECT habeas_team_cases(current_user, 'reader'))
           OR (created_by = current_user AND NOT habeas_case_has_team(id)));
CREATE POLICY anyone_opens ON cases FOR INSERT WITH CHECK (true);
CREATE POLICY team_changes ON cases FOR UPDATE
    USING (id IN (SELECT habeas_team_cases(current_user, 'reader')))
    WITH CHECK (id IN (SELECT habeas_team_cases(current_user, 'member')));
CREATE POLICY team_removes ON cases FOR DELETE
    USING (id IN (SELECT habeas_team_cases(current_user, 'reader')));
CREATE TRIGGER readers_keep BEFORE DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION habeas_case_readers_keep();
GRANT SELECT, INSERT, UPDATE, DELETE ON cases TO PUBLIC;

-- The team: its members see it; its lead changes it.
ALTER TABLE case_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON case_members FOR SELECT
    USING (case_id IN (SELECT habeas_team_cases(current_user, 'reader')));
CREATE POLICY lead_adds ON case_members FOR INSERT
    WITH CHECK (case_id IN (SELECT habeas_team_cases(current_user, 'lead')));
CREATE POLICY lead_changes ON case_members FOR UPDATE
    USING (case_id IN (SELECT habeas_team_cases(current_user, 'lead')))
    WITH CHECK (case_id IN (SELECT habeas_team_cases(current_user, 'lead')));
CREATE POLICY lead_removes ON case_members FOR DELETE
    USING (case_id IN (SELECT habeas_team_cases(current_user, 'lead')));
GRANT SELECT, INSERT, UPDATE, DELETE ON case_members TO PUBLIC;

-- The search index of pages is kept by a trigger as the page's writer; it is derived data, so the
-- trigger writes it as the owner and users only read it, walled like its page.
ALTER FUNCTION evidence_pages_grams() SECURITY DEFINER SET search_path FROM CURRENT;
ALTER TABLE evidence_grams ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON evidence_grams FOR SELECT
    USING ((SELECT x.case_id FROM evidence_pages p JOIN evidence_items x ON x.id = p.evidence_id
             WHERE p.id = evidence_grams.page_id)
           IN (SELECT habeas_team_cases(current_user, 'reader')));
GRANT SELECT ON evidence_grams TO PUBLIC;

-- Originals: a blob is seen by whoever stored it, by whoever proved to hold the same bytes
-- (blob_holders), and by the teams of the cases whose exhibits cite it; written once, never
-- changed by a user.
ALTER TABLE blobs ADD COLUMN stored_by TEXT NOT NULL DEFAULT current_user;
ALTER TABLE blobs ENABLE ROW LEVEL SECURITY;

-- A role that imports bytes another team stored first proves it has them, through
-- habeas_hold_blob, before it may cite them: knowing an original's SHA-256 (a number printed on
-- evidence lists) is not having it.
CREATE TABLE blob_holders (
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    holder TEXT NOT NULL,
    PRIMARY KEY (sha256, holder)
);
ALTER TABLE blob_holders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_holds ON blob_holders FOR SELECT USING (holder = current_user);
GRANT SELECT ON blob_holders TO PUBLIC;

CREATE POLICY cited_reads ON blobs FOR SELECT
    USING (stored_by = current_user OR sha256 IN (SELECT sha256 FROM evidence_items)
           OR sha256 IN (SELECT sha256 FROM blob_holders WHERE holder = current_user));

-- Whether the caller holds the bytes of a stored blob: the SHA-256 of each of its chunks, in
-- order, which only the bytes give (the chunks are never shown to a role that cannot see the
-- blob). True records the caller as a holder. SECURITY DEFINER, to compare with the chunks the
-- caller cannot see yet.
CREATE FUNCTION habeas_hold_blob(blob TEXT, chunk_hashes TEXT[]) RETURNS BOOLEAN
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM blobs WHERE sha256 = blob) THEN
        RETURN FALSE;
    END IF;
    IF chunk_hashes IS DISTINCT FROM ARRAY(SELECT encode(sha256(data), 'hex') FROM blob_chunks
                                            WHERE sha256 = blob ORDER BY n) THEN
        RETURN FALSE;
    END IF;
    INSERT INTO blob_holders (sha256, holder) VALUES (blob, session_user) ON CONFLICT DO NOTHING;
    RETURN TRUE;
END
$$;
CREATE POLICY storer_adds ON blobs FOR INSERT WITH CHECK (stored_by = current_user);
GRANT SELECT, INSERT ON blobs TO PUBLIC;
ALTER TABLE blob_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY cited_reads ON blob_chunks FOR SELECT
    USING (sha256 IN (SELECT sha256 FROM blobs));
CREATE POLICY storer_adds ON blob_chunks FOR INSERT
    WITH CHECK (sha256 IN (SELECT sha256 FROM blobs WHERE stored_by = current_user));
GRANT SELECT, INSERT ON blob_chunks TO PUBLIC;

-- The audit log is append-only for every user: SELECT and INSERT, never UPDATE, DELETE or
-- TRUNCATE. A user reads the entries of its teams' cases (those of no case are the
-- administrator's) and appends to the cases it may change (and to a case it has just deleted).
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_reads ON audit_log FOR SELECT
    USING (case_id IN (SELECT habeas_team_cases(current_user, 'reader')));
CREATE POLICY team_appends ON audit_log FOR INSERT
    WITH CHECK (case_id IS NULL OR case_id IN (SELECT habeas_team_cases(current_user, 'member'))
                OR NOT habeas_case_exists(case_id));
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
GRANT SELECT, INSERT ON audit_log TO PUBLIC;

-- One chain for everyone, though each user sees only part of it. An append takes the chain's
-- tail from here (the last entry of all, which the appender may not see), under a lock held to the
-- end of its transaction, so concurrent appends follow each other; verify reads every entry's id
-- and hashes (never its content) to check the links it cannot see.
CREATE FUNCTION habeas_audit_tail(OUT id BIGINT, OUT hash TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1212242515, 1); -- "HABS", the audit chain
    SELECT a.id, a.hash INTO id, hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
END
$$;
CREATE FUNCTION habeas_audit_links() RETURNS TABLE (id BIGINT, prev_hash TEXT, hash TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT a.id, a.prev_hash, a.hash FROM audit_log a ORDER BY a.id
$$;

-- What is not case data: users read it.
GRANT SELECT ON library_meta, schema_version TO PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO PUBLIC', current_schema());
END
$$;
