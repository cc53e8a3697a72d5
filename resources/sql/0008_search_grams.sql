-- Habeas library schema, version 8: one- and two-character search without a scan.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The trigram index of version 5 cannot answer a query shorter than three characters, and most
-- Chinese words are two. This second index holds, for every page, each character and each pair
-- of adjacent characters as a token: its UTF-8, lowercased as LIKE compares (ASCII only), in
-- hexadecimal, so that the ascii tokenizer keeps punctuation and spaces whole. A query of one or
-- two characters is one token, and a page holds it exactly when text LIKE '%query%'.
-- Only page ids are stored (detail = none) and no copy of the text (content = ''): deleting a
-- page's tokens needs its old text, which the triggers below have.
-- The tokens are computed in plain SQL, so that any SQLite 3.40 can write evidence_pages with no
-- function of ours registered: the text is cut in halves until each piece owns at most 64
-- characters (plus the next one, for the pair that straddles the cut), then json_each counts the
-- positions of each piece. substr() walks a text from its start, so counting positions over a
-- whole page would cost the square of its length; the halving keeps it near n log n.
CREATE VIRTUAL TABLE evidence_grams USING fts5 (
    grams, content = '', tokenize = 'ascii', detail = 'none');

CREATE TRIGGER evidence_pages_grams_ai AFTER INSERT ON evidence_pages
BEGIN
    INSERT INTO evidence_grams (rowid, grams) VALUES (new.id, (
        WITH RECURSIVE piece (s, own) AS (
            SELECT new.text, length(new.text)
            UNION ALL
            SELECT substr(s, 1, own / 2 + 1), own / 2 FROM piece WHERE own > 64
            UNION ALL
            SELECT substr(s, own / 2 + 1), own - own / 2 FROM piece WHERE own > 64)
        SELECT group_concat(hex(lower(substr(s, key + 1, 1))) || ' '
            || hex(lower(substr(s, key + 1, 2))), ' ')
        FROM piece, json_each('[' || substr(replace(hex(zeroblob(own)), '00', ',0'), 2) || ']')
        WHERE own <= 64));
END;

CREATE TRIGGER evidence_pages_grams_ad AFTER DELETE ON evidence_pages
BEGIN
    INSERT INTO evidence_grams (evidence_grams, rowid, grams) VALUES ('delete', old.id, (
        WITH RECURSIVE piece (s, own) AS (
            SELECT old.text, length(old.text)
            UNION ALL
            SELECT substr(s, 1, own / 2 + 1), own / 2 FROM piece WHERE own > 64
            UNION ALL
            SELECT substr(s, own / 2 + 1), own - own / 2 FROM piece WHERE own > 64)
        SELECT group_concat(hex(lower(substr(s, key + 1, 1))) || ' '
            || hex(lower(substr(s, key + 1, 2))), ' ')
        FROM piece, json_each('[' || substr(replace(hex(zeroblob(own)), '00', ',0'), 2) || ']')
        WHERE own <= 64));
END;

CREATE TRIGGER evidence_pages_grams_au AFTER UPDATE OF id, text ON evidence_pages
BEGIN
    INSERT INTO evidence_grams (evidence_grams, rowid, grams) VALUES ('delete', old.id, (
        WITH RECURSIVE piece (s, own) AS (
            SELECT old.text, length(old.text)
            UNION ALL
            SELECT substr(s, 1, own / 2 + 1), own / 2 FROM piece WHERE own > 64
            UNION ALL
            SELECT substr(s, own / 2 + 1), own - own / 2 FROM piece WHERE own > 64)
        SELECT group_concat(hex(lower(substr(s, key + 1, 1))) || ' '
            || hex(lower(substr(s, key + 1, 2))), ' ')
        FROM piece, json_each('[' || substr(replace(hex(zeroblob(own)), '00', ',0'), 2) || ']')
        WHERE own <= 64));
    INSERT INTO evidence_grams (rowid, grams) VALUES (new.id, (
        WITH RECURSIVE piece (s, own) AS (
            SELECT new.text, length(new.text)
            UNION ALL
            SELECT substr(s, 1, own / 2 + 1), own / 2 FROM piece WHERE own > 64
            UNION ALL
            SELECT substr(s, own / 2 + 1), own - own / 2 FROM piece WHERE own > 64)
        SELECT group_concat(hex(lower(substr(s, key + 1, 1))) || ' '
            || hex(lower(substr(s, key + 1, 2))), ' ')
        FROM piece, json_each('[' || substr(replace(hex(zeroblob(own)), '00', ',0'), 2) || ']')
        WHERE own <= 64));
END;

-- The text already in the library: existing libraries search without a re-import.
INSERT INTO evidence_grams (rowid, grams) SELECT p.id, (
        WITH RECURSIVE piece (s, own) AS (
            SELECT p.text, length(p.text)
            UNION ALL
            SELECT substr(s, 1, own / 2 + 1), own / 2 FROM piece WHERE own > 64
            UNION ALL
            SELECT substr(s, own / 2 + 1), own - own / 2 FROM piece WHERE own > 64)
        SELECT group_concat(hex(lower(substr(s, key + 1, 1))) || ' '
            || hex(lower(substr(s, key + 1, 2))), ' ')
        FROM piece, json_each('[' || substr(replace(hex(zeroblob(own)), '00', ',0'), 2) || ']')
        WHERE own <= 64)
FROM evidence_pages p;
