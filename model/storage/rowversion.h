#pragma once

#include "core/result.h"

#include <QString>

namespace habeas {

class SqlQuery;

// Row versions (schema 18, docs/server.md "Two lawyers on one case"). The rows a user edits in
// place carry row_version, raised by every in-place UPDATE, and updated_by, the last writer (the
// server's role; '' on a folder library). A record carries the version it was read at; an edit
// made from a stale read is refused with Error::Kind::Stale rather than written over the other
// person's change. A record at version 0 was not read from the library and is not checked.
struct RowStamp {
    qint64 version = 0;
    QString updatedBy;
};

// The tail of a versioned UPDATE's SET list and its WHERE: binds :id and :seen.
inline constexpr auto kVersionedWhere =
    u", row_version = row_version + 1 WHERE id = :id AND row_version = :seen";

// The refusal of an edit of `what` (“the case “…””) read at `seen` when the row is now at
// `now`, written by `now.updatedBy`; {} when the versions agree or `seen` is 0.
Status checkSeen(qint64 seen, const RowStamp &now, const QString &what);
// After a versioned UPDATE: a row it did not match moved between the read and the write.
Status checkUpdated(const SqlQuery &q, const QString &what);
// Runs a versioned UPDATE of row `id` read at `seen` (its SET list ends `updated_at = :now` and
// kVersionedWhere): binds :now, :id and :seen, runs it and refuses (checkUpdated) when the row
// moved since.
Status execVersioned(SqlQuery &q, qint64 id, qint64 seen, const QString &what);

// What a versioned edit returns: the row's new version once the edit read at `seen` was
// `written`, else why it was not.
inline Result<qint64> versionAfter(const Status &written, qint64 seen)
{
    if (!written.ok())
        return written.error();
    return seen + 1;
}

// "li changed the case “…” since you opened it." (someone else's, when the writer is unknown)
Error staleEdit(const QString &what, const QString &writer);
// Undo's (or redo's) refusal to write over a later change by someone else.
Error staleUndo(const QString &what, const QString &writer, bool undo);

} // namespace habeas
