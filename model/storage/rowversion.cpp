#include "storage/rowversion.h"

#include "core/clock.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

Status checkSeen(qint64 seen, const RowStamp &now, const QString &what)
{
    if (seen == 0 || seen == now.version)
        return {};
    return staleEdit(what, now.updatedBy);
}

Status checkUpdated(const SqlQuery &q, const QString &what)
{
    if (q.numRowsAffected() > 0)
        return {};
    return staleEdit(what, QString());
}

Status execVersioned(SqlQuery &q, qint64 id, qint64 seen, const QString &what)
{
    q.bind(u":now"_s, Clock::isoNow()).bind(u":id"_s, id).bind(u":seen"_s, seen);
    if (auto e = q.exec(); !e.ok())
        return e;
    return checkUpdated(q, what);
}

Error staleEdit(const QString &what, const QString &writer)
{
    if (writer.isEmpty())
        return Error::stale(QCoreApplication::translate(
            "habeas::RowVersion", "Someone else changed %1 since you opened it.")
                                .arg(what));
    return Error::stale(
        QCoreApplication::translate("habeas::RowVersion", "%1 changed %2 since you opened it.")
            .arg(writer, what));
}

Error staleUndo(const QString &what, const QString &writer, bool undo)
{
    const QString who = writer.isEmpty()
        ? QCoreApplication::translate("habeas::RowVersion", "someone else")
        : writer;
    return Error::stale(undo
            ? QCoreApplication::translate("habeas::RowVersion",
                "Undo refused: %1 changed %2 after your edit, and undoing would overwrite that "
                "change. Nothing was changed.")
                  .arg(who, what)
            : QCoreApplication::translate("habeas::RowVersion",
                "Redo refused: %1 changed %2 after you undid your edit, and redoing would "
                "overwrite that change. Nothing was changed.")
                  .arg(who, what));
}

} // namespace habeas
