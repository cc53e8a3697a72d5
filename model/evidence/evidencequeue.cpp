#include "evidence/evidencequeue.h"

#include "evidence/evidencetext.h"
#include "storage/library.h"
#include "storage/storagebackend.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

EvidenceQueue::EvidenceQueue(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_processor(library)
    , m_writer(std::make_unique<TextWriter>(library.location(), this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    // One worker per core, at most four: the window's own thread needs little.
    m_maxConcurrent = std::clamp(QThread::idealThreadCount(), 1, 4);
}

EvidenceQueue::~EvidenceQueue()
{
    m_waiting.clear();
    m_cancel->store(true);
    m_pool.reset(); // kills the workers still reading; their answers are dropped
    m_writer.reset(); // before the members its callbacks use
}

void EvidenceQueue::setParser(const ParserClient &parser)
{
    m_processor.setParser(parser);
    if (!isBusy())
        m_pool.reset();
}

void EvidenceQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::clamp(count, 1, 4);
    if (!isBusy())
        m_pool.reset();
}

void EvidenceQueue::ensurePool()
{
    if (m_pool)
        return;
    m_pool = std::make_unique<ParserPool>(m_processor.parser(), m_maxConcurrent);
    connect(m_pool.get(), &ParserPool::parsed, this, &EvidenceQueue::onParsed);
}

void EvidenceQueue::onParsed(quint64 ticket, const ParseResult &result)
{
    if (!m_inFlight.contains(ticket))
        return;
    const ProcessJob job = m_inFlight.take(ticket); // a copy: finishOne may start another job
    finishOne(job, result);
}

void EvidenceQueue::add(const Entry &entry)
{
    for (Entry &waiting : m_waiting) {
        if (waiting.id == entry.id && waiting.ocrOnly == entry.ocrOnly) {
            if (!entry.password.isEmpty())
                waiting.password = entry.password;
            return;
        }
    }
    if (!isBusy()) {
        // A new round: the count the status bar shows starts again.
        m_done = 0;
        m_total = 0;
        m_stoppedBecause.clear();
        m_cancel = std::make_shared<std::atomic_bool>(false);
    }
    m_waiting.append(entry);
    ++m_total;
}

void EvidenceQueue::enqueue(const QList<qint64> &ids, const QString &password)
{
    for (const qint64 id : ids)
        add({ id, false, password });
    emit progressChanged(m_done, m_total);
    dispatch();
}

void EvidenceQueue::enqueuePending(qint64 caseId)
{
    const auto parse = m_library.evidenceText().pendingParse(caseId);
    const auto ocr = m_library.evidenceText().pendingOcr(caseId);
    if (parse.ok())
        for (const qint64 id : parse.value())
            add({ id, false, {} });
    if (ocr.ok())
        for (const qint64 id : ocr.value())
            add({ id, true, {} });
    emit progressChanged(m_done, m_total);
    dispatch();
}

void EvidenceQueue::cancel()
{
    if (!isBusy())
        return;
    stop(QCoreApplication::translate(
        "habeas::EvidenceQueue", "Reading cancelled; the rest will be read next time."));
}

void EvidenceQueue::stop(const QString &why)
{
    m_stoppedBecause = why;
    m_total -= static_cast<int>(m_waiting.size());
    m_waiting.clear();
    m_cancel->store(true);
    // The reads under way end as Cancelled, which leaves their exhibits pending.
    if (m_pool)
        m_pool->cancelAll();
    emit progressChanged(m_done, m_total);
    if (m_running == 0)
        emit idle(m_stoppedBecause);
}

void EvidenceQueue::dispatch()
{
    while (m_running < m_maxConcurrent && !m_waiting.isEmpty()) {
        // Parses go before OCR: page counts and PDF text are quick, OCR is slow.
        auto next = std::find_if(
            m_waiting.begin(), m_waiting.end(), [](const Entry &e) { return !e.ocrOnly; });
        if (next == m_waiting.end())
            next = m_waiting.begin();
        const Entry entry = *next;
        m_waiting.erase(next);
        // In the GUI the OCR comes after, in its own pass, so a parse never waits for it.
        using Original = EvidenceProcessor::Original;
        const auto job = entry.ocrOnly
            ? m_processor.prepareOcr(entry.id, Original::Later)
            : m_processor.prepare(entry.id, entry.password, false, Original::Later);
        if (!job.ok()) {
            // Removed meanwhile, or the library went read-only: nothing to read.
            ++m_done;
            continue;
        }
        ++m_running;
        if (job->blobPath.isEmpty())
            fetchThenSubmit(job.value());
        else
            submit(job.value());
    }
    emit progressChanged(m_done, m_total);
    if (m_running == 0 && m_waiting.isEmpty())
        emit idle(m_stoppedBecause);
}

void EvidenceQueue::submit(const ProcessJob &job)
{
    ensurePool();
    m_inFlight.insert(
        m_pool->submit({ job.blobPath, job.password, job.ocr, job.thumbnailPath }), job);
}

void EvidenceQueue::fetchThenSubmit(const ProcessJob &job)
{
    // A server library's original streams into the session folder on a worker thread (with
    // a connection of its own), not the window's; the read starts when it is there.
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, cancel = m_cancel] {
        watcher->deleteLater();
        const Result<QString> file = watcher->result();
        if (cancel->load())
            return finishOne(job, ParseFailure::cancelled());
        if (!file.ok())
            return finishOne(job, ParseFailure::noOriginal(file.error().message));
        ProcessJob fetched = job;
        fetched.blobPath = file.value();
        submit(fetched);
    });
    watcher->setFuture(QtConcurrent::run(
        [blobs = &m_library.blobs(), sha = job.sha256] { return blobs->localFile(sha); }));
}

void EvidenceQueue::finishOne(const ProcessJob &job, const ParseResult &result)
{
    // The text of a long PDF takes a while to store and index: the writer's thread does it,
    // and the read counts as running until it is stored.
    m_writer->store(job, result, [this, job, result](const Result<ProcessOutcome> &outcome) {
        afterStore(job, result, outcome);
    });
}

void EvidenceQueue::afterStore(
    const ProcessJob &job, const ParseResult &result, const Result<ProcessOutcome> &outcome)
{
    --m_running;
    ++m_done;
    if (outcome.ok()) {
        // Written over the writer's connection: this Library's models hear of it here.
        m_library.evidenceText().notifyTextChanged(job.id);
        if (outcome->capturedPrefilled)
            m_library.evidence().notifyChanged(job.caseId);
        emit itemProcessed(outcome.value());
        if (outcome->ocr == EvidenceRecord::OcrState::Pending && !job.ocrOnly
            && !m_cancel->load()) {
            m_waiting.append({ job.id, true, {} }); // same round: the count goes on
            ++m_total;
        }
        if (result.status == ParseResult::Status::ParserUnavailable && m_stoppedBecause.isEmpty())
            return stop(result.reason); // every other file would fail the same way
    }
    if (m_running == 0 && m_waiting.isEmpty()) {
        emit progressChanged(m_done, m_total);
        emit idle(m_stoppedBecause);
        return;
    }
    dispatch();
}

} // namespace habeas
