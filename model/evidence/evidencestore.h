#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace habeas {

class BlobStorage;
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
    QString witnesses; // witnesses present, or the notary's office
    QString timestampCert; // trusted-timestamp or blockchain deposit certificate id
    QString collection; // how it was collected, in the operator's words
    int batch = 1; // the evidence list it was first submitted in (1, then supplementary lists)
    QString createdAt;
    QString trashedAt;

    // What the parser worker made of the bytes (schema 5).
    enum class ParseState { Pending, Ok, Unreadable, Encrypted };
    ParseState parseState = ParseState::Pending;
    QString parseNote; // why it is unreadable, or a warning
    int pageCount = 0;
    enum class OcrState { None, Pending, Done, Failed };
    OcrState ocrState = OcrState::None;
    qint64 rowVersion = 0; // the version read (storage/rowversion.h); 0: not read, not checked
    QString updatedBy; // the last writer on a server

    bool isTrashed() const { return !trashedAt.isEmpty(); }
    bool isPdf() const { return mediaType == QLatin1String("application/pdf"); }
    bool isImage() const { return mediaType.startsWith(QLatin1String("image/")); }
    // 证据1-2
    QString exhibitNumber() const;
    // The same particulars (what updateItem writes), whatever version each was read at.
    bool sameContent(const EvidenceRecord &o) const;

    bool operator==(const EvidenceRecord &) const = default;
};

// An exhibit as a list of exhibits names it (the proof matrix's columns): read without the rest
// of its record.
struct ExhibitHeading {
    qint64 id = 0;
    int group = 1;
    int seq = 0;
    QString title;

    QString exhibitNumber() const; // 证据1-2
    bool operator==(const ExhibitHeading &) const = default;
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
    // Rejected: what kind of failure. Library (or ReadOnly) when the library failed, not the file
    // (the server went away mid-import): the rest of the files would fail alike.
    Error::Kind failure = Error::Kind::Input;
    bool libraryFailed() const
    {
        return kind == Kind::Rejected
            && (failure == Error::Kind::Library || failure == Error::Kind::ReadOnly);
    }
};

// The evidence register of each case. Originals are stored byte for byte, once, and never
// modified; every import, edit and removal goes through one transaction with its audit entry.
class EvidenceStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceStore)

public:
    explicit EvidenceStore(Library &library);

    // Copies a file's bytes into the library's blob store (Library::blobs()). Safe to call from
    // a worker thread: it records nothing (a server's blob store uses that thread's connection).
    static Result<StagedFile> stage(BlobStorage &blobs, const QString &file);

    // Records a staged file as the next exhibit of `group` (or reports the exhibit that
    // already holds the same bytes). `meta` supplies title and metadata; its ids are ignored.
    ImportOutcome record(qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta);
    // Records several staged files, in order, in one transaction: all of them or none (each
    // then Rejected with the reason). A duplicate or a blob gone missing is that file's answer,
    // not a failure of the batch.
    QList<ImportOutcome> recordAll(
        qint64 caseId, const QList<StagedFile> &files, const EvidenceRecord &meta);
    ImportOutcome importFile(qint64 caseId, const QString &file, const EvidenceRecord &meta);

    // A later evidence list (补充证据目录): its number, and the first group it may use — its
    // numbering continues after every group of the earlier lists.
    struct Supplement {
        int batch = 1;
        int firstGroup = 1;
    };
    Result<Supplement> nextSupplement(qint64 caseId) const;

    // The particulars the exhibit dialog edits; gives the row version written. A record read at
    // an older version is refused as stale (storage/rowversion.h).
    Result<qint64> updateItem(const EvidenceRecord &record);
    // Moves an exhibit to `position` (1-based, clamped) inside `group` (its own when 0) and
    // renumbers the groups it leaves and joins so each runs 1, 2, 3… without a gap.
    Status moveItem(qint64 id, int position, int group = 0);
    Status trashItem(qint64 id);
    Status restoreItem(qint64 id);

    Result<EvidenceRecord> item(qint64 id) const;
    Result<QList<EvidenceRecord>> items(qint64 caseId) const;
    // The same exhibits, in the same order, as their numbers and titles only.
    Result<QList<ExhibitHeading>> headings(qint64 caseId) const;

    struct Problem {
        qint64 id = 0;
        qint64 caseId = 0;
        QString exhibit;
        QString message;
    };
    // Re-hashes every exhibit's blob (of one case, or all when caseId is 0).
    Result<QList<Problem>> verify(qint64 caseId = 0) const;
    // The same in two halves, so that a window can hash on a worker: what to check (a quick
    // read of the database), then each original on its own, on any thread.
    struct IntegrityCheck {
        Problem exhibit; // message empty
        QString sha256;
        const BlobStorage *blobs = nullptr; // the library's, which outlives the check
    };
    Result<QList<IntegrityCheck>> integrityChecks(qint64 caseId = 0) const;
    static std::optional<Problem> checkIntegrity(const IntegrityCheck &check);

    // Writes the original bytes to `target` atomically; nothing is left behind on failure.
    Status exportOriginal(qint64 id, const QString &target) const;
    // Appends the audit entry of a redacted copy someone else wrote (the redactor lives in a
    // layer above this one).
    Status logRedactedExport(qint64 id, const QString &copySha256) const;

    // Fills in the capture time the file itself states (EXIF, PNG text) when the user gave
    // none; a time the user entered is never replaced. Not audited: it adds what the bytes say.
    // Returns whether it was filled.
    Result<bool> prefillCapturedAt(qint64 id, const QDateTime &capturedAt);

    // While a Batch lives, evidenceChanged is held back and sent once per case at its end, so
    // importing 300 files reloads each list once, not 300 times.
    class Batch final {
    public:
        explicit Batch(EvidenceStore &store);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

    private:
        EvidenceStore &m_store;
    };

    // Says evidenceChanged() (held back inside a Batch); also for a change another connection
    // to the library made (TextWriter).
    void notifyChanged(qint64 caseId);

signals:
    void evidenceChanged(qint64 caseId);

private:
    int m_batchDepth = 0;
    QList<qint64> m_heldBack;

    Status setTrashed(qint64 id, bool trashed);
    Status checkCanRecord(qint64 caseId, const EvidenceRecord &meta) const;
    Status checkSupplementGroup(qint64 caseId, const EvidenceRecord &meta) const;
    Result<std::optional<EvidenceRecord>> exhibitWithBytes(
        qint64 caseId, const QString &sha256) const;
    Result<int> nextSeq(qint64 caseId, int group) const;
    Result<qint64> insertExhibit(
        qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta, int seq);
    Result<ImportOutcome> recordOne(
        qint64 caseId, const StagedFile &staged, const EvidenceRecord &meta);

    Library &m_library;
};

} // namespace habeas
