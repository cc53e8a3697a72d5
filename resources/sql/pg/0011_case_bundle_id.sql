-- PostgreSQL twin of resources/sql/0011_case_bundle_id.sql: its tables, columns, constraints and
-- indexes in PostgreSQL's dialect (docs/server.md, "The schema"). PgSchema applies it in one
-- transaction and sets schema_version. Frozen once released, like its twin.
-- Version 11: each case's bundle identity.
-- A case bundle (model/bundle/) names the case it carries by this identity, a UUID in its
-- canonical lowercase form without braces. It is given on the case's first export, and a case
-- made by importing a bundle takes the identity of the case in the bundle, so a bundle coming
-- back (a supervisor's copy returned to the student) can be matched with the case it left.
-- '' until then. Several cases of one library may share it: each import is a new case.
ALTER TABLE cases ADD COLUMN bundle_id TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_bundle_id ON cases (bundle_id);
