#include "cases/eventstore.h"

#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

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
    QString text;
    if (!parts.isEmpty())
        text += parts[0] + u"年"_s;
    if (parts.size() > 1)
        text += QString::number(parts[1].toInt()) + u"月"_s;
    if (parts.size() > 2)
        text += QString::number(parts[2].toInt()) + u"日"_s;
    if (precision == DatePrecision::Approximate)
        text += u"前后"_s;
    return text;
}

EventStore::EventStore(Library &library)
    : m_library(library)
{
}

Result<qint64> EventStore::addEvent(const EventRecord &record)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st.error();
    if (const QString problem = validateEventDate(record.date, record.precision);
        !problem.isEmpty())
        return Error::input(problem);
    if (record.text.trimmed().isEmpty())
        return Error::input(QCoreApplication::translate(
            "habeas::EventStore", "An event needs a description of the fact."));
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO events (case_id, date, precision, text, disputed, created_at, "
            u"updated_at) "
            "VALUES (:case, :date, :precision, :text, :disputed, :now, :now)"_s);
        q.bind(u":case"_s, record.caseId)
            .bind(u":date"_s, record.date)
            .bind(u":precision"_s, toId(record.precision))
            .bind(u":text"_s, record.text.trimmed())
            .bind(u":disputed"_s, record.disputed ? 1 : 0)
            .bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.lastInsertId();
        for (qint64 evidence : record.evidenceIds) {
            // Only a live exhibit of the same case can prove the fact.
            SqlQuery link(db,
                u"INSERT INTO event_evidence (event_id, evidence_id) SELECT :event, id FROM "
                u"evidence_items "
                "WHERE id = :evidence AND case_id = :case AND trashed_at IS NULL"_s);
            link.bind(u":event"_s, id)
                .bind(u":evidence"_s, evidence)
                .bind(u":case"_s, record.caseId);
            if (auto e = link.exec(); !e.ok())
                return e;
            if (link.numRowsAffected() != 1)
                return Error::input(QCoreApplication::translate(
                    "habeas::EventStore", "Exhibit %1 is not evidence of this case.")
                                        .arg(evidence));
        }
        return m_library.audit().append(
            record.caseId, u"event.add"_s, u"event"_s, id, { { u"date"_s, record.date } });
    });
    if (!st.ok())
        return st.error();
    emit eventsChanged(record.caseId);
    return id;
}

Result<QList<EventRecord>> EventStore::events(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT id, case_id, date, precision, text, disputed, "
        "(SELECT group_concat(evidence_id) FROM event_evidence WHERE event_id = events.id) FROM "
        "events "
        "WHERE case_id = :case AND trashed_at IS NULL ORDER BY date, id"_s);
    q.bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
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
        list << e;
    }
    return list;
}

} // namespace habeas
