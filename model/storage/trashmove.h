#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace habeas {

class Library;

// Moving one row into the trash or back out of it, as every store does it: in one transaction
// the row's trashed_at (setTrashedAt, storage/sql.h), what else the store must change with it,
// and the audit entry; then `committed` (the store's change signal).
struct TrashMove {
    QString table; // one of the schema's own names, never user input
    qint64 id = 0;
    bool trashed = true; // into the trash; false: restored
    qint64 caseId = 0; // of the audit entry
    QString action; // the audit entry's: "party.remove" or "party.restore"…
    QString entity;
    QJsonObject detail;
};
Status moveTrash(Library &library, const TrashMove &move, const std::function<void()> &committed,
    const std::function<Status()> &alsoInside = {});

// The refusal to move a row where it already is: `already` when it is in the trash and asked
// to go there, `notThere` when it is not and asked to come back; {} otherwise.
Status refuseSameTrashState(
    bool isTrashed, bool trashed, const QString &already, const QString &notThere);

} // namespace habeas
