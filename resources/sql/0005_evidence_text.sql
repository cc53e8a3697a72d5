-- Habeas library schema, version 5: what the evidence says and where, and what was filed.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- Capture facts the 2019 evidence provisions (Arts. 14-15, 93-94) ask about, beyond version 3's.
ALTER TABLE evidence_items ADD COLUMN witnesses TEXT NOT NULL DEFAULT '';
-- A trusted-timestamp or blockchain deposit certificate id.
ALTER TABLE evidence_items ADD COLUMN timestamp_cert TEXT NOT NULL DEFAULT '';
-- A free-text account of how the item was collected.
ALTER TABLE evidence_items ADD COLUMN collection TEXT NOT NULL DEFAULT '';
-- The evidence list (证据目录) an exhibit was first submitted in: 1, then each supplementary list.
ALTER TABLE evidence_items ADD COLUMN batch INTEGER NOT NULL DEFAULT 1 CHECK (batch > 0);
-- Parsing runs in a worker process after the import; what it found, or why it could not.
ALTER TABLE evidence_items ADD COLUMN parse_state TEXT NOT NULL DEFAULT 'pending'
    CHECK (parse_state IN ('pending', 'ok', 'unreadable', 'encrypted'));
ALTER TABLE evidence_items ADD COLUMN parse_note TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence_items ADD COLUMN page_count INTEGER CHECK (page_count IS NULL OR page_count >= 0);
ALTER TABLE evidence_items ADD COLUMN ocr_state TEXT NOT NULL DEFAULT 'none'
    CHECK (ocr_state IN ('none', 'pending', 'done', 'failed'));

-- The text of each page: a PDF's text layer, or the OCR of an image or a scanned page.
CREATE TABLE evidence_pages (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
    page        INTEGER NOT NULL CHECK (page > 0),
    width_pt    REAL,
    height_pt   REAL,
    origin      TEXT NOT NULL CHECK (origin IN ('pdf', 'ocr', 'text')),
    text        TEXT NOT NULL DEFAULT '',
    UNIQUE (evidence_id, page)
);

-- Trigram tokens: Chinese queries match without a word splitter.
CREATE VIRTUAL TABLE evidence_fts USING fts5 (
    text, content = 'evidence_pages', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER evidence_pages_ai AFTER INSERT ON evidence_pages
BEGIN
    INSERT INTO evidence_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER evidence_pages_ad AFTER DELETE ON evidence_pages
BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER evidence_pages_au AFTER UPDATE ON evidence_pages
BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO evidence_fts (rowid, text) VALUES (new.id, new.text);
END;

-- A region of a page: a highlight with a note, or a box to black out in redacted copies.
-- Coordinates are fractions of the page; a region is cited as "exhibit N, page P, region R".
CREATE TABLE evidence_annotations (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
    region_no   INTEGER NOT NULL CHECK (region_no > 0),
    page        INTEGER NOT NULL DEFAULT 1 CHECK (page > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('highlight', 'redaction')),
    x           REAL NOT NULL CHECK (x >= 0 AND x < 1),
    y           REAL NOT NULL CHECK (y >= 0 AND y < 1),
    w           REAL NOT NULL CHECK (w > 0 AND x + w <= 1.0000001),
    h           REAL NOT NULL CHECK (h > 0 AND y + h <= 1.0000001),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    trashed_at  TEXT,
    UNIQUE (evidence_id, region_no)
);

-- An element's evidence, down to the region.
ALTER TABLE element_citations ADD COLUMN annotation_id INTEGER
    REFERENCES evidence_annotations (id) ON DELETE SET NULL;

-- Each document generated for a case: its template, the file written and its SHA-256
-- (the bytes are also kept in the blob store).
CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    template   TEXT NOT NULL,
    format     TEXT NOT NULL CHECK (format IN ('docx', 'pdf')),
    path       TEXT NOT NULL,
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    draft      INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX documents_case ON documents (case_id, created_at);
