#pragma once

#include "core/result.h"
#include "damages/damagesrecord.h"

#include <QObject>

namespace habeas {

class Library;

// The damages worksheet of each case. Every change is one transaction with its audit entry;
// removal goes to the trash and is undone by a restore.
class DamagesStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagesStore)

public:
    explicit DamagesStore(Library &library);

    Result<qint64> addItem(const DamagesRecord &input);
    // The row version written; a record read at an older one is refused as stale.
    Result<qint64> updateItem(const DamagesRecord &input);
    Status trashItem(qint64 id);
    Status restoreItem(qint64 id);

    Result<DamagesRecord> item(qint64 id) const;
    // Every live item of the case; an empty scenario means all scenarios.
    Result<QList<DamagesRecord>> items(qint64 caseId, const QString &scenario = {}) const;
    // The case's scenarios: claimed, expected, conservative first, then the user's own.
    Result<QStringList> scenarios(qint64 caseId) const;

    Result<DamagesTotals> totals(qint64 caseId, const QString &scenario) const;

signals:
    void damagesChanged(qint64 caseId);

private:
    Status check(DamagesRecord &record) const;
    Status writeDefendants(qint64 itemId, const QList<qint64> &defendants);
    Status setTrashed(qint64 id, bool trashed);

    Library &m_library;
};

} // namespace habeas
