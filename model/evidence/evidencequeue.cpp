#include "evidence/evidencequeue.h"

#include "evidence/evidencetext.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

EvidenceQueue::EvidenceQueue(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_processor(library)
    , m_writer(std::make_unique<TextWriter>(library.path(), this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    // Each read is a whole process; two keep a laptop responsive and still overlap the waits.
    m_pool.setMaxThreadCount(2);
}

EvidenceQueue::~EvidenceQueue()
{
    m_waiting.clear();
    m_cancel->store(true);
    m_pool.waitForDone();
    m_writer.reset(); // before the members its callbacks use
}

void EvidenceQueue::setMaxConcurrent(int count)
{
    m_pool.setMaxThreadCount(std::clamp(count, 1, 4));
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
    emit progressChanged(m_done, m_total);
    if (m_running == 0)
        emit idle(m_stoppedBecause);
}

void EvidenceQueue::dispatch()
{
    while (m_running < m_pool.maxThreadCount() && !m_waiting.isEmpty()) {
        // Parses go before OCR: page counts and PDF text are quick, OCR is slow.
        auto next = std::find_if(
            m_waiting.begin(), m_waiting.end(), [](const Entry &e) { return !e.ocrOnly; });
        if (next == m_waiting.end())
            next = m_waiting.begin();
        const Entry entry = *next;
        m_waiting.erase(next);
        // In the GUI the OCR comes after, in its own pass, so a parse never waits for it.
        const auto job = entry.ocrOnly ? m_processor.prepareOcr(entry.id)
                                       : m_processor.prepare(entry.id, entry.password, false);
        if (!job.ok()) {
            // Removed meanwhile, or the library went read-only: nothing to read.
            ++m_done;
            continue;
        }
        ++m_running;
        auto *watcher = new QFutureWatcher<ParseResult>(this);
        const ProcessJob j = job.value();
        connect(watcher, &QFutureWatcher<ParseResult>::finished, this, [this, watcher, j] {
            watcher->deleteLater();
            finishOne(j, watcher->result());
        });
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [parser = m_processor.parser(), j, cancel = m_cancel] {
                return EvidenceProcessor::read(parser, j, cancel.get());
            }));
    }
    emit progressChanged(m_done, m_total);
    if (m_running == 0 && m_waiting.isEmpty())
        emit idle(m_stoppedBecause);
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
