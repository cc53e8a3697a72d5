-- PostgreSQL twin of resources/sql/0009_liability.sql: its tables, columns, constraints and
-- indexes in PostgreSQL's dialect (docs/server.md, "The schema"). PgSchema applies it in one
-- transaction and sets schema_version. Frozen once released, like its twin.
-- Version 9: what the liability section of a complaint needs.
-- The heading of a claim's reasons, a sentence the lawyer may edit ('' = the theory's own), and
-- the alternative a claim pleads when its theory offers several (a limb id; '' = none chosen).
ALTER TABLE claims ADD COLUMN heading TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN alternative TEXT NOT NULL DEFAULT '';

-- An element the defendant's withheld evidence is asked to prove: the court ordered production
-- and the processor refused (SPC civil evidence provisions 2019, Art. 95).
ALTER TABLE claim_elements ADD COLUMN adverse_inference BIGINT NOT NULL DEFAULT 0
    CHECK (adverse_inference IN (0, 1));

-- Mental distress: the serious harm the claim rests on (Civil Code Art. 1183(1)), in the
-- lawyer's words; '' = none recorded.
ALTER TABLE damages_items ADD COLUMN serious_harm TEXT NOT NULL DEFAULT '';
