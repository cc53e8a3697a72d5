#include "deadlines/deadlinestore.h"

#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "core/clock.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/rowversion.h"
#include "storage/sql.h"
#include "storage/trashmove.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

const QString kSelect =
    u"SELECT d.id, d.case_id, d.kind, d.title, d.note, d.from_date, d.event_id, d.document_id, "
    "d.unit, d.amount, d.done_at, d.created_at, d.updated_at, d.row_version, d.updated_by "
    "FROM deadlines d "_s;

// The columns a deadline's insert and update both write.
SqlQuery &bindDeadline(SqlQuery &q, const DeadlineRecord &r)
{
    return q.bind(u":kind"_s, toId(r.kind))
        .bind(u":title"_s, textValue(r.title))
        .bind(u":note"_s, textValue(r.note))
        .bind(u":from"_s, iso(r.fromDate))
        .bind(u":event"_s, r.eventId ? QVariant(r.eventId) : QVariant())
        .bind(u":document"_s, r.documentId ? QVariant(r.documentId) : QVariant())
        .bind(u":unit"_s, toId(r.period.unit))
        .bind(u":amount"_s, r.period.amount);
}

} // namespace

bool DeadlineRecord::sameContent(const DeadlineRecord &o) const
{
    return kind == o.kind && title == o.title && note == o.note && fromDate == o.fromDate
        && eventId == o.eventId && documentId == o.documentId && period == o.period;
}

QString DeadlineStatus::title() const
{
    return record.title.isEmpty() ? displayName(record.kind) : record.title;
}

QString describeDaysLeft(qint64 days)
{
    // lupdate reads the count only as a plain name, not as a cast.
    const int n = static_cast<int>(days < 0 ? -days : days);
    if (days < 0)
        return QCoreApplication::translate(
            "habeas::DeadlineStore", "%n day(s) overdue", nullptr, n);
    if (days == 0)
        return QCoreApplication::translate("habeas::DeadlineStore", "today");
    return QCoreApplication::translate("habeas::DeadlineStore", "in %n day(s)", nullptr, n);
}

void sortByDue(QList<DeadlineStatus> &list)
{
    std::stable_sort(
        list.begin(), list.end(), [](const DeadlineStatus &a, const DeadlineStatus &b) {
            if (a.record.isDone() != b.record.isDone())
                return !a.record.isDone();
            if (a.computed != b.computed)
                return a.computed;
            if (a.dueDate() != b.dueDate())
                return a.dueDate() < b.dueDate();
            return a.record.id < b.record.id;
        });
}

DeadlineStore::DeadlineStore(Library &library)
    : m_library(library)
{
    // A deadline's start and its case's end live in the chronology and the case.
    connect(&library.events(), &EventStore::eventsChanged, this, &DeadlineStore::deadlinesChanged);
    connect(&library.cases(), &CaseStore::caseChanged, this, &DeadlineStore::deadlinesChanged);
}

Result<DeadlineRecord> DeadlineStore::normalised(const DeadlineRecord &record) const
{
    DeadlineRecord r = record;
    r.title = r.title.trimmed();
    r.note = r.note.trimmed();
    const DeadlineRule &rule = deadlineRule(r.kind);
    if (r.period.amount == 0 && rule.period)
        r.period = *rule.period;
    if (r.period.amount == 0)
        return Error::input(
            tr("A deadline of kind \"%1\" needs its period: the number of days, months or years "
               "the court, the letter or you set.")
                .arg(displayName(r.kind)));
    if (r.period.amount < 0)
        return Error::input(tr("A period cannot be negative (%1).").arg(r.period.amount));
    if (r.kind == DeadlineKind::Custom && r.title.isEmpty())
        return Error::input(tr("A deadline of your own needs a title saying what is due."));

    const auto c = m_library.cases().caseById(r.caseId);
    if (!c.ok())
        return c.error();
    if (c->isTrashed())
        return Error::input(tr("Case %1 is in the trash.").arg(r.caseId));
    const QSqlDatabase db = m_library.database();
    if (r.eventId) {
        const auto e = m_library.events().event(r.eventId);
        if (!e.ok())
            return e.error();
        if (e->caseId != r.caseId)
            return Error::input(tr("Event %1 belongs to another case.").arg(r.eventId));
        if (e->precision != DatePrecision::Day)
            return Error::input(tr("The event \"%1\" is dated %2, not to the day: a period can "
                                   "only start from a day.")
                                    .arg(e->text.left(30), e->displayDate()));
        r.fromDate = QDate::fromString(e->date, Qt::ISODate);
    }
    if (r.documentId) {
        SqlQuery q(db, u"SELECT case_id, created_at FROM documents WHERE id = :id"_s);
        q.bind(u":id"_s, r.documentId);
        if (auto st = q.execFirst(
                Error::notFound(tr("There is no generated document %1.").arg(r.documentId)));
            !st.ok())
            return st.error();
        if (q.value(0).toLongLong() != r.caseId)
            return Error::input(tr("Document %1 belongs to another case.").arg(r.documentId));
        if (!r.eventId)
            r.fromDate =
                QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime().date();
    }
    if (!r.fromDate.isValid())
        return Error::input(tr("A deadline needs the day its period starts from."));
    if (c->closedOn.isValid() && r.fromDate > c->closedOn)
        return Error::input(tr("The period would start on %1, after the case closed on %2. "
                               "Reopen the case (clear its end date) to add it.")
                                .arg(iso(r.fromDate), iso(c->closedOn)));
    if (auto due = computeDue(r.fromDate, r.period); !due.ok())
        return due.error();
    return r;
}

