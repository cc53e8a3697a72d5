-- Habeas library schema, version 17: each case's team, and who opened the case.
-- Frozen once released: later versions add a new numbered file, never edit this one.

-- On a server library (PostgreSQL) each user is a role of their own and each case has a team:
-- its lead (who manages the team), members (who read and change the case) and readers (who only
-- read it); the server's row-level security lets a role see only its teams' cases
-- (docs/server.md, "Users, teams and the ethical wall"). A folder library belongs to one user
-- and holds no teams: the table is here so that both schemas are the same and `library copy`
-- can carry a server library's teams through a folder and back.
CREATE TABLE case_members (
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    member     TEXT NOT NULL CHECK (length(member) > 0),
    role       TEXT NOT NULL CHECK (role IN ('lead', 'member', 'reader')),
    granted_by TEXT NOT NULL DEFAULT '',
    granted_at TEXT NOT NULL,
    PRIMARY KEY (case_id, member)
);
CREATE INDEX case_members_member ON case_members (member, case_id);

-- The role that opened the case (on a server the server sets it; it becomes the case's lead).
-- '' on a folder library and for cases opened before version 17.
ALTER TABLE cases ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
