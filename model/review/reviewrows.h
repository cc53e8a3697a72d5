#pragma once

// The rows of review_comments, read and written: shared by the store and its merge.

#include "core/result.h"
#include "review/reviewcomment.h"

#include <QSqlDatabase>

namespace habeas::reviewrows {

// The comments matching `where` (over review_comments; :case, :id and :uid bound when used).
Result<QList<ReviewComment>> select(const QSqlDatabase &db, const QString &where, qint64 caseId,
    qint64 id = 0, const QString &uid = {});
Result<qint64> insert(const QSqlDatabase &db, const ReviewComment &comment);
// Every changeable column: text, edited_at, revision, resolution, base_digest, conflict,
// removed_at.
Status update(const QSqlDatabase &db, const ReviewComment &comment);
// Whether the case has the row an anchor names.
bool anchorExists(const QSqlDatabase &db, qint64 caseId, const ReviewAnchor &anchor);

} // namespace habeas::reviewrows
