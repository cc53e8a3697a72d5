-- Habeas library schema: the home of a register's key on a server library.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- On a server there is no folder beside the database for register.key, so each case's register
-- key is a row here, walled like the rest of the case (resources/sql/pg/0020_register_case_keys.sql).
-- A folder library never writes this table: its key stays in the file register.key beside
-- library.sqlite, so that the database file alone still reveals no one (docs/register.md,
-- "The key"). The table exists here only so that both engines have one schema.
CREATE TABLE register_case_keys (
    case_id     INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    secret      BLOB NOT NULL CHECK (length(secret) = 32),
    created_at  TEXT NOT NULL
);
