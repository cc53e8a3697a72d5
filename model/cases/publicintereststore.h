#pragma once

#include "cases/casetypes.h"
#include "core/result.h"
#include "deadlines/period.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace habeas {

class Library;

// A prosecutor handling a public-interest case: 张某, 检察官.
struct Prosecutor {
    QString name;
    QString title;
    bool operator==(const Prosecutor &) const = default;
};

// Whether a qualified body came forward after the announcement: not yet known, none, or some
// (named in PublicNotice::organisations).
enum class NoticeOutcome { Unknown, None, CameForward };
QString toId(NoticeOutcome o); // "", none, came-forward
std::optional<NoticeOutcome> noticeOutcomeFromId(const QString &id);

// The 30-day announcement before the procuratorate sues (诉前公告; SPC/SPP interpretation on
// procuratorial public-interest suits, Art. 13).
struct PublicNotice {
    QDate publishedOn;
    QString medium; // 正义网
    QString contact; // the contact person
    QString phone;
    NoticeOutcome outcome = NoticeOutcome::Unknown;
    QStringList organisations; // with CameForward only
    bool operator==(const PublicNotice &) const = default;
};

// The period's end, counted by the deadline rule for the announcement (deadlinerules.h).
Result<DueDate> publicNoticeDue(const QDate &publishedOn);

// A fine the criminal judgment ordered a defendant to pay: information beside the disgorgement.
struct CriminalFine {
    qint64 fineFen = 0;
    QString judgment; // the judgment's 案号, optional
    bool operator==(const CriminalFine &) const = default;
};

// What a public-interest case keeps beside the case record (whose procuratorateNumber is the
// 文号): the prosecutors, the announcement and the defendants' criminal fines.
struct PublicInterestRecord {
    qint64 caseId = 0;
    QList<Prosecutor> prosecutors;
    std::optional<PublicNotice> notice;
    QMap<qint64, CriminalFine> fines; // by defendant (party id)
    bool operator==(const PublicInterestRecord &) const = default;
};

// Checks an announcement: a publication date not in the future, medium, contact and a phone
// number (checkPhone); an outcome only once the period has ended (on `today`), and the
// organisations named when some came forward. Empty when acceptable.
QList<FieldProblem> validatePublicNotice(PublicNotice &notice, const QDate &today);

// Reads and writes the record. Every change is one transaction with an audit entry; a change is
// refused for a case that is not a public-interest one or is in the trash.
class PublicInterestStore {
public:
    explicit PublicInterestStore(Library &library);

    Result<PublicInterestRecord> record(qint64 caseId) const;
    // Replaces the whole record (what an undo restores).
    Status setRecord(const PublicInterestRecord &input);
    Status setProsecutors(qint64 caseId, const QList<Prosecutor> &prosecutors);
    Status setNotice(qint64 caseId, const std::optional<PublicNotice> &notice);
    // nullopt removes the fine recorded for the defendant.
    Status setFine(qint64 caseId, qint64 partyId, const std::optional<CriminalFine> &fine);

private:
    Status checkCase(qint64 caseId) const;
    Status check(PublicInterestRecord &record) const;

    Library &m_library;
};

} // namespace habeas
