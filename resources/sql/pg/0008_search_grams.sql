-- PostgreSQL twin of resources/sql/0008_search_grams.sql: its tables, columns, constraints and
-- indexes in PostgreSQL's dialect (docs/server.md, "The schema"). PgSchema applies it in one
-- transaction and sets schema_version. Frozen once released, like its twin.
-- Version 8: one- and two-character search without a scan.

-- The trigram index of version 5 cannot answer a query shorter than three characters (pg_trgm
-- then scans the whole index), and most Chinese words are two. As on SQLite, a second index
-- holds, for every page, each character and each pair of adjacent characters: here as an array
-- of distinct grams per page, lowercased as ILIKE compares, under a GIN index. A query of one or
-- two characters is one element, and a page holds it exactly when text ILIKE '%query%':
--     grams @> ARRAY[lower(:query)]
-- SQLite's evidence_grams is a contentless FTS5 table keyed by the page's rowid; its twin is this
-- table keyed by page_id, kept by a trigger (a page's deletion cascades).
CREATE TABLE evidence_grams (
    page_id BIGINT PRIMARY KEY REFERENCES evidence_pages (id) ON DELETE CASCADE ON UPDATE CASCADE,
    grams   TEXT[] NOT NULL
);
CREATE INDEX evidence_grams_grams ON evidence_grams USING gin (grams);

-- The distinct characters and adjacent pairs of a text, lowercased. PL/pgSQL rather than one SQL
-- query: its plans are kept for the session, where an SQL function called from a trigger is
-- planned again on every page; the array grows in place, so one pass is linear in the page.
CREATE FUNCTION evidence_page_grams(page TEXT) RETURNS TEXT[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    c TEXT[] := regexp_split_to_array(lower(page), '');
    n INTEGER := coalesce(array_length(c, 1), 0);
    grams TEXT[] := '{}';
BEGIN
    FOR i IN 1 .. n LOOP
        grams := grams || c[i];
        IF i < n THEN
            grams := grams || (c[i] || c[i + 1]);
        END IF;
    END LOOP;
    RETURN ARRAY(SELECT DISTINCT g FROM unnest(grams) AS u (g) WHERE g <> '');
END
$$;

CREATE FUNCTION evidence_pages_grams() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO evidence_grams (page_id, grams) VALUES (NEW.id, evidence_page_grams(NEW.text))
        ON CONFLICT (page_id) DO UPDATE SET grams = excluded.grams;
    RETURN NULL;
END
$$;

CREATE TRIGGER evidence_pages_grams AFTER INSERT OR UPDATE OF text ON evidence_pages
    FOR EACH ROW EXECUTE FUNCTION evidence_pages_grams();

-- The text already in the library: existing libraries search without a re-import.
INSERT INTO evidence_grams (page_id, grams) SELECT id, evidence_page_grams(text) FROM evidence_pages;
