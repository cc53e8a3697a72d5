-- Habeas library schema, version 1: cases, parties, events (chronology), audit log.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- application_id 0x48414253 is "HABS".
PRAGMA application_id = 1212236371;

CREATE TABLE library_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('private', 'public-interest', 'clinic')),
    stage       TEXT NOT NULL CHECK (stage IN ('intake', 'investigation', 'pre-filing', 'filed',
                                               'first-instance', 'appeal', 'enforcement', 'closed')),
    case_number TEXT NOT NULL DEFAULT '',
    court       TEXT NOT NULL DEFAULT '',
    cause       TEXT NOT NULL DEFAULT '',
    filed_on    TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    trashed_at  TEXT
);
CREATE INDEX cases_trashed ON cases (trashed_at);

CREATE TABLE parties (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('plaintiff', 'defendant', 'third-party',
                                                  'public-interest-plaintiff', 'agent')),
    type            TEXT NOT NULL CHECK (type IN ('person', 'org')),
    position        INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex             TEXT CHECK (sex IN ('male', 'female')),
    birth_date      TEXT,
    ethnicity       TEXT NOT NULL DEFAULT '',
    occupation      TEXT NOT NULL DEFAULT '',
    employer        TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    id_number       TEXT NOT NULL DEFAULT '',
    uscc            TEXT NOT NULL DEFAULT '',
    legal_rep       TEXT NOT NULL DEFAULT '',
    legal_rep_title TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    represents_id   INTEGER REFERENCES parties (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    trashed_at      TEXT
);
CREATE INDEX parties_case ON parties (case_id, position);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    precision  TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year', 'approx')),
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    disputed   INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed_at TEXT
);
CREATE INDEX events_case ON events (case_id, date);

-- Append-only and hash-chained: hash = SHA-256(prev_hash || canonical JSON of the row).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    case_id   INTEGER,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_case ON audit_log (case_id);
