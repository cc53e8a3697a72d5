#pragma once

#include "cases/casetypes.h"
#include "core/result.h"

#include <QObject>

namespace habeas {

class Library;

// Cases and their parties in the library. Every change is one transaction that also appends
// to the audit log; deletion moves to the trash, from which a restore brings everything back.
// Observers (item models, windows) follow the signals; the store knows nothing of them.
class CaseStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseStore)

public:
    explicit CaseStore(Library &library);

    enum class Trash { Exclude, Only, Include };

    Result<qint64> createCase(const CaseRecord &record);
    // Both edits give the row version they wrote; a record read at an older version is
    // refused as stale (storage/rowversion.h).
    Result<qint64> updateCase(const CaseRecord &record);
    Status trashCase(qint64 id);
    Status restoreCase(qint64 id);
    // Permanent; only for a case already in the trash.
    Status purgeCase(qint64 id);

    Result<CaseRecord> caseById(qint64 id) const;
    Result<QList<CaseRecord>> listCases(Trash trash = Trash::Exclude) const;

    Result<qint64> addParty(const PartyRecord &record);
    Result<qint64> updateParty(const PartyRecord &record);
    Status trashParty(qint64 id);
    Status restoreParty(qint64 id);

    Result<PartyRecord> partyById(qint64 id) const;
    Result<QList<PartyRecord>> parties(qint64 caseId, Trash trash = Trash::Exclude) const;

signals:
    void caseChanged(qint64 caseId); // created, edited, trashed or restored
    void caseRemoved(qint64 caseId); // purged for good
    void partiesChanged(qint64 caseId);

private:
    Status setCaseTrashed(qint64 id, bool trashed);
    Status setPartyTrashed(qint64 id, bool trashed);
    Status checkRepresentation(const PartyRecord &record) const;
    Status rejectInvalid(const QList<FieldProblem> &problems) const;

    Library &m_library;
};

} // namespace habeas
