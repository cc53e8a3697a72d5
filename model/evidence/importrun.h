#pragma once

#include "evidence/evidenceprocessor.h"
#include "evidence/evidencestore.h"

#include <optional>

namespace habeas {

class ParserPool;

// What became of one file of an import: how it was recorded, and what reading it found (none
// for a rejected file, or a duplicate read before).
struct ImportedFile {
    ImportOutcome import;
    std::optional<ProcessOutcome> read;
    QString readError; // reading it could not be stored: the exhibit stays pending
};

// Imports files the fast way, on the thread that owns the Library (habeas-cli's): a batch of
// files is hashed and copied into the blob store on every core, recorded in one transaction,
// and handed to a ParserPool whose workers read it while the next batch is staged; what they
// read is stored a batch per transaction as it comes back. A kill at any moment leaves whole
// batches: each recorded batch has every exhibit and audit entry, an unrecorded one nothing but
// unreferenced copies in the blob store.
class ImportRun final {
public:
    ImportRun(Library &library, ParserPool &pool);

    static constexpr int kBatch = 32;

    // `ocr`: recognise images and scanned pages in the same pass; else left pending. Returns one
    // entry per file, in order.
    QList<ImportedFile> run(qint64 caseId, const QStringList &files, const EvidenceRecord &meta,
        const QString &password, bool ocr);

private:
    struct Reading {
        int index = 0;
        ProcessJob job;
    };
    void stageAndRecord(qint64 caseId, const QStringList &files, int first,
        const EvidenceRecord &meta, QList<ImportedFile> &out);
    // The first file of the batch at `first` that failed because the library did; -1 if none.
    static int firstLibraryFailure(const QList<ImportedFile> &out, int first);
    // The files from `from` on, left out once the library failed.
    static void leaveUntried(
        QList<ImportedFile> &out, const QStringList &files, int from, Error::Kind failure);
    bool wantsReading(const ImportOutcome &o) const;
    void submit(int index, qint64 id);
    void storeBatch();

    Library &m_library;
    ParserPool &m_pool;
    EvidenceProcessor m_processor;
    QString m_password;
    bool m_ocr = false;
    QList<ImportedFile> *m_out = nullptr;
    QHash<quint64, Reading> m_reading; // by ticket
    QList<std::pair<Reading, ParseResult>> m_read; // answered, not stored yet
};

} // namespace habeas