Result<qint64> DeadlineStore::add(const DeadlineRecord &record)
{
    const auto n = m_library.whenWritable([&] { return normalised(record); });
    if (!n.ok())
        return n.error();
    const DeadlineRecord &r = n.value();
    const QSqlDatabase db = m_library.database();
    qint64 id = 0;
    const Status st = inTransaction(db, [&]() -> Status {
        SqlQuery q(db,
            u"INSERT INTO deadlines (case_id, kind, title, note, from_date, event_id, "
            "document_id, unit, amount, done_at, created_at, updated_at) VALUES (:case, :kind, "
            ":title, :note, :from, :event, :document, :unit, :amount, :done, :now, :now) RETURNING id"_s);
        bindDeadline(q, r)
            .bind(u":case"_s, r.caseId)
            .bind(u":done"_s, nullIfEmpty(r.doneAt))
            .bind(u":now"_s, Clock::isoNow());
        if (auto e = q.exec(); !e.ok())
            return e;
        id = q.returnedId();
        return m_library.audit().append(r.caseId, u"deadline.add"_s, u"deadline"_s, id,
            { { u"kind"_s, toId(r.kind) }, { u"from"_s, iso(r.fromDate) } });
    });
    if (!st.ok())
        return st.error();
    emit deadlinesChanged(r.caseId);
    return id;
}

Result<qint64> DeadlineStore::update(const DeadlineRecord &record)
{
    const auto before = m_library.whenWritable([&] { return deadline(record.id); });
    if (!before.ok())
        return before.error();
    const QString what =
        tr("the deadline “%1”")
            .arg(before->title.isEmpty() ? displayName(before->kind) : before->title);
    if (auto st = checkSeen(record.rowVersion, { before->rowVersion, before->updatedBy }, what);
        !st.ok())
        return st.error();
    DeadlineRecord in = record;
    in.caseId = before->caseId;
    const auto n = normalised(in);
    if (!n.ok())
        return n.error();
    const DeadlineRecord &r = n.value();
    const QSqlDatabase db = m_library.database();
    const Status st = inTransaction(
        db,
        [&]() -> Status {
            SqlQuery q(db,
                u"UPDATE deadlines SET kind = :kind, title = :title, note = :note, from_date = "
                u":from, "
                "event_id = :event, document_id = :document, unit = :unit, amount = :amount, "
                "updated_at = :now"_s
                    + kVersionedWhere);
            bindDeadline(q, r);
            if (auto e = execVersioned(q, r.id, before->rowVersion, what); !e.ok())
                return e;
            return m_library.audit().append(r.caseId, u"deadline.edit"_s, u"deadline"_s, r.id,
                { { u"kind"_s, toId(r.kind) }, { u"from"_s, iso(r.fromDate) } });
        },
        [&] { emit deadlinesChanged(r.caseId); });
    return versionAfter(st, before->rowVersion);
}

