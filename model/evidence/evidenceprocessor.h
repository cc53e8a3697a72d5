#pragma once

#include "core/result.h"
#include "evidence/evidencestore.h"
#include "evidence/parserclient.h"

#include <atomic>

namespace habeas {

class Library;

// One exhibit to read, with everything the slow part needs copied out of the database so
// that part can run on any thread.
struct ProcessJob {
    qint64 id = 0;
    qint64 caseId = 0;
    QString exhibit; // 证据1-2, for messages
    QString sha256;
    // The original as a file the worker reads; '' when it is still to be fetched from a
    // server library (prepare's Original::Later), which EvidenceQueue does on a worker thread.
    QString blobPath;
    QString thumbnailPath; // empty: none wanted (an OCR pass)
    QString password;
    QString claimedType; // what the original file name says it is, e.g. application/pdf
    bool ocr = false;
    bool ocrOnly = false; // parsed already: recognise the text of the pages it left empty
};

// What reading one exhibit came to.
struct ProcessOutcome {
    enum class Kind {
        Ok,
        Unreadable, // stored, but its content cannot be read; `message` says why
        Encrypted, // a PDF that needs a (different) password
        NotRead, // cancelled, or the parser is missing: the exhibit stays pending
    };
    qint64 id = 0;
    qint64 caseId = 0;
    QString exhibit;
    Kind kind = Kind::NotRead;
    ParseResult::Status status = ParseResult::Status::Unreadable;
    QString message; // the reason, or a warning that did not stop the reading
    int pageCount = 0;
    EvidenceRecord::OcrState ocr = EvidenceRecord::OcrState::None;
    bool capturedPrefilled = false;
    bool ocrOnly = false;
};

// Reads an exhibit's stored original with the habeas-parse worker (ParserClient) and records
// what it found: page text for the full-text index, page count, the thumbnail in the cache,
// the capture time the file states, or why the file cannot be read.
//
// Threading: the object and the Library belong to one thread, whose database connection and
// signals the stores use. prepare() and store() run there; read() is static and touches no
// database, so a caller can run it on a worker thread in between (EvidenceQueue does).
class EvidenceProcessor final {
    Q_DISABLE_COPY_MOVE(EvidenceProcessor)

public:
    explicit EvidenceProcessor(Library &library);

    void setParser(const ParserClient &parser) { m_parser = parser; }
    const ParserClient &parser() const { return m_parser; }

    // Blocking, on the owning thread: prepare, read, store. `ocr` also recognises the text of
    // images and of scanned PDF pages in the same pass; without it that OCR is left pending.
    Result<ProcessOutcome> process(qint64 id, const QString &password = {}, bool ocr = true,
        const std::atomic_bool *cancel = nullptr);
    // The OCR left pending for one exhibit.
    Result<ProcessOutcome> runOcr(qint64 id, const std::atomic_bool *cancel = nullptr);
    // The OCR left pending in a case (0: the whole library), in exhibit order.
    Result<QList<ProcessOutcome>> ocrPending(
        qint64 caseId = 0, const std::atomic_bool *cancel = nullptr);

    // When a server library's original is copied to the local file the worker reads: at once,
    // or Later, by the caller, off the thread that owns the library (a large recording would
    // hold up the window while it streams from the server). A folder's original is a file
    // already.
    enum class Original { Now, Later };
    Result<ProcessJob> prepare(
        qint64 id, const QString &password, bool ocr, Original original = Original::Now) const;
    Result<ProcessJob> prepareOcr(qint64 id, Original original = Original::Now) const;
    static ParseResult read(
        const ParserClient &parser, const ProcessJob &job, const std::atomic_bool *cancel);
    Result<ProcessOutcome> store(const ProcessJob &job, const ParseResult &result);

private:
    Result<ProcessOutcome> storeRead(
        const ProcessJob &job, const ParseResult &result, ProcessOutcome outcome);

    Library &m_library;
    ParserClient m_parser;
};

} // namespace habeas
