-- Habeas library schema, version 6: what the case asks of the court, in the lawyer's words.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The 诉讼请求 of a case other than money and costs, in order. The complaint uses them before
-- the catalogue's generic wording; the damages and the costs are added from the worksheet.
CREATE TABLE case_requests (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position > 0),
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (case_id, position)
);
