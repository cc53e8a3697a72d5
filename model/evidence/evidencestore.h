#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>

namespace habeas {

class Library;

// One exhibit: the original bytes (by SHA-256 in the blob store) and what a court asks about
// them (SPC Provisions on Evidence in Civil Procedure, 2019, Arts. 14–15, 93–94).
struct EvidenceRecord {
    qint64 id = 0;
    qint64 caseId = 0;
    QString sha256;
    int group = 1; // the fact it proves: 证据{group}-{seq}
    int seq = 0;
    QString title;
    QString originalName;
    qint64 size = 0;
    QString mediaType;
    QString purpose; // 证明目的
    QString source; // URL, or app name + package + version
    QDateTime capturedAt;
    QString device;
    QString operatorName;
    QString notaryCert;
    QString notes;
    QString createdAt;
    QString trashedAt;

    bool isTrashed() const { return !trashedAt.isEmpty(); }
    // 证据1-2
    QString exhibitNumber() const;
};

// A file copied into the blob store and not yet recorded (stage() runs on any thread).
struct StagedFile {
    QString path;
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString originalName;
    QString warning; // e.g. an empty file: stored, but said
};

struct ImportOutcome {
    enum class Kind { Imported, Duplicate, Rejected };
    Kind kind = Kind::Rejected;
    QString path;
    qint64 id = 0;
    QString sha256;
    QString exhibit;
    QString message;
};

// The evidence register of each case. Originals are stored byte for byte, once, and never
// modified; every import, edit and removal goes through one transaction with its audit entry.
class EvidenceStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceStore)

public:
    explicit EvidenceStore(Library &library);

    // Copies a file's bytes into the library's blob store. Safe to call from a worker thread:
    // it touches no database.
    static Result<StagedFile> stage(const QString &blobsPath, const QString &file);

    // Records a staged file as the next exhibit of `group` (or reports the exhibit that
    // already holds the same bytes). `meta` supplies title and metadata; its ids are ignored.
    ImportOutcome record(qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta);
    ImportOutcome importFile(qint64 caseId, const QString &file, const EvidenceRecord &meta);

    Status updateItem(const EvidenceRecord &record);
    Status trashItem(qint64 id);
    Status restoreItem(qint64 id);

    Result<EvidenceRecord> item(qint64 id) const;
    Result<QList<EvidenceRecord>> items(qint64 caseId) const;

    struct Problem {
        qint64 id = 0;
        qint64 caseId = 0;
        QString exhibit;
        QString message;
    };
    // Re-hashes every exhibit's blob (of one case, or all when caseId is 0).
    Result<QList<Problem>> verify(qint64 caseId = 0) const;

    // Writes the original bytes to `target` atomically; nothing is left behind on failure.
    Status exportOriginal(qint64 id, const QString &target) const;

signals:
    void evidenceChanged(qint64 caseId);

private:
    Status setTrashed(qint64 id, bool trashed);

    Library &m_library;
};

} // namespace habeas
