-- Habeas library schema, version 7: the procedural calendar of each case.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The day a case ended (judgment in force, withdrawal, settlement): no period starts after it.
ALTER TABLE cases ADD COLUMN closed_on TEXT;

-- A period and the rule that sets it. The due date is never stored: it is computed from the
-- start (the chronology event or generated document it hangs off, else from_date), the period
-- and the official holiday calendar, so editing the event's date moves the deadline.
CREATE TABLE deadlines (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('answer', 'appeal-judgment', 'appeal-ruling',
                                              'evidence', 'retrial', 'enforcement', 'limitation',
                                              'public-notice', 'rights-request', 'custom')),
    title       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    from_date   TEXT NOT NULL,
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    unit        TEXT NOT NULL CHECK (unit IN ('days', 'months', 'years', 'working-days')),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    done_at     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    trashed_at  TEXT
);
CREATE INDEX deadlines_case ON deadlines (case_id);
CREATE INDEX deadlines_event ON deadlines (event_id);
