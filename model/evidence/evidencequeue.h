#pragma once

#include "evidence/evidenceprocessor.h"
#include "evidence/parserpool.h"
#include "evidence/textwriter.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace habeas {

// Reads exhibits in the background: each one's parse first, then the OCR it left pending,
// through a ParserPool (one long-lived worker per core by default), so neither an import nor
// the window ever waits for them. What they read is written by a TextWriter, on a thread and
// connection of its own. Cancelling kills the running workers; what they were reading stays
// pending.
class EvidenceQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceQueue)

public:
    explicit EvidenceQueue(Library &library, QObject *parent = nullptr);
    ~EvidenceQueue() override;

    // Both take effect from the next round (the pool is made when reading starts).
    void setParser(const ParserClient &parser);
    void setMaxConcurrent(int count);
    // The pool reading now; null while nothing was read yet.
    const ParserPool *pool() const { return m_pool.get(); }

    // Parses these exhibits (then OCRs what needs it). An exhibit already waiting is not
    // queued twice, unless a password comes with it.
    void enqueue(const QList<qint64> &ids, const QString &password = {});
    // Everything the library (or one case) has not read yet: pending parses and OCR.
    void enqueuePending(qint64 caseId = 0);
    void cancel();

    bool isBusy() const { return m_running > 0 || !m_waiting.isEmpty(); }
    int done() const { return m_done; }
    int total() const { return m_total; }

signals:
    void progressChanged(int done, int total);
    void itemProcessed(const habeas::ProcessOutcome &outcome);
    // Nothing is running or waiting any more; `stoppedBecause` says why when it stopped early
    // (cancelled, or the parser is missing).
    void idle(const QString &stoppedBecause);

private:
    struct Entry {
        qint64 id = 0;
        bool ocrOnly = false;
        QString password;
    };
    void add(const Entry &entry);
    void dispatch();
    void ensurePool();
    void onParsed(quint64 ticket, const ParseResult &result);
    void submit(const ProcessJob &job);
    void fetchThenSubmit(const ProcessJob &job);
    void finishOne(const ProcessJob &job, const ParseResult &result);
    void afterStore(
        const ProcessJob &job, const ParseResult &result, const Result<ProcessOutcome> &outcome);
    void stop(const QString &why);

    Library &m_library;
    EvidenceProcessor m_processor;
    std::unique_ptr<TextWriter> m_writer;
    std::unique_ptr<ParserPool> m_pool;
    QHash<quint64, ProcessJob> m_inFlight; // by the pool's ticket
    int m_maxConcurrent = 2;
    QList<Entry> m_waiting;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
    QString m_stoppedBecause;
    // Shared with the running reads, which may outlive a cancel() by a few milliseconds.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace habeas
