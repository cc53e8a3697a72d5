#pragma once

#include "core/result.h"

#include <QObject>

namespace habeas {

class Library;
class SqlQuery;

enum class DatePrecision { Day, Month, Year, Approximate };

QString toId(DatePrecision p);
std::optional<DatePrecision> datePrecisionFromId(const QString &id);

// A fact of the case on a date whose precision is stated: "2021年1月" is a legitimate fact date.
struct EventRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QString date; // ISO: 2021-01-20, 2021-01 or 2021
    DatePrecision precision = DatePrecision::Day;
    QString text;
    bool disputed = false;
    QList<qint64> evidenceIds; // the exhibits that prove it
    qint64 rowVersion = 0; // the version read (storage/rowversion.h); 0: not read, not checked
    QString updatedBy; // the last writer on a server

    // The date as a Chinese filing writes it: 2021年1月20日, 2021年1月, 2021年, 2021年1月前后.
    QString displayDate() const;

    // The same event, whatever version each was read at.
    bool operator==(const EventRecord &o) const
    {
        return id == o.id && caseId == o.caseId && date == o.date && precision == o.precision
            && text == o.text && disputed == o.disputed && evidenceIds == o.evidenceIds;
    }
    bool sameContent(const EventRecord &o) const { return *this == o; }
};

// Validates the date against its precision; empty when acceptable.
QString validateEventDate(const QString &date, DatePrecision precision);

// The chronology of each case.
class EventStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    explicit EventStore(Library &library);

    Result<qint64> addEvent(const EventRecord &record);
    // Replaces the date, precision, text, disputed flag and exhibits of an event.
    // The row version written; a record read at an older one is refused as stale.
    Result<qint64> updateEvent(const EventRecord &record);
    Status trashEvent(qint64 id);
    Status restoreEvent(qint64 id);
    Result<EventRecord> event(qint64 id) const;
    using QObject::event; // the overload above does not hide QObject's (Clang warns)
    Result<QList<EventRecord>> events(qint64 caseId) const;

signals:
    void eventsChanged(qint64 caseId);

private:
    Status validate(const EventRecord &record) const;
    Status linkEvidence(qint64 eventId, const EventRecord &record);
    Status setTrashed(qint64 id, bool trashed);
    static QList<EventRecord> readEvents(SqlQuery &query);

    Library &m_library;
};

} // namespace habeas
