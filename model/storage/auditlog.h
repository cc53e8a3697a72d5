#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>

namespace habeas {

class Library;

struct AuditEntry {
    qint64 id = 0;
    QString at;
    qint64 caseId = 0; // 0: not tied to a case
    QString action; // e.g. "case.create", "party.edit"
    QString entity; // "case", "party", "event", "library"
    qint64 entityId = 0;
    QJsonObject detail;
    QString prevHash;
    QString hash;
};

// The append-only, hash-chained audit log. Each row's hash is
// SHA-256(previous row's hash + "\n" + the row's canonical JSON), so editing, inserting or
// deleting a row breaks the chain from that row on.
class AuditLog final {
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    explicit AuditLog(Library &library)
        : m_library(library)
    {
    }

    static const QString kGenesisHash;

    // Appends inside the caller's transaction (the change and its record commit together).
    Status append(qint64 caseId, const QString &action, const QString &entity, qint64 entityId,
        const QJsonObject &detail);

    Result<QList<AuditEntry>> list(qint64 caseId = 0) const;

    struct Verification {
        bool ok = true;
        qint64 rows = 0;
        qint64 firstBrokenId = 0;
        QString message;
    };
    Verification verify() const;

    static QByteArray canonicalJson(const AuditEntry &entry);
    static QString computeHash(const QString &prevHash, const AuditEntry &entry);

private:
    Library &m_library;
};

} // namespace habeas
