#include "cases/eventstore.h"

#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/trashmove.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace habeas {

QString toId(DatePrecision p)
{
    switch (p) {
    case DatePrecision::Day:
        return u"day"_s;
    case DatePrecision::Month:
        return u"month"_s;
    case DatePrecision::Year:
        return u"year"_s;
    case DatePrecision::Approximate:
        return u"approx"_s;
    }
    return {};
}

std::optional<DatePrecision> datePrecisionFromId(const QString &id)
{
    for (DatePrecision p : { DatePrecision::Day, DatePrecision::Month, DatePrecision::Year,
             DatePrecision::Approximate })
        if (toId(p) == id)
            return p;
    return std::nullopt;
}

QString validateEventDate(const QString &date, DatePrecision precision)
{
    bool ok = false;
    switch (precision) {
    case DatePrecision::Day:
        ok = QDate::fromString(date, Qt::ISODate).isValid() && date.size() == 10;
        break;
    case DatePrecision::Month:
        ok = QDate::fromString(date + u"-01"_s, Qt::ISODate).isValid() && date.size() == 7;
        break;
    case DatePrecision::Year:
        ok = QDate::fromString(date + u"-01-01"_s, Qt::ISODate).isValid() && date.size() == 4;
        break;
    case DatePrecision::Approximate:
        ok = (date.size() == 10 && QDate::fromString(date, Qt::ISODate).isValid())
            || (date.size() == 7 && QDate::fromString(date + u"-01"_s, Qt::ISODate).isValid())
            || (date.size() == 4 && QDate::fromString(date + u"-01-01"_s, Qt::ISODate).isValid());
        break;
    }
    return ok ? QString()
              : QCoreApplication::translate("habeas::EventStore",
                  "\"%1\" is not a date of the stated precision (2021-01-20, 2021-01 or 2021).")
                    .arg(date);
}

QString EventRecord::displayDate() const
{
    const QStringList parts = date.split(u'-');
    QString shown;
    if (!parts.isEmpty())
        shown += parts[0] + u"年"_s;
    if (parts.size() > 1)
        shown += QString::number(parts[1].toInt()) + u"月"_s;
    if (parts.size() > 2)
        shown += QString::number(parts[2].toInt()) + u"日"_s;
    if (precision == DatePrecision::Approximate)
        shown += u"前后"_s;
    return shown;
}

EventStore::EventStore(Library &library)
    : m_library(library)
{
}

Status EventStore::validate(const EventRecord &record) const
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    if (const QString problem = validateEventDate(record.date, record.precision);
        !problem.isEmpty())
        return Error::input(problem);
    if (record.text.trimmed().isEmpty())
        return Error::input(QCoreApplication::translate(
            "habeas::EventStore", "An event needs a description of the fact."));
    return {};
}

Status EventStore::linkEvidence(qint64 eventId, const EventRecord &record)
{
    const QSqlDatabase db = m_library.database();
    SqlQuery clear(db, u"DELETE FROM event_evidence WHERE event_id = :event"_s);
    clear.bind(u":event"_s, eventId);
    if (auto e = clear.exec(); !e.ok())
        return e;
    QList<qint64> ids = record.evidenceIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qint64 evidence : std::as_const(ids)) {
        // Only a live exhibit of the same case can prove the fact.
        SqlQuery link(db,
            u"INSERT INTO event_evidence (event_id, evidence_id) SELECT :event, id "
            "FROM evidence_items WHERE id = :evidence AND case_id = :case AND trashed_at IS "
            "NULL"_s);
        link.bind(u":event"_s, eventId)
            .bind(u":evidence"_s, evidence)
            .bind(u":case"_s, record.caseId);
        if (auto e = link.exec(); !e.ok())
            return e;
        if (link.numRowsAffected() != 1)
            return Error::input(QCoreApplication::translate(
                "habeas::EventStore", "Exhibit %1 is not evidence of this case.")
                                    .arg(evidence));
    }
    return {};
}

Result<qint64> EventStore::addEvent(const EventRecord &record)
{
    if (auto st = validate(record); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO events (case_id, date, precision, text, disputed, created_at, "
            u"updated_at) "
            "VALUES (:case, :date, :precision, :text, :disputed, :now, :now) RETURNING id"_s);
        q.bind(u":case"_s, record.caseId)
            .bind(u":date"_s, record.date)
            .bind(u":precision"_s, toId(record.precision))
            .bind(u":text"_s, record.text.trimmed())
            .bind(u":disputed"_s, record.disputed ? 1 : 0)
            .bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        if (auto e = linkEvidence(id, record); !e.ok())
            return e;
        return m_library.audit().append(
            record.caseId, u"event.add"_s, u"event"_s, id, { { u"date"_s, record.date } });
    });
    if (!st.ok())
        return st.error();
    emit eventsChanged(record.caseId);
    return id;
}