Status DeadlineStore::setDone(qint64 id, bool done)
{
    const auto before = m_library.whenWritable([&] { return deadline(id); });
    if (!before.ok())
        return before.error();
    if (before->isDone() == done)
        return {};
    const QSqlDatabase db = m_library.database();
    return inTransaction(
        db,
        [&]() -> Status {
            SqlQuery q(
                db, u"UPDATE deadlines SET done_at = :done, updated_at = :now WHERE id = :id"_s);
            q.bind(u":done"_s, done ? QVariant(Clock::isoNow()) : QVariant())
                .bind(u":now"_s, Clock::isoNow())
                .bind(u":id"_s, id);
            if (auto e = q.exec(); !e.ok())
                return e;
            return m_library.audit().append(before->caseId,
                done ? u"deadline.done"_s : u"deadline.reopen"_s, u"deadline"_s, id, {});
        },
        [&] { emit deadlinesChanged(before->caseId); });
}

Status DeadlineStore::setTrashed(qint64 id, bool trashed)
{
    if (auto st = m_library.checkWritable(); !st.ok())
        return st;
    const QSqlDatabase db = m_library.database();
    SqlQuery find(db, u"SELECT case_id, trashed_at IS NOT NULL FROM deadlines WHERE id = :id"_s);
    find.bind(u":id"_s, id);
    if (auto st = find.exec(); !st.ok())
        return st;
    // Removing one already removed names it as gone; restoring a live one changes nothing.
    if (!find.next() || (trashed && find.value(1).toBool()))
        return Error::notFound(tr("There is no deadline %1.").arg(id));
    const qint64 caseId = find.value(0).toLongLong();
    if (!trashed && !find.value(1).toBool())
        return {};
    return moveTrash(m_library,
        { u"deadlines"_s, id, trashed, caseId,
            trashed ? u"deadline.remove"_s : u"deadline.restore"_s, u"deadline"_s, {} },
        [&] { emit deadlinesChanged(caseId); });
}

Status DeadlineStore::trash(qint64 id)
{
    return setTrashed(id, true);
}

Status DeadlineStore::restore(qint64 id)
{
    return setTrashed(id, false);
}

QList<DeadlineRecord> DeadlineStore::read(SqlQuery &q)
{
    QList<DeadlineRecord> list;
    while (q.next()) {
        DeadlineRecord r;
        r.id = q.value(0).toLongLong();
        r.caseId = q.value(1).toLongLong();
        r.kind = deadlineKindFromId(q.value(2).toString()).value_or(DeadlineKind::Custom);
        r.title = q.value(3).toString();
        r.note = q.value(4).toString();
        r.fromDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.eventId = q.value(6).toLongLong();
        r.documentId = q.value(7).toLongLong();
        r.period.unit = periodUnitFromId(q.value(8).toString()).value_or(PeriodUnit::Days);
        r.period.amount = q.value(9).toInt();
        r.doneAt = q.value(10).toString();
        r.createdAt = q.value(11).toString();
        r.updatedAt = q.value(12).toString();
        r.rowVersion = q.value(13).toLongLong();
        r.updatedBy = q.value(14).toString();
        list << r;
    }
    return list;
}

Result<DeadlineRecord> DeadlineStore::deadline(qint64 id) const
{
    SqlQuery q(m_library.database(), kSelect + u"WHERE d.id = :id AND d.trashed_at IS NULL"_s);
    q.bind(u":id"_s, id);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    const QList<DeadlineRecord> list = read(q);
    if (list.isEmpty())
        return Error::notFound(tr("There is no deadline %1.").arg(id));
    return list.first();
}

