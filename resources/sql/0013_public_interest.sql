-- Habeas library schema, version 13: the procuratorate's public-interest suit — its form
-- (standalone or attached to a criminal prosecution), its 文号 and prosecutors, the 30-day
-- announcement, where the money claimed goes, and the fines the criminal judgment ordered.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- A public-interest case (kind 'public-interest') is standalone ('') or a 刑事附带民事公益诉讼
-- ('criminal-incidental'). A column rather than a new kind: the kind's CHECK stays as it is.
ALTER TABLE cases ADD COLUMN public_interest_form TEXT NOT NULL DEFAULT ''
    CHECK (public_interest_form IN ('', 'criminal-incidental'));
-- The procuratorate's own document number for its 起诉书 (京海检民公诉〔2024〕1号).
ALTER TABLE cases ADD COLUMN procuratorate_number TEXT NOT NULL DEFAULT '';

-- The prosecutors handling a public-interest case, in the order the procuratorate lists them.
CREATE TABLE case_prosecutors (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_prosecutors_case ON case_prosecutors (case_id, position);

-- The 30-day announcement before the procuratorate sues (诉前公告): when and where it ran, whom
-- to contact, and afterwards whether an organisation came forward (outcome '' not yet known,
-- 'none', or 'came-forward' with the organisations named, one per line).
CREATE TABLE public_notices (
    case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    published_on  TEXT NOT NULL CHECK (length(published_on) = 10),
    medium        TEXT NOT NULL CHECK (length(trim(medium)) > 0),
    contact       TEXT NOT NULL CHECK (length(trim(contact)) > 0),
    phone         TEXT NOT NULL CHECK (length(trim(phone)) > 0),
    outcome       TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'none', 'came-forward')),
    organisations TEXT NOT NULL DEFAULT ''
);

-- The fine the criminal judgment already ordered a defendant to pay: shown beside the
-- disgorgement of its illegal gain, never claimed.
CREATE TABLE criminal_fines (
    party_id  INTEGER PRIMARY KEY REFERENCES parties (id) ON DELETE CASCADE,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    fine_fen  INTEGER NOT NULL CHECK (fine_fen > 0 AND fine_fen <= 1000000000000000),
    judgment  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX criminal_fines_case ON criminal_fines (case_id);

-- Where money claimed in the public interest goes: '' (not said: a private suit pays the
-- plaintiff), 'treasury' (上缴国库), 'fund' (a designated public-interest fund) or
-- 'organisation', with the fund's or organisation's name.
ALTER TABLE damages_items ADD COLUMN recipient TEXT NOT NULL DEFAULT ''
    CHECK (recipient IN ('', 'treasury', 'fund', 'organisation'));
ALTER TABLE damages_items ADD COLUMN recipient_name TEXT NOT NULL DEFAULT '';
-- A per-record item whose record count comes from the case's register of affected persons:
-- '' (typed), 'records', 'minors', 'under14', or 'category:<the category as the register has it>'.
ALTER TABLE damages_items ADD COLUMN register_basis TEXT NOT NULL DEFAULT '';
