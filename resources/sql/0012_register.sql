-- Habeas library schema, version 12: the register of affected persons of a public-interest case.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- Data minimisation: no name, address, ID number or phone number is stored. A person is kept as
-- keyed hashes (HMAC-SHA-256 under the library's key, which lives in register.key beside the
-- database, never in it) and what is derived from the ID number. On PostgreSQL the BLOB column
-- would be BYTEA.

-- One row per case that has a register: where it came from and its figures, counted at import
-- so that reading them never scans the persons.
CREATE TABLE register_imports (
    case_id          INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    source_name      TEXT NOT NULL,
    as_of            TEXT NOT NULL,
    imported_at      TEXT NOT NULL,
    key_id           TEXT NOT NULL,
    row_count        INTEGER NOT NULL DEFAULT 0,
    unreadable_rows  INTEGER NOT NULL DEFAULT 0,
    invalid_ids      INTEGER NOT NULL DEFAULT 0,
    duplicates       INTEGER NOT NULL DEFAULT 0,
    records          INTEGER NOT NULL DEFAULT 0,
    minors           INTEGER NOT NULL DEFAULT 0,
    under14          INTEGER NOT NULL DEFAULT 0,
    invalid_phones   INTEGER NOT NULL DEFAULT 0
);

-- The breakdowns of the records: by category (as the file writes it), province (the ID number's
-- first two digits) and age band on the as-of date.
CREATE TABLE register_counts (
    case_id    INTEGER NOT NULL REFERENCES register_imports (case_id) ON DELETE CASCADE,
    dimension  TEXT NOT NULL CHECK (dimension IN ('category', 'province', 'age-band')),
    value      TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (case_id, dimension, value)
);

-- The categories a register's rows name, numbered in the order they first appear.
CREATE TABLE register_categories (
    case_id  INTEGER NOT NULL REFERENCES register_imports (case_id) ON DELETE CASCADE,
    number   INTEGER NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (case_id, number)
);

-- The keyed hashes of the register's rows, for `find`: one row per (kind, bucket, chunk). A row of
-- the file gives an entry under 'id' (a valid ID number) and one under 'phone' (a valid phone
-- number). An entry is 16 bytes, little-endian: the hash (the first 8 bytes of
-- HMAC-SHA-256(key, kind ":" number), read as an unsigned 64-bit integer), the file's line
-- (32 bits), the category's number (16 bits, -1: none), the age on the as-of date (8 bits, -1:
-- no valid ID number) and the province (8 bits). An entry sits in bucket hash >> 52; an
-- import writes its entries in chunks of a few million, each chunk one row per bucket, so the
-- register is written as a few thousand rows rather than ten million, and `find` reads the
-- one bucket of each chunk. Duplicates and rows with an invalid ID number are kept too, so
-- `find` gives every line a person is on.
CREATE TABLE register_keys (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES register_imports (case_id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('id', 'phone')),
    bucket   INTEGER NOT NULL,
    chunk    INTEGER NOT NULL,
    entries  BLOB NOT NULL,
    UNIQUE (case_id, kind, bucket, chunk)
);
