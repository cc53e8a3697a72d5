-- Habeas library schema, version 2: the damages worksheet.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- One row per priced item of one scenario. Rights-protection costs are items too, each one an
-- entry of the expense ledger with its voucher; per-record items keep every assumption.
CREATE TABLE damages_items (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    head           TEXT NOT NULL CHECK (head IN ('property-loss', 'processor-gain', 'rights-protection-cost',
                                                 'mental-distress', 'discretionary', 'illegal-gain', 'per-record')),
    scenario       TEXT NOT NULL CHECK (length(trim(scenario)) > 0),
    position       INTEGER NOT NULL DEFAULT 0,
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0 AND amount_fen <= 1000000000000000),
    description    TEXT NOT NULL DEFAULT '',
    basis          TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    -- per-record: records × amount per record × each coefficient (JSON [{"label":…,"factor":"1.5"}])
    records        INTEGER CHECK (records IS NULL OR records > 0),
    per_record_fen INTEGER CHECK (per_record_fen IS NULL OR per_record_fen > 0),
    coefficients   TEXT NOT NULL DEFAULT '[]',
    -- mental distress: the factors of the SPC interpretation Art. 5 relied on (JSON list of ids)
    factors        TEXT NOT NULL DEFAULT '[]',
    -- rights-protection costs: the ledger entry
    expense_kind   TEXT CHECK (expense_kind IS NULL OR expense_kind IN ('lawyer', 'notary', 'timestamp',
                                   'preservation', 'investigation', 'travel', 'printing', 'other')),
    paid_on        TEXT,
    payee          TEXT NOT NULL DEFAULT '',
    receipt        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    trashed_at     TEXT
);
CREATE INDEX damages_case ON damages_items (case_id, scenario, position);

-- Defendants an item is claimed against; two or more make it joint and several.
CREATE TABLE damages_defendants (
    item_id  INTEGER NOT NULL REFERENCES damages_items (id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, party_id)
);
