-- Habeas library schema, version 4: the proof of the case.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The exhibits that prove a fact of the chronology.
CREATE TABLE event_evidence (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, evidence_id)
);

-- A legal theory of the catalogue (resources/theories) asserted in a case.
CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    theory     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed_at TEXT
);
CREATE INDEX claims_case ON claims (case_id);

-- Where each element of a claim stands.
CREATE TABLE claim_elements (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    element  TEXT NOT NULL,
    status   TEXT NOT NULL DEFAULT 'unproven' CHECK (status IN ('unproven', 'supported', 'disputed', 'proven')),
    note     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, element)
);

-- The evidence cited for an element, down to the page.
CREATE TABLE element_citations (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    element     TEXT NOT NULL,
    evidence_id INTEGER NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
    page        INTEGER CHECK (page IS NULL OR page > 0),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX element_citations_claim ON element_citations (claim_id, element);