Result<QList<DeadlineRecord>> DeadlineStore::deadlines(qint64 caseId) const
{
    SqlQuery q(m_library.database(),
        kSelect
            + u"JOIN cases c ON c.id = d.case_id WHERE d.trashed_at IS NULL AND c.trashed_at IS "
              "NULL AND (:all = 1 OR d.case_id = :case) ORDER BY d.case_id, d.id"_s);
    q.bind(u":all"_s, caseId == 0 ? 1 : 0).bind(u":case"_s, caseId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    return read(q);
}

DeadlineStatus DeadlineStore::resolve(const DeadlineRecord &record) const
{
    DeadlineStatus s;
    s.record = record;
    s.start = record.fromDate;
    const auto c = m_library.cases().caseById(record.caseId);
    if (c.ok()) {
        s.caseTitle = c->title;
        s.caseNumber = c->number;
    }
    if (record.eventId) {
        const auto e = m_library.events().event(record.eventId);
        if (!e.ok()) {
            s.warnings << tr("The chronology event it started from was removed; counted from the "
                             "day last recorded, %1.")
                              .arg(iso(record.fromDate));
        } else if (e->precision != DatePrecision::Day) {
            s.warnings << tr("The chronology event it starts from is now dated %1, not to the "
                             "day; counted from the day last recorded, %2.")
                              .arg(e->displayDate(), iso(record.fromDate));
        } else {
            s.start = QDate::fromString(e->date, Qt::ISODate);
            s.startSource = tr("chronology: %1").arg(e->text);
        }
    } else if (record.documentId) {
        SqlQuery q(m_library.database(), u"SELECT template FROM documents WHERE id = :id"_s);
        q.bind(u":id"_s, record.documentId);
        if (q.exec().ok() && q.next())
            s.startSource =
                tr("generated document %1 (%2)").arg(record.documentId).arg(q.value(0).toString());
    }
    if (s.startSource.isEmpty())
        s.startSource = tr("the date entered");

    auto due = computeDue(s.start, record.period);
    if (!due.ok()) {
        s.problem = due.error().message;
        return s;
    }
    s.computed = true;
    s.due = due.value();
    const DeadlineRule &rule = deadlineRule(record.kind);
    if (rule.period && !(record.period == *rule.period))
        s.due.working.prepend(tr("The period is %1 as entered; %2 sets %3.")
                                  .arg(describePeriod(record.period), basisText(record.kind),
                                      describePeriod(*rule.period)));
    s.due.working << tr("Counted under %1.").arg(countingBasisText(record.kind));

    // The long stop of Civil Code 188(2): twenty years from the infringement, which the
    // chronology's earliest fact dates at the latest.
    if (record.kind == DeadlineKind::Limitation) {
        const auto events = m_library.events().events(record.caseId);
        if (events.ok() && !events->isEmpty()) {
            const EventRecord &first = events->first();
            QString date = first.date;
            if (date.size() == 4)
                date += u"-01"_s;
            if (date.size() == 7)
                date += u"-01"_s;
            const QDate infringed = QDate::fromString(date, Qt::ISODate);
            const auto stop =
                computeDue(infringed, Period { PeriodUnit::Years, kLimitationLongStopYears });
            if (stop.ok() && stop->due < s.due.due) {
                s.due.due = stop->due;
                s.due.extended = stop->extended;
                s.due.reason = tr("The 20-year long stop from the first fact of the chronology "
                                  "(%1) ends first, on %2.")
                                   .arg(first.displayDate(), iso(stop->due));
                s.due.working << s.due.reason;
            } else if (stop.ok()) {
                s.due.working << tr("The 20-year long stop from the first fact of the chronology "
                                    "(%1) ends later, on %2.")
                                     .arg(first.displayDate(), iso(stop->due));
            }
        }
    }
    s.warnings += s.due.warnings;
    return s;
}

Result<QList<DeadlineStatus>> DeadlineStore::statuses(qint64 caseId) const
{
    const auto records = deadlines(caseId);
    if (!records.ok())
        return records.error();
    QList<DeadlineStatus> list;
    list.reserve(records->size());
    for (const DeadlineRecord &r : records.value())
        list << resolve(r);
    sortByDue(list);
    return list;
}

Result<DeadlineStatus> DeadlineStore::status(qint64 id) const
{
    const auto r = deadline(id);
    if (!r.ok())
        return r.error();
    return resolve(r.value());
}

QString DeadlineStore::calendarUidPrefix() const
{
    SqlQuery q(m_library.database(), u"SELECT value FROM library_meta WHERE key = 'created_at'"_s);
    QString created;
    if (q.exec().ok() && q.next())
        created = q.value(0).toString();
    return QString::fromLatin1(
        QCryptographicHash::hash(created.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

Result<DeadlineStatus> DeadlineStore::preview(const DeadlineRecord &record) const
{
    const auto n = normalised(record);
    if (!n.ok())
        return n.error();
    return resolve(n.value());
}

} // namespace habeas
