#pragma once

#include "core/result.h"
#include "deadlines/deadlinerules.h"
#include "deadlines/period.h"

#include <QDate>
#include <QObject>

namespace habeas {

class Library;
class SqlQuery;

// A deadline as stored: its rule, its period and what starts it. The due date is computed.
struct DeadlineRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    DeadlineKind kind = DeadlineKind::Custom;
    QString title; // empty: the rule's name
    QString note;
    QDate fromDate; // the start when no event or document gives it (and its last known value)
    qint64 eventId = 0; // the chronology event that starts it (service of the judgment, …)
    qint64 documentId = 0; // the generated document that starts it (the letter sent)
    Period period; // amount 0 on input: the rule's own period
    QString doneAt; // empty while open
    QString createdAt;
    QString updatedAt;
    qint64 rowVersion = 0; // the version read (storage/rowversion.h); 0: not read, not checked
    QString updatedBy; // the last writer on a server

    bool isDone() const { return !doneAt.isEmpty(); }
    bool sameContent(const DeadlineRecord &o) const;
};

// A deadline with its due date worked out and its case named: what every view shows.
struct DeadlineStatus {
    DeadlineRecord record;
    QString caseTitle;
    QString caseNumber;
    QDate start; // the day the period runs from
    QString startSource; // "chronology: 判决书送达" / "document: 删除请求函, generated 2024-09-20"
    bool computed = false; // false: `problem` says why there is no due date
    DueDate due;
    QString problem;
    QStringList warnings; // unknown calendar years, a removed event, the long stop

    QString title() const; // the record's title, else the rule's name
    QDate dueDate() const { return computed ? due.due : QDate(); }
    // Days from `today` to the due date: negative when overdue.
    qint64 daysLeft(QDate today) const { return today.daysTo(dueDate()); }
    bool isOverdue(QDate today) const { return computed && !record.isDone() && dueDate() < today; }
};

// "in 3 days", "today", "2 days overdue".
QString describeDaysLeft(qint64 days);

// Orders deadlines the way a lawyer reads them: open before done, then by due date.
void sortByDue(QList<DeadlineStatus> &list);

// The deadlines of every case. Edits emit deadlinesChanged; so does a change of the chronology or
// the case, since a deadline's start and the case's end come from there.
class DeadlineStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineStore)

public:
    explicit DeadlineStore(Library &library);

    // Fills the rule's period when the record has none; refuses a period the rule needs and
    // lacks, a start that is not a day, an event or document of another case, a start after
    // the case closed.
    Result<qint64> add(const DeadlineRecord &record);
    // The row version written; a record read at an older one is refused as stale.
    Result<qint64> update(const DeadlineRecord &record);
    Status setDone(qint64 id, bool done);
    Status trash(qint64 id);
    Status restore(qint64 id);

    Result<DeadlineRecord> deadline(qint64 id) const;
    // caseId 0: every case that is not in the trash.
    Result<QList<DeadlineRecord>> deadlines(qint64 caseId) const;
    // The same, with each due date worked out, ordered by sortByDue.
    Result<QList<DeadlineStatus>> statuses(qint64 caseId) const;
    Result<DeadlineStatus> status(qint64 id) const;
    // What a record would come to, before it is stored (the dialog's preview, `deadline add`).
    Result<DeadlineStatus> preview(const DeadlineRecord &record) const;
    // Stable for one library (from its creation time), so the UIDs of exported calendar events
    // stay the same across exports and calendar programs update rather than duplicate them.
    QString calendarUidPrefix() const;

signals:
    void deadlinesChanged(qint64 caseId);

private:
    Result<DeadlineRecord> normalised(const DeadlineRecord &record) const;
    Status setTrashed(qint64 id, bool trashed);
    DeadlineStatus resolve(const DeadlineRecord &record) const;
    static QList<DeadlineRecord> read(SqlQuery &q);

    Library &m_library;
};

} // namespace habeas
