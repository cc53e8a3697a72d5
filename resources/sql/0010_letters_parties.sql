-- Habeas library schema, version 10: what letters and applications say, the demand a letter
-- makes of each request, and the parties' statutory agents and powers of attorney.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- The fields the lawyer sets for one document of a case (the access letter's categories, a
-- letter's period, an application's evidence …), by template id and field id.
CREATE TABLE document_fields (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    template TEXT NOT NULL CHECK (length(trim(template)) > 0),
    field    TEXT NOT NULL CHECK (length(trim(field)) > 0),
    value    TEXT NOT NULL CHECK (length(trim(value)) > 0),
    UNIQUE (case_id, template, field)
);

-- A 诉讼请求 as a letter demands it before any court (律师函), in the lawyer's words.
ALTER TABLE case_requests ADD COLUMN demand TEXT NOT NULL DEFAULT '';

-- An agent is entrusted (委托诉讼代理人, CPL 61) or statutory (法定代理人, CPL 60) for a minor or
-- incapacitated party; relation: the statutory agent's relation to the party (父亲).
ALTER TABLE parties ADD COLUMN agency TEXT NOT NULL DEFAULT 'entrusted'
    CHECK (agency IN ('entrusted', 'statutory'));
ALTER TABLE parties ADD COLUMN relation TEXT NOT NULL DEFAULT '';
-- An entrusted agent's powers (CPL 62): '' not yet chosen, general, or special with the
-- special powers granted, comma-separated ids (admit, waive, modify, settle, counterclaim,
-- appeal).
ALTER TABLE parties ADD COLUMN authority TEXT NOT NULL DEFAULT ''
    CHECK (authority IN ('', 'general', 'special'));
ALTER TABLE parties ADD COLUMN special_powers TEXT NOT NULL DEFAULT '';

-- An apology request (Civil Code 1000): written, or public in a medium for a number of days;
-- the request's text and demand are then composed from these.
ALTER TABLE case_requests ADD COLUMN apology_form TEXT NOT NULL DEFAULT ''
    CHECK (apology_form IN ('', 'written', 'public'));
ALTER TABLE case_requests ADD COLUMN apology_medium TEXT NOT NULL DEFAULT '';
ALTER TABLE case_requests ADD COLUMN apology_days INTEGER CHECK (apology_days > 0);
