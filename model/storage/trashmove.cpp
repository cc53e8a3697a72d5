#include "storage/trashmove.h"

#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

namespace habeas {

Status moveTrash(Library &library, const TrashMove &move, const std::function<void()> &committed,
    const std::function<Status()> &alsoInside)
{
    const QSqlDatabase db = library.database();
    return inTransaction(
        db,
        [&]() -> Status {
            if (auto st = setTrashedAt(db, move.table, move.id, move.trashed); !st.ok())
                return st;
            if (alsoInside)
                if (auto st = alsoInside(); !st.ok())
                    return st;
            return library.audit().append(
                move.caseId, move.action, move.entity, move.id, move.detail);
        },
        committed);
}

Status refuseSameTrashState(
    bool isTrashed, bool trashed, const QString &already, const QString &notThere)
{
    if (isTrashed != trashed)
        return {};
    return Error::input(trashed ? already : notThere);
}

} // namespace habeas