Result<qint64> EventStore::updateEvent(const EventRecord &record)
{
    const auto before = event(record.id);
    if (!before.ok())
        return before.error();
    const QString what = QCoreApplication::translate("habeas::EventStore", "the fact of %1")
                             .arg(before->displayDate());
    if (auto st = checkSeen(record.rowVersion, { before->rowVersion, before->updatedBy }, what);
        !st.ok())
        return st.error();
    EventRecord r = record;
    r.caseId = before->caseId;
    if (auto st = validate(r); !st.ok())
        return st.error();
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(
        db,
        [&]() -> Status {
            SqlQuery q(db,
                u"UPDATE events SET date = :date, precision = :precision, text = :text, disputed = "
                ":disputed, updated_at = :now"_s
                    + kVersionedWhere);
            q.bind(u":date"_s, r.date)
                .bind(u":precision"_s, toId(r.precision))
                .bind(u":text"_s, r.text.trimmed())
                .bind(u":disputed"_s, r.disputed ? 1 : 0);
            if (auto e = execVersioned(q, r.id, before->rowVersion, what); !e.ok())
                return e;
            if (auto e = linkEvidence(r.id, r); !e.ok())
                return e;
            return m_library.audit().append(
                r.caseId, u"event.edit"_s, u"event"_s, r.id, { { u"date"_s, r.date } });
        },
        [&] { emit eventsChanged(r.caseId); });
    return versionAfter(st, before->rowVersion);
}

Status EventStore::setTrashed(qint64 id, bool trashed)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    SqlQuery find(db, u"SELECT case_id, date FROM events WHERE id = :id"_s);
    find.bind(u":id"_s, id);
    if (auto st = find.execFirst(Error::notFound(
            QCoreApplication::translate("habeas::EventStore", "There is no event %1.").arg(id)));
        !st.ok())
        return st;
    const qint64 caseId = find.value(0).toLongLong();
    return moveTrash(m_library,
        { u"events"_s, id, trashed, caseId, trashed ? u"event.remove"_s : u"event.restore"_s,
            u"event"_s, { { u"date"_s, find.value(1).toString() } } },
        [&] { emit eventsChanged(caseId); });
}

Status EventStore::trashEvent(qint64 id)
{
    return setTrashed(id, true);
}

Status EventStore::restoreEvent(qint64 id)
{
    return setTrashed(id, false);
}

namespace {

QString eventSelect(const QSqlDatabase &db)
{
    return u"SELECT id, case_id, date, precision, text, disputed, (SELECT %1 "
           "FROM event_evidence WHERE event_id = events.id), row_version, updated_by FROM events "_s
               .arg(sqlGroupConcat(db, u"evidence_id"_s, u","_s));
}

} // namespace

Result<EventRecord> EventStore::event(qint64 id) const
{
    SqlQuery q(m_library.database(),
        eventSelect(m_library.database()) + u"WHERE id = :id AND trashed_at IS NULL"_s);
    q.bind(u":id"_s, id);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QList<EventRecord> list = readEvents(q);
    if (list.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("habeas::EventStore", "There is no event %1.").arg(id));
    return list.first();
}

Result<QList<EventRecord>> EventStore::events(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        eventSelect(m_library.database())
            + u"WHERE case_id = :case AND trashed_at IS NULL ORDER BY date, id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return readEvents(q);
}

QList<EventRecord> EventStore::readEvents(SqlQuery &q)
{
    QList<EventRecord> list;
    while (q.next()) {
        EventRecord e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.date = q.value(2).toString();
        e.precision = datePrecisionFromId(q.value(3).toString()).value_or(DatePrecision::Day);
        e.text = q.value(4).toString();
        e.disputed = q.value(5).toInt() != 0;
        for (const QString &id : q.value(6).toString().split(u',', Qt::SkipEmptyParts))
            e.evidenceIds << id.toLongLong();
        e.rowVersion = q.value(7).toLongLong();
        e.updatedBy = q.value(8).toString();
        list << e;
    }
    return list;
}

} // namespace habeas
