#pragma once

#include "core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <optional>

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
    ~AuditLog() { flushHead(); }

    static const QString kGenesisHash;

    // Appends inside the caller's transaction (the change and its record commit together).
    Status append(qint64 caseId, const QString &action, const QString &entity, qint64 entityId,
        const QJsonObject &detail);

    Result<QList<AuditEntry>> list(qint64 caseId = 0) const;

    struct Verification {
        bool ok = true;
        qint64 rows = 0;
        qint64 firstBrokenId = 0;
        qint64 anchoredId = -1; // the entry audit-head records; -1: no head file
        QString message;
    };
    // Checks the chain row by row, then against the head recorded outside the database, so
    // deleting the last entries shows too. A head behind the log by entries that chain
    // correctly is fine (a crash after the commit, before the file was written); a log behind
    // its head is not.
    Verification verify() const;

    // The chain's head, kept in a file beside library.sqlite and written after each commit
    // that appends; copied into each backup.
    static const QString kHeadFile;
    QString headPath() const;
    struct Head {
        qint64 id = 0;
        QString hash;
    };
    static QByteArray headBytes(const Head &head);
    static std::optional<Head> parseHead(const QByteArray &bytes);
    // The last entry's id and hash as the table holds them (0 and the genesis hash if empty).
    Result<Head> tail() const;
    Status writeHead(const Head &head) const;
    // After a commit the head file is written on a worker (it is synced to disk, which can take
    // long enough to freeze a window), newest head only; this waits until it is on disk.
    // Backups and verify() call it; so does the destructor.
    void flushHead() const;
    // At open: a library that has never had a head file gets one, and is marked as having it
    // (library_meta), so a head file deleted later is noticed rather than silently re-made.
    Status ensureHead() const;

    static QByteArray canonicalJson(const AuditEntry &entry);
    static QString computeHash(const QString &prevHash, const AuditEntry &entry);

private:
    void writeHeadLater(const Head &head);
    QString tailQuery() const;

    Library &m_library;
    mutable QMutex m_headMutex;
    std::optional<Head> m_pendingHead; // guarded by m_headMutex
    bool m_headWriterActive = false; // guarded by m_headMutex
    mutable QFuture<void> m_headWriter;
};

} // namespace habeas
